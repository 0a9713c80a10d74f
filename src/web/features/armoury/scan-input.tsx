import { ActionIcon, Loader, Modal, TextInput, Tooltip } from '@mantine/core';
import { lazy, Suspense, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

// The camera reader is loaded only when someone asks for it, so the desk stays light.
const CameraScanner = lazy(() => import('./camera-scanner'));

interface ScanInputProps {
  readonly label: string;
  readonly placeholder?: string;
  /** Called with the code a scanner (keyboard wedge) or a person typed, when Enter is pressed. */
  onScan(code: string): void;
  readonly isBusy?: boolean;
  readonly error?: string | null;
  readonly autoFocus?: boolean;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly testId?: string;
}

/**
 * A field that takes a scanned code: a USB scanner types the code followed by Enter; a person
 * types it and presses Enter; on a tablet the camera button reads a QR or 1D barcode.
 */
export function ScanInput(props: ScanInputProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [isCameraOpen, setCameraOpen] = useState(false);

  function submit(code: string) {
    const trimmed = code.trim();
    if (!trimmed) return;
    setValue('');
    props.onScan(trimmed);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      submit(event.currentTarget.value);
    }
  }

  return (
    <>
      <TextInput
        ref={props.inputRef}
        label={props.label}
        placeholder={props.placeholder}
        value={value}
        onChange={(event) => setValue(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        autoFocus={props.autoFocus}
        autoComplete="off"
        spellCheck={false}
        size="lg"
        error={props.error ?? undefined}
        data-testid={props.testId}
        rightSectionWidth={52}
        rightSection={
          props.isBusy ? (
            <Loader size="sm" />
          ) : (
            <Tooltip label={t('armoury.scan.camera')}>
              <ActionIcon
                variant="light"
                size="lg"
                aria-label={t('armoury.scan.camera')}
                onClick={() => setCameraOpen(true)}
              >
                <CameraGlyph />
              </ActionIcon>
            </Tooltip>
          )
        }
      />
      <Modal
        opened={isCameraOpen}
        onClose={() => setCameraOpen(false)}
        title={t('armoury.scan.cameraTitle')}
        size="lg"
      >
        {isCameraOpen ? (
          <Suspense fallback={<Loader />}>
            <CameraScanner
              onCode={(code) => {
                setCameraOpen(false);
                submit(code);
              }}
            />
          </Suspense>
        ) : null}
      </Modal>
    </>
  );
}

function CameraGlyph() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <path d="M3 8a2 2 0 0 1 2-2h2l2-2h6l2 2h2a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z" />
      <circle cx="12" cy="13" r="4" />
    </svg>
  );
}
