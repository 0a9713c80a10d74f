import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Dialect } from '../../src/storage/database';
import { buildApp } from '../../src/server/app';
import {
  createContext,
  DEFAULT_SECURITY_SETTINGS,
  type Context,
  type SecuritySettings,
} from '../../src/use-cases/context';
import { DEMO_PASSWORD, seedDemo } from '../../src/use-cases/seed-demo';
import { TEMPLATE_CLOCK_START } from './database-templates';
import { createTestDatabase, type TestDatabase } from './test-database';

/** A clock the test moves by hand. */
export interface TestClock {
  now(): Date;
  advanceMinutes(minutes: number): void;
}

export function createTestClock(start = TEMPLATE_CLOCK_START): TestClock {
  let current = Date.parse(start);
  return {
    now: () => new Date(current),
    advanceMinutes: (minutes) => {
      current += minutes * 60_000;
    },
  };
}

export const silentLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

export interface TestApp {
  readonly app: FastifyInstance;
  readonly ctx: Context;
  readonly clock: TestClock;
  readonly testDatabase: TestDatabase;
  /** Log lines the use-cases wrote (e.g. invitation links), newest last. */
  readonly logged: Array<{ obj: object; msg?: string | undefined }>;
  close(): Promise<void>;
}

/** The whole HTTP app in-process over a fresh database of the dialect, seeded with the demo country. */
export async function createTestApp(
  dialect: Dialect,
  options: {
    seed?: boolean;
    settings?: Partial<SecuritySettings>;
    rateLimitPerMinute?: number;
    /** Folder of the built web app to serve (browser journeys); none for API tests. */
    webRoot?: string;
  } = {},
): Promise<TestApp> {
  const seed = options.seed ?? true;
  // A copy of the run's seeded template when there is one: the same demo country, seeded at the same
  // instant as this app's clock starts, without hashing and writing it again.
  const testDatabase = await createTestDatabase(dialect, { seeded: seed });
  const clock = createTestClock();
  const logged: TestApp['logged'] = [];
  const log = {
    info: (obj: object, msg?: string) => logged.push({ obj, msg }),
    warn: (obj: object, msg?: string) => logged.push({ obj, msg }),
    error: (obj: object, msg?: string) => logged.push({ obj, msg }),
  };
  const ctx = createContext(
    testDatabase.database,
    { ...DEFAULT_SECURITY_SETTINGS, ...options.settings },
    log,
    clock.now,
  );
  if (seed && !testDatabase.seeded) await seedDemo(ctx);
  const app = await buildApp({
    ctx,
    logger: false,
    newRequestId: randomUUID,
    rateLimitPerMinute: options.rateLimitPerMinute ?? 100_000,
    signInAttemptsPerMinute: options.rateLimitPerMinute ?? 100_000,
    webRoot: options.webRoot,
  });
  await app.ready();
  return {
    app,
    ctx,
    clock,
    testDatabase,
    logged,
    close: async () => {
      await app.close();
      await testDatabase.cleanup();
    },
  };
}

export interface SignedIn {
  readonly cookie: string;
  readonly csrfToken: string;
  readonly userId: string;
  readonly organisationId: string;
}

export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'custodia_session');
  if (!cookie) throw new Error(`no session cookie in a ${response.statusCode} response: ${response.body}`);
  return `custodia_session=${cookie.value}`;
}

export async function signIn(
  app: FastifyInstance,
  email: string,
  password = DEMO_PASSWORD,
): Promise<SignedIn> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
  const body = response.json() as { csrfToken: string; user: { id: string; organisation: { id: string } } };
  return {
    cookie: sessionCookieOf(response),
    csrfToken: body.csrfToken,
    userId: body.user.id,
    organisationId: body.user.organisation.id,
  };
}

/** Headers of a signed-in browser request (the CSRF token matters only for writes). */
export function as(session: SignedIn): Record<string, string> {
  return { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
}
