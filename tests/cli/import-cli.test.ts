import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database';
import { custodia as runCli, repoRoot, spawnCustodia } from '../support/run-cli';

const HEADER =
  'serial,manufacturer,model,type,calibre,country_of_manufacture,year_of_manufacture,import_country,import_year,facility,permit_number,permit_expires_on';

describe('custodia import (firearms and ammunition)', () => {
  let dir: string;
  let env: Record<string, string>;
  // In-process through run(argv, io); `spawned` is the built bin in a child process.
  const custodia = async (args: string[]) => {
    const r = await runCli(args, '', { ...env, LOG_LEVEL: 'silent', DATABASE_URL: '' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const spawned = (args: string[]) => {
    const r = spawnCustodia(args, { env: { ...env, LOG_LEVEL: 'silent', DATABASE_URL: '' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const firearmCount = async () => {
    const database = openDatabase({
      databaseUrl: undefined,
      sqliteFile: join(dir, 'data', 'custodia.sqlite'),
    });
    try {
      return Number(
        (
          await database.db
            .selectFrom('firearm')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    } finally {
      await database.close();
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'custodia-import-'));
    env = { CUSTODIA_DATA_DIR: join(dir, 'data') };
    expect((await custodia(['demo', 'seed'])).code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports nothing when any row is wrong, and lists every bad row with line, column and reason', async () => {
    const before = await firearmCount();
    const file = join(dir, 'bad.csv');
    writeFileSync(
      file,
      [
        HEADER,
        'IMP-1,Taurus,82,revolver,.38 SPL,BR,2019,,,ARM-01,,',
        'IMP-2,Tauros,82,revolver,.38 SPL,BR,2019,,,ARM-01,,',
        'IMP-1,Taurus,82,revolver,38 Special,BR,2019,,,ARM-01,,',
        'IMP-4,Glock,17,pistol,9mm,XX,3000,,,NOPE,,',
      ].join('\n'),
    );
    // Through the bin: exit 1, the report on stdout, one line on stderr.
    const result = spawned(['import', 'firearms', file, '--org', 'PSC-ANDINA']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^custodia: [^\n]+\n$/);
    expect(result.stderr.trim()).toMatch(/nothing was imported$/);
    const report = result.stdout.trim().split('\n');
    expect(report[0]).toBe('line,column,code,reason');
    const codes = report.slice(1).map((l) => l.split(',').slice(0, 3).join(','));
    expect(codes).toEqual(
      expect.arrayContaining([
        '3,manufacturer,UNKNOWN_MANUFACTURER',
        '4,serial,DUPLICATE_FIREARM_IN_FILE',
        '5,country_of_manufacture,INVALID_COUNTRY_CODE',
        '5,year_of_manufacture,INVALID_YEAR',
        '5,facility,UNKNOWN_FACILITY',
      ]),
    );
    expect(report.find((l) => l.startsWith('3,manufacturer'))).toContain('Taurus');
    expect(await firearmCount()).toBe(before);
  });

  it('checks with --dry-run, then imports a CSV, and refuses the same weapons a second time', async () => {
    const before = await firearmCount();
    const file = join(dir, 'good.csv');
    writeFileSync(
      file,
      [
        HEADER,
        'IMP-10,Taurus,82,revolver,.38 SPL,BR,2019,PE,2020,ARM-01,P-1,2027-12-31',
        'IMP-11,Glock,17,pistol,9x19mm,AT,2021,,,,,',
      ].join('\n'),
    );
    const dry = await custodia(['import', 'firearms', file, '--org', 'PSC-ANDINA', '--dry-run', '--json']);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({
      committed: false,
      dryRun: true,
      rowsRead: 2,
      rowsValid: 2,
      errors: [],
    });
    expect(await firearmCount()).toBe(before);
    const real = await custodia(['import', 'firearms', file, '--org', 'PSC-ANDINA', '--json']);
    expect(real.code, real.stderr).toBe(0);
    expect(JSON.parse(real.stdout)).toMatchObject({ committed: true, entriesWritten: 2 });
    expect(await firearmCount()).toBe(before + 2);
    const again = await custodia([
      'import',
      'firearms',
      file,
      '--org',
      'PSC-PACIFICO',
      '--facility',
      'ARM-01',
      '--json',
    ]);
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout).errors.map((e: { code: string }) => e.code)).toEqual([
      'FIREARM_ALREADY_REGISTERED',
      'FIREARM_ALREADY_REGISTERED',
    ]);
    expect((await custodia(['ledger', 'verify'])).code).toBe(0);
    const verified = spawned(['ledger', 'verify', '--json']);
    expect(verified.code, verified.stderr).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, problem: null, checkpointFailures: [] });
  });

  it('imports from XLSX, and ammunition with the hazard class of its UN number', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Armas');
    sheet.addRow(HEADER.split(','));
    sheet.addRow([
      'XL-1',
      'Bersa',
      'Thunder 380',
      'pistol',
      '.380 ACP',
      'AR',
      2018,
      '',
      '',
      'ARM-01',
      '',
      '',
    ]);
    const xlsx = join(dir, 'firearms.xlsx');
    await workbook.xlsx.writeFile(xlsx);
    const result = await custodia(['import', 'firearms', xlsx, '--org', 'PSC-CALLAO', '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ committed: true, entriesWritten: 1 });

    const ammo = join(dir, 'ammo.csv');
    writeFileSync(
      ammo,
      [
        'lot_number,calibre,manufacturer,year,un_number,hazard_division,compatibility_group,neq_kg_per_1000,rounds,facility',
        'L-77,9mm,CBC,2025,0012,,,0.3,1000,ARM-01',
        'L-78,12 ga,CBC,2025,0012,1.1,,,500,ARM-01',
      ].join('\n'),
    );
    const bad = await custodia(['import', 'ammunition', ammo, '--org', 'PSC-CALLAO', '--json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).errors).toEqual([
      expect.objectContaining({ line: 3, column: 'hazard_division', code: 'HAZARD_DIVISION_CONFLICT' }),
    ]);
    writeFileSync(
      ammo,
      [
        'lot_number,calibre,manufacturer,year,un_number,hazard_division,compatibility_group,neq_kg_per_1000,rounds,facility',
        'L-77,9mm,CBC,2025,0012,,,0.3,1000,ARM-01',
        'L-77,9mm,CBC,2025,0012,,,0.3,250,ARM-01',
      ].join('\n'),
    );
    const good = await custodia(['import', 'ammunition', ammo, '--org', 'PSC-CALLAO', '--json']);
    expect(good.code, good.stderr).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ committed: true, entriesWritten: 2 });
  });

  it('says what is wrong with an unreadable file or an unknown organisation, exit 2', async () => {
    expect(
      await custodia(['import', 'firearms', join(dir, 'missing.csv'), '--org', 'PSC-ANDINA']),
    ).toMatchObject({
      code: 2,
    });
    const file = join(dir, 'x.csv');
    writeFileSync(file, HEADER);
    const unknown = await custodia(['import', 'firearms', file, '--org', 'NOPE']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('NOPE');
  });

  it('verifies a chain with the compiled verification worker (dist/cli/verify-range-worker.js)', async () => {
    const sqliteFile = join(dir, 'data', 'custodia.sqlite');
    const database = openDatabase({ databaseUrl: undefined, sqliteFile });
    const chain = await database.db
      .selectFrom('ledger_chain')
      .select(['chain_id', 'length', 'head_hash'])
      .orderBy('length', 'desc')
      .executeTakeFirstOrThrow()
      .finally(() => database.close());
    const length = Number(chain.length);
    expect(length).toBeGreaterThan(1);
    const worker = new Worker(join(repoRoot, 'dist', 'cli', 'verify-range-worker.js'), {
      workerData: {
        rangeTask: {
          source: { sqliteFile },
          chainId: chain.chain_id,
          start: 1,
          end: null,
          expectedHead: { length, headHash: chain.head_hash },
        },
      },
    });
    const message = await new Promise<{ outcome?: unknown; error?: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    }).finally(() => worker.terminate());
    expect(message).toEqual({
      outcome: {
        start: 1,
        first: { sequence: 1, previousHash: expect.any(String) as string },
        length,
        headHash: chain.head_hash,
        problem: null,
        entries: length,
      },
    });
  });
});
