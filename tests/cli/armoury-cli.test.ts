import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database';
import { custodia as runCli, spawnCustodia } from '../support/run-cli';

const HEADER =
  'national_id,full_name,role,status,licence_number,licence_authority,licence_armed,licence_expires_on,qualification_course,qualification_weapon_type,qualification_weapon_model,qualified_on,qualification_result,qualification_valid_until';

describe('custodia import personnel and custodia armoury sweep-overdue', () => {
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
  const people = async () => {
    const database = openDatabase({
      databaseUrl: undefined,
      sqliteFile: join(dir, 'data', 'custodia.sqlite'),
    });
    try {
      return await database.db
        .selectFrom('personnel')
        .leftJoin('personnel_qualification as q', 'q.personnel_id', 'personnel.id')
        .select([
          'personnel.national_id',
          'personnel.full_name',
          'personnel.licence_is_armed',
          'q.weapon_type',
          'q.valid_until',
        ])
        .where('personnel.national_id', 'like', '5%')
        .orderBy('personnel.national_id')
        .execute();
    } finally {
      await database.close();
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'custodia-armoury-'));
    env = { CUSTODIA_DATA_DIR: join(dir, 'data') };
    expect((await custodia(['demo', 'seed'])).code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports nothing when any row is wrong, naming line, column and reason', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(
      file,
      [
        HEADER,
        '50000001,Ana Uno,guard,active,L-1,SUCAMEC,yes,2027-01-31,Tiro,revolver,,2026-10-01,pass,',
        '50000002,Beto Dos,chef,active,,,,,,,,,,',
        '50000001,Ana Repetida,guard,,,,,,,,,,,',
        '50000004,Caro Cuatro,guard,,L-4,SUCAMEC,maybe,2027-02-30,,,,,,',
      ].join('\n'),
    );
    const result = await custodia(['import', 'personnel', file, '--org', 'PSC-ANDINA']);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('line,column,code,reason');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      '3,role,INVALID_ROLE',
      '4,national_id,DUPLICATE_PERSON_IN_FILE',
      '5,licence_armed,INVALID_YES_NO',
      '5,licence_expires_on,INVALID_DATE',
    ]);
    expect(result.stderr).toContain('nothing was imported');
    expect(await people()).toEqual([]);
  });

  it('checks with --dry-run, then imports the template and an XLSX file, defaulting validity to 12 months', async () => {
    const template = join(dir, 'template.csv');
    copyFileSync(join(process.cwd(), 'docs/templates/personnel-template.csv'), template);
    const csv = join(dir, 'good.csv');
    writeFileSync(
      csv,
      [
        HEADER,
        '50000001,Ana Uno,vigilante,activo,L-1,SUCAMEC,sí,2027-01-31,Tiro,Revolver,,2026-10-01,aprobado,',
      ].join('\n'),
    );
    const dry = await custodia(['import', 'personnel', csv, '--org', 'PSC-ANDINA', '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(await people()).toEqual([]);
    const real = await custodia(['import', 'personnel', csv, '--org', 'PSC-ANDINA', '--json']);
    expect(real.code, real.stderr).toBe(0);
    expect(JSON.parse(real.stdout)).toMatchObject({ rowsRead: 1, created: 1, errors: [] });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('personal');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(['50000002', 'Beto Dos', 'escort', '', '', '', '', '', '', '', '', '', '', '']);
    const xlsx = join(dir, 'people.xlsx');
    await workbook.xlsx.writeFile(xlsx);
    expect((await custodia(['import', 'personnel', xlsx, '--org', 'PSC-ANDINA'])).code).toBe(0);
    expect(await people()).toEqual([
      {
        national_id: '50000001',
        full_name: 'Ana Uno',
        licence_is_armed: 1,
        weapon_type: 'revolver',
        valid_until: '2027-10-01',
      },
      {
        national_id: '50000002',
        full_name: 'Beto Dos',
        licence_is_armed: null,
        weapon_type: null,
        valid_until: null,
      },
    ]);
    // The shipped template is valid on its own (in another company, whose people it does not clash with).
    // Through the bin: exit 0, the dry run's line on stderr, nothing on stdout.
    const fromTemplate = spawned(['import', 'personnel', template, '--org', 'PSC-PACIFICO', '--dry-run']);
    expect(fromTemplate.code, fromTemplate.stdout).toBe(0);
    expect(fromTemplate.stdout).toBe('');
    expect(fromTemplate.stderr).toMatch(/^dry run: all \d+ rows are valid; nothing was written\n$/);
  });

  it('sweeps overdue weapons from cron', async () => {
    const result = await custodia(['armoury', 'sweep-overdue', '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ alertsRaised: 0, webhooksDelivered: 0, webhooksFailed: 0 });
    // From cron, through the bin: exit 0 and one JSON line.
    expect(spawned(['armoury', 'sweep-overdue', '--json'])).toEqual({
      code: 0,
      stdout: `${JSON.stringify({ alertsRaised: 0, webhooksDelivered: 0, webhooksFailed: 0 })}\n`,
      stderr: '',
    });
  });
});
