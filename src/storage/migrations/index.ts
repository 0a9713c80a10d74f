import type { Kysely } from 'kysely';
import type { MigrationDialect } from './column-types';
import * as m0001 from './0001-foundation';
import * as m0002 from './0002-registry-ledger';
import * as m0003 from './0003-hazard';
import * as m0004 from './0004-assessments';
import * as m0005 from './0005-registry-photos';
import * as m0006 from './0006-armoury';
import * as m0007 from './0007-tracing';
import * as m0008 from './0008-incidents';
import * as m0009 from './0009-account-security';
import * as m0010 from './0010-audit-chain';

export interface DialectMigration {
  up(db: Kysely<unknown>, dialect: MigrationDialect): Promise<void>;
}

/** Every migration in order. Names are permanent: they are the keys recorded in the database. */
export const MIGRATIONS: ReadonlyArray<readonly [name: string, migration: DialectMigration]> = [
  ['0001-foundation', m0001],
  ['0002-registry-ledger', m0002],
  ['0003-hazard', m0003],
  ['0004-assessments', m0004],
  ['0005-registry-photos', m0005],
  ['0006-armoury', m0006],
  ['0007-tracing', m0007],
  ['0008-incidents', m0008],
  ['0009-account-security', m0009],
  ['0010-audit-chain', m0010],
];
