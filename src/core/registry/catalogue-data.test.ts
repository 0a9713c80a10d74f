import { describe, expect, it } from 'vitest';
import { isCountryCode } from '../shared/country-codes';
import { CATALOGUE_CALIBRES, CATALOGUE_MANUFACTURERS, CATALOGUE_MODELS } from './catalogue-data';
import { calibreKey, manufacturerKey, matchManufacturer } from './catalogue-matching';
import { isFirearmType } from './firearm-types';

function keysShared(
  entries: readonly { id: string; name: string; aliases: readonly string[] }[],
  keyOf: (s: string) => string,
) {
  const owners = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const spelling of [entry.name, entry.id, ...entry.aliases]) {
      const key = keyOf(spelling);
      owners.set(key, (owners.get(key) ?? new Set()).add(entry.id));
    }
  }
  return [...owners].filter(([, ids]) => ids.size > 1).map(([key, ids]) => `${key}: ${[...ids].join(', ')}`);
}

describe('the seed catalogue', () => {
  it('gives every entry a unique id, and no spelling to two entries', () => {
    for (const list of [CATALOGUE_MANUFACTURERS, CATALOGUE_CALIBRES]) {
      expect(new Set(list.map((entry) => entry.id)).size).toBe(list.length);
    }
    expect(keysShared(CATALOGUE_MANUFACTURERS, manufacturerKey)).toEqual([]);
    expect(keysShared(CATALOGUE_CALIBRES, calibreKey)).toEqual([]);
  });

  it('places every maker in an assigned ISO 3166-1 alpha-2 country', () => {
    for (const maker of CATALOGUE_MANUFACTURERS)
      expect(isCountryCode(maker.countryCode), maker.id).toBe(true);
  });

  it.each([
    ['Taurus', 'BR'],
    ['Rossi', 'BR'],
    ['Imbel', 'BR'],
    ['Bersa', 'AR'],
    ['Glock', 'AT'],
    ['Beretta', 'IT'],
    ['CZ', 'CZ'],
    ['Sig Sauer', 'US'],
    ['Hatsan', 'TR'],
    ['Canik', 'TR'],
    ['Armscor', 'PH'],
    ['Llama', 'ES'],
    ['IWI', 'IL'],
    ['Smith & Wesson', 'US'],
    ['Heckler & Koch', 'DE'],
    ['Walther', 'DE'],
    ['Mossberg', 'US'],
  ])('places %s in %s', (name, country) => {
    const match = matchManufacturer(name, CATALOGUE_MANUFACTURERS);
    expect(match.ok && match.value.countryCode).toBe(country);
  });

  it('notes why Sig Sauer, with plants in two countries, is placed where it is', () => {
    const sig = CATALOGUE_MANUFACTURERS.find((maker) => maker.id === 'sig-sauer');
    expect(sig?.note).toMatch(/United States/);
    expect(sig?.note).toMatch(/\(DE\)/);
  });

  it('holds the usual makers of the region: revolvers, pistols and pump shotguns', () => {
    const names = [
      ...['Taurus', 'Smith & Wesson', 'Rossi', 'Colt', 'Ruger', 'Llama'],
      ...['Glock', 'Beretta', 'Bersa', 'CZ', 'Sig Sauer', 'Jericho', 'Walther', 'Browning', 'Imbel'],
      ...['Heckler & Koch', 'Canik', 'Mossberg', 'Remington', 'Winchester', 'Hatsan', 'Stoeger'],
      ...['Armscor', 'Escort', 'Maverick'],
    ];
    for (const name of names) expect(matchManufacturer(name, CATALOGUE_MANUFACTURERS).ok, name).toBe(true);
  });

  it('holds the calibres of the brief, each in its category', () => {
    const byId = new Map(CATALOGUE_CALIBRES.map((calibre) => [calibre.id, calibre.category]));
    expect(
      Object.fromEntries(
        ['38-special', '9x19', '380-acp', '40-sw', '45-acp', '357-magnum', '32-sw-long'].map((id) => [
          id,
          byId.get(id),
        ]),
      ),
    ).toEqual({
      '38-special': 'handgun',
      '9x19': 'handgun',
      '380-acp': 'handgun',
      '40-sw': 'handgun',
      '45-acp': 'handgun',
      '357-magnum': 'handgun',
      '32-sw-long': 'handgun',
    });
    for (const id of ['12-gauge', '16-gauge']) expect(byId.get(id)).toBe('shotgun');
    for (const id of ['22-lr', '5-56x45', '7-62x39', '7-62x51']) expect(byId.get(id)).toBe('rifle');
  });

  it('gives every model a known maker, calibre and firearm type, and no model twice', () => {
    const makers = new Set(CATALOGUE_MANUFACTURERS.map((maker) => maker.id));
    const calibres = new Set(CATALOGUE_CALIBRES.map((calibre) => calibre.id));
    for (const model of CATALOGUE_MODELS) {
      expect(makers.has(model.manufacturerId), model.model).toBe(true);
      expect(calibres.has(model.calibreId), model.model).toBe(true);
      expect(isFirearmType(model.type), model.model).toBe(true);
    }
    const keys = CATALOGUE_MODELS.map((model) => `${model.manufacturerId}/${model.model}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('seeds .38 Special revolvers, 9×19 mm and .380 ACP pistols and 12-gauge pump shotguns', () => {
    const has = (type: string, calibreId: string) =>
      CATALOGUE_MODELS.filter((model) => model.type === type && model.calibreId === calibreId).length;
    expect(has('revolver', '38-special')).toBeGreaterThanOrEqual(5);
    expect(has('pistol', '9x19')).toBeGreaterThanOrEqual(10);
    expect(has('pistol', '380-acp')).toBeGreaterThanOrEqual(5);
    expect(has('shotgun', '12-gauge')).toBeGreaterThanOrEqual(8);
  });
});
