import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeAuditHash } from '../../src/core/audit/audit-chain';
import type { AuditEventRow } from '../../src/storage/audit-store';
import { MIGRATIONS } from '../../src/storage/migrations';
import { NO_REQUEST } from '../../src/use-cases/context';
import { runLedgerVerification } from '../../src/use-cases/ledger/run-verification';
import { verifyAuditChain } from '../../src/use-cases/ledger/verify-audit';
import { recordAuditEvent } from '../../src/use-cases/record-audit-event';
import { custodia } from '../support/run-cli';
import { createTestApp, signIn, type TestApp } from '../support/test-app';
import { createEmptyTestDatabase, TEST_DIALECTS } from '../support/test-database';

/*
 * Issue 15 item 5: the audit log is a hash chain verified with the ledger. Deleting, altering or
 * inserting an event with the server stopped (direct SQL) is detected and the event named, by the
 * use-case and by `custodia ledger verify`; concurrent appends keep one valid chain; the migration
 * chains the events already in the log the same way the application does.
 */
describe.each(TEST_DIALECTS)('audit chain (%s)', (dialect) => {
  let t: TestApp;
  let keyDir: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    keyDir = mkdtempSync(join(tmpdir(), 'custodia-keys-'));
    // Audit events through the real routes: sign-ins.
    for (const email of ['admin@custodia.example', 'admin@custodia.example', 'admin@custodia.example'])
      await signIn(t.app, email).catch(() => undefined);
    for (let i = 0; i < 5; i++)
      await recordAuditEvent(t.ctx, t.ctx.database.db, NO_REQUEST, {
        type: 'sign-out',
        organisationId: null,
        actorUserId: null,
        details: { n: i, text: 'Привет "quoted"\n' },
      });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    rmSync(keyDir, { recursive: true, force: true });
  });

  const db = () => t.ctx.database.db;
  const events = () => db().selectFrom('audit_event').selectAll().orderBy('sequence').execute();
  const cliEnv = () =>
    dialect === 'postgres'
      ? { DATABASE_URL: t.testDatabase.databaseUrl, CUSTODIA_KEY_DIR: keyDir, LOG_LEVEL: 'silent' }
      : {
          DATABASE_URL: '',
          CUSTODIA_DATA_DIR: dirname(t.testDatabase.sqliteFile),
          CUSTODIA_KEY_DIR: keyDir,
          LOG_LEVEL: 'silent',
        };
  const cliVerify = (...args: string[]) => custodia(['ledger', 'verify', ...args], '', cliEnv());

  it('verifies clean, with every event chained from the genesis', async () => {
    const rows = await events();
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.map((r) => Number(r.sequence))).toEqual(rows.map((_, i) => i + 1));
    const report = await runLedgerVerification(t.ctx, { keyDir });
    expect(report.audit).toMatchObject({ ok: true, events: rows.length, problem: null });
    expect(report.ok).toBe(true);
    const run = await cliVerify('--json');
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).audit).toEqual({ ok: true, events: rows.length, problem: null });
  });

  it('detects a deleted event and names the event after it', async () => {
    const rows = await events();
    const victim = rows[2]!;
    await db().deleteFrom('audit_event').where('id', '=', victim.id).execute();
    try {
      const result = await verifyAuditChain(db());
      expect(result.ok).toBe(false);
      expect(result.problem).toMatchObject({
        eventId: rows[3]!.id,
        kind: 'sequence',
        expected: '3',
        found: '4',
      });
      const run = await cliVerify();
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`audit log altered: event ${rows[3]!.id} (sequence 4)`);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      const json = await cliVerify('--json');
      expect(json.status).toBe(1);
      expect(JSON.parse(json.stdout)).toMatchObject({
        ok: false,
        audit: { ok: false, problem: { eventId: rows[3]!.id } },
      });
    } finally {
      await db().insertInto('audit_event').values(victim).execute();
    }
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it('detects the last event deleted (the head no longer matches)', async () => {
    const rows = await events();
    const last = rows[rows.length - 1]!;
    await db().deleteFrom('audit_event').where('id', '=', last.id).execute();
    try {
      const result = await verifyAuditChain(db());
      expect(result.problem).toMatchObject({ eventId: null, kind: 'head' });
      expect((await cliVerify()).status).toBe(1);
    } finally {
      await db().insertInto('audit_event').values(last).execute();
    }
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it('detects an altered event and names it', async () => {
    const rows = await events();
    const victim = rows[1]!;
    await db()
      .updateTable('audit_event')
      .set({ details: JSON.stringify({ forged: true }) })
      .where('id', '=', victim.id)
      .execute();
    try {
      const result = await verifyAuditChain(db());
      expect(result.problem).toMatchObject({
        eventId: victim.id,
        sequence: 2,
        kind: 'hash',
        found: victim.hash,
      });
      const run = await cliVerify();
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`audit log altered: event ${victim.id} (sequence 2): fields altered`);
    } finally {
      await db()
        .updateTable('audit_event')
        .set({ details: victim.details })
        .where('id', '=', victim.id)
        .execute();
    }
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it('detects an inserted event: outside the chain, or forged at its end', async () => {
    const rows = await events();
    const forgedId = '01890000-0000-7000-8000-00000000f00d';
    await db()
      .insertInto('audit_event')
      .values({ ...rows[0]!, id: forgedId, sequence: null, previous_hash: null, hash: null })
      .execute();
    try {
      const result = await verifyAuditChain(db());
      expect(result.problem).toMatchObject({ eventId: forgedId, kind: 'not-chained' });
      const run = await cliVerify();
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`audit log altered: event ${forgedId}`);
    } finally {
      await db().deleteFrom('audit_event').where('id', '=', forgedId).execute();
    }
    // Appended at the end with a correct hash, but the head was not moved.
    const last = rows[rows.length - 1]!;
    const forged = {
      ...last,
      id: forgedId,
      sequence: Number(last.sequence) + 1,
      previous_hash: last.hash,
      details: JSON.stringify({ forged: true }),
    };
    forged.hash = computeAuditHash({
      sequence: forged.sequence,
      previousHash: forged.previous_hash!,
      id: forged.id,
      at: forged.at,
      type: forged.type,
      organisationId: forged.organisation_id,
      actorUserId: forged.actor_user_id,
      subjectUserId: forged.subject_user_id,
      requestId: forged.request_id,
      ip: forged.ip,
      details: forged.details,
    });
    await db().insertInto('audit_event').values(forged).execute();
    try {
      expect((await verifyAuditChain(db())).problem).toMatchObject({ eventId: null, kind: 'head' });
    } finally {
      await db().deleteFrom('audit_event').where('id', '=', forgedId).execute();
    }
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it('keeps one valid chain under many concurrent audit writes, alone and inside transactions', async () => {
    const before = (await events()).length;
    const n = 200;
    await Promise.all(
      Array.from({ length: n }, (_, i) =>
        i % 4 === 0
          ? db()
              .transaction()
              .execute((trx) =>
                recordAuditEvent(t.ctx, trx, NO_REQUEST, {
                  type: 'sign-out',
                  organisationId: null,
                  actorUserId: null,
                  details: { i },
                }),
              )
          : recordAuditEvent(t.ctx, db(), NO_REQUEST, {
              type: 'sign-out',
              organisationId: null,
              actorUserId: null,
              details: { i },
            }),
      ),
    );
    const rows = await events();
    expect(rows).toHaveLength(before + n);
    expect(rows.map((r) => Number(r.sequence))).toEqual(rows.map((_, i) => i + 1));
    const result = await verifyAuditChain(db());
    expect(result).toEqual({ ok: true, events: before + n, length: before + n, problem: null });
  }, 60_000);

  it('a rolled-back transaction leaves no event and the head where it was', async () => {
    const before = await verifyAuditChain(db());
    await expect(
      db()
        .transaction()
        .execute(async (trx) => {
          await recordAuditEvent(t.ctx, trx, NO_REQUEST, {
            type: 'sign-out',
            organisationId: null,
            actorUserId: null,
          });
          throw new Error('rolled back');
        }),
    ).rejects.toThrow('rolled back');
    expect(await verifyAuditChain(db())).toEqual(before);
  });
});

describe.each(TEST_DIALECTS)('migration 0010 chains the events already logged (%s)', (dialect) => {
  it('chains old events from the genesis in the order recorded, as the application would', async () => {
    const empty = await createEmptyTestDatabase(dialect, 'empty');
    const database = empty.open();
    try {
      const before = MIGRATIONS.findIndex(([name]) => name === '0010-audit-chain');
      for (const [, migration] of MIGRATIONS.slice(0, before))
        await migration.up(database.db as never, dialect);
      const old = Array.from({ length: 7 }, (_, i) => ({
        id: `01890000-0000-7000-8000-0000000000${String(10 + i)}`,
        // Out of id order on purpose: the chain follows time.
        at: new Date(Date.UTC(2026, 0, 1, 0, 0, 7 - i)).toISOString(),
        type: 'sign-in',
        organisation_id: null,
        actor_user_id: i % 2 ? `01890000-0000-7000-8000-0000000001${String(10 + i)}` : null,
        subject_user_id: null,
        request_id: i % 3 ? `req-${i}` : null,
        ip: '203.0.113.7',
        details: JSON.stringify({ i, text: 'Ёлка\u2028' }),
      }));
      for (const row of old)
        await sql`INSERT INTO audit_event (id, at, type, organisation_id, actor_user_id, subject_user_id, request_id, ip, details)
          VALUES (${row.id}, ${row.at}, ${row.type}, ${row.organisation_id}, ${row.actor_user_id}, ${row.subject_user_id}, ${row.request_id}, ${row.ip}, ${row.details})`.execute(
          database.db,
        );
      for (const [, migration] of MIGRATIONS.slice(before)) await migration.up(database.db as never, dialect);
      const chained: AuditEventRow[] = await database.db
        .selectFrom('audit_event')
        .selectAll()
        .orderBy('sequence')
        .execute();
      expect(chained.map((r) => r.id)).toEqual([...old].reverse().map((r) => r.id));
      expect(await verifyAuditChain(database.db)).toEqual({ ok: true, events: 7, length: 7, problem: null });
      await alterIp(database.db, chained[0]!.id);
      expect((await verifyAuditChain(database.db)).problem).toMatchObject({
        eventId: chained[0]!.id,
        kind: 'hash',
      });
    } finally {
      await database.close();
      await empty.cleanup();
    }
  }, 60_000);
});

async function alterIp(db: Parameters<typeof verifyAuditChain>[0], id: string): Promise<void> {
  await db.updateTable('audit_event').set({ ip: '198.51.100.1' }).where('id', '=', id).execute();
}
