import { LOST_STOLEN_FIELDS, type LostStolenFirearm } from '../../contracts/lost-stolen';
import { renderCsv } from '../table-export';

/**
 * Lost and stolen firearms as CSV for an INTERPOL iARMS submission: a header row of field names
 * (the JSON names, so one mapping serves both formats), one row per weapon, RFC 4180 quoting,
 * CRLF line ends. Headers are not translated: the file is exchanged between systems.
 */
export function renderIarmsCsv(items: readonly LostStolenFirearm[]): string {
  return renderCsv({
    title: 'iARMS',
    columns: LOST_STOLEN_FIELDS.map((key) => ({ key, header: key })),
    rows: items,
  });
}
