import { describe, expect, it } from 'vitest';
import { catalogueKey, closestKeys } from './catalogue-key';

describe('catalogue keys', () => {
  it('makes the usual spellings of a calibre one key', () => {
    const nine = ['9x19mm', '9×19 mm', '9 mm Parabellum', '9mm Luger', '9 x 19', '9x19 Parabellum'].map(catalogueKey);
    expect(new Set(nine).size).toBe(1);
    const special = ['.38 Special', '.38 SPL', '38 Special', '.38 Spl'].map(catalogueKey);
    expect(new Set(special).size).toBe(1);
    const twelve = ['12 gauge', '12 ga', 'calibre 12', 'cal. 12', '12GA'].map(catalogueKey);
    expect(new Set(twelve).size).toBe(1);
  });
  it('keeps .380 ACP apart from 9×19 mm', () => {
    expect(catalogueKey('.380 ACP')).not.toBe(catalogueKey('9x19mm'));
    expect(catalogueKey('9 mm corto')).not.toBe(catalogueKey('9 mm Parabellum'));
  });
  it('folds manufacturer spellings', () => {
    expect(catalogueKey('Smith & Wesson')).toBe(catalogueKey('Smith and Wesson'));
    expect(catalogueKey('Heckler & Koch')).toBe(catalogueKey('heckler and koch'));
  });
  it('suggests the nearest keys first', () => {
    expect(closestKeys('38spcial', ['38special', '380acp', '9x19'], 2)).toEqual(['38special', '380acp']);
  });
});
