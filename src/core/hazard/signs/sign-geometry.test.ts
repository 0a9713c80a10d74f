import { describe, expect, it } from 'vitest';
import { parseSignCode } from './sign-code';
import { crossPoints, octagonPoints, signSymbolSvg } from './sign-geometry';
import { renderSignSvg } from './render-sign-svg';

describe('sign drawings', () => {
  it('keeps the octagon and the cross inside the 200 × 200 canvas', () => {
    for (const [x, y] of [...octagonPoints(), ...crossPoints()]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(200);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(200);
    }
  });

  it('draws each fire division in orange with its numeral in black', () => {
    for (const fd of [1, 2, 3, 4]) {
      const svg = signSymbolSvg(parseSignCode(`fire-division-${fd}`)!);
      expect(svg).toContain('fill="#F47B20"');
      expect(svg).toMatch(new RegExp(`fill="#000000">${fd}</text>`));
    }
  });

  it('puts the bomb on 1.1–1.3 placards and large figures on 1.4–1.6 (ADR label models)', () => {
    expect(signSymbolSvg(parseSignCode('class-1-1.1D')!)).toContain('<circle');
    expect(signSymbolSvg(parseSignCode('class-1-1.4S')!)).not.toContain('<circle');
    expect(signSymbolSvg(parseSignCode('class-1-1.4S')!)).toContain('>1.4</text>');
  });

  it('captions a sign in the country language and English, with the facility code and date, and sizes it in mm', () => {
    const svg = renderSignSvg({
      sign: parseSignCode('fire-division-4')!,
      size: 'half',
      language: 'pt',
      facilityCode: 'ARM-<01>',
      date: '2026-11-28',
    });
    expect(svg).toContain('Divisão de incêndio 4');
    expect(svg).toContain('Fire division 4');
    expect(svg).toContain('ARM-&#60;01&#62; · 2026-11-28');
    expect(svg).toMatch(/width="102mm"/);
  });
});
