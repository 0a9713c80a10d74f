import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { expect } from 'vitest';
import { run } from '../../src/cli/program';

export const repoRoot = resolve(import.meta.dirname, '../..');
/** The bin other tools call; it runs the compiled dist/cli (built by tests/cli/global-setup.ts). */
export const BIN = resolve(repoRoot, 'bin/custodia.mjs');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export type CliEnv = Record<string, string | undefined>;

/**
 * A `custodia` command line run in this process through the CLI's run(argv, io): standard output
 * and error captured as strings, `stdin` as its standard input, the environment of this process
 * with `env` on top. Every assertion on a command's logic goes through here.
 */
export async function custodia(args: readonly string[], stdin = '', env: CliEnv = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const status = await run(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: Readable.from(stdin === '' ? [] : [Buffer.from(stdin)]),
    env: { ...process.env, ...env },
  });
  return { status, stdout, stderr };
}

/**
 * The real bin in a child process, as other tools call it: for what only a process shows (the
 * exit code the shell sees, the streams, standard input through a pipe). About one per command.
 */
export function spawnCustodia(
  args: readonly string[],
  options: { stdin?: string; env?: CliEnv; cwd?: string } = {},
): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.stdin ?? '',
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A JSON contract command given a value (or raw text) on standard input with --json. */
export function runJson(command: readonly string[], input: unknown): Promise<Run> {
  return custodia([...command, '-', '--json'], typeof input === 'string' ? input : JSON.stringify(input));
}

/** Invalid input: exit 2, nothing on stdout, one line on stderr ("custodia: <message>"). */
export function expectInvalid(run: Run, message: RegExp): void {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^custodia: [^\n]+\n$/);
  expect(run.stderr).toMatch(message);
}
