import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_CALIBRES, CATALOGUE_MANUFACTURERS } from './catalogue-data';
import {
  calibreKey,
  editDistance,
  manufacturerKey,
  matchCalibre,
  matchManufacturer,
} from './catalogue-matching';

const PROPERTY = { seed: 42, numRuns: 300 } as const;

function calibreId(written: string): string | undefined {
  const match = matchCalibre(written, CATALOGUE_CALIBRES);
  return match.ok ? match.value.id : undefined;
}

function manufacturerId(written: string): string | undefined {
  const match = matchManufacturer(written, CATALOGUE_MANUFACTURERS);
  return match.ok ? match.value.id : undefined;
}

describe('matching a calibre', () => {
  it.each([
    '9x19mm',
    '9×19 mm',
    '9 mm Parabellum',
    '9mm Luger',
    '9 x 19',
    '9X19',
    '9 mm',
    'cal. 9 mm',
    '9mm NATO',
  ])('reads %j as 9×19 mm', (written) => expect(calibreId(written)).toBe('9x19'));

  it.each([
    '.38 SPL',
    '38 Special',
    '.38 Spl',
    '.38 Especial',
    'calibre .38',
    '.38 Special +P',
    '38 S&W Special',
  ])('reads %j as .38 Special', (written) => expect(calibreId(written)).toBe('38-special'));

  it.each(['12 ga', '12 gauge', 'calibre 12', 'cal. 12', '12GA', '12', 'Calibre 12', '12/70'])(
    'reads %j as 12 gauge',
    (written) => expect(calibreId(written)).toBe('12-gauge'),
  );

  it.each([
    '.380 ACP',
    '.380 Auto',
    '380',
    '9×17 mm',
    '9x17',
    '9 mm corto',
    '9mm Corto',
    '9 mm Kurz',
    '9mm short',
  ])('reads %j as .380 ACP and never as 9×19 mm', (written) => expect(calibreId(written)).toBe('380-acp'));

  it.each([
    ['7,62×39 mm', '7-62x39'],
    ['7.62x51 NATO', '7-62x51'],
    ['7.62 NATO', '7-62x51'],
    ['5,56 mm', '5-56x45'],
    ['.223 Rem', '223-remington'],
    ['.308 Win', '308-winchester'],
    ['.22 Long Rifle', '22-lr'],
    ['.40 Smith & Wesson', '40-sw'],
    ['.40 SW', '40-sw'],
    ['.357 Mag', '357-magnum'],
    ['.45 Auto', '45-acp'],
    ['.32 S&W Long', '32-sw-long'],
    ['.38 Super', '38-super'],
    ['16 ga', '16-gauge'],
  ])('reads %j as %s', (written, expected) => expect(calibreId(written)).toBe(expected));

  it('does not take a bare ".32" or "7.62": each names more than one cartridge', () => {
    expect(calibreId('.32')).toBeUndefined();
    expect(calibreId('7.62')).toBeUndefined();
  });

  it('names the closest 3 calibres, nearest first, when none matches', () => {
    const match = matchCalibre('.38 Spcl', CATALOGUE_CALIBRES);
    expect(match.ok).toBe(false);
    if (match.ok) return;
    expect(match.reason).toBe('unknown');
    expect(match.suggestions).toHaveLength(3);
    expect(match.suggestions[0]).toBe('.38 Special');
  });

  it('answers the same suggestions whatever the order of the catalogue', () => {
    const reversed = [...CATALOGUE_CALIBRES].reverse();
    for (const written of ['10 mm', '.44 Magnum', '9x21', '20 gage']) {
      const forward = matchCalibre(written, CATALOGUE_CALIBRES);
      const backward = matchCalibre(written, reversed);
      expect(forward.ok || backward.ok).toBe(false);
      if (!forward.ok && !backward.ok) expect(backward.suggestions).toEqual(forward.suggestions);
    }
  });

  it('reports a spelling that two entries of an extended catalogue share as ambiguous, naming both', () => {
    const extended = [...CATALOGUE_CALIBRES, { id: '9x18', name: '9×18 mm Makarov', aliases: ['9 mm'] }];
    const match = matchCalibre('9mm', extended);
    expect(match).toEqual({ ok: false, reason: 'ambiguous', suggestions: ['9×19 mm', '9×18 mm Makarov'] });
  });

  it("matches an administrator's entries and returns the entry itself", () => {
    const added = { id: 'x-1', name: '.44 Magnum', aliases: ['.44 Mag'], addedBy: 'admin' };
    const match = matchCalibre('44 magnum', [added]);
    expect(match.ok && match.value).toBe(added);
  });
});

