import { createRequire } from 'node:module';
import path from 'node:path';

interface PdfMake {
  setFonts(fonts: object): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: object): { getBuffer(): Promise<Buffer> };
}

const require = createRequire(import.meta.url);
export const MM = 72 / 25.4;

let printer: PdfMake | undefined;
// pdfmake is a CommonJS singleton: configured as the other reports do (Roboto from its own package,
// no other file or URL reachable: QR codes are inline SVG).
function pdfmake(): PdfMake {
  if (printer) return printer;
  const instance = require('pdfmake') as PdfMake;
  const fonts = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  instance.setFonts({
    Roboto: {
      normal: path.join(fonts, 'Roboto-Regular.ttf'),
      bold: path.join(fonts, 'Roboto-Medium.ttf'),
      italics: path.join(fonts, 'Roboto-Italic.ttf'),
      bolditalics: path.join(fonts, 'Roboto-MediumItalic.ttf'),
    },
  });
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fonts));
  printer = instance;
  return instance;
}

export async function renderPdf(doc: object): Promise<Buffer> {
  return pdfmake().createPdf(doc).getBuffer();
}

/** A QR code as SVG for pdfmake (margin 0; the caller leaves the quiet zone around it). */
export async function qrSvg(text: string): Promise<string> {
  const qrcode = require('qrcode') as {
    toString(text: string, options: object): Promise<string>;
  };
  return qrcode.toString(text, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
}
