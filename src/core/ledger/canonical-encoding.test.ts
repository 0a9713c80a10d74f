import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalBytes,
  canonicalJson,
  findCanonicalEncodingProblem,
  isCanonicalEncodingError,
  isWellFormedUnicode,
  quoteJsonString,
} from './canonical-encoding';
import { jsonValue, shuffleKeysDeeply } from '../../../tests/support/ledger-fixtures';

function problemOf(value: unknown) {
  try {
    canonicalJson(value);
  } catch (error) {
    if (isCanonicalEncodingError(error)) return { path: error.path, message: error.message };
    throw error;
  }
  throw new Error('expected the value to be refused');
}

describe('canonical JSON encoding', () => {
  it('sorts members by key, writes no whitespace and keeps arrays in order', () => {
    expect(canonicalJson({ b: 1, a: [3, true, null, 'x'], c: { z: 1.5, y: -2 } })).toBe(
      '{"a":[3,true,null,"x"],"b":1,"c":{"y":-2,"z":1.5}}',
    );
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({})).toBe('{}');
  });

  it('orders keys by UTF-16 code units: digits as text, upper before lower case, surrogates before U+E000–U+FFFF', () => {
    const value = { '\uff61': 1, '\u{1f600}': 2, a: 3, B: 4, '9': 5, '10': 6, '': 7, é: 8 };
    expect(canonicalJson(value)).toBe('{"":7,"10":6,"9":5,"B":4,"a":3,"é":8,"\u{1f600}":2,"\uff61":1}');
  });

  it('escapes strings exactly as JSON.stringify does and writes everything else as UTF-8', () => {
    const text =
      'quote " backslash \\ slash / nul \u0000 bs \b ff \f nl \n cr \r tab \t us \u001f del \u007f ls \u2028 é 𝄞';
    expect(canonicalJson(text)).toBe(JSON.stringify(text));
    expect(canonicalJson('\u0000\u001f')).toBe('"\\u0000\\u001f"');
    expect([...canonicalBytes('é𝄞')]).toEqual([0x22, 0xc3, 0xa9, 0xf0, 0x9d, 0x84, 0x9e, 0x22]);
    expect([...canonicalBytes({ ñ: 'ü' })]).toEqual([...new TextEncoder().encode('{"ñ":"ü"}')]);
  });

  it('writes numbers as JSON.stringify does', () => {
    const cases: Array<[number, string]> = [
      [0, '0'],
      [-1, '-1'],
      [1.5, '1.5'],
      [0.1, '0.1'],
      [0.000001, '0.000001'],
      [1e-7, '1e-7'],
      [-2.5e-10, '-2.5e-10'],
      [5e-324, '5e-324'],
      [123456789.125, '123456789.125'],
      [Number.MAX_SAFE_INTEGER, '9007199254740991'],
      [Number.MIN_SAFE_INTEGER, '-9007199254740991'],
    ];
    for (const [value, text] of cases) expect(canonicalJson(value)).toBe(text);
  });

  it('accepts objects without a prototype', () => {
    const record = Object.create(null) as Record<string, unknown>;
    record.b = 2;
    record.a = 1;
    expect(canonicalJson(record)).toBe('{"a":1,"b":2}');
  });

  it('refuses every value that has no single JSON form, naming its path', () => {
    expect(problemOf({ a: { b: Number.NaN } })).toEqual({
      path: '$.a.b',
      message: '$.a.b: NaN is not a finite number',
    });
    expect(problemOf([1, Infinity]).path).toBe('$[1]');
    expect(problemOf({ x: -0 }).message).toBe('$.x: -0 is not allowed (write 0)');
    expect(problemOf({ big: 2 ** 53 }).message).toContain('beyond ±(2^53 − 1)');
    expect(problemOf({ a: undefined }).message).toBe(
      '$.a: undefined is not allowed (use null, or leave the key out)',
    );
    expect(problemOf([1, undefined]).path).toBe('$[1]');
    // eslint-disable-next-line no-sparse-arrays
    expect(problemOf([1, , 3]).path).toBe('$[1]');
    expect(problemOf({ at: new Date(0) }).message).toBe('$.at: a Date is not a plain object or an array');
    expect(problemOf({ m: new Map() }).message).toBe('$.m: a Map is not a plain object or an array');
    expect(problemOf({ s: new Set() }).path).toBe('$.s');
    expect(problemOf({ bytes: new Uint8Array(2) }).message).toContain('a Uint8Array');
    expect(problemOf({ boxed: new String('x') }).message).toContain('a String');
    expect(problemOf({ n: 1n }).message).toBe('$.n: a bigint cannot be encoded (send it as a string)');
    expect(problemOf({ f: () => 1 }).message).toBe('$.f: a function cannot be encoded');
    expect(problemOf({ s: Symbol('x') }).path).toBe('$.s');
    expect(problemOf({ [Symbol('k')]: 1 }).message).toBe('$: symbol-keyed members cannot be encoded');
    expect(problemOf({ 'a b': { text: 'x\ud800y' } }).message).toBe(
      '$["a b"].text: the string contains a lone UTF-16 surrogate',
    );
    expect(problemOf({ ['\udc00']: 1 }).path).toBe('$["\\udc00"]');
    expect(problemOf(undefined).path).toBe('$');
  });

  it('refuses cycles instead of recursing for ever', () => {
    const node: Record<string, unknown> = { name: 'a' };
    node.self = { again: node };
    expect(problemOf(node)).toEqual({ path: '$.self.again', message: '$.self.again: circular reference' });
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: [shared] })).toBe('{"a":{"x":1},"b":[{"x":1}]}');
  });

  it('reports problems without throwing when asked, with the given root path', () => {
    expect(findCanonicalEncodingProblem({ ok: [1, 'two', null] })).toBeNull();
    expect(findCanonicalEncodingProblem({ rounds: 0.5, at: new Date(0) }, '$.payload')).toEqual({
      path: '$.payload.at',
      reason: 'a Date is not a plain object or an array',
    });
  });

  it('quotes strings like JSON.stringify and tells well-formed Unicode from lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(quoteJsonString(text)).toBe(JSON.stringify(text));
        expect(isWellFormedUnicode(text)).toBe(true);
      }),
      { seed: 42, numRuns: 500 },
    );
    expect(quoteJsonString('\ud800')).toBe('"\\ud800"');
    expect(isWellFormedUnicode('a\ud83d')).toBe(false);
    expect(isWellFormedUnicode('\udc00a')).toBe(false);
    expect(isWellFormedUnicode('\ud83d\ude00')).toBe(true);
  });

  it('does not depend on the order in which keys were inserted', () => {
    fc.assert(
      fc.property(jsonValue, fc.integer(), (value, shuffleSeed) => {
        expect(canonicalJson(shuffleKeysDeeply(value, shuffleSeed))).toBe(canonicalJson(value));
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('round-trips through JSON.parse: the parsed value has the same canonical text', () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(JSON.parse(text)).toEqual(value);
        expect(canonicalBytes(value)).toEqual(new TextEncoder().encode(text));
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
