import type { LocalizedText } from './localized-text';

/** UN Class 1 compatibility groups (IATG 01.50 §6.2; fact sheet §1.2). There is no I, M, O, P, Q or R. */
export const COMPATIBILITY_GROUPS = [
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'J',
  'K',
  'L',
  'N',
  'S',
] as const;
export type CompatibilityGroup = (typeof COMPATIBILITY_GROUPS)[number];

/**
 * Meanings restated from the UN compatibility-group codes (fact sheet §1.2, all [C]: DGR Table 3.1.A
 * code list, public course notes, infogalactic "Explosives shipping classification system").
 */
export const COMPATIBILITY_GROUP_MEANINGS: Readonly<Record<CompatibilityGroup, LocalizedText>> = {
  A: { es: 'Sustancia explosiva primaria.', en: 'Primary explosive substance.' },
  B: {
    es: 'Objeto con sustancia explosiva primaria sin dos o más dispositivos de protección eficaces e independientes (incluye detonadores y cebos tipo cápsula).',
    en: 'Article containing a primary explosive without two or more effective independent protective features (includes detonators and cap-type primers).',
  },
  C: {
    es: 'Sustancia explosiva propulsora u otra sustancia deflagrante, u objeto que la contiene.',
    en: 'Propellant or other deflagrating explosive substance, or an article containing it.',
  },
  D: {
    es: 'Sustancia detonante secundaria (o pólvora negra), u objeto que la contiene, sin medios de iniciación ni carga propulsora; u objeto con explosivo primario y dos o más dispositivos de protección.',
    en: 'Secondary detonating explosive (or black powder), or an article containing it, without means of initiation and without propelling charge; or an article with a primary explosive and two or more protective features.',
  },
  E: {
    es: 'Objeto con sustancia detonante secundaria, sin medios de iniciación, con carga propulsora (salvo líquido o gel inflamable o líquido hipergólico).',
    en: 'Article with secondary detonating explosive, without means of initiation, with propelling charge (other than flammable liquid or gel or hypergolic liquid).',
  },
  F: {
    es: 'Objeto con sustancia detonante secundaria con sus propios medios de iniciación, con o sin carga propulsora.',
    en: 'Article with secondary detonating explosive with its own means of initiation, with or without propelling charge.',
  },
  G: {
    es: 'Sustancia u objeto pirotécnico (iluminante, incendiario, lacrimógeno o fumígeno), salvo los activados por agua o con fósforo blanco, fosfuros, sustancias pirofóricas, líquidos o geles inflamables o líquidos hipergólicos.',
    en: 'Pyrotechnic substance or article (illuminating, incendiary, tear-producing or smoke-producing), other than water-activated, white phosphorus, phosphide, pyrophoric, flammable liquid or gel, or hypergolic types.',
  },
  H: {
    es: 'Objeto que contiene sustancia explosiva y fósforo blanco.',
    en: 'Article containing explosive and white phosphorus.',
  },
  J: {
    es: 'Objeto que contiene sustancia explosiva y un líquido o gel inflamable.',
    en: 'Article containing explosive and a flammable liquid or gel.',
  },
  K: {
    es: 'Objeto que contiene sustancia explosiva y un agente químico tóxico.',
    en: 'Article containing explosive and a toxic chemical agent.',
  },
  L: {
    es: 'Sustancia u objeto con un riesgo especial que exige aislar cada tipo (p. ej. activado por agua, hipergólico, fosfuros, pirofórico).',
    en: 'Substance or article with a special risk needing isolation of each type (e.g. water-activated, hypergolic, phosphides, pyrophoric).',
  },
  N: {
    es: 'Objeto que contiene solo sustancias detonantes extremadamente poco sensibles.',
    en: 'Article containing only extremely insensitive detonating substances.',
  },
  S: {
    es: 'Embalado o diseñado de modo que todo efecto peligroso de un funcionamiento accidental quede dentro del embalaje (salvo que el fuego lo haya deteriorado), y la onda expansiva y la proyección no dificulten la lucha contra incendios en las inmediaciones.',
    en: 'Packed or designed so that any hazard from accidental functioning is confined within the package (unless the package is degraded by fire), and blast and projection do not significantly hinder fire-fighting nearby.',
  },
};

export function isCompatibilityGroup(value: unknown): value is CompatibilityGroup {
  return typeof value === 'string' && (COMPATIBILITY_GROUPS as readonly string[]).includes(value);
}
