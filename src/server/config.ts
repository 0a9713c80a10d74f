import { z } from 'zod';

/**
 * Every setting comes from the environment, with a default; README's configuration table lists
 * the same names. A bad value stops the program with one line that names the variable.
 */
const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.string().optional(),
  CUSTODIA_DATA_DIR: z.string().min(1).default('./data'),
  CUSTODIA_KEY_DIR: z.string().min(1).optional(),
  SQLITE_SYNCHRONOUS: z.enum(['FULL', 'NORMAL']).default('FULL'),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  SIGN_IN_LOCKOUT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  INVITATION_VALID_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(72),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  CUSTODIA_OVERDUE_SWEEP_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 3600)
    .default(60),
  CUSTODIA_INCIDENT_WEBHOOK_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 3600)
    .default(60),
  API_TOKEN_VALID_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  OUTBOUND_ALLOW_HTTP: z.enum(['true', 'false']).default('false'),
  OUTBOUND_ALLOW_LIST: z.string().default(''),
  WEBHOOK_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(60).default(5),
  CUSTODIA_CHECKPOINT_EVERY_HOURS: z.coerce
    .number()
    .min(0)
    .max(24 * 30)
    .default(24),
  CUSTODIA_LEDGER_KEY_FINGERPRINT: z
    .string()
    .regex(/^(SHA256:|sha256:)?[0-9a-fA-F]{64}$/, 'must be SHA256: and 64 hex digits')
    .optional(),
});

export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly sqliteFile: string;
  /** Folder of the ledger-signing key, outside the database. */
  readonly keyDir: string;
  readonly sqliteSynchronous: 'FULL' | 'NORMAL';
  readonly publicUrl: string;
  readonly logLevel: string;
  readonly sessionIdleMinutes: number;
  readonly sessionAbsoluteMinutes: number;
  readonly signInMaxFailures: number;
  readonly signInLockoutMinutes: number;
  readonly invitationValidHours: number;
  readonly trustProxy: boolean;
  /** How often the server signs a checkpoint of every chain (hours; 0: never). */
  readonly checkpointEveryHours: number;
  /** The fingerprint the checkpoint-signing key must have (`SHA256:` + hex), when configured. */
  readonly ledgerKeyFingerprint: string | undefined;
  readonly apiTokenValidDays: number;
  readonly outboundAllowHttp: boolean;
  /** Hosts, addresses or CIDR ranges an outbound call may reach even if private (on-premises receivers). */
  readonly outboundAllowList: readonly string[];
  readonly webhookTimeoutMs: number;
  /** Seconds between the server's background runs (0 turns one off). */
  readonly schedule: ScheduleSettings;
}

export interface ScheduleSettings {
  /** Weapons not back by their expected time are flagged and their webhooks sent. */
  readonly overdueSweepSeconds: number;
  /** Incident webhooks that failed are retried. */
  readonly incidentWebhookSeconds: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`configuration: ${String(issue.path[0])} ${issue.message.toLowerCase()}`);
  }
  const e = parsed.data;
  const databaseUrl = e.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\/.+/.test(databaseUrl)) {
    throw new ConfigError('configuration: DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  const dataDir = e.CUSTODIA_DATA_DIR;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl,
    dataDir,
    sqliteFile: `${dataDir.replace(/\/$/, '')}/custodia.sqlite`,
    keyDir: e.CUSTODIA_KEY_DIR ?? `${dataDir.replace(/\/$/, '')}/keys`,
    sqliteSynchronous: e.SQLITE_SYNCHRONOUS,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    logLevel: e.LOG_LEVEL,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteMinutes: e.SESSION_ABSOLUTE_HOURS * 60,
    signInMaxFailures: e.SIGN_IN_MAX_FAILURES,
    signInLockoutMinutes: e.SIGN_IN_LOCKOUT_MINUTES,
    invitationValidHours: e.INVITATION_VALID_HOURS,
    trustProxy: e.TRUST_PROXY === 'true',
    schedule: {
      overdueSweepSeconds: e.CUSTODIA_OVERDUE_SWEEP_SECONDS,
      incidentWebhookSeconds: e.CUSTODIA_INCIDENT_WEBHOOK_SECONDS,
    },
    apiTokenValidDays: e.API_TOKEN_VALID_DAYS,
    outboundAllowHttp: e.OUTBOUND_ALLOW_HTTP === 'true',
    outboundAllowList: e.OUTBOUND_ALLOW_LIST.split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== ''),
    webhookTimeoutMs: e.WEBHOOK_TIMEOUT_SECONDS * 1000,
    checkpointEveryHours: e.CUSTODIA_CHECKPOINT_EVERY_HOURS,
    ledgerKeyFingerprint: e.CUSTODIA_LEDGER_KEY_FINGERPRINT
      ? `SHA256:${e.CUSTODIA_LEDGER_KEY_FINGERPRINT.replace(/^sha256:/i, '').toLowerCase()}`
      : undefined,
  };
}
