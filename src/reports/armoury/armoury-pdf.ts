import { createRequire } from 'node:module';

import { renderPdf } from '../pdf-renderer';

const require = createRequire(import.meta.url);
export const MM = 72 / 25.4;

export { renderPdf };

/** A QR code as SVG for pdfmake (margin 0; the caller leaves the quiet zone around it). */
export async function qrSvg(text: string): Promise<string> {
  const qrcode = require('qrcode') as {
    toString(text: string, options: object): Promise<string>;
  };
  return qrcode.toString(text, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
}
