import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/cli/commands/serve-action';
import { BIN, custodia as runCli, repoRoot, spawnCustodia, type CliEnv } from '../support/run-cli';

// Commands in-process through run(argv, io); the built bin in a child process where only a process
// shows it (exit codes, streams, a pipe on stdin, a server that keeps running or refuses to start).
const QUIET = { LOG_LEVEL: 'silent', DATABASE_URL: '' };

async function custodia(args: string[], env: CliEnv = {}, input?: string) {
  const result = await runCli(args, input ?? '', { ...QUIET, ...env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function spawned(args: string[], env: CliEnv = {}, input?: string, cwd?: string) {
  const result = spawnCustodia(args, {
    env: { ...QUIET, ...env },
    stdin: input ?? '',
    ...(cwd ? { cwd } : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `custodia serve` in a child process, and its exit code once it ends. */
function startServer(args: string[], env: CliEnv, cwd: string = repoRoot) {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', ...args], {
    cwd,
    env: { ...process.env, ...QUIET, HOST: '127.0.0.1', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

/** The body of GET url once the server answers (up to 20 s), or '' if it never does. */
async function whenAnswering(url: string, exited: Promise<unknown>): Promise<string> {
  let ended = false;
  void exited.then(() => (ended = true));
  for (let i = 0; i < 200 && !ended; i++) {
    const body = await fetch(url)
      .then((r) => r.text())
      .catch(() => '');
    if (body) return body;
    await new Promise((r) => setTimeout(r, 100));
  }
  return '';
}

describe('the custodia command (foundation)', () => {
  let dir: string;
  let env: Record<string, string>;
  let webRoot: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'custodia-cli-'));
    env = { CUSTODIA_DATA_DIR: join(dir, 'data') };
    // A stand-in web app, so the server tests do not depend on a vite build.
    webRoot = join(dir, 'web');
    mkdirSync(webRoot);
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>stand-in web app</title>');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has --help for every command', async () => {
    for (const command of [
      [],
      ['serve'],
      ['db'],
      ['db', 'migrate'],
      ['db', 'status'],
      ['db', 'backup'],
      ['db', 'restore'],
      ['user', 'create'],
      ['demo', 'seed'],
    ]) {
      const result = await custodia([...command, '--help']);
      expect(result.code, command.join(' ')).toBe(0);
      expect(result.stdout).toMatch(/Usage: custodia/);
    }
    const bin = spawned(['--help']);
    expect(bin.code).toBe(0);
    expect(bin.stdout).toMatch(/^Usage: custodia /);
    expect(bin.stderr).toBe('');
  });

  it('migrates, lists migrations, seeds the demo once, creates a user, and backs up', async () => {
    // The first migration through the bin: exit 0 and the applied migrations on stdout.
    const migrated = spawned(['db', 'migrate'], env);
    expect(migrated.code, migrated.stderr).toBe(0);
    expect(migrated.stdout).toMatch(/^applied: /);
    expect(await custodia(['db', 'migrate'], env)).toMatchObject({
      code: 0,
      stdout: 'the database is up to date\n',
    });
    const status = await custodia(['db', 'status', '--json'], env);
    expect(status.code).toBe(0);
    const parsed = JSON.parse(status.stdout) as {
      migrations: Array<{ name: string; appliedAt: string | null }>;
    };
    expect(parsed.migrations.length).toBeGreaterThan(0);
    expect(parsed.migrations.every((m) => m.appliedAt !== null)).toBe(true);

    const seed = await custodia(['demo', 'seed'], env);
    expect(seed.code).toBe(0);
    expect(seed.stdout).toContain('admin@custodia.example');
    expect((await custodia(['demo', 'seed'], env)).stdout).toContain('nothing changed');

    // The password through a pipe on the bin's standard input.
    const created = spawned(
      [
        'user',
        'create',
        '--org',
        'PSC-ANDINA',
        '--email',
        'Supervisor@Andina.example',
        '--name',
        'Sara Supervisora',
        '--role',
        'psc-manager',
        '--password-stdin',
      ],
      env,
      'frase larga del turno noche\n',
    );
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain('supervisor@andina.example');
    expect(created.stderr).toBe('');

    const fromStdin = await custodia(
      [
        'user',
        'create',
        '--org',
        'PSC-ANDINA',
        '--email',
        'Noche@Andina.example',
        '--name',
        'Nora Noche',
        '--role',
        'psc-manager',
        '--password-stdin',
      ],
      env,
      'otra frase larga del turno\n',
    );
    expect(fromStdin.code, fromStdin.stderr).toBe(0);
    expect(fromStdin.stdout).toContain('noche@andina.example');

    const weak = await custodia(
      [
        'user',
        'create',
        '--org',
        'PSC-ANDINA',
        '--email',
        'x@andina.example',
        '--name',
        'Xx',
        '--role',
        'psc-manager',
        '--password',
        'password1234',
      ],
      env,
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr.trim().split('\n')).toHaveLength(1);
    expect(weak.stderr).toContain('PASSWORD_TOO_COMMON');

    const wrongOrg = await custodia(
      [
        'user',
        'create',
        '--org',
        'NOPE',
        '--email',
        'y@andina.example',
        '--name',
        'Yy',
        '--role',
        'psc-manager',
        '--password',
        'frase larga del turno',
      ],
      env,
    );
    expect(wrongOrg).toMatchObject({ code: 1 });
    expect(wrongOrg.stderr).toContain('NOPE');

    const backup = join(dir, 'copy.sqlite');
    expect((await custodia(['db', 'backup', backup], env)).code).toBe(0);
    expect(existsSync(backup)).toBe(true);
    const again = await custodia(['db', 'backup', backup], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');

    const restoreOver = await custodia(['db', 'restore', backup], env);
    expect(restoreOver.code).toBe(1);
    expect(restoreOver.stderr).toContain('not empty');
    const fresh = { CUSTODIA_DATA_DIR: join(dir, 'restored') };
    expect((await custodia(['db', 'restore', backup], fresh)).code).toBe(0);
    expect((await custodia(['demo', 'seed'], fresh)).stdout).toContain('nothing changed');
  });

  it('stops with one clear line on a bad DATABASE_URL, an unwritable data folder, or a bad setting', async () => {
    const badUrl = await custodia(['db', 'status'], { DATABASE_URL: 'mysql://localhost/x' });
    expect(badUrl.code).toBe(1);
    expect(badUrl.stderr.trim()).toBe(
      'custodia: configuration: DATABASE_URL must be a postgres:// or postgresql:// URL',
    );
    // The same through the bin: exit 1, exactly that line on stderr, nothing on stdout.
    expect(spawned(['db', 'status'], { DATABASE_URL: 'mysql://localhost/x' })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'custodia: configuration: DATABASE_URL must be a postgres:// or postgresql:// URL\n',
    });

    const unreachable = await custodia(['db', 'status'], {
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
    });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr.trim().split('\n')).toHaveLength(1);
    expect(unreachable.stderr).toContain('cannot reach the database');

    const readOnly = join(dir, 'read-only');
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o500);
    const blocked = await custodia(['db', 'status'], { CUSTODIA_DATA_DIR: join(readOnly, 'sub') });
    chmodSync(readOnly, 0o700);
    // root can write anywhere; the check still must not print a stack trace when it fails.
    if (process.getuid?.() !== 0) expect(blocked.stderr).toContain('cannot be written');
    expect(blocked.stderr).not.toMatch(/\n\s+at /);

    const badPort = await custodia(['serve'], { ...env, PORT: 'eighty' });
    expect(badPort.code).toBe(1);
    expect(badPort.stderr.trim()).toMatch(/^custodia: configuration: PORT /);
  });

  it('refuses to serve on a port already in use, with one line', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const server = startServer(['--web-root', webRoot], { ...env, PORT: String(port) });
      const code = await server.exited;
      expect(code).toBe(1);
      expect(server.output().stderr.trim()).toBe(
        `custodia: port ${port} is already in use (set PORT to another)`,
      );
    } finally {
      blocker.close();
    }
  });

  it('serves health with the database reachable, and the web app from --web-root', async () => {
    const port = 18000 + Math.floor(Math.random() * 1000);
    const server = startServer(['--web-root', webRoot], { ...env, PORT: String(port) });
    try {
      const body = await whenAnswering(`http://127.0.0.1:${port}/api/v1/health`, server.exited);
      expect(JSON.parse(body)).toEqual({ status: 'ok' });
      expect(await fetch(`http://127.0.0.1:${port}/`).then((r) => r.text())).toContain('stand-in web app');
      expect(server.output().stdout).toContain(`Custodia is running at`);
    } finally {
      server.child.kill('SIGTERM');
    }
    // SIGTERM closes the server and the database and ends the process with 0.
    expect(await server.exited).toBe(0);
  });

  it('refuses to start, with one line, when the web app is missing', async () => {
    const empty = join(dir, 'no-web-app');
    mkdirSync(empty);
    const missing = await custodia(['serve', '--web-root', empty], env);
    expect(missing).toEqual({
      code: 1,
      stdout: '',
      stderr: `custodia: the web app is not built: ${join(empty, 'index.html')} is missing (run npm run build)\n`,
    });
    const server = startServer(['--web-root', empty], { ...env, PORT: '1' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toEqual({ stdout: '', stderr: missing.stderr });
  });

  it('finds the web app relative to the installed package, never the current folder', async () => {
    expect(packageRoot()).toBe(repoRoot.replace(/\/$/, ''));
    // A package installed elsewhere: found from its compiled dist/cli, whatever the current folder.
    const installed = join(dir, 'installed', 'node_modules', 'custodia');
    mkdirSync(join(installed, 'dist', 'cli'), { recursive: true });
    writeFileSync(join(installed, 'package.json'), JSON.stringify({ name: 'custodia' }));
    writeFileSync(join(dir, 'installed', 'package.json'), JSON.stringify({ name: 'someone-else' }));
    expect(packageRoot(join(installed, 'dist', 'cli', 'main.js'))).toBe(installed);

    // Served from another folder that holds a decoy dist/web: the decoy is never served.
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(join(elsewhere, 'dist', 'web'), { recursive: true });
    writeFileSync(join(elsewhere, 'dist', 'web', 'index.html'), '<title>decoy</title>');
    const port = 19000 + Math.floor(Math.random() * 1000);
    const server = startServer([], { ...env, PORT: String(port) }, elsewhere);
    const packaged = join(repoRoot, 'dist', 'web', 'index.html');
    try {
      if (existsSync(packaged)) {
        const page = await whenAnswering(`http://127.0.0.1:${port}/`, server.exited);
        expect(page).toBe(readFileSync(packaged, 'utf8'));
      } else {
        expect(await server.exited).toBe(1);
        expect(server.output().stderr).toBe(
          `custodia: the web app is not built: ${packaged} is missing (run npm run build)\n`,
        );
      }
    } finally {
      server.child.kill('SIGTERM');
    }
  });
});
