// A server process for the SQLite concurrency test of the armoury: opens the database file (its own
// connection), builds the HTTP app in-process and, on the parent's "go", sends its share of the issue
// requests at once; prints the answers as one JSON line. Several of these at once are several
// servers (or a server and the CLI) writing one file.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildApp } from '../../src/server/app';
import { openDatabase } from '../../src/storage/database';
import { createContext, DEFAULT_SECURITY_SETTINGS } from '../../src/use-cases/context';

interface Job {
  readonly sqliteFile: string;
  /** The clock of the test app that signed in, so sessions and permits read the same day. */
  readonly now: string;
  readonly headers: Record<string, string>;
  readonly url: string;
  readonly bodies: readonly object[];
}

const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Job;
const database = openDatabase({ databaseUrl: undefined, sqliteFile: job.sqliteFile });
const at = new Date(job.now);
const ctx = createContext(
  database,
  DEFAULT_SECURITY_SETTINGS,
  { info: () => undefined, warn: () => undefined, error: () => undefined },
  () => at,
);
const app = await buildApp({
  ctx,
  logger: false,
  newRequestId: randomUUID,
  rateLimitPerMinute: 100_000,
  signInAttemptsPerMinute: 100_000,
  webRoot: undefined,
});
await app.ready();
process.stdout.write('ready\n');
await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
const answers = await Promise.all(
  job.bodies.map(async (payload) => {
    const response = await app.inject({ method: 'POST', url: job.url, headers: job.headers, payload });
    const body = response.json() as {
      error?: { code?: string; details?: { refusals?: Array<{ code: string }> } };
    };
    return {
      status: response.statusCode,
      code: body.error?.code ?? null,
      refusals: (body.error?.details?.refusals ?? []).map((r) => r.code),
    };
  }),
);
await app.close();
await database.close();
process.stdout.write(`${JSON.stringify(answers)}\n`);
