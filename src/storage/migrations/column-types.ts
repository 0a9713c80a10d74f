import type { ColumnDataType } from 'kysely';

/**
 * Column types per dialect, used by migrations. Frozen: a migration that has shipped must keep
 * producing the same schema, so change nothing here — add a new helper for a new type instead.
 */
export type MigrationDialect = 'sqlite' | 'postgres';

export interface ColumnTypes {
  id: ColumnDataType;
  timestamp: ColumnDataType;
  text: ColumnDataType;
  integer: ColumnDataType;
  bigint: ColumnDataType;
  real: ColumnDataType;
  /** A calendar date as YYYY-MM-DD text in both dialects (no time zone to misread). */
  date: ColumnDataType;
}

export function columnTypes(dialect: MigrationDialect): ColumnTypes {
  return dialect === 'postgres'
    ? {
        id: 'uuid',
        timestamp: 'timestamptz',
        text: 'text',
        integer: 'integer',
        bigint: 'bigint',
        real: 'double precision',
        date: 'text',
      }
    : {
        id: 'text',
        timestamp: 'text',
        text: 'text',
        integer: 'integer',
        bigint: 'integer',
        real: 'real',
        date: 'text',
      };
}
