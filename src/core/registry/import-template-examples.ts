import { AMMUNITION_TEMPLATE, FIREARM_TEMPLATE, type ImportTemplate } from './import-templates';

/**
 * The example rows of the downloadable templates (the same as docs/templates/*.csv, which a test
 * keeps equal): one row per common case, valid against the shipped catalogue.
 */
export const TEMPLATE_EXAMPLES: Record<ImportTemplate['kind'], readonly (readonly string[])[]> = {
  firearms: [
    [
      'TAU-1234567',
      'Taurus',
      '82',
      'revolver',
      '.38 Special',
      'BR',
      '2012',
      'PE',
      '2013',
      'ARM-01',
      'LIC-2024-000123',
      '2027-03-31',
    ],
    ['MV1234567', 'Mossberg', '500', 'shotgun', '12 gauge', 'US', '2009', '', '', 'ARM-01', '', ''],
  ],
  ammunition: [
    ['A-240517-38', '.38 Special', 'CBC', '2024', '0012', '', '', '0.25', '5000', 'AMMO-01'],
    ['F-2301-9', '9x19 mm', 'FAME', '2023', '0012', '1.4', 'S', '0.35', '10000', 'AMMO-01'],
  ],
};

export const IMPORT_TEMPLATES: Record<ImportTemplate['kind'], ImportTemplate> = {
  firearms: FIREARM_TEMPLATE,
  ammunition: AMMUNITION_TEMPLATE,
};

/** The template as CSV text: the header and the example rows. */
export function templateCsv(kind: ImportTemplate['kind']): string {
  const header = IMPORT_TEMPLATES[kind].columns.map((c) => c.name);
  return [header, ...TEMPLATE_EXAMPLES[kind]].map((row) => row.join(',')).join('\n') + '\n';
}
