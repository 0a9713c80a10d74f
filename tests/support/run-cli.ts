import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../..');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The real `custodia` bin in a child process, as other tools call it. */
export function custodia(args: readonly string[], stdin = ''): Run {
  const result = spawnSync(process.execPath, ['bin/custodia.mjs', ...args], {
    cwd: repoRoot,
    input: stdin,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A JSON contract command given a value (or raw text) on standard input with --json. */
export function runJson(command: readonly string[], input: unknown): Run {
  return custodia([...command, '-', '--json'], typeof input === 'string' ? input : JSON.stringify(input));
}

/** Invalid input: exit 2, nothing on stdout, one line on stderr ("custodia: <message>"). */
export function expectInvalid(run: Run, message: RegExp): void {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^custodia: [^\n]+\n$/);
  expect(run.stderr).toMatch(message);
}
