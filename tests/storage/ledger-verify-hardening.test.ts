import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkpointStatementText, createCheckpointStatement } from '../../src/core/ledger/checkpoint';
import type { Dialect } from '../../src/storage/database';
import { startAutomaticCheckpoints } from '../../src/use-cases/ledger/automatic-checkpoint';
import { checkpointLedger } from '../../src/use-cases/ledger/checkpoint-ledger';
import { sealDraft } from '../../src/use-cases/ledger/ledger-hashing';
import { rebuildRegistry } from '../../src/use-cases/ledger/rebuild-registry';
import { runLedgerVerification } from '../../src/use-cases/ledger/run-verification';
import { fingerprintOf, keyIdOf, readInstancePublicKey } from '../../src/use-cases/ledger/signing-key';
import { verifyLedger } from '../../src/use-cases/ledger/verify-ledger';
import { seedBook } from '../support/seed-book';
import { as, createTestApp, signIn, type TestApp } from '../support/test-app';
import { multipart, TINY_PNG } from '../support/multipart';
import { TEST_DIALECTS } from '../support/test-database';

/*
 * Issue 15 items 4 and 5, issue 13 (incremental verification): a forged checkpoint is refused, the
 * verifier checks against a key held apart and names it, verification starts at the last checkpoint
 * whose signature holds, and the registry tables people read are compared with the ledger.
 */

async function withoutLedgerTriggers<T>(t: TestApp, dialect: Dialect, work: () => Promise<T>): Promise<T> {
  const db = t.ctx.database.db;
  if (dialect === 'postgres') await sql`ALTER TABLE ledger_entry DISABLE TRIGGER USER`.execute(db);
  else {
    await sql`DROP TRIGGER IF EXISTS ledger_entry_no_update`.execute(db);
    await sql`DROP TRIGGER IF EXISTS ledger_entry_no_delete`.execute(db);
  }
  return work();
}

/** Rewrite a chain from `sequence` on, every hash recomputed: the chain alone walks clean. */
async function rewriteHistory(t: TestApp, chainId: string, sequence: number): Promise<void> {
  const db = t.ctx.database.db;
  const rows = await db
    .selectFrom('ledger_entry')
    .selectAll()
    .where('chain_id', '=', chainId)
    .where('sequence', '>=', sequence)
    .orderBy('sequence')
    .execute();
  let head = { length: sequence - 1, headHash: rows[0]!.previous_hash };
  for (const [i, row] of rows.entries()) {
    const payload = JSON.parse(row.payload) as Record<string, unknown>;
    if (i === 0) payload.forged = true;
    const sealed = sealDraft(
      {
        id: row.id,
        chainId: row.chain_id,
        organisationId: row.organisation_id,
        actorId: row.actor_id,
        recordedAt: row.recorded_at,
        idempotencyKey: row.idempotency_key,
        kind: row.kind,
        payload,
        corrects: row.corrects,
      },
      head,
    );
    await db
      .updateTable('ledger_entry')
      .set({ payload: sealed.payload, hash: sealed.hash, previous_hash: sealed.previous_hash })
      .where('id', '=', row.id)
      .execute();
    head = { length: Number(sealed.sequence), headHash: sealed.hash };
  }
  await db
    .updateTable('ledger_chain')
    .set({ head_hash: head.headHash })
    .where('chain_id', '=', chainId)
    .execute();
}

