import type { CompatibilityGroup } from '../compatibility-groups';
import type { FireDivision } from '../fire-division';
import type { HazardDivision } from '../hazard-divisions';
import type { SupplementarySign } from '../supplementary-signs';
import type { Sign } from './sign-code';
import { SIGN_COLOURS as C } from './sign-colours';

/*
 * Sign drawings as SVG markup on a 200 × 200 canvas, pure strings so that the browser, the SVG endpoint
 * and the PDF (pdfmake's svg node) draw exactly the same thing. Only basic SVG (polygon, circle, path,
 * text) so svg-to-pdfkit renders it faithfully.
 */

export const SIGN_CANVAS = 200;
const FONT = 'font-family="Roboto, Arial, Helvetica, sans-serif" font-weight="bold"';

type Point = readonly [number, number];

function points(list: readonly Point[]): string {
  return list.map(([x, y]) => `${round(x)},${round(y)}`).join(' ');
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function text(x: number, y: number, size: number, content: string, fill: string = C.black): string {
  return `<text x="${x}" y="${y}" font-size="${size}" ${FONT} text-anchor="middle" fill="${fill}">${content}</text>`;
}

/** Regular octagon with flat top and bottom, circumradius r. */
export function octagonPoints(r = 98): Point[] {
  return Array.from({ length: 8 }, (_, k) => {
    const angle = ((22.5 + 45 * k) * Math.PI) / 180;
    return [100 + r * Math.cos(angle), 100 + r * Math.sin(angle)] as const;
  });
}

/** An X-shaped cross: a plus of half-width w and arm length l, turned 45°. */
export function crossPoints(w = 34, l = 100): Point[] {
  const plus: Point[] = [
    [-w, -l],
    [w, -l],
    [w, -w],
    [l, -w],
    [l, w],
    [w, w],
    [w, l],
    [-w, l],
    [-w, w],
    [-l, w],
    [-l, -w],
    [-w, -w],
  ];
  const s = Math.SQRT1_2;
  return plus.map(([x, y]) => [100 + (x - y) * s, 100 + (x + y) * s] as const);
}

export const INVERTED_TRIANGLE: readonly Point[] = [
  [6, 20],
  [194, 20],
  [100, 183],
];
export const DIAMOND: readonly Point[] = [
  [100, 3],
  [197, 100],
  [100, 197],
  [3, 100],
];

/**
 * Fire-division symbol: orange, black numeral, one shape per division (fact sheet §2: octagon for FD 1
 * [P]; cross, inverted triangle and diamond for FD 2–4 are the believed NATO/US shapes [U]).
 */
export function fireDivisionSymbol(fireDivision: FireDivision): string {
  const shape = (list: readonly Point[]) =>
    `<polygon points="${points(list)}" fill="${C.orange}" stroke="${C.black}" stroke-width="3"/>`;
  switch (fireDivision) {
    case 1:
      return shape(octagonPoints()) + text(100, 139, 110, '1');
    case 2:
      return shape(crossPoints()) + text(100, 125, 70, '2');
    case 3:
      return shape(INVERTED_TRIANGLE) + text(100, 102, 80, '3');
    case 4:
      return shape(DIAMOND) + text(100, 136, 100, '4');
  }
}

// The exploding bomb of ADR label model No 1: a round bomb and a burst above it.
function explodingBomb(): string {
  const burst: Point[] = Array.from({ length: 20 }, (_, k) => {
    const r = k % 2 === 0 ? 17 : 7;
    const angle = (k * Math.PI) / 10 - Math.PI / 2;
    return [108 + r * Math.cos(angle), 52 + r * Math.sin(angle)] as const;
  });
  return (
    `<polygon points="${points(burst)}" fill="${C.black}"/>` +
    `<path d="M 93 70 Q 96 58 104 55" fill="none" stroke="${C.black}" stroke-width="3"/>` +
    `<circle cx="88" cy="80" r="14" fill="${C.black}"/>`
  );
}

/**
 * UN class 1 placard: orange square on its point, black line inside the edge, "1" in the bottom corner;
 * the exploding bomb with "1.1"–"1.3" and the group below it, or for 1.4–1.6 the division in large
 * figures with the group below (ADR 5.2.2.2.2 label models 1, 1.4, 1.5 and 1.6; not in the fact sheet,
 * so [U] here).
 */
export function class1Placard(hazardDivision: HazardDivision, group: CompatibilityGroup | null): string {
  const outline =
    `<polygon points="${points(DIAMOND)}" fill="${C.orange}" stroke="${C.black}" stroke-width="1.5"/>` +
    `<polygon points="100,13 187,100 100,187 13,100" fill="none" stroke="${C.black}" stroke-width="2.5"/>`;
  const hasBomb = hazardDivision === '1.1' || hazardDivision === '1.2' || hazardDivision === '1.3';
  const body = hasBomb
    ? explodingBomb() + text(100, 134, 32, `${hazardDivision}${group ?? ''}`)
    : text(100, 96, 54, hazardDivision) + (group ? text(100, 144, 40, group) : '');
  return outline + body + text(100, 171, 20, '1');
}

function applyNoWater(): string {
  return (
    `<circle cx="100" cy="100" r="90" fill="${C.white}" stroke="${C.red}" stroke-width="14"/>` +
    `<path d="M 100 42 C 92 62 64 96 64 122 A 36 36 0 0 0 136 122 C 136 96 108 62 100 42 Z" fill="${C.black}"/>` +
    `<line x1="38" y1="38" x2="162" y2="162" stroke="${C.red}" stroke-width="14"/>`
  );
}

function wearBreathingApparatus(): string {
  // A face in a full mask: visor, then the mouthpiece with its two filters.
  return (
    `<circle cx="100" cy="100" r="95" fill="${C.blue}"/>` +
    `<ellipse cx="100" cy="96" rx="42" ry="56" fill="none" stroke="${C.white}" stroke-width="8"/>` +
    `<rect x="70" y="66" width="60" height="24" rx="10" fill="${C.white}"/>` +
    `<rect x="82" y="108" width="36" height="30" rx="8" fill="${C.white}"/>` +
    `<circle cx="74" cy="146" r="15" fill="${C.white}"/>` +
    `<circle cx="126" cy="146" r="15" fill="${C.white}"/>`
  );
}

function chemicalHazard(): string {
  return (
    `<polygon points="100,12 192,178 8,178" fill="${C.yellow}" stroke="${C.black}" stroke-width="8" stroke-linejoin="round"/>` +
    `<path d="M 88 62 L 112 62 L 112 96 L 140 154 L 60 154 L 88 96 Z" fill="${C.black}"/>` +
    `<rect x="82" y="56" width="36" height="8" fill="${C.black}"/>`
  );
}

/** Supplementary signs (fact sheet §2 meanings, [C, US]); the drawings are Custodia's, the IATG designs being [U]. */
export function supplementarySymbol(sign: SupplementarySign): string {
  switch (sign) {
    case 'apply-no-water':
      return applyNoWater();
    case 'wear-breathing-apparatus':
      return wearBreathingApparatus();
    case 'chemical-hazard':
      return chemicalHazard();
  }
}

/** The drawing of any sign on the 200 × 200 canvas (no caption). */
export function signSymbol(sign: Sign): string {
  switch (sign.kind) {
    case 'fire-division':
      return fireDivisionSymbol(sign.fireDivision);
    case 'class-1':
      return class1Placard(sign.hazardDivision, sign.compatibilityGroup);
    case 'supplementary':
      return supplementarySymbol(sign.sign);
  }
}

/** A standalone SVG of the drawing alone, `size` units wide (pdfmake scales it to the width it is given). */
export function signSymbolSvg(sign: Sign): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIGN_CANVAS}" height="${SIGN_CANVAS}" ` +
    `viewBox="0 0 ${SIGN_CANVAS} ${SIGN_CANVAS}">${signSymbol(sign)}</svg>`
  );
}
