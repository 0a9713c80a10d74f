import type { CaptionLanguage } from '../../core/hazard/country-hazard-settings';
import type { Sign } from '../../core/hazard/signs/sign-code';
import { signCaptions } from '../../core/hazard/signs/sign-captions';
import { signSymbolSvg } from '../../core/hazard/signs/sign-geometry';
import type { SignSize } from '../../core/hazard/signs/render-sign-svg';
import { SIGN_WIDTH_MM } from '../../core/hazard/signs/render-sign-svg';
import { renderPdf } from '../pdf-renderer';

/** The model of a sign pack: what to print, independent of the PDF library. */
export interface SignPackModel {
  readonly facilityCode: string;
  readonly facilityName: string;
  readonly date: string;
  readonly language: CaptionLanguage;
  readonly size: SignSize;
  readonly signs: readonly Sign[];
}

const MM = 72 / 25.4;

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
  return renderPdf({
    info: {
      title: `Custodia — ${model.facilityCode} — signs ${model.date}`,
      creator: 'Custodia',
    },
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 40],
    defaultStyle: { font: 'Roboto' },
    content,
  });
}
