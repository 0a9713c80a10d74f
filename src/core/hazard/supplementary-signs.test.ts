import { describe, expect, it } from 'vitest';
import { EXAMPLE_SUPPLEMENTARY_SIGNS_BY_GROUP, findSupplementarySigns } from './supplementary-signs';
import type { SupplementarySignsByGroup } from './supplementary-signs';

const example = EXAMPLE_SUPPLEMENTARY_SIGNS_BY_GROUP;

describe('supplementary signs (fact sheet §2; example table, not a source table)', () => {
  it('asks for no supplementary sign for small-arms ammunition 1.4S and 1.4C', () => {
    expect(findSupplementarySigns(['S', 'C'], example)).toEqual([]);
  });

  it('asks for "apply no water" for L (water-activated: water may cause an explosion, §2)', () => {
    expect(findSupplementarySigns(['L'], example)).toEqual(['apply-no-water']);
  });

  it('asks for breathing apparatus for G and J, and chemical hazard for H and K', () => {
    expect(findSupplementarySigns(['G'], example)).toEqual(['wear-breathing-apparatus']);
    expect(findSupplementarySigns(['J'], example)).toEqual(['wear-breathing-apparatus']);
    expect(findSupplementarySigns(['H'], example)).toEqual(['chemical-hazard']);
    expect(findSupplementarySigns(['K'], example)).toEqual(['chemical-hazard']);
  });

  it('lists each sign once, in a fixed order, whatever the order of the groups', () => {
    expect(findSupplementarySigns(['K', 'G', 'H', 'J', 'S'], example)).toEqual([
      'wear-breathing-apparatus',
      'chemical-hazard',
    ]);
  });

  it('follows a country table instead of the example', () => {
    const table: SupplementarySignsByGroup = {
      ...example,
      G: ['chemical-hazard', 'wear-breathing-apparatus'],
    };
    expect(findSupplementarySigns(['G'], table)).toEqual(['wear-breathing-apparatus', 'chemical-hazard']);
  });
});
