import { describe, expect, it } from 'vitest';
import { en } from './en';
import { es } from './es';

type Tree = { readonly [key: string]: unknown };

/** Every leaf of a resource tree as [dotted key, value]. */
function leaves(tree: Tree, prefix = ''): Array<[string, unknown]> {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'object' && value !== null
      ? leaves(value as Tree, path)
      : [[path, value] as [string, unknown]];
  });
}

const resources = { es, en } as const;

describe('interface translations', () => {
  const keysOf = (tree: Tree) =>
    leaves(tree)
      .map(([key]) => key)
      .sort();

  it('have the same keys in Spanish and English', () => {
    const spanish = keysOf(es);
    const english = keysOf(en);
    expect(
      spanish.filter((key) => !english.includes(key)),
      'keys missing in en.ts',
    ).toEqual([]);
    expect(
      english.filter((key) => !spanish.includes(key)),
      'keys missing in es.ts',
    ).toEqual([]);
  });

  it.each(Object.keys(resources) as Array<keyof typeof resources>)(
    'give every key a non-empty text in %s',
    (language) => {
      const empty = leaves(resources[language]).filter(
        ([, value]) => typeof value !== 'string' || value.trim() === '',
      );
      expect(empty.map(([key]) => key)).toEqual([]);
    },
  );

  it('use the same interpolation variables in both languages', () => {
    const variables = (text: unknown) =>
      [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    const english = new Map(leaves(en));
    const differing = leaves(es).filter(
      ([key, value]) => JSON.stringify(variables(value)) !== JSON.stringify(variables(english.get(key))),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });
});
