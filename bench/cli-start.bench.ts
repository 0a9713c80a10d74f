// Start-up of the compiled `custodia` command and server (issue 12's targets):
//   npx tsx bench/cli-start.bench.ts [--runs 20] [--serve-runs 5] [--compare-tsx]
// Builds dist/cli first (node scripts/build.mjs --no-web), then times, as child processes of the
// real bin: `custodia hazard assess - --json` on a one-item input and `custodia --help` (wall time
// from spawn to exit, and the child's CPU time and peak RSS from /usr/bin/time), and `custodia serve`
// on an existing (migrated, seeded) SQLite database: time from spawn until GET /api/v1/health
// answers, and the server's resident memory (VmRSS) then and after 2 s idle. --compare-tsx also times
// the same commands run from the TypeScript sources through tsx (the development fallback).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { arg } from './bench-support';

const root = join(import.meta.dirname, '..');
const runs = Number(arg('runs', '20'));
const serveRuns = Number(arg('serve-runs', '5'));
const compareTsx = process.argv.includes('--compare-tsx');
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--no-web'], {
  cwd: root,
  stdio: 'inherit',
});
if (built.status !== 0) throw new Error('build failed');

const work = mkdtempSync(join(tmpdir(), 'custodia-cli-bench-'));
const env = { ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: '', CUSTODIA_DATA_DIR: join(work, 'data') };
const ONE_ITEM = JSON.stringify({ items: [{ un: '0012', rounds: 1000, neqKgPer1000: 0.35 }] });

const p = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const ms = (n: number) => `${Math.round(n)} ms`;

/** One command through /usr/bin/time: wall ms (measured here), CPU ms and peak RSS MB (from time). */
function timed(command: string[], stdin: string): { wallMs: number; cpuMs: number; rssMb: number } {
  const timeFile = join(work, 'time.txt');
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-o', timeFile, '-f', '%U %S %M', ...command], {
    cwd: root,
    env,
    input: stdin,
    encoding: 'utf8',
  });
  const wallMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed: ${result.stderr}`);
  const [user, system, maxRssKb] = readFileSync(timeFile, 'utf8')
    .trim()
    .split('\n')
    .pop()!
    .split(' ')
    .map(Number);
  return { wallMs, cpuMs: (user! + system!) * 1000, rssMb: maxRssKb! / 1024 };
}

function series(label: string, command: string[], stdin: string, count: number): void {
  timed(command, stdin); // warm the file cache
  const samples = Array.from({ length: count }, () => timed(command, stdin));
  const wall = samples.map((s) => s.wallMs);
  const cpu = samples.map((s) => s.cpuMs);
  const rss = samples.map((s) => s.rssMb);
  console.log(
    `${label}: wall p50 ${ms(p(wall, 0.5))} (min ${ms(Math.min(...wall))}, max ${ms(Math.max(...wall))}); ` +
      `CPU p50 ${ms(p(cpu, 0.5))}; peak RSS p50 ${Math.round(p(rss, 0.5))} MB  [${count} runs]`,
  );
}

/** CPU time (user + system) a process has used so far, from /proc (clock ticks of 10 ms). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function vmRssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'))!;
  return Number(line.replace(/\D+/g, '')) / 1024;
}

async function serveOnce(
  webRoot: string,
  command: string[] = ['bin/custodia.mjs'],
): Promise<{ healthMs: number; cpuMs: number; rssMb: number; rssIdleMb: number }> {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const started = performance.now();
  const child = spawn(process.execPath, [...command, 'serve', '--web-root', webRoot], {
    cwd: root,
    env: { ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: 'ignore',
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  try {
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/api/v1/health`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) break;
      if (child.exitCode !== null) throw new Error(`serve exited with ${child.exitCode}`);
      if (performance.now() - started > 30_000) throw new Error('serve did not answer in 30 s');
      await new Promise((r) => setTimeout(r, 5));
    }
    const healthMs = performance.now() - started;
    const cpuMs = cpuMsOf(child.pid!);
    const rssMb = vmRssMb(child.pid!);
    await new Promise((r) => setTimeout(r, 2000));
    return { healthMs, cpuMs, rssMb, rssIdleMb: vmRssMb(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

try {
  console.log(`load average before: ${load()}`);
  const bin = [process.execPath, 'bin/custodia.mjs'];
  series(
    'custodia hazard assess - --json (one item)',
    [...bin, 'hazard', 'assess', '-', '--json'],
    ONE_ITEM,
    runs,
  );
  series('custodia --help', [...bin, '--help'], '', runs);
  if (compareTsx) {
    const tsx = [process.execPath, '--import', 'tsx', 'src/cli/main.ts'];
    const few = Math.min(runs, 5);
    series(
      '  from source through tsx: hazard assess',
      [...tsx, 'hazard', 'assess', '-', '--json'],
      ONE_ITEM,
      few,
    );
    series('  from source through tsx: --help', [...tsx, '--help'], '', few);
  }

  // An existing database: migrated and seeded before the server is timed.
  for (const command of [
    ['db', 'migrate'],
    ['demo', 'seed'],
  ]) {
    const r = spawnSync(process.execPath, ['bin/custodia.mjs', ...command], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`${command.join(' ')} failed: ${r.stderr}`);
  }
  const builtWeb = join(root, 'dist', 'web');
  let webRoot = builtWeb;
  if (!existsSync(join(builtWeb, 'index.html'))) {
    webRoot = join(work, 'web');
    mkdirSync(webRoot);
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html>');
    console.log('(dist/web is not built: serving a one-line index.html instead)');
  }
  const serves = [];
  for (let i = 0; i < serveRuns; i++) serves.push(await serveOnce(webRoot));
  const health = serves.map((s) => s.healthMs);
  console.log(
    `custodia serve until /api/v1/health answers (existing SQLite database): p50 ${ms(p(health, 0.5))} ` +
      `(min ${ms(Math.min(...health))}, max ${ms(Math.max(...health))}); the server's CPU until then p50 ` +
      `${ms(
        p(
          serves.map((s) => s.cpuMs),
          0.5,
        ),
      )}  [${serveRuns} runs]`,
  );
  console.log(
    `server RSS after start: p50 ${Math.round(
      p(
        serves.map((s) => s.rssMb),
        0.5,
      ),
    )} MB at the first answer, ` +
      `${Math.round(
        p(
          serves.map((s) => s.rssIdleMb),
          0.5,
        ),
      )} MB after 2 s idle (max ${Math.round(Math.max(...serves.map((s) => s.rssIdleMb)))} MB)`,
  );
  if (compareTsx) {
    const fromSource = [];
    for (let i = 0; i < Math.min(serveRuns, 3); i++)
      fromSource.push(await serveOnce(webRoot, ['--import', 'tsx', 'src/cli/main.ts']));
    console.log(
      `  from source through tsx: serve until health p50 ${ms(
        p(
          fromSource.map((s) => s.healthMs),
          0.5,
        ),
      )}, ` +
        `CPU p50 ${ms(
          p(
            fromSource.map((s) => s.cpuMs),
            0.5,
          ),
        )}, RSS after 2 s p50 ` +
        `${Math.round(
          p(
            fromSource.map((s) => s.rssIdleMb),
            0.5,
          ),
        )} MB  [${fromSource.length} runs]`,
    );
  }
  console.log(`load average after: ${load()}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
