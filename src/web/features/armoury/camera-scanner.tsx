import { Alert, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The browser's Shape Detection API (Chromium on Android, ChromeOS and macOS), else ZXing; not in TypeScript's DOM types yet. */
interface DetectedBarcode {
  readonly rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

const FORMATS = ['qr_code', 'code_128', 'code_39', 'ean_13', 'ean_8', 'upc_a', 'upc_e', 'itf', 'data_matrix'];

/** Camera access exists only in a secure context with media devices. */
function hasCamera(): boolean {
  return typeof navigator.mediaDevices?.getUserMedia === 'function';
}

function detectorConstructor(): BarcodeDetectorConstructor | null {
  const candidate = (window as unknown as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
  return typeof candidate === 'function' && !!navigator.mediaDevices?.getUserMedia ? candidate : null;
}

/** Reads one QR or common 1D barcode from the rear camera and hands its text back. */
export default function CameraScanner({ onCode }: { onCode(code: string): void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  }, [onCode]);
  const [problem, setProblem] = useState<'unavailable' | 'denied' | null>(() =>
    hasCamera() ? null : 'unavailable',
  );

  useEffect(() => {
    const Detector = detectorConstructor();
    if (!Detector) {
      // Where the browser has no barcode detector (Firefox, Safari, Windows), ZXing decodes the frames.
      if (!hasCamera()) return;
      let controls: { stop(): void } | null = null;
      let isStopped = false;
      void import('@zxing/browser')
        .then(async ({ BrowserMultiFormatReader }) => {
          if (isStopped || !video.current) return;
          controls = await new BrowserMultiFormatReader().decodeFromConstraints(
            { video: { facingMode: 'environment' }, audio: false },
            video.current,
            (result, _error, scanner) => {
              if (!result || isStopped) return;
              isStopped = true;
              scanner.stop();
              onCodeRef.current(result.getText());
            },
          );
          if (isStopped) controls.stop();
        })
        .catch(() => setProblem('denied'));
      return () => {
        isStopped = true;
        controls?.stop();
      };
    }
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    let isStopped = false;
    const detector = new Detector({ formats: FORMATS });
    void navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (media) => {
        stream = media;
        if (isStopped || !video.current) return;
        video.current.srcObject = media;
        await video.current.play();
        const look = async () => {
          if (isStopped || !video.current) return;
          try {
            const [first] = await detector.detect(video.current);
            if (first?.rawValue) {
              isStopped = true;
              onCodeRef.current(first.rawValue);
              return;
            }
          } catch {
            // A frame that cannot be read yet; the next one may.
          }
          timer = window.setTimeout(() => void look(), 200);
        };
        void look();
      })
      .catch(() => setProblem('denied'));
    return () => {
      isStopped = true;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  if (problem)
    return (
      <Alert color="orange" role="alert">
        {problem === 'unavailable' ? t('armoury.scan.cameraUnavailable') : t('armoury.scan.cameraDenied')}
      </Alert>
    );
  return (
    <Stack gap="sm">
      <Text size="sm">{t('armoury.scan.cameraHelp')}</Text>
      <video ref={video} muted playsInline style={{ width: '100%', borderRadius: 8, background: '#000' }} />
    </Stack>
  );
}
