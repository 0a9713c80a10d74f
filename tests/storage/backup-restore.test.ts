import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/use-cases/app-error';
import { backupDatabase, restoreDatabase } from '../../src/use-cases/manage-database';
import { createEmptyTestDatabase, createTestDatabase, TEST_DIALECTS } from '../support/test-database';

describe.each(TEST_DIALECTS)('backup and restore (%s)', (dialect) => {
  it(
    'backs up under write load and the restore holds every row committed before the backup began, with no gap',
    { timeout: 120_000 },
    async () => {
      const source = await createTestDatabase(dialect);
      const target = await createEmptyTestDatabase(dialect);
      const dir = mkdtempSync(join(tmpdir(), 'custodia-backup-'));
      const file = join(dir, 'backup.bin');
      try {
        const { db } = source.database;
        const committed: number[] = [];
        let writing = true;
        let n = 0;
        const insert = async () => {
          n++;
          const seq = n;
          await db
            .insertInto('audit_event')
            .values({
              id: crypto.randomUUID(),
              at: new Date().toISOString(),
              type: 'sign-in',
              organisation_id: null,
              actor_user_id: null,
              subject_user_id: null,
              request_id: String(seq).padStart(8, '0'),
              ip: null,
              details: '{}',
            })
            .execute();
          committed.push(seq);
        };
        for (let i = 0; i < 2000; i++) await insert();
        const writer = (async () => {
          while (writing) {
            await insert();
            await new Promise((r) => setImmediate(r));
          }
        })();
        await new Promise((r) => setTimeout(r, 50));
        const committedBeforeBackup = committed.length;
        await backupDatabase(source.database, file);
        const duringBackup = committed.length - committedBeforeBackup;
        writing = false;
        await writer;

        await restoreDatabase({ databaseUrl: target.databaseUrl, sqliteFile: target.sqliteFile }, file);
        const restored = target.open();
        try {
          const rows = await restored.db.selectFrom('audit_event').select('request_id').execute();
          const seqs = rows.map((r) => Number(r.request_id)).sort((a, b) => a - b);
          console.log(
            `backup (${dialect}): ${committedBeforeBackup} rows committed before the backup, ${duringBackup} during it; restored ${seqs.length}`,
          );
          expect(seqs.length).toBeGreaterThanOrEqual(committedBeforeBackup);
          // A consistent snapshot: rows 1..k exactly, never a later row without an earlier one.
          expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
          const migrations = await restored.db
            .selectFrom('schema_migration' as never)
            .selectAll()
            .execute();
          expect(migrations.length).toBeGreaterThan(0);
        } finally {
          await restored.close();
        }

        // A restore never overwrites a database that holds data.
        await expect(
          restoreDatabase({ databaseUrl: source.databaseUrl, sqliteFile: source.sqliteFile }, file),
        ).rejects.toThrow(AppError);
        // And a backup never overwrites a file.
        await expect(backupDatabase(source.database, file)).rejects.toThrow(/already exists/);
      } finally {
        await source.cleanup();
        await target.cleanup();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
