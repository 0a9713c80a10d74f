import type { MixingRuleSet } from './mixing-rule-set';

const TABLE_SOURCE = 'UN transport mixed-loading table (fact sheet §1.3 [C], infogalactic.com)';
const FOOTNOTE_SOURCE =
  'UN transport mixed-loading footnotes (fact sheet §1.3 [C]: 49 CFR 176.144, ADR 7.5.2.2, IMDG SGC5)';

/**
 * Default rule set: the UN transport mixed-loading rules, the confirmed and conservative stand-in until
 * the IATG 01.50 §7.1 storage table is obtained (fact sheet §1.3 and §11.2; addendum §1: the IATG
 * storage matrix is still [U], so it is not encoded here).
 *
 * Footnote 4 of §1.3 (G other than fireworks with C, D and E) is only [P] and conditional on there being
 * no explosive substances in the store, which Custodia cannot tell from the groups alone; it is left out,
 * so G keeps to G and S.
 */
export const UN_TRANSPORT_MIXING_RULES: MixingRuleSet = {
  id: 'un-transport',
  name: { es: 'reglas de carga mixta de transporte de la ONU', en: 'UN transport mixed-loading rules' },
  source: TABLE_SOURCE,
  mayShareWith: {
    A: ['A'],
    B: ['B', 'S'],
    C: ['C', 'D', 'E', 'N', 'S'],
    D: ['C', 'D', 'E', 'N', 'S'],
    E: ['C', 'D', 'E', 'N', 'S'],
    F: ['F', 'S'],
    G: ['G', 'S'],
    H: ['H', 'S'],
    J: ['J', 'S'],
    K: ['K', 'S'],
    L: ['L'],
    N: ['C', 'D', 'E', 'N', 'S'],
    // Footnote 6: 1.4S must not share with A or L.
    S: ['B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'N', 'S'],
  },
  // Footnote 5: L only with the identical type within L.
  isolatedByType: ['L'],
  mixedLoadRules: [
    // Footnote 3 (N with S is treated as N), read generally: S never sets the group of a mixed load.
    { kind: 'yields-to-others', group: 'S', source: FOOTNOTE_SOURCE + ', footnote 3' },
    // Footnote 2: N with C, D or E is treated as D.
    {
      kind: 'treated-as-when-with',
      group: 'N',
      treatedAs: 'D',
      whenWithAnyOf: ['C', 'D', 'E'],
      source: FOOTNOTE_SOURCE + ', footnote 2',
    },
    // Footnote 1: a mixed load of C, D and E is treated as E (ADR 7.5.2.2: any combination of them).
    {
      kind: 'combination-treated-as',
      groups: ['C', 'D', 'E'],
      treatedAs: 'E',
      source: FOOTNOTE_SOURCE + ', footnote 1',
    },
  ],
};