describe('matching a manufacturer', () => {
  it.each(['S&W', 'Smith and Wesson', 'Smith & Wesson', 'smith&wesson', 'SMITH Y WESSON', 'Smith-Wesson'])(
    'reads %j as Smith & Wesson',
    (written) => expect(manufacturerId(written)).toBe('smith-wesson'),
  );

  it.each([
    ['Glock GmbH', 'glock'],
    ['Bersa S.A.', 'bersa'],
    ['Ceska Zbrojovka', 'cz'],
    ['Česká zbrojovka', 'cz'],
    ['Sturm, Ruger & Co.', 'ruger'],
    ['Heckler und Koch', 'heckler-koch'],
    ['H&K', 'heckler-koch'],
    ['Escort', 'hatsan'],
    ['Jericho', 'iwi'],
    ['Maverick Arms Inc.', 'maverick'],
    ['Fábrica de Armas y Municiones del Ejército', 'fame'],
    ['magtech', 'cbc'],
  ])('reads %j as %s', (written, expected) => expect(manufacturerId(written)).toBe(expected));

  it.each([
    ['Glok', 'Glock'],
    ['Tauruss', 'Taurus'],
    ['Berretta', 'Beretta'],
    ['Mosberg', 'Mossberg'],
  ])('suggests %j → %s first', (written, expected) => {
    const match = matchManufacturer(written, CATALOGUE_MANUFACTURERS);
    expect(match.ok).toBe(false);
    if (!match.ok) expect(match.suggestions[0]).toBe(expected);
  });
});

describe('keys and distance', () => {
  it('measures the Levenshtein distance', () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('glock', 'glock')).toBe(0);
    expect(editDistance('glok', 'glock')).toBe(1);
  });

  it('makes a key that is its own key, for any text (property, seed 42)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (written) => {
        expect(calibreKey(calibreKey(written))).toBe(calibreKey(written));
        expect(manufacturerKey(manufacturerKey(written))).toBe(manufacturerKey(written));
      }),
      PROPERTY,
    );
    // Joined words that form a noise or synonym word on a second pass.
    for (const written of ['m m', 's w', 'g a', 'p b', 'c o', 'a r m s x']) {
      expect(calibreKey(calibreKey(written))).toBe(calibreKey(written));
      expect(manufacturerKey(manufacturerKey(written))).toBe(manufacturerKey(written));
    }
  });
});

// Spelling variants people write, generated from the catalogue's own spellings.
const CALIBRE_SYNONYM_SWAPS: readonly [RegExp, readonly string[]][] = [
  [/Special/, ['SPL', 'Spl', 'special', 'Especial', 'SPC']],
  [/ACP/, ['Auto', 'Automatic', 'acp']],
  [/Parabellum/, ['Luger', 'Para', 'PARABELLUM']],
  [/Luger/, ['Parabellum', 'Para']],
  [/Magnum/, ['Mag', 'MAG']],
  [/S&W/, ['Smith & Wesson', 'Smith and Wesson', 'SW', 'S & W']],
  [/ gauge/, [' ga', 'GA', ' gauge', ' Gauge']],
  [/Kurz/, ['corto', 'short']],
];

