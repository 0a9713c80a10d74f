// Issue + return over HTTP (issue #4): the whole server in-process on a local port, 50 armourer
// sessions each issuing a revolver and 6 rounds to a guard and taking it back, as fast as answers
// come, against an armoury of 10,000 weapons and 5,000 qualified guards. Prints operations per
// second (an issue or a return is one operation) and p50/p99 latency of each.
//   npx tsx bench/issue-return.bench.ts --dialect sqlite --seconds 20
//   npx tsx bench/issue-return.bench.ts --dialect postgres --seconds 20   (BENCH_DATABASE_URL or TEST_DATABASE_URL)
import { randomUUID } from 'node:crypto';
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

  const latencies = { issue: [] as number[], return: [] as number[] };
  let errors = 0;
  let measuring = false;
  let stop = false;
  let keySerial = 0;
  async function post(
    session: { cookie: string; csrf: string },
    path: string,
    body: object,
    kind: 'issue' | 'return',
  ) {
    const started = performance.now();
    const response = await fetch(`${base}/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
      body: JSON.stringify(body),
    });
    await response.arrayBuffer();
    const elapsed = performance.now() - started;
    if (response.status !== 201) {
      errors++;
      if (errors <= 3) console.error(kind, response.status);
      return;
    }
    if (measuring) latencies[kind].push(elapsed);
  }
  async function worker(index: number): Promise<void> {
    const session = sessions[index]!;
    let turn = 0;
    while (!stop) {
      // Each connection works its own share of the racks, so no two ever ask for the same weapon.
      const firearmId = firearmIds[(index + turn * connections) % firearmIds.length]!;
      const personnelId = people[(index + turn * connections) % people.length]!.id;
      turn++;
      await post(
        session,
        'issues',
        {
          idempotencyKey: `bench-${++keySerial}-${index}`,
          facilityId,
          personnelId,
          firearmId,
          ammunition: { lotId, rounds: 6 },
        },
        'issue',
      );
      await post(
        session,
        'returns',
        { idempotencyKey: `bench-${++keySerial}-${index}`, firearmId, facilityId, roundsReturned: 6 },
        'return',
      );
    }
  }
  const running = Array.from({ length: connections }, (_, i) => worker(i));
  await new Promise((r) => setTimeout(r, warmupSeconds * 1000));
  measuring = true;
  t0 = performance.now();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  measuring = false;
  const elapsed = (performance.now() - t0) / 1000;
  stop = true;
  await Promise.all(running);
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
