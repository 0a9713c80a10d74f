// Issue + return over HTTP (issue #4): the whole server in-process on a local port (the load
// generator in a worker thread), 50 armourer sessions each issuing a revolver and 6 rounds to a
// guard and taking it back, as fast as answers come, against an armoury of 10,000 weapons and
// 5,000 qualified guards. Prints operations per second (an issue or a return is one operation),
// p50/p99 latency of each, and the server thread's busy time per operation (event-loop
// utilisation: what the figure would be on an otherwise idle core).
//   npx tsx bench/issue-return.bench.ts --dialect sqlite --seconds 20
//   npx tsx bench/issue-return.bench.ts --dialect postgres --seconds 20   (BENCH_DATABASE_URL or TEST_DATABASE_URL)
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import { loadavg, uptime } from 'node:os';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../src/server/app';
import { nationalIdKey } from '../src/use-cases/armoury/personnel';
import { newOpaqueCode } from '../src/use-cases/armoury/company-access';
import { importFirearmRows } from '../src/use-cases/registry/import-firearms';
import { DEMO_PASSWORD } from '../src/use-cases/seed-demo';
import { bulkInsert } from '../src/storage/bulk-insert';
import { arg, benchBook, freshDatabase, peakRssMb } from './bench-support';

const dialect = arg('dialect', 'sqlite');
const weapons = Number(arg('weapons', '10000'));
const guards = Number(arg('guards', '5000'));
const connections = Number(arg('connections', '50'));
const seconds = Number(arg('seconds', '20'));
const warmupSeconds = Number(arg('warmup', '3'));
/** SQLite only: FULL (the server's default: every commit survives a power cut) or NORMAL. */
const synchronous = arg('synchronous', 'FULL');

/**
 * The load generator (plain JavaScript, run in a worker thread): each loop issues a weapon of its
 * own share of the racks to a guard and takes it back, recording each request's latency once told
 * to measure, until told to stop.
 */
