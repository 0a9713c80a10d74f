import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { custodia, expectInvalid, spawnCustodia } from '../support/run-cli';

// Contract tests of issue #6: `custodia trace search` in-process through run(argv, io), and the
// real bin in a child process for its exit codes and streams, on the demo country (each of its three companies holds serials XX04701, XX04738, … XX05108).
const workDir = mkdtempSync(join(tmpdir(), 'custodia-trace-cli-'));
const saved = {
  dir: process.env.CUSTODIA_DATA_DIR,
  url: process.env.DATABASE_URL,
  log: process.env.LOG_LEVEL,
};

beforeAll(async () => {
  process.env.CUSTODIA_DATA_DIR = workDir;
  process.env.DATABASE_URL = '';
  process.env.LOG_LEVEL = 'silent';
  expect((await custodia(['demo', 'seed'])).status).toBe(0);
});
afterAll(() => {
  for (const [key, value] of [
    ['CUSTODIA_DATA_DIR', saved.dir],
    ['DATABASE_URL', saved.url],
    ['LOG_LEVEL', saved.log],
  ] as const)
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  rmSync(workDir, { recursive: true, force: true });
});

interface Candidate {
  serial: string;
  manufacturer: string;
  model: string;
  calibre: string;
  organisation: string;
  status: string;
  score: number;
}

async function search(...args: string[]): Promise<Candidate[]> {
  const run = await custodia(['trace', 'search', ...args, '--json']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const body = JSON.parse(run.stdout) as { candidates: Candidate[] };
  expect(Object.keys(body)).toEqual(['candidates']);
  return body.candidates;
}

describe('custodia trace search', () => {
  it('answers exactly the contract shape, the exact serial first with score 100', async () => {
    const candidates = await search('--serial', 'AN04701');
    expect(candidates[0]).toEqual({
      serial: 'AN04701',
      manufacturer: 'Taurus',
      model: '82',
      calibre: '.38 Special',
      organisation: 'Seguridad Andina S.A.C.',
      status: 'in-store',
      score: 100,
    });
    for (const c of candidates)
      expect(Object.keys(c).sort()).toEqual([
        'calibre',
        'manufacturer',
        'model',
        'organisation',
        'score',
        'serial',
        'status',
      ]);
    expect(candidates.slice(1).every((c) => c.score < 100)).toBe(true);
  });

  it('finds a partly ground-off serial read with wildcards, confusables, lower case and separators', async () => {
    // "an-O4?O1": O read for 0, one character illegible.
    const candidates = await search('--serial', 'an-O4?O1');
    expect(candidates.map((c) => c.serial)).toEqual(['AN04701']);
    const starred = await search('--serial', 'C*51O8');
    expect(starred.map((c) => c.serial)).toEqual(['CA05108']);
  });

  it('ranks best first and narrows by manufacturer and calibre', async () => {
    const all = await search('--serial', '047');
    expect(all.length).toBeGreaterThan(3);
    const scores = all.map((c) => c.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const taurus = await search('--serial', '047', '--manufacturer', 'TAURUS');
    expect(taurus.length).toBeGreaterThan(0);
    expect(taurus.every((c) => c.manufacturer === 'Taurus')).toBe(true);
    const calibre = await search('--serial', '047', '--calibre', '.38 spl');
    expect(calibre.every((c) => c.calibre === '.38 Special')).toBe(true);
    expect(await search('--serial', '047', '--limit', '2')).toHaveLength(2);
  });

  it('exits 0 with no candidates when nothing matches', async () => {
    expect(await search('--serial', 'XYXYXY')).toEqual([]);
    const text = await custodia(['trace', 'search', '--serial', 'XYXYXY']);
    expect(text.status).toBe(0);
    expect(text.stdout).toBe('no candidates\n');
  });

  it('exits 2 with one line for an empty or all-wildcard pattern and for bad flags', async () => {
    expectInvalid(await custodia(['trace', 'search', '--serial', '', '--json']), /pattern is empty/);
    expectInvalid(await custodia(['trace', 'search', '--json']), /pattern is empty/);
    expectInvalid(await custodia(['trace', 'search', '--serial', '?*??', '--json']), /no legible character/);
    expectInvalid(await custodia(['trace', 'search', '--serial', ' - / ', '--json']), /pattern is empty/);
    expectInvalid(await custodia(['trace', 'search', '--serial', '47', '--limit', '0']), /--limit/);
    expectInvalid(
      await custodia(['trace', 'search', '--serial', '47', '--manufacturer', 'Nonesuch']),
      /Unknown manufacturer/,
    );
    expectInvalid(await custodia(['trace', 'search', '--serial', '47', '--colour', 'red']), /unknown option/);
  });

  it('records every search in the search log, as the console operator', async () => {
    const db = new Sqlite(join(workDir, 'custodia.sqlite'), { readonly: true });
    try {
      const before = (db.prepare('SELECT count(*) AS n FROM trace_search_log').get() as { n: number }).n;
      await search('--serial', 'PA05071');
      const rows = db
        .prepare('SELECT actor_id, kind, query, results FROM trace_search_log ORDER BY at DESC, id DESC')
        .all() as Array<{
        actor_id: string;
        kind: string;
        query: string;
        results: number;
      }>;
      expect(rows.length).toBe(before + 1);
      expect(rows[0]).toMatchObject({ actor_id: 'token:cli', kind: 'search', query: '{"serial":"PA05071"}' });
    } finally {
      db.close();
    }
  });

  it('gives the same candidates after `ledger rebuild` (the index is a projection of the ledger)', async () => {
    const before = await search('--serial', '4?3');
    expect(before.length).toBeGreaterThan(0);
    expect((await custodia(['ledger', 'rebuild'])).status).toBe(0);
    expect(await search('--serial', '4?3')).toEqual(before);
  });
});

describe('custodia trace search in a child process (the built bin)', () => {
  it('exits 0 with one JSON line on stdout, and 2 with one line on stderr for a bad pattern', () => {
    const run = spawnCustodia(['trace', 'search', '--serial', 'AN04701', '--limit', '1', '--json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^[^\n]+\n$/);
    expect(JSON.parse(run.stdout)).toEqual({
      candidates: [
        {
          serial: 'AN04701',
          manufacturer: 'Taurus',
          model: '82',
          calibre: '.38 Special',
          organisation: 'Seguridad Andina S.A.C.',
          status: 'in-store',
          score: 100,
        },
      ],
    });
    expectInvalid(spawnCustodia(['trace', 'search', '--serial', '?*??', '--json']), /no legible character/);
  });
});
