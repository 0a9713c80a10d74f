import { createRequire } from 'node:module';
import path from 'node:path';
import type { CaptionLanguage } from '../../core/hazard/country-hazard-settings';
import type { Sign } from '../../core/hazard/signs/sign-code';
import { signCaptions } from '../../core/hazard/signs/sign-captions';
import { signSymbolSvg } from '../../core/hazard/signs/sign-geometry';
import type { SignSize } from '../../core/hazard/signs/render-sign-svg';
import { SIGN_WIDTH_MM } from '../../core/hazard/signs/render-sign-svg';

/** The model of a sign pack: what to print, independent of the PDF library. */
export interface SignPackModel {
  readonly facilityCode: string;
  readonly facilityName: string;
  readonly date: string;
  readonly language: CaptionLanguage;
  readonly size: SignSize;
  readonly signs: readonly Sign[];
}

interface PdfMake {
  setFonts(fonts: object): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: object): { getBuffer(): Promise<Buffer> };
}

const require = createRequire(import.meta.url);
const MM = 72 / 25.4;

let printer: PdfMake | undefined;
// pdfmake is a CommonJS singleton: configure it once, with Roboto from its own package and no other
// file or URL reachable (a sign carries only the SVG we draw).
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

function signBlock(model: SignPackModel, sign: Sign, isFull: boolean): object[] {
  const [local, english] = signCaptions(sign, model.language);
  const width = SIGN_WIDTH_MM[model.size] * MM;
  return [
    { svg: signSymbolSvg(sign), width, alignment: 'center' },
    {
      text: local,
      fontSize: isFull ? 22 : 13,
      bold: true,
      alignment: 'center',
      margin: [0, isFull ? 24 : 10, 0, 2],
    },
    ...(english
      ? [
          {
            text: english,
            fontSize: isFull ? 16 : 10,
            italics: true,
            alignment: 'center',
            margin: [0, 0, 0, 4],
          },
        ]
      : []),
    {
      text: `${model.facilityCode} · ${model.facilityName} · ${model.date}`,
      fontSize: isFull ? 11 : 8,
      alignment: 'center',
      color: '#333333',
    },
  ];
}

/**
 * The print-ready sign pack of a facility: full size, one sign per A4 page; half size (doors and
 * lockers), two signs per page. Each sign carries its captions, the facility code and the date.
 */
export async function renderSignPackPdf(model: SignPackModel): Promise<Buffer> {
  const isFull = model.size === 'full';
  const perPage = isFull ? 1 : 2;
  const content: object[] = [];
  model.signs.forEach((sign, index) => {
    const startsPage = index % perPage === 0;
    content.push({
      stack: signBlock(model, sign, isFull),
      margin: [0, startsPage ? (isFull ? 60 : 10) : 50, 0, 0],
      ...(startsPage && index > 0 ? { pageBreak: 'before' } : {}),
      unbreakable: true,
    });
  });
  return pdfmake()
    .createPdf({
      info: {
        title: `Custodia — ${model.facilityCode} — signs ${model.date}`,
        creator: 'Custodia',
      },
      pageSize: 'A4',
      pageMargins: [40, 40, 40, 40],
      defaultStyle: { font: 'Roboto' },
      content,
    })
    .getBuffer();
}
