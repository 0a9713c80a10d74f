import type { Kysely } from 'kysely';
import type { MigrationDialect } from './column-types';
import * as m0001 from './0001-foundation';

export interface DialectMigration {
  up(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void>;
}

/** Every migration in order. Names are permanent: they are the keys recorded in the database. */
export const MIGRATIONS: ReadonlyArray<readonly [name: string, migration: DialectMigration]> = [
  ['0001-foundation', m0001],
];
