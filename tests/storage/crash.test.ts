import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database';
import { rebuildRegistry } from '../../src/use-cases/ledger/rebuild-registry';
import { verifyChains } from '../../src/use-cases/ledger/verify-ledger';
import { createTestApp, signIn, as } from '../support/test-app';
import { snapshotRegistry } from '../support/registry-snapshot';

// A writer process is killed with SIGKILL while it appends entries and imports batches: in each trial
// after it has reported a random number N of acknowledged commits (so every trial has something to
// lose, however slow the machine), the kill landing wherever the next write happens to be. After each
// kill: every entry the writer saw committed is there, the chains verify, and the projection equals a
// rebuild from the ledger. (SQLite, synchronous=FULL: a process crash loses nothing committed;
// PostgreSQL's own durability is the server's.)
const TRIALS = Number(process.env.CRASH_TRIALS ?? 200);
/** The seed of the N drawn for each trial: a failure reruns the same trials with CRASH_SEED. */
const SEED = Number(process.env.CRASH_SEED ?? 20261208);
const MAX_ACKS = 12;

/** mulberry32: a small seeded generator, so a failing trial can be run again. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('killing a writer at random moments (sqlite)', () => {
  let dir: string;
  let template: string;
  let child: string;
  let ids: { organisationId: string; facilityId: string; userId: string };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'custodia-crash-'));
    // Inside the project, so the bundle's external packages resolve from node_modules.
    child = join(process.cwd(), '.tmp', `crash-child-${process.pid}.mjs`);
    // Bundled once, so each writer starts in a fraction of a second.
    await build({
      entryPoints: ['tests/support/crash-child.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: child,
      packages: 'external',
      logLevel: 'silent',
    });
    const t = await createTestApp('sqlite');
    const manager = await signIn(t.app, 'gerente@andina.example');
    const facility = await t.app.inject({
      method: 'POST',
      url: '/api/v1/facilities',
      headers: as(manager),
      payload: {
        idempotencyKey: 'crash-facility',
        organisationId: manager.organisationId,
        code: 'ARM-1',
        name: 'Armería',
        kind: 'combined',
      },
    });
    ids = {
      organisationId: manager.organisationId,
      facilityId: facility.json().entry.payload.facilityId,
      userId: manager.userId,
    };
    t.ctx.database.sqlite!.pragma('wal_checkpoint(TRUNCATE)');
    template = join(dir, 'template.sqlite');
    await t.ctx.database.sqlite!.backup(template);
    await t.close();
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(child, { force: true });
  });

  it('loses no acknowledged entry and leaves no partial one', { timeout: 900_000 }, async () => {
    const random = seeded(SEED);
    let acknowledged = 0;
    let entriesAfter = 0;
    let checked = 0;
    const failures: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      // Kill after the N-th acknowledged commit (1 ≤ N ≤ MAX_ACKS; every fifth commit is a batch of 40).
      const killAfter = 1 + Math.floor(random() * MAX_ACKS);
      const file = join(dir, `trial-${trial}.sqlite`);
      copyFileSync(template, file);
      const acks: string[] = [];
      let commits = 0;
      const proc = spawn('node', [child, file, ids.organisationId, ids.facilityId, ids.userId], {
        cwd: process.cwd(),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let buffer = '';
      let stderr = '';
      let killed = false;
      proc.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop()!;
        for (const line of lines) {
          acks.push(...line.split(' ').slice(1).filter(Boolean));
          commits++;
        }
        if (commits >= killAfter && !killed) {
          killed = proc.kill('SIGKILL');
        }
      });
      proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exit = await new Promise<{ signal: NodeJS.Signals | null; code: number | null }>((resolve) =>
        proc.on('exit', (code, signal) => resolve({ code, signal })),
      );
      if (stderr.trim()) failures.push(`trial ${trial}: writer failed: ${stderr.trim().split('\n')[0]}`);
      if (exit.signal !== 'SIGKILL' || commits < killAfter)
        failures.push(
          `trial ${trial}: the writer ended by itself (${exit.code ?? exit.signal}) after ${commits} of ${killAfter} commits`,
        );

      const database = openDatabase({ databaseUrl: undefined, sqliteFile: file });
      try {
        const verdict = await verifyChains(database.db);
        if (!verdict.ok) failures.push(`trial ${trial}: ${JSON.stringify(verdict.problem)}`);
        const present = new Set(
          (await database.db.selectFrom('ledger_entry').select('id').execute()).map((r) => r.id),
        );
        if (acks.length === 0) failures.push(`trial ${trial}: no acknowledged entry to look for`);
        const lost = acks.filter((id) => !present.has(id));
        if (lost.length)
          failures.push(
            `trial ${trial}: ${lost.length} acknowledged entries missing: ${lost.slice(0, 3).join(',')} of ${acks.length} acks; ${present.size} present`,
          );
        const projection = await snapshotRegistry(database.db);
        await rebuildRegistry(database);
        if (JSON.stringify(await snapshotRegistry(database.db)) !== JSON.stringify(projection))
          failures.push(`trial ${trial}: projection differs from rebuild`);
        acknowledged += acks.length;
        entriesAfter += present.size;
        checked++;
      } finally {
        await database.close();
        rmSync(file, { force: true });
        rmSync(`${file}-wal`, { force: true });
        rmSync(`${file}-shm`, { force: true });
      }
    }
    console.log(
      `crash test (seed ${SEED}): ${TRIALS} kills, each after 1–${MAX_ACKS} acknowledged commits; ${acknowledged} acknowledged entries all present; ${entriesAfter} entries verified after the kills; projection equal to rebuild in every trial`,
    );
    expect(failures).toEqual([]);
    // Every trial was checked, each with at least one acknowledged entry (a failure above otherwise).
    expect(checked).toBe(TRIALS);
  });
});
