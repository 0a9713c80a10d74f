import { createRequire } from 'node:module';
import path from 'node:path';

/** What we use of pdfmake 0.3 (CommonJS, no types). */
interface PdfMake {
  setFonts(fonts: object): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: object): { getBuffer(): Promise<Buffer> };
}

const require = createRequire(import.meta.url);
let printer: PdfMake | undefined;

// pdfmake is a CommonJS singleton: configured once for every report, with the Roboto fonts it ships
// and no other file or URL reachable (images arrive as data URLs or inline SVG).
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

/** A pdfmake document definition rendered to PDF bytes. */
export function renderPdf(doc: object): Promise<Buffer> {
  return pdfmake().createPdf(doc).getBuffer();
}