const calibreVariant = fc
  .record({
    entry: fc.constantFrom(...CATALOGUE_CALIBRES),
    spellingIndex: fc.nat(),
    times: fc.constantFrom('×', 'x', 'X', ' x ', ' × '),
    decimalMark: fc.constantFrom('.', ','),
    dropLeadingDot: fc.boolean(),
    prefix: fc.constantFrom('', 'cal. ', 'calibre ', 'Cal ', 'CALIBER ', 'Calibre: '),
    millimetres: fc.constantFrom(' mm', 'mm', ' MM', ' mm.', ' Mm'),
    swapIndex: fc.nat(),
    casing: fc.constantFrom('as-is', 'upper', 'lower'),
    padding: fc.constantFrom('', ' ', '  '),
  })
  .map((v) => {
    const spellings = [v.entry.name, ...v.entry.aliases];
    let text = spellings[v.spellingIndex % spellings.length]!;
    text = text.replace(/\s*×\s*/g, v.times).replace(/(\d)\.(\d)/g, `$1${v.decimalMark}$2`);
    if (v.dropLeadingDot) text = text.replace(/^\./, '');
    text = text.replace(/\s*mm\b/g, v.millimetres);
    for (const [pattern, replacements] of CALIBRE_SYNONYM_SWAPS) {
      if (pattern.test(text)) text = text.replace(pattern, replacements[v.swapIndex % replacements.length]!);
    }
    if (v.casing === 'upper') text = text.toUpperCase();
    if (v.casing === 'lower') text = text.toLowerCase();
    return { id: v.entry.id, text: `${v.padding}${v.prefix}${text}${v.padding}` };
  });

const LEGAL_SUFFIXES = [
  '',
  ' S.A.',
  ' GmbH',
  ' Inc.',
  ', Inc.',
  ' S.p.A.',
  ' Ltd',
  ' Co.',
  ' & Co.',
  ' y Cía',
  ' Arms',
];

const manufacturerVariant = fc
  .record({
    entry: fc.constantFrom(...CATALOGUE_MANUFACTURERS),
    spellingIndex: fc.nat(),
    and: fc.constantFrom('&', 'and', ' & ', ' and ', ' y ', ' und '),
    suffix: fc.constantFrom(...LEGAL_SUFFIXES),
    dropAccents: fc.boolean(),
    hyphensAsSpaces: fc.boolean(),
    casing: fc.constantFrom('as-is', 'upper', 'lower'),
  })
  .map((v) => {
    const spellings = [v.entry.name, ...v.entry.aliases];
    let text = spellings[v.spellingIndex % spellings.length]!;
    text = text.replace(/\s*&\s*/g, (found) => (/^\s/.test(found) ? ` ${v.and.trim()} ` : v.and));
    if (v.dropAccents) text = text.normalize('NFKD').replace(/\p{M}/gu, '');
    if (v.hyphensAsSpaces) text = text.replace(/-/g, ' ');
    text += v.suffix;
    if (v.casing === 'upper') text = text.toUpperCase();
    if (v.casing === 'lower') text = text.toLowerCase();
    return { id: v.entry.id, text };
  });

describe('spelling variants', () => {
  it('matches every spelling variant generated from a calibre and its aliases to that calibre (property, seed 42)', () => {
    fc.assert(
      fc.property(calibreVariant, ({ id, text }) => {
        expect(calibreId(text), text).toBe(id);
      }),
      PROPERTY,
    );
  });

  it('matches every spelling variant generated from a manufacturer and its aliases to that maker (property, seed 42)', () => {
    fc.assert(
      fc.property(manufacturerVariant, ({ id, text }) => {
        expect(manufacturerId(text), text).toBe(id);
      }),
      PROPERTY,
    );
  });

  it('never reads a spelling of .380 ACP as 9×19 mm, nor the reverse (property, seed 42)', () => {
    const shortOrLong = calibreVariant.filter((v) => v.id === '380-acp' || v.id === '9x19');
    fc.assert(
      fc.property(shortOrLong, ({ id, text }) => {
        expect(calibreId(text)).toBe(id);
      }),
      PROPERTY,
    );
  });
});