describe.each(TEST_DIALECTS)('ledger verification hardening (%s)', (dialect) => {
  let t: TestApp;
  let keyDir: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await seedBook(t, { firearmsPerCompany: 6 });
    keyDir = mkdtempSync(join(tmpdir(), 'custodia-keys-'));
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    rmSync(keyDir, { recursive: true, force: true });
  });

  const verify = (request: Partial<Parameters<typeof runLedgerVerification>[1]> = {}) =>
    runLedgerVerification(t.ctx, { keyDir, ...request });

  it('compares the registry tables with the ledger and names each difference', async () => {
    const clean = await verify();
    expect(clean.projectionDifferences).toEqual([]);
    expect(clean.ok).toBe(true);

    const db = t.ctx.database.db;
    const firearms = await db
      .selectFrom('firearm')
      .select(['id', 'serial', 'status'])
      .orderBy('id')
      .execute();
    const [changed, deleted] = firearms;
    const stock = await db.selectFrom('ammunition_stock').selectAll().executeTakeFirstOrThrow();
    // With the server stopped, as someone with the database file would.
    await db
      .updateTable('firearm')
      .set({ serial: 'FORGED-1', status: 'destroyed' })
      .where('id', '=', changed!.id)
      .execute();
    await db.deleteFrom('serial_search').where('firearm_id', '=', deleted!.id).execute();
    await db.deleteFrom('firearm_marking').where('firearm_id', '=', deleted!.id).execute();
    await db.deleteFrom('firearm').where('id', '=', deleted!.id).execute();
    await db
      .updateTable('ammunition_stock')
      .set({ rounds: Number(stock.rounds) + 5000 })
      .where('lot_id', '=', stock.lot_id)
      .where('facility_id', '=', stock.facility_id)
      .execute();

    const report = await verify();
    expect(report.result.ok).toBe(true);
    expect(report.ok).toBe(false);
    const differences = report.projectionDifferences!;
    const serialChange = differences.find((d) => d.table === 'firearm' && d.key === `id=${changed!.id}`);
    expect(serialChange?.kind).toBe('changed');
    expect(serialChange?.columns).toEqual(
      expect.arrayContaining([
        { column: 'serial', stored: 'FORGED-1', implied: changed!.serial },
        { column: 'status', stored: 'destroyed', implied: changed!.status },
      ]),
    );
    expect(differences).toContainEqual(
      expect.objectContaining({ table: 'firearm', key: `id=${deleted!.id}`, kind: 'missing' }),
    );
    const rounds = differences.find((d) => d.table === 'ammunition_stock');
    expect(rounds?.columns).toEqual([
      { column: 'rounds', stored: Number(stock.rounds) + 5000, implied: Number(stock.rounds) },
    ]);
    // The comparison changed nothing.
    const again = await db
      .selectFrom('firearm')
      .select('serial')
      .where('id', '=', changed!.id)
      .executeTakeFirst();
    expect(again?.serial).toBe('FORGED-1');

    await rebuildRegistry(t.ctx.database);
    expect((await verify()).projectionDifferences).toEqual([]);
  });

  it('verifies from the last signed checkpoint by default, and every entry with full', async () => {
    const total = (await verifyLedger(t.ctx.database, { parallel: { workers: 0 } })).entries;
    await checkpointLedger(t.ctx, keyDir);
    const fingerprint = fingerprintOf(readInstancePublicKey(keyDir)!);

    const since = await verify();
    expect(since.ok).toBe(true);
    expect(since.result.mode).toBe('incremental');
    expect(since.result.entries).toBe(0);
    expect(since.result.entriesFromCheckpoints).toBe(total);
    expect(since.key?.fingerprint).toBe(fingerprint);

    const manager = await signIn(t.app, 'gerente@andina.example');
    const facility = await t.ctx.database.db
      .selectFrom('facility')
      .select('id')
      .where('organisation_id', '=', manager.organisationId)
      .executeTakeFirstOrThrow();
    for (let i = 0; i < 3; i++) {
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/v1/organisations/${manager.organisationId}/firearms`,
        headers: as(manager),
        payload: {
          idempotencyKey: `after-checkpoint-${i}`,
          facilityId: facility.id,
          source: { kind: 'supplier', name: 'Proveedor' },
          type: 'pistol',
          manufacturer: 'Glock',
          model: '17',
          calibre: '9mm',
          serial: `AFTER-${i}`,
          countryOfManufacture: 'AT',
        },
      });
      expect(response.statusCode).toBe(201);
    }
    const after = (await verifyLedger(t.ctx.database, { parallel: { workers: 0 } })).entries;
    const incremental = await verify();
    expect(incremental.ok).toBe(true);
    expect(after - total).toBe(3);
    expect(incremental.result.entries).toBe(3);
    const full = await verify({ full: true });
    expect(full.result.mode).toBe('full');
    expect(full.result.entries).toBe(after);
    expect(full.key?.fingerprint).toBe(fingerprint);

    // The server's daily checkpoint: due a day after the last one, it signs the new heads.
    const count = async () =>
      Number(
        (
          await t.ctx.database.db
            .selectFrom('ledger_checkpoint')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const notYet = startAutomaticCheckpoints(t.ctx, {
      keyDir,
      everyHours: 24,
      now: () => Date.parse(t.ctx.now()) + 23 * 3600_000,
    });
    await new Promise((r) => setTimeout(r, 200));
    await notYet();
    expect(await count()).toBe(before);
    const due = startAutomaticCheckpoints(t.ctx, {
      keyDir,
      everyHours: 24,
      now: () => Date.parse(t.ctx.now()) + 25 * 3600_000,
    });
    while ((await count()) === before) await new Promise((r) => setTimeout(r, 20));
    await due();
    const latest = await verify();
    expect(latest.result.entries).toBe(0);
    expect(latest.result.entriesFromCheckpoints).toBe(after);
  });

  it('refuses a rewritten history whose checkpoints are signed by another key', async () => {
    const instanceKey = readInstancePublicKey(keyDir)!;
    const instanceFingerprint = fingerprintOf(instanceKey);
    const chain = await t.ctx.database.db
      .selectFrom('ledger_chain')
      .selectAll()
      .orderBy('chain_id')
      .executeTakeFirstOrThrow();

    await withoutLedgerTriggers(t, dialect, () => rewriteHistory(t, chain.chain_id, 2));
    // The rewrite is consistent: walked on its own, every chain holds.
    const walked = await verifyLedger(t.ctx.database, { parallel: { workers: 0 } });
    expect(walked.ok).toBe(true);

    // The attacker signs the rewritten heads with a key of their own, puts the checkpoints in the
    // database and hands over a file that carries that key.
    const attacker = generateKeyPairSync('ed25519');
    const attackerPem = attacker.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const checkpoints = walked.heads.map((head) => {
      const statement = createCheckpointStatement(head, '2026-12-01T00:00:00.000Z');
      return {
        ...statement,
        keyId: keyIdOf(attackerPem),
        signature: sign(null, Buffer.from(checkpointStatementText(statement)), attacker.privateKey).toString(
          'base64',
        ),
      };
    });
    await t.ctx.database.db
      .insertInto('ledger_checkpoint')
      .values(
        checkpoints.map((c) => ({
          id: crypto.randomUUID(),
          chain_id: c.chainId,
          length: c.length,
          head_hash: c.headHash,
          issued_at: c.issuedAt,
          key_id: c.keyId,
          signature: c.signature,
        })),
      )
      .execute();
    const forged = JSON.stringify({ format: 'custodia-checkpoints/1', publicKey: attackerPem, checkpoints });

    // Against the instance's own key, and against the key exported and held apart.
    for (const request of [{}, { publicKeyPem: instanceKey }]) {
      await expect(verify({ ...request, checkpointsText: forged })).rejects.toMatchObject({
        code: 'CHECKPOINT_KEY_MISMATCH',
        message: expect.stringContaining(instanceFingerprint),
      });
    }
    // The same signatures under the instance's key in the file: each signature is refused.
    const relabelled = JSON.stringify({
      format: 'custodia-checkpoints/1',
      publicKey: instanceKey,
      checkpoints,
    });
    const relabelledReport = await verify({ checkpointsText: relabelled, full: true });
    expect(relabelledReport.ok).toBe(false);
    expect(relabelledReport.checkpointFailures.length).toBe(checkpoints.length);
    expect(relabelledReport.checkpointFailures[0]!.reason).toMatch(/signature does not hold/);
    // A configured fingerprint that is not the attacker's refuses their key even with no other key.
    await expect(
      runLedgerVerification(t.ctx, {
        keyDir: join(keyDir, 'none'),
        fingerprint: instanceFingerprint,
        checkpointsText: forged,
      }),
    ).rejects.toMatchObject({ code: 'CHECKPOINT_KEY_UNKNOWN' });

    // The default verification starts at the instance's checkpoint, which the rewrite broke; the
    // attacker's checkpoint rows in the database are not trusted.
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.key?.fingerprint).toBe(instanceFingerprint);
    expect(report.result.problem).toMatchObject({ chainId: chain.chain_id, kind: 'checkpoint-mismatch' });
  });

  it('refuses and logs a photo whose bytes were overwritten, and verify names it', async () => {
    const manager = await signIn(t.app, 'gerente@andina.example');
    const body = multipart({}, { name: 'door.png', type: 'image/png', data: TINY_PNG });
    const uploaded = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${manager.organisationId}/photos`,
      headers: { ...as(manager), ...body.headers },
      payload: body.payload,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const photo = uploaded.json() as { id: string; sha256: string };
    expect((await t.app.inject({ url: `/api/v1/photos/${photo.id}`, headers: as(manager) })).statusCode).toBe(
      200,
    );
    const clean = await verify({ full: true });
    expect(clean.alteredPhotos).toEqual([]);

    const altered = Buffer.from(TINY_PNG);
    altered[altered.length - 20] ^= 0xff;
    await t.ctx.database.db.updateTable('photo').set({ data: altered }).where('id', '=', photo.id).execute();
    const served = await t.app.inject({ url: `/api/v1/photos/${photo.id}`, headers: as(manager) });
    expect(served.statusCode).toBe(409);
    expect(served.json().error.code).toBe('PHOTO_ALTERED');
    expect(t.logged.some((l) => l.msg?.includes('photo bytes do not match'))).toBe(true);
    const report = await verify({ full: true });
    expect(report.ok).toBe(false);
    expect(report.alteredPhotos).toEqual([
      expect.objectContaining({ photoId: photo.id, expected: photo.sha256 }),
    ]);
  });
});

describe.each(TEST_DIALECTS)('the automatic checkpoint on an empty ledger (%s)', (dialect) => {
  let empty: TestApp;
  beforeAll(async () => {
    empty = await createTestApp(dialect, { seed: false });
  });
  afterAll(async () => empty.close());

  it('runs once, signs nothing, and waits a whole interval before the next run', async () => {
    const keyDir = mkdtempSync(join(tmpdir(), 'custodia-keys-'));
    const stop = startAutomaticCheckpoints(empty.ctx, { keyDir, everyHours: 24 });
    const runs = () => empty.logged.filter((line) => line.msg === 'ledger checkpoint signed').length;
    while (runs() === 0) await new Promise((r) => setTimeout(r, 20));
    // A run that signed nothing (no chain yet) must not be repeated at once, in a loop.
    await new Promise((r) => setTimeout(r, 500));
    await stop();
    expect(runs()).toBe(1);
    expect(empty.logged.find((line) => line.msg === 'ledger checkpoint signed')?.obj).toEqual({
      checkpoints: 0,
    });
  });
});
