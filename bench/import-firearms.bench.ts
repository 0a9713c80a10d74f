// Import of N firearms from CSV through the ledger path, against a raw batched INSERT of the same
// rows into a bare table; then verify and rebuild over the resulting ledger.
//   npx tsx bench/import-firearms.bench.ts --dialect sqlite --rows 1000000
import { createWriteStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { sql } from 'kysely';
import { readSpreadsheet, readHeader } from '../src/use-cases/import/read-spreadsheet';
import { importFirearmRows } from '../src/use-cases/registry/import-firearms';
import { rebuildRegistry } from '../src/use-cases/ledger/rebuild-registry';
import { verifyLedger } from '../src/use-cases/ledger/verify-ledger';
import { cpus, loadavg } from 'node:os';
import { arg, benchBook, cpuSeconds, freshDatabase, peakRssMb } from './bench-support';

const dialect = arg('dialect', 'sqlite');
const rows = Number(arg('rows', '1000000'));
const skipRebuild = process.argv.includes('--no-rebuild');

const MAKES = [
  ['Taurus', '82', 'revolver', '.38 Special', 'BR'],
  ['Glock', '17', 'pistol', '9x19mm', 'AT'],
  ['Bersa', 'Thunder 380', 'pistol', '.380 ACP', 'AR'],
  ['Mossberg', '500', 'shotgun', '12 gauge', 'US'],
] as const;

async function writeCsv(file: string, n: number): Promise<void> {
  const out = createWriteStream(file);
  out.write(
    'serial,manufacturer,model,type,calibre,country_of_manufacture,year_of_manufacture,import_country,import_year,facility,permit_number,permit_expires_on\n',
  );
  for (let i = 0; i < n; i++) {
    const [make, model, type, calibre, country] = MAKES[i % MAKES.length]!;
    const made = 2000 + (i % 25);
    const line = `BX${i.toString(36).toUpperCase().padStart(7, '0')},${make},${model},${type},${calibre},${country},${made},PE,${made + 1},ARM-01,P-${i},2028-01-31\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const csv = join(process.cwd(), '.tmp', `bench-firearms-v2-${rows}.csv`);
if (!existsSync(csv)) await writeCsv(csv, rows);
const { database, drop } = await freshDatabase(dialect, 'import');
try {
  const { ctx, actor, organisationId } = await benchBook(database);
  const header = await readHeader(csv);

  let t0 = performance.now();
  let cpu0 = process.cpuUsage();
  const result = await importFirearmRows(ctx, actor, {
    organisationId,
    header,
    rows: () => readSpreadsheet(csv),
    defaultFacilityCode: null,
    dryRun: false,
  });
  const importSeconds = (performance.now() - t0) / 1000;
  const importCpu = cpuSeconds(cpu0);
  if (!result.committed) throw new Error(`import refused: ${JSON.stringify(result.errors.slice(0, 3))}`);

  // The floor: the same rows, read from the same CSV, batched into a bare table with no ledger, no checks.
  await sql`CREATE TABLE raw_firearm (id text, serial text, manufacturer text, model text, type text, calibre text, country text, year integer, import_country text, import_year integer, facility text, permit_number text, permit_expires_on text)`.execute(
    database.db,
  );
  t0 = performance.now();
  cpu0 = process.cpuUsage();
  let batch: Array<Record<string, unknown>> = [];
  let n = 0;
  for await (const { record: r } of readSpreadsheet(csv)) {
    batch.push({
      id: String(n++),
      serial: r.serial,
      manufacturer: r.manufacturer,
      model: r.model,
      type: r.type,
      calibre: r.calibre,
      country: r.country_of_manufacture,
      year: Number(r.year_of_manufacture),
      import_country: r.import_country,
      import_year: Number(r.import_year),
      facility: r.facility,
      permit_number: r.permit_number,
      permit_expires_on: r.permit_expires_on,
    });
    if (batch.length === 500) {
      await database.db
        .insertInto('raw_firearm' as never)
        .values(batch as never)
        .execute();
      batch = [];
    }
  }
  if (batch.length)
    await database.db
      .insertInto('raw_firearm' as never)
      .values(batch as never)
      .execute();
  const rawSeconds = (performance.now() - t0) / 1000;
  const rawCpu = cpuSeconds(cpu0);

  t0 = performance.now();
  cpu0 = process.cpuUsage();
  const verified = await verifyLedger(database);
  const verifySeconds = (performance.now() - t0) / 1000;
  const verifyCpu = cpuSeconds(cpu0);

  let rebuildSeconds = Number.NaN;
  if (!skipRebuild) {
    t0 = performance.now();
    await rebuildRegistry(database);
    rebuildSeconds = (performance.now() - t0) / 1000;
  }

  const ledgerRate = rows / importSeconds;
  const rawRate = rows / rawSeconds;
  console.log(
    `import-firearms (${dialect}, ${rows.toLocaleString('en')} rows, ${new Date().toISOString().slice(0, 10)})`,
  );
  console.log(
    `  ledger import : ${importSeconds.toFixed(1)} s  (${Math.round(ledgerRate).toLocaleString('en')} rows/s, ${result.entriesWritten} entries; process CPU ${importCpu.toFixed(1)} s)`,
  );
  console.log(
    `  raw INSERT    : ${rawSeconds.toFixed(1)} s  (${Math.round(rawRate).toLocaleString('en')} rows/s; CPU ${rawCpu.toFixed(1)} s)`,
  );
  console.log(
    `  ledger / raw  : ${((ledgerRate / rawRate) * 100).toFixed(0)} %  (by CPU time: ${((rawCpu / importCpu) * 100).toFixed(0)} %)`,
  );
  console.log(
    `  verify        : ${verifySeconds.toFixed(1)} s  (${Math.round(verified.entries / verifySeconds).toLocaleString('en')} entries/s, ok=${verified.ok}; process CPU ${verifyCpu.toFixed(1)} s)`,
  );
  if (!skipRebuild)
    console.log(
      `  rebuild       : ${rebuildSeconds.toFixed(1)} s  (${Math.round(verified.entries / rebuildSeconds).toLocaleString('en')} entries/s)`,
    );
  console.log(`  peak RSS      : ${peakRssMb()} MB`);
  console.log(
    `  load average  : ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (${cpus().length} cores)`,
  );
} finally {
  await drop();
}
