import type { CaptionLanguage } from '../country-hazard-settings';
import type { Sign } from './sign-code';
import { signCaptions } from './sign-captions';
import { SIGN_CANVAS, signSymbol } from './sign-geometry';

export const SIGN_SIZES = ['full', 'half'] as const;
export type SignSize = (typeof SIGN_SIZES)[number];

/**
 * Printed width of the drawing in millimetres. Full size fills an A4 page; half size is for doors and
 * lockers (fact sheet §2 [C, US]: half-size placards may be used on doors, lockers and vehicles). The
 * IATG 02.50 dimensions are [U].
 */
export const SIGN_WIDTH_MM: Readonly<Record<SignSize, number>> = { full: 170, half: 85 };

function escapeXml(value: string): string {
  return value.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A sign as a standalone SVG document: the drawing, then the captions, the facility code and the date.
 * Width and height are given in millimetres so the file prints at its size.
 */
export function renderSignSvg(input: {
  readonly sign: Sign;
  readonly size: SignSize;
  readonly language: CaptionLanguage;
  readonly facilityCode: string;
  readonly date: string;
}): string {
  const width = 240;
  const captions = signCaptions(input.sign, input.language);
  const lines = [...captions, `${input.facilityCode} · ${input.date}`];
  const height = SIGN_CANVAS + 16 + lines.length * 14;
  const mm = SIGN_WIDTH_MM[input.size] * (width / SIGN_CANVAS);
  const caption = lines
    .map(
      (line, i) =>
        `<text x="${width / 2}" y="${SIGN_CANVAS + 22 + i * 14}" font-size="${i === lines.length - 1 ? 9 : 11}" ` +
        `font-family="Roboto, Arial, Helvetica, sans-serif"${i === 0 ? ' font-weight="bold"' : ''} ` +
        `text-anchor="middle" fill="#000000">${escapeXml(line)}</text>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(mm)}mm" height="${Math.round((mm * height) / width)}mm" ` +
    `viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="#FFFFFF"/>` +
    `<g transform="translate(${(width - SIGN_CANVAS) / 2} 0)">${signSymbol(input.sign)}</g>${caption}</svg>`
  );
}
