import type { Acquisition } from '../holdings/holding-entries';
import { canonicalJson, isWellFormedUnicode } from './canonical-encoding';

/**
 * `canonicalJson(payload, '$.payload')` for an acquisition payload of the bulk-import shape (no
 * markings, no component serials), written out with its members already in canonical order: no
 * key listing, no sort, no walk. Anything else — another shape, a member missing or added, a
 * value that is not a plain string / safe integer / boolean / null where one is expected, a string
 * with a lone surrogate — is handed to `canonicalJson`, which encodes it or throws its usual error.
 * So the output is always exactly `canonicalJson`'s (a property test holds them equal).
 */
export function canonicalAcquisitionJson(payload: Acquisition): string {
  return encodeImportShape(payload) ?? canonicalJson(payload, '$.payload');
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string as canonical JSON, or null when it is not a well-formed string. */
function str(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (!NEEDS_ESCAPE.test(value)) return `"${value}"`;
  return isWellFormedUnicode(value) ? JSON.stringify(value) : null;
}

function strOrNull(value: unknown): string | null {
  return value === null ? 'null' : str(value);
}

function intOrNull(value: unknown): string | null {
  if (value === null) return 'null';
  return typeof value === 'number' && Number.isSafeInteger(value) && !Object.is(value, -0)
    ? String(value)
    : null;
}

function isPlain(value: unknown, members: number): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return (
    (prototype === Object.prototype || prototype === null) &&
    Object.keys(value).length === members &&
    Object.getOwnPropertySymbols(value).length === 0
  );
}

function isEmptyArray(value: unknown): boolean {
  return Array.isArray(value) && value.length === 0 && Object.getPrototypeOf(value) === Array.prototype;
}

function encodeImportShape(p: unknown): string | null {
  if (!isPlain(p, 5) || !isEmptyArray(p.markings)) return null;
  const f = p.firearm;
  const s = p.source;
  if (!isPlain(f, 14) || !isPlain(s, 3) || !isEmptyArray(f.componentSerials)) return null;
  if (typeof f.serialAssigned !== 'boolean') return null;
  // Members in canonical order (UTF-16 code units): "firearm" before "firearmId", "permitExpiresOn"
  // before "permitNumber", "serial" before "serialAssigned" before "serialNormalised".
  const parts = [
    '{"facilityId":',
    str(p.facilityId),
    ',"firearm":{"calibreId":',
    str(f.calibreId),
    ',"componentSerials":[],"countryOfManufacture":',
    str(f.countryOfManufacture),
    ',"importCountry":',
    strOrNull(f.importCountry),
    ',"importYear":',
    intOrNull(f.importYear),
    ',"manufacturerId":',
    str(f.manufacturerId),
    ',"model":',
    str(f.model),
    ',"permitExpiresOn":',
    strOrNull(f.permitExpiresOn),
    ',"permitNumber":',
    strOrNull(f.permitNumber),
    ',"serial":',
    str(f.serial),
    ',"serialAssigned":',
    f.serialAssigned ? 'true' : 'false',
    ',"serialNormalised":',
    str(f.serialNormalised),
    ',"type":',
    str(f.type),
    ',"yearOfManufacture":',
    intOrNull(f.yearOfManufacture),
    '},"firearmId":',
    str(p.firearmId),
    ',"markings":[],"source":{"kind":',
    str(s.kind),
    ',"name":',
    str(s.name),
    ',"reference":',
    strOrNull(s.reference),
    '}}',
  ];
  let text = '';
  for (const part of parts) {
    if (part === null) return null;
    text += part;
  }
  return text;
}