const LOAD_GENERATOR = `
const { parentPort, workerData: w } = require('node:worker_threads');
const latencies = { issue: [], return: [] };
let measuring = false, stop = false, errors = 0, keySerial = 0;
const firstErrors = [];
parentPort.on('message', (m) => { if (m === 'measure') measuring = true; if (m === 'stop') { measuring = false; stop = true; } });
async function post(session, path, body, kind) {
  const started = performance.now();
  const response = await fetch(w.base + '/' + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const elapsed = performance.now() - started;
  if (response.status !== 201) {
    errors++;
    if (firstErrors.length < 3) firstErrors.push(kind + ' ' + response.status + ' ' + text.slice(0, 300));
    return;
  }
  if (measuring) latencies[kind].push(elapsed);
}
async function loop(index) {
  const session = w.sessions[index];
  let turn = 0;
  while (!stop) {
    // Each loop works its own share of the racks, so no two ever ask for the same weapon.
    const slot = index + turn * w.connections;
    const firearmId = w.firearmIds[slot % w.firearmIds.length];
    const personnelId = w.personnelIds[slot % w.personnelIds.length];
    turn++;
    await post(session, 'issues', { idempotencyKey: 'bench-' + ++keySerial + '-' + index, facilityId: w.facilityId,
      personnelId, firearmId, ammunition: { lotId: w.lotId, rounds: 6 } }, 'issue');
    await post(session, 'returns', { idempotencyKey: 'bench-' + ++keySerial + '-' + index, firearmId,
      facilityId: w.facilityId, roundsReturned: 6 }, 'return');
  }
}
Promise.all(Array.from({ length: w.connections }, (_, i) => loop(i))).then(() =>
  parentPort.postMessage({ kind: 'done', result: { ...latencies, errors, firstErrors } }));
`;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const { database, drop } = await freshDatabase(dialect, 'issue');
if (database.sqlite) database.sqlite.pragma(`synchronous = ${synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
try {
  const { ctx, actor, organisationId } = await benchBook(database);
  let t0 = performance.now();
  const imported = await importFirearmRows(ctx, actor, {
    organisationId,
    rows: function* () {
      for (let i = 0; i < weapons; i++)
        yield {
          line: i + 2,
          record: {
            serial: `IR${i.toString(36).toUpperCase().padStart(6, '0')}`,
            manufacturer: 'Taurus',
            model: '82',
            type: 'revolver',
            calibre: '.38 Special',
            country_of_manufacture: 'BR',
            facility: 'ARM-01',
            permit_number: `P-${i}`,
            permit_expires_on: '2028-01-31',
          },
        };
    },
    defaultFacilityCode: null,
    dryRun: false,
  });
  if (!imported.committed) throw new Error(`import refused: ${JSON.stringify(imported.errors.slice(0, 3))}`);
  const now = ctx.now();
  const people = Array.from({ length: guards }, (_, i) => ({
    id: ctx.newId(),
    organisation_id: organisationId,
    national_id: `7${String(i).padStart(7, '0')}`,
    national_id_key: nationalIdKey(`7${String(i).padStart(7, '0')}`),
    full_name: `Vigilante ${i}`,
    role: 'guard',
    status: 'active',
    photo_id: null,
    user_id: null,
    licence_number: `L-${i}`,
    licence_authority: 'SUCAMEC',
    licence_is_armed: 1,
    licence_expires_on: '2028-01-31',
    badge_code: newOpaqueCode('B'),
    created_at: now,
    updated_at: now,
  }));
  await database.db.transaction().execute(async (trx) => {
    await bulkInsert(database, trx, 'personnel', people);
    await bulkInsert(
      database,
      trx,
      'personnel_qualification',
      people.map((p) => ({
        id: ctx.newId(),
        personnel_id: p.id,
        organisation_id: organisationId,
        course: 'Tiro con revólver',
        weapon_type: 'revolver',
        weapon_model: null,
        qualified_on: '2026-10-01',
        result: 'pass',
        valid_until: '2027-10-01',
        created_at: now,
      })),
    );
  });
  const facilityId = (
    await database.db
      .selectFrom('facility')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .executeTakeFirstOrThrow()
  ).id;
  const lotId = (
    await database.db
      .selectFrom('ammunition_lot')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .executeTakeFirstOrThrow()
  ).id;
  const firearmIds = (
    await database.db
      .selectFrom('firearm')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .where('serial', 'like', 'IR%')
      .execute()
  ).map((r) => r.id);
  const seedSeconds = (performance.now() - t0) / 1000;

  const app = await buildApp({
    ctx,
    logger: false,
    newRequestId: randomUUID,
    rateLimitPerMinute: 100_000_000,
    signInAttemptsPerMinute: 100_000,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const base = `${origin}/api/v1/organisations/${organisationId}/armoury`;

  const sessions: Array<{ cookie: string; csrf: string }> = [];
  for (let i = 0; i < connections; i++) {
    const response = await fetch(`${origin}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'armero@andina.example', password: DEMO_PASSWORD }),
    });
    if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
    const cookie = response.headers
      .getSetCookie()
      .find((c) => c.startsWith('custodia_session='))!
      .split(';')[0]!;
    sessions.push({ cookie, csrf: ((await response.json()) as { csrfToken: string }).csrfToken });
  }

  // The load generator runs in a worker thread, so the server has this process's main thread to
  // itself (as it would behind real clients); 50 loops there, each on its own keep-alive session.
  const loadGenerator = new Worker(LOAD_GENERATOR, {
    eval: true,
    workerData: {
      base,
      sessions,
      connections,
      facilityId,
      lotId,
      firearmIds,
      personnelIds: people.map((p) => p.id),
    },
  });
  const fromLoad = new Promise<{
    issue: number[];
    return: number[];
    errors: number;
    firstErrors: string[];
  }>((resolve, reject) => {
    loadGenerator.on('message', (message: { kind: string; result?: never }) => {
      if (message.kind === 'done') resolve(message.result!);
    });
    loadGenerator.on('error', reject);
  });
  await new Promise((r) => setTimeout(r, warmupSeconds * 1000));
  loadGenerator.postMessage('measure');
  t0 = performance.now();
  const busyFrom = performance.eventLoopUtilization();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  loadGenerator.postMessage('stop');
  const elapsed = (performance.now() - t0) / 1000;
  const busy = performance.eventLoopUtilization(busyFrom);
  const latencies = await fromLoad;
  const errors = latencies.errors;
  for (const line of latencies.firstErrors) console.error(line);
  await loadGenerator.terminate();
  await app.close();

  const durability = database.sqlite
    ? `SQLite WAL, synchronous=${String(database.sqlite.pragma('synchronous', { simple: true }))} (1 = NORMAL, 2 = FULL)`
    : `PostgreSQL synchronous_commit=${(await sql<{ setting: string }>`SELECT setting FROM pg_settings WHERE name = 'synchronous_commit'`.execute(database.db)).rows[0]?.setting ?? '?'}, fsync=${(await sql<{ setting: string }>`SELECT setting FROM pg_settings WHERE name = 'fsync'`.execute(database.db)).rows[0]?.setting ?? '?'}`;
  const all = [...latencies.issue, ...latencies.return].sort((a, b) => a - b);
  const issue = [...latencies.issue].sort((a, b) => a - b);
  const ret = [...latencies.return].sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(1);
  console.log(
    JSON.stringify(
      {
        bench: 'issue-return',
        dialect,
        weapons,
        guards,
        connections,
        seconds: Number(elapsed.toFixed(1)),
        seedSeconds: Number(seedSeconds.toFixed(1)),
        operations: all.length,
        opsPerSecond: Math.round(all.length / elapsed),
        latencyMs: {
          all: { p50: f(percentile(all, 50)), p99: f(percentile(all, 99)) },
          issue: { p50: f(percentile(issue, 50)), p99: f(percentile(issue, 99)) },
          return: { p50: f(percentile(ret, 50)), p99: f(percentile(ret, 99)) },
        },
        serverThread: {
          utilisation: Number(busy.utilization.toFixed(2)),
          busyMsPerOperation: Number((busy.active / Math.max(1, all.length)).toFixed(3)),
        },
        errors,
        durability,
        load: loadavg()
          .map((l) => l.toFixed(2))
          .join(' '),
        uptimeHours: (uptime() / 3600).toFixed(1),
        peakRssMb: peakRssMb(),
      },
      null,
      2,
    ),
  );
} finally {
  await drop();
}
