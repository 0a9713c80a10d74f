/**
 * Canonical JSON: one value, one text, one byte string. docs/ledger.md §2 is the specification;
 * in short:
 *
 * - object members sorted by key, comparing keys as sequences of UTF-16 code units (what
 *   `Array.prototype.sort()` does with no comparator; RFC 8785 §3.2.3);
 * - no whitespace anywhere outside strings;
 * - strings (keys and values) exactly as `JSON.stringify` writes them;
 * - numbers exactly as `JSON.stringify` writes them (ECMAScript Number::toString);
 * - arrays in their order; `null`, `true`, `false` as themselves;
 * - the text is encoded as UTF-8, without a byte-order mark.
 *
 * For every value it accepts, the output is identical to RFC 8785 (JCS). It accepts less than
 * JSON.stringify, so that a value always survives `JSON.parse` unchanged and any implementation
 * in any language produces the same bytes. Refused, with the path of the offending value:
 * `undefined` (also as an object member: omit the key or use null), NaN and ±Infinity, −0
 * (JSON.stringify writes it as 0, so it would not round-trip), integers beyond ±(2^53 − 1) (they
 * have already lost precision: send them as strings), strings or keys with a lone UTF-16
 * surrogate (not Unicode, no UTF-8 form), bigint, symbols, functions, symbol-keyed members, cycles,
 * and every object that is not a plain object or an array (Date, Map, Set, typed arrays, boxed
 * primitives, class instances). A plain object is one whose prototype is Object.prototype or null.
 */

/** A value the canonical encoding accepts (as produced by JSON.parse of canonical text). */
export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** Thrown by `canonicalJson` and `canonicalBytes`; `path` names the value, e.g. `$.payload.rounds`. */
export interface CanonicalEncodingError extends Error {
  readonly name: 'CanonicalEncodingError';
  readonly path: string;
  readonly reason: string;
}

export function isCanonicalEncodingError(error: unknown): error is CanonicalEncodingError {
  return error instanceof Error && error.name === 'CanonicalEncodingError' && 'path' in error;
}

function canonicalEncodingError(path: string, reason: string): CanonicalEncodingError {
  return Object.assign(new Error(`${path}: ${reason}`), {
    name: 'CanonicalEncodingError' as const,
    path,
    reason,
  });
}

const utf8 = new TextEncoder();

/** The canonical JSON text of `value`. `rootPath` prefixes the paths in errors. */
export function canonicalJson(value: unknown, rootPath = '$'): string {
  return encodeValue(value, rootPath, [], []);
}

/** The canonical JSON of `value` as UTF-8 bytes: what is hashed and what is signed. */
export function canonicalBytes(value: unknown, rootPath = '$'): Uint8Array {
  return utf8.encode(canonicalJson(value, rootPath));
}

/** Why `value` has no canonical encoding, or null when it has one. For validating at the edge. */
export function findCanonicalEncodingProblem(
  value: unknown,
  rootPath = '$',
): { path: string; reason: string } | null {
  try {
    canonicalJson(value, rootPath);
    return null;
  } catch (error) {
    if (isCanonicalEncodingError(error)) return { path: error.path, reason: error.reason };
    throw error;
  }
}

// Characters JSON.stringify escapes, plus surrogates (a lone one is escaped too): if none occurs,
// the quoted string is the string between two quotes, which is much cheaper to build.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** `JSON.stringify(text)`, faster for the common string that needs no escape. */
export function quoteJsonString(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

/** The quoted string, or null when it has a lone surrogate (one regex test in the common case). */
function quoteWellFormed(text: string): string | null {
  if (!NEEDS_ESCAPE.test(text)) return `"${text}"`;
  return isWellFormedUnicode(text) ? JSON.stringify(text) : null;
}

/** True when `text` is well-formed UTF-16: every surrogate is half of a pair (it has a UTF-8 form). */
export function isWellFormedUnicode(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

// The path of the value being encoded, as a stack of keys and indexes: turned into text only for
// an error, because building it for every member would cost more than the encoding itself.
type PathStack = Array<string | number>;

function pathText(root: string, stack: PathStack): string {
  let path = root;
  for (const segment of stack) path += typeof segment === 'number' ? `[${segment}]` : memberSuffix(segment);
  return path;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function memberSuffix(key: string): string {
  return IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

function encodeValue(value: unknown, root: string, stack: PathStack, ancestors: object[]): string {
  switch (typeof value) {
    case 'string': {
      const quoted = quoteWellFormed(value);
      if (quoted === null)
        throw canonicalEncodingError(pathText(root, stack), 'the string contains a lone UTF-16 surrogate');
      return quoted;
    }
    case 'number':
      return encodeNumber(value, root, stack);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      return encodeObject(value, root, stack, ancestors);
    case 'undefined':
      throw canonicalEncodingError(
        pathText(root, stack),
        'undefined is not allowed (use null, or leave the key out)',
      );
    case 'bigint':
      throw canonicalEncodingError(pathText(root, stack), 'a bigint cannot be encoded (send it as a string)');
    default:
      throw canonicalEncodingError(pathText(root, stack), `a ${typeof value} cannot be encoded`);
  }
}

function encodeNumber(value: number, root: string, stack: PathStack): string {
  if (Number.isSafeInteger(value) && !Object.is(value, -0)) return String(value);
  const fail = (reason: string) => canonicalEncodingError(pathText(root, stack), reason);
  if (!Number.isFinite(value)) throw fail(`${value} is not a finite number`);
  if (Object.is(value, -0)) throw fail('-0 is not allowed (write 0)');
  if (Number.isInteger(value)) throw fail(`${value} is an integer beyond ±(2^53 − 1) (send it as a string)`);
  return String(value);
}

function encodeObject(value: object, root: string, stack: PathStack, ancestors: object[]): string {
  if (ancestors.includes(value)) throw canonicalEncodingError(pathText(root, stack), 'circular reference');
  ancestors.push(value);
  let text: string;
  if (Array.isArray(value)) {
    text = '[';
    for (let i = 0; i < value.length; i++) {
      stack.push(i);
      text += (i === 0 ? '' : ',') + encodeValue(value[i], root, stack, ancestors);
      stack.pop();
    }
    text += ']';
  } else {
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) {
      throw canonicalEncodingError(
        pathText(root, stack),
        `${describeObject(value)} is not a plain object or an array`,
      );
    }
    if (Object.getOwnPropertySymbols(value).length > 0) {
      throw canonicalEncodingError(pathText(root, stack), 'symbol-keyed members cannot be encoded');
    }
    const record = value as Record<string, unknown>;
    // Sort with no comparator: by UTF-16 code units, not by locale and not by code point.
    const keys = Object.keys(record).sort();
    text = '{';
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      stack.push(key);
      const quotedKey = quoteWellFormed(key);
      if (quotedKey === null)
        throw canonicalEncodingError(pathText(root, stack), 'the key contains a lone UTF-16 surrogate');
      text += (i === 0 ? '' : ',') + quotedKey + ':' + encodeValue(record[key], root, stack, ancestors);
      stack.pop();
    }
    text += '}';
  }
  ancestors.pop();
  return text;
}

function describeObject(value: object): string {
  const name: unknown = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' ? `a ${name}` : 'an object with a custom prototype';
}
