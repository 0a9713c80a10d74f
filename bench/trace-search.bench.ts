// Serial search for tracing (issue #6): N firearms, 1,000 random partial patterns (3–6 legible
// characters, with ? and * wildcards and confusable substitutions), p50/p95 per dialect; and exact
// lookups of whole serials. Each search is the full use-case (index query, ranking in core, and the
// row it writes to the search log), as the API and `custodia trace search` run it.
//   npx tsx bench/trace-search.bench.ts --dialect sqlite --firearms 1000000
// The registry rows are bulk-inserted straight into the projection tables (firearm and the serial
// index, as the import path writes them) rather than through the ledger: the search reads only
// those tables, and the import itself is measured by import-firearms.bench.ts.
import { loadavg, uptime } from 'node:os';
import { sql } from 'kysely';
import type { Actor } from '../src/core/access/actor';
import { bulkInsert } from '../src/storage/bulk-insert';
import type { FirearmTable } from '../src/storage/schema';
import { indexFirearmSerials } from '../src/storage/serial-search-projection';
import { longestLegibleRun, parseSerialPattern } from '../src/core/tracing/serial-pattern';
import { findCandidates, searchSerials } from '../src/use-cases/tracing/search-serials';
import { foldSerial } from '../src/core/tracing/confusables';
import { findByFoldedSerial } from '../src/storage/tracing-search-store';
import { arg, benchBook, freshDatabase, peakRssMb } from './bench-support';

const dialect = arg('dialect', 'sqlite');
const firearms = Number(arg('firearms', '100000'));
const patterns = Number(arg('patterns', '1000'));

/** mulberry32: a seeded generator, so every run searches the same registry with the same patterns. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(20261129);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const WEAPONS = [
  ['revolver', 'taurus', '82', '38-special', 'BR'],
  ['pistol', 'glock', '17', '9x19', 'AT'],
  ['pistol', 'bersa', 'Thunder 380', '380-acp', 'AR'],
  ['shotgun', 'mossberg', '500', '12-gauge', 'US'],
] as const;

/** Serials as PSC registers hold them: a letter prefix and digits, or digits only. */
function serialOf(i: number): string {
  const shape = i % 4;
  const digits = (n: number) => Array.from({ length: n }, () => String(int(0, 9))).join('');
  if (shape === 0) return `${pick([...LETTERS])}${pick([...LETTERS])}${digits(6)}`;
  if (shape === 1) return `${pick([...LETTERS])}${digits(7)}`;
  if (shape === 2) return `${digits(3)}${pick([...LETTERS])}${digits(4)}`;
  return digits(8);
}

const CONFUSE: Record<string, string> = {
  '0': 'O',
  O: 'D',
  '1': 'I',
  I: 'L',
  '7': '1',
  '2': 'Z',
  '5': 'S',
  S: '5',
  '6': 'G',
  '8': 'B',
  B: '8',
  D: '0',
};

