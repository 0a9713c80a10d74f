/**
 * Canonical JSON (docs/ledger.md §Canonical encoding): object keys sorted by UTF-16 code units
 * (JavaScript's default sort), no whitespace, strings and numbers exactly as JSON.stringify writes
 * them, arrays in order. Only null, booleans, finite numbers, strings, arrays and plain objects are
 * allowed; anything else (undefined, NaN, Infinity, -0, bigint, Date, Map…) is refused with its path.
 */
export class CanonicalJsonError extends Error {}

export function canonicalJson(value: unknown, path = '$'): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`${path}: ${value} is not a finite number`);
      if (Object.is(value, -0)) throw new CanonicalJsonError(`${path}: -0 has no canonical form`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((item, i) => canonicalJson(item, `${path}[${i}]`)).join(',')}]`;
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) throw new CanonicalJsonError(`${path}: only plain objects are allowed`);
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record).sort();
      const parts: string[] = [];
      for (const key of keys) {
        const item = record[key];
        if (item === undefined) throw new CanonicalJsonError(`${path}.${key}: undefined is not allowed (use null or leave the key out)`);
        parts.push(`${JSON.stringify(key)}:${canonicalJson(item, `${path}.${key}`)}`);
      }
      return `{${parts.join(',')}}`;
    }
    default:
      throw new CanonicalJsonError(`${path}: a ${typeof value} cannot be encoded`);
  }
}
