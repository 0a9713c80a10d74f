import type { Kysely } from 'kysely';
import type { MigrationDialect } from './column-types';

// Not yet frozen: filled in by the armoury-operations capability before it lands.
export async function up(_db: Kysely<unknown>, _dialect: MigrationDialect): Promise<void> {}