/** A serial as read off a worn frame: 3–6 legible characters of it, a ? or a * where illegible, confusables. */
function partialPatternOf(serial: string): string {
  const legible = int(3, 6);
  const wildcard = random();
  // "?" hides one character of the serial; "*" a worn run of 0–2; the part read spans them too.
  const hidden = wildcard < 0.4 ? 1 : wildcard < 0.6 ? int(0, 2) : 0;
  const span = legible + hidden;
  const start = int(0, serial.length - span);
  const chars = [...serial.slice(start, start + span)].map((c) =>
    CONFUSE[c] && random() < 0.25 ? CONFUSE[c] : c,
  );
  if (wildcard < 0.6) {
    const at = int(1, legible - 1);
    chars.splice(at, hidden, wildcard < 0.4 ? '?' : '*');
  }
  return chars.join('');
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const { database, drop } = await freshDatabase(dialect, 'trace');
try {
  const { ctx } = await benchBook(database);
  const { db } = database;
  const companies = await db
    .selectFrom('organisation')
    .innerJoin('facility', 'facility.organisation_id', 'organisation.id')
    .select(['organisation.id as organisationId', 'facility.id as facilityId'])
    .where('organisation.kind', '=', 'psc')
    .execute();
  const admin = {
    userId: null,
    apiTokenId: 'bench',
    organisationId: companies[0]!.organisationId,
    organisationKind: 'regulator',
    countryCode: 'PE',
    roles: ['system-admin'],
  } as unknown as Actor;

  let t0 = performance.now();
  const serials: string[] = [];
  const seen = new Set<string>();
  await db.transaction().execute(async (trx) => {
    let batch: FirearmTable[] = [];
    const flush = async () => {
      await bulkInsert(database, trx, 'firearm', batch as unknown as Array<Record<string, unknown>>);
      await indexFirearmSerials(database, trx, batch);
      batch = [];
    };
    for (let i = 0; i < firearms; i++) {
      let serial = serialOf(i);
      while (seen.has(serial)) serial = serialOf(i);
      seen.add(serial);
      serials.push(serial);
      const [type, manufacturerId, model, calibreId, country] = WEAPONS[i % WEAPONS.length]!;
      const company = companies[i % companies.length]!;
      batch.push({
        id: ctx.newId(),
        organisation_id: company.organisationId,
        facility_id: company.facilityId,
        type,
        manufacturer_id: manufacturerId,
        model,
        model_key: model.toLowerCase().replace(/[^a-z0-9]/g, ''),
        calibre_id: calibreId,
        serial,
        serial_normalised: serial,
        country_of_manufacture: country,
        year_of_manufacture: 2015,
        import_country: 'PE',
        import_year: 2016,
        component_serials: '[]',
        permit_number: null,
        permit_expires_on: null,
        status: 'in-store',
        in_transit_to_id: null,
        inadequately_marked: 0,
        acquired_entry_id: ctx.newId(),
        last_entry_id: ctx.newId(),
      });
      if (batch.length >= 5000) await flush();
    }
    await flush();
  });
  const seedSeconds = (performance.now() - t0) / 1000;
  // Steady state as autovacuum leaves it: statistics, and the GIN index's pending list merged (a bulk
  // insert leaves its trigrams in that list, which every search would otherwise scan).
  if (dialect === 'postgres') await sql`VACUUM ANALYZE`.execute(db);
  else await sql`ANALYZE`.execute(db);

  const run = async (texts: readonly string[]) => {
    const times: number[] = [];
    let found = 0;
    let hits = 0;
    for (const [index, serial] of texts.entries()) {
      const started = performance.now();
      const result = await searchSerials(ctx, admin, { serial, limit: 20 });
      times.push(performance.now() - started);
      if (result.candidates.length > 0) found++;
      if (index < 0) hits++;
    }
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)!, found, hits };
  };

  // Warm the caches the way a running server has them.
  await run(Array.from({ length: 50 }, () => partialPatternOf(pick(serials))));
  const partialTexts = Array.from({ length: patterns }, () => partialPatternOf(pick(serials)));
  t0 = performance.now();
  const partial = await run(partialTexts);
  const partialSeconds = (performance.now() - t0) / 1000;
  const exactTexts = Array.from({ length: patterns }, () => pick(serials));
  const exact = await run(exactTexts);
  // The same searches without the search-log row (a committed write, so an fsync on SQLite FULL).
  const findOnly = async (texts: readonly string[]) => {
    const times: number[] = [];
    for (const text of texts) {
      const started = performance.now();
      const parsed = parseSerialPattern(text);
      if (!parsed.ok) throw new Error(text);
      await findCandidates(ctx, parsed.pattern, { organisationIds: 'all' }, 20);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)! };
  };
  const partialIndex = await findOnly(partialTexts);
  // Patterns whose legible runs are all shorter than three characters cannot use a trigram index.
  const isTrigram = (text: string) => {
    const parsed = parseSerialPattern(text);
    return parsed.ok && longestLegibleRun(parsed.pattern).length >= 3;
  };
  const withTrigram = await findOnly(partialTexts.filter(isTrigram));
  const withoutTrigram = await findOnly(partialTexts.filter((text) => !isTrigram(text)));
  const exactIndex = await findOnly(exactTexts);
  // A whole serial looked up as a whole (what the quick check does): the folded serial's B-tree,
  // every organisation, no log row.
  const wholeSerialTimes: number[] = [];
  let wholeSerialFound = 0;
  for (const text of exactTexts) {
    const started = performance.now();
    const rows = await findByFoldedSerial(ctx.database.db, foldSerial(text), {
      organisationIds: 'all',
      cap: 20,
    });
    wholeSerialTimes.push(performance.now() - started);
    if (rows.length > 0) wholeSerialFound++;
  }
  wholeSerialTimes.sort((a, b) => a - b);
  const fmt = (ms: number) => ms.toFixed(2);
  console.log(
    JSON.stringify({
      bench: 'trace-search',
      dialect,
      firearms,
      patterns,
      seedSeconds: Number(seedSeconds.toFixed(1)),
      partial: {
        p50Ms: fmt(partial.p50),
        p95Ms: fmt(partial.p95),
        maxMs: fmt(partial.max),
        withCandidates: partial.found,
        seconds: Number(partialSeconds.toFixed(1)),
      },
      exact: {
        p50Ms: fmt(exact.p50),
        p95Ms: fmt(exact.p95),
        maxMs: fmt(exact.max),
        withCandidates: exact.found,
      },
      withoutLog: {
        partial: { p50Ms: fmt(partialIndex.p50), p95Ms: fmt(partialIndex.p95), maxMs: fmt(partialIndex.max) },
        exact: { p50Ms: fmt(exactIndex.p50), p95Ms: fmt(exactIndex.p95), maxMs: fmt(exactIndex.max) },
        wholeSerialBTree: {
          p50Ms: fmt(percentile(wholeSerialTimes, 50)),
          p95Ms: fmt(percentile(wholeSerialTimes, 95)),
          maxMs: fmt(wholeSerialTimes.at(-1)!),
          found: wholeSerialFound,
        },
        partialWithTrigram: {
          count: partialTexts.filter(isTrigram).length,
          p50Ms: fmt(withTrigram.p50),
          p95Ms: fmt(withTrigram.p95),
          maxMs: fmt(withTrigram.max),
        },
        partialWithoutTrigram: {
          count: partialTexts.filter((text) => !isTrigram(text)).length,
          p50Ms: fmt(withoutTrigram.p50),
          p95Ms: fmt(withoutTrigram.p95),
          maxMs: fmt(withoutTrigram.max),
        },
      },
      examples: partialTexts.slice(0, 8),
      peakRssMb: peakRssMb(),
      loadavg: loadavg().map((l) => l.toFixed(2)),
      uptimeMinutes: Math.round(uptime() / 60),
    }),
  );
} finally {
  // --keep leaves the database for EXPLAIN (its name is printed).
  if (process.argv.includes('--keep')) {
    console.log(`kept: ${database.location}`);
    await database.close();
  } else await drop();
}
