import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundle a child-process script (tests/support/*-child.ts) once, so each process starts in a fraction
 * of a second. Inside the project, so the bundle's external packages resolve from node_modules.
 * Answers the bundle's path and a function that removes it.
 */
export async function bundleChild(entry: string): Promise<{ path: string; remove(): void }> {
  const name = entry.split('/').pop()!.replace(/\.ts$/, '');
  const path = join(process.cwd(), '.tmp', `${name}-${process.pid}-${Date.now().toString(36)}.mjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: path,
    packages: 'external',
    logLevel: 'silent',
  });
  return { path, remove: () => rmSync(path, { force: true }) };
}

export interface ChildResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** stdout after the "ready" line. */
  readonly output: string;
  readonly stderr: string;
}

/**
 * Start one process per argument list, wait until every one has printed "ready", then send each
 * "go" at once (so their work overlaps) and wait for all of them to end.
 */
export async function runTogether(bundle: string, argLists: readonly string[][]): Promise<ChildResult[]> {
  const children = argLists.map((args) => {
    const proc = spawn('node', [bundle, ...args], { cwd: process.cwd(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let markReady!: () => void;
    const ready = new Promise<void>((resolve) => (markReady = resolve));
    proc.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.startsWith('ready\n')) markReady();
    });
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<ChildResult>((resolve) =>
      proc.on('exit', (code, signal) =>
        resolve({ code, signal, output: stdout.replace(/^ready\n/, ''), stderr }),
      ),
    );
    // A process that dies before it is ready must not leave the others waiting.
    void exited.then(() => markReady());
    return { proc, ready, exited };
  });
  await Promise.all(children.map((c) => c.ready));
  for (const c of children) if (c.proc.stdin.writable) c.proc.stdin.end('go\n');
  return Promise.all(children.map((c) => c.exited));
}
