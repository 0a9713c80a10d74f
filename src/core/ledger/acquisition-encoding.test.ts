import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Acquisition } from '../holdings/holding-entries';
import { canonicalAcquisitionJson } from './acquisition-encoding';
import { canonicalJson } from './canonical-encoding';

// Strings as a file may hold them, and the ones JSON treats specially: quotes, backslashes, control
// characters, U+2028, astral characters, lone surrogates (which have no canonical form).
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 14 }),
  fc.string({ unit: 'grapheme', maxLength: 14 }),
  fc.constantFrom(
    '',
    '"',
    '\\',
    '\n',
    '\u0000',
    '\u001f',
    '\u007f',
    '\u2028',
    '𝄞',
    '\ud800',
    'a\udc00',
    'ñandú',
  ),
);
const year = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 1800, max: 2100 }),
  fc.constantFrom(-0, 2012.5, Number.NaN, Infinity, 2 ** 53, -(2 ** 53 - 1)),
);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof(fc.constant(null), arbitrary);

/** The payload the bulk import builds, with any values in its fields. */
const importShaped = fc.record({
  firearmId: text,
  facilityId: text,
  source: fc.record({
    kind: fc.oneof(fc.constant('initial-registration' as const), text),
    name: text,
    reference: maybe(text),
  }),
  firearm: fc.record({
    type: text,
    manufacturerId: text,
    model: text,
    calibreId: text,
    serial: text,
    serialNormalised: text,
    countryOfManufacture: text,
    yearOfManufacture: year,
    importCountry: maybe(text),
    importYear: year,
    componentSerials: fc.constant([]),
    permitNumber: maybe(text),
    permitExpiresOn: maybe(text),
    serialAssigned: fc.boolean(),
  }),
  markings: fc.constant([]),
}) as unknown as fc.Arbitrary<Acquisition>;

/** The same, then bent out of shape: a member removed, added, or of another type. */
const bent = fc
  .tuple(
    importShaped,
    fc.constantFrom('firearm', 'source', 'top'),
    fc.constantFrom('remove', 'add', 'undefined', 'array', 'object', 'marking', 'component'),
    fc.nat(),
  )
  .map(([payload, where, how, n]) => {
    const copy = JSON.parse(JSON.stringify(payload)) as Record<string, Record<string, unknown>>;
    const target: Record<string, unknown> = where === 'top' ? copy : copy[where]!;
    const keys = Object.keys(target);
    const key = keys[n % keys.length]!;
    if (how === 'remove') delete target[key];
    if (how === 'add') target[`extra${n % 3}`] = n;
    if (how === 'undefined') target[key] = undefined;
    if (how === 'array') target[key] = [n];
    if (how === 'object') target[key] = { n };
    if (how === 'marking') copy.markings = [{ kind: 'manufacture', text: 'X' }] as never;
    if (how === 'component') copy.firearm!.componentSerials = [{ component: 'slide', serial: 'S1' }];
    return copy as unknown as Acquisition;
  });

function outcome(encode: () => string): { text: string } | { error: string } {
  try {
    return { text: encode() };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

describe('canonical encoding of an imported acquisition', () => {
  it('is byte for byte canonicalJson, for any values in the import shape and any shape bent from it', () => {
    fc.assert(
      fc.property(fc.oneof(importShaped, bent), (payload) => {
        expect(outcome(() => canonicalAcquisitionJson(payload))).toEqual(
          outcome(() => canonicalJson(payload, '$.payload')),
        );
      }),
      { seed: 20261129, numRuns: 20_000 },
    );
  });

  it('gives the import payload of the worked example exactly', () => {
    const payload: Acquisition = {
      firearmId: 'f-1',
      facilityId: 'fac-1',
      source: { kind: 'initial-registration', name: 'import', reference: 'line 2' },
      firearm: {
        type: 'revolver',
        manufacturerId: 'taurus',
        model: '82 "Special"',
        calibreId: '38-special',
        serial: 'TZA12345',
        serialNormalised: 'TZA12345',
        countryOfManufacture: 'BR',
        yearOfManufacture: 2012,
        importCountry: 'PE',
        importYear: null,
        componentSerials: [],
        permitNumber: null,
        permitExpiresOn: '2027-03-31',
        serialAssigned: false,
      },
      markings: [],
    };
    expect(canonicalAcquisitionJson(payload)).toBe(
      '{"facilityId":"fac-1","firearm":{"calibreId":"38-special","componentSerials":[],"countryOfManufacture":"BR","importCountry":"PE","importYear":null,"manufacturerId":"taurus","model":"82 \\"Special\\"","permitExpiresOn":"2027-03-31","permitNumber":null,"serial":"TZA12345","serialAssigned":false,"serialNormalised":"TZA12345","type":"revolver","yearOfManufacture":2012},"firearmId":"f-1","markings":[],"source":{"kind":"initial-registration","name":"import","reference":"line 2"}}',
    );
    expect(canonicalAcquisitionJson(payload)).toBe(canonicalJson(payload));
  });
});
