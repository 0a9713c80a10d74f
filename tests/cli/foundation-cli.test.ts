import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = join(process.cwd(), 'bin/custodia.mjs');

function custodia(args: string[], env: Record<string, string> = {}, input?: string) {
  const result = spawnSync('node', [BIN, ...args], {
    env: { ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: '', ...env },
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the custodia command (foundation)', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'custodia-cli-'));
    env = { CUSTODIA_DATA_DIR: join(dir, 'data') };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has --help for every command', () => {
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
      const result = custodia([...command, '--help']);
      expect(result.code, command.join(' ')).toBe(0);
      expect(result.stdout).toMatch(/Usage: custodia/);
    }
  });

  it('migrates, lists migrations, seeds the demo once, creates a user, and backs up', () => {
    expect(custodia(['db', 'migrate'], env)).toMatchObject({ code: 0 });
    const status = custodia(['db', 'status', '--json'], env);
    expect(status.code).toBe(0);
    const parsed = JSON.parse(status.stdout) as {
      migrations: Array<{ name: string; appliedAt: string | null }>;
    };
    expect(parsed.migrations.length).toBeGreaterThan(0);
    expect(parsed.migrations.every((m) => m.appliedAt !== null)).toBe(true);

    const seed = custodia(['demo', 'seed'], env);
    expect(seed.code).toBe(0);
    expect(seed.stdout).toContain('admin@custodia.example');
    expect(custodia(['demo', 'seed'], env).stdout).toContain('nothing changed');

    const created = custodia(
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

    const weak = custodia(
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

    const wrongOrg = custodia(
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
    expect(custodia(['db', 'backup', backup], env).code).toBe(0);
    expect(existsSync(backup)).toBe(true);
    const again = custodia(['db', 'backup', backup], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');

    const restoreOver = custodia(['db', 'restore', backup], env);
    expect(restoreOver.code).toBe(1);
    expect(restoreOver.stderr).toContain('not empty');
    const fresh = { CUSTODIA_DATA_DIR: join(dir, 'restored') };
    expect(custodia(['db', 'restore', backup], fresh).code).toBe(0);
    expect(custodia(['demo', 'seed'], fresh).stdout).toContain('nothing changed');
  });

  it('stops with one clear line on a bad DATABASE_URL, an unwritable data folder, or a bad setting', () => {
    const badUrl = custodia(['db', 'status'], { DATABASE_URL: 'mysql://localhost/x' });
    expect(badUrl.code).toBe(1);
    expect(badUrl.stderr.trim()).toBe(
      'custodia: configuration: DATABASE_URL must be a postgres:// or postgresql:// URL',
    );

    const unreachable = custodia(['db', 'status'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr.trim().split('\n')).toHaveLength(1);
    expect(unreachable.stderr).toContain('cannot reach the database');

    const readOnly = join(dir, 'read-only');
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o500);
    const blocked = custodia(['db', 'status'], { CUSTODIA_DATA_DIR: join(readOnly, 'sub') });
    chmodSync(readOnly, 0o700);
    // root can write anywhere; the check still must not print a stack trace when it fails.
    if (process.getuid?.() !== 0) expect(blocked.stderr).toContain('cannot be written');
    expect(blocked.stderr).not.toMatch(/\n\s+at /);

    const badPort = custodia(['serve'], { ...env, PORT: 'eighty' });
    expect(badPort.code).toBe(1);
    expect(badPort.stderr.trim()).toMatch(/^custodia: configuration: PORT /);
  });

  it('refuses to serve on a port already in use, with one line', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const child = spawn('node', [BIN, 'serve'], {
        env: {
          ...process.env,
          ...env,
          DATABASE_URL: '',
          LOG_LEVEL: 'silent',
          HOST: '127.0.0.1',
          PORT: String(port),
        },
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(1);
      expect(stderr.trim()).toBe(`custodia: port ${port} is already in use (set PORT to another)`);
    } finally {
      blocker.close();
    }
  });

  it('serves health with the database reachable', async () => {
    const port = 18000 + Math.floor(Math.random() * 1000);
    const child = spawn('node', [BIN, 'serve'], {
      env: {
        ...process.env,
        ...env,
        DATABASE_URL: '',
        LOG_LEVEL: 'silent',
        HOST: '127.0.0.1',
        PORT: String(port),
      },
    });
    try {
      let body = '';
      for (let i = 0; i < 100 && !body; i++) {
        await new Promise((r) => setTimeout(r, 200));
        body = await fetch(`http://127.0.0.1:${port}/api/v1/health`)
          .then((r) => r.text())
          .catch(() => '');
      }
      expect(JSON.parse(body)).toEqual({ status: 'ok' });
    } finally {
      child.kill('SIGTERM');
    }
  });
});
