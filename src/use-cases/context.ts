import { createHash, randomBytes } from 'node:crypto';
import type { Instant } from '../core/shared/brand';
import { formatUuidV7 } from '../core/shared/uuid-v7';
import type { Database } from '../storage/database';

/** The security settings the use-cases apply; every one comes from configuration with a default. */
export interface SecuritySettings {
  readonly sessionIdleMinutes: number;
  readonly sessionAbsoluteMinutes: number;
  readonly signInMaxFailures: number;
  readonly signInWindowMinutes: number;
  readonly signInLockoutMinutes: number;
  readonly invitationValidHours: number;
  /** Base URL of the web app, for invitation and reset links. */
  readonly publicUrl: string;
  /** Lifetime of a new API token (API_TOKEN_VALID_DAYS). */
  readonly apiTokenValidDays: number;
  /** What outbound calls (webhooks) may reach: see use-cases/outbound-guard. */
  readonly outbound: OutboundSettings;
}

export interface OutboundSettings {
  /** Plain http:// receivers allowed (OUTBOUND_ALLOW_HTTP); https only otherwise. */
  readonly allowHttp: boolean;
  /** Hosts, addresses or CIDR ranges allowed even though private or loopback (OUTBOUND_ALLOW_LIST). */
  readonly allowList: readonly string[];
  /** Time limit of one delivery, connection to last byte (WEBHOOK_TIMEOUT_SECONDS). */
  readonly timeoutMs: number;
}

export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/**
 * Everything a use-case needs from the outside world, passed in explicitly so tests can
 * substitute a fixed clock and the core never reads the time itself.
 */
export interface Context {
  readonly database: Database;
  readonly settings: SecuritySettings;
  readonly log: Logger;
  now(): Instant;
  newId(): string;
}

/** Where a request came from, for the audit log. */
export interface RequestInfo {
  readonly requestId: string | null;
  readonly ip: string | null;
  readonly userAgent: string | null;
}

export const NO_REQUEST: RequestInfo = { requestId: null, ip: null, userAgent: null };

export const DEFAULT_SECURITY_SETTINGS: SecuritySettings = {
  sessionIdleMinutes: 30,
  sessionAbsoluteMinutes: 12 * 60,
  signInMaxFailures: 5,
  signInWindowMinutes: 15,
  signInLockoutMinutes: 15,
  invitationValidHours: 72,
  publicUrl: 'http://localhost:8080',
  apiTokenValidDays: 90,
  outbound: { allowHttp: false, allowList: [], timeoutMs: 5_000 },
};

/** Random bytes drawn in blocks: one system call per 800 ids instead of one per id. */
function randomSource(): (n: number) => Uint8Array {
  let pool = randomBytes(8192);
  let offset = 0;
  return (n) => {
    if (offset + n > pool.length) {
      pool = randomBytes(8192);
      offset = 0;
    }
    const out = pool.subarray(offset, offset + n);
    offset += n;
    return out;
  };
}

export function createContext(
  database: Database,
  settings: SecuritySettings,
  log: Logger,
  clock: () => Date = () => new Date(),
): Context {
  const random = randomSource();
  return {
    database,
    settings,
    log,
    now: () => clock().toISOString() as Instant,
    newId: () => formatUuidV7(clock().getTime(), random(10)),
  };
}

/** A secret for a link, session or token: 32 random bytes, base64url. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Secrets are stored only as their SHA-256, so a copy of the database opens no session. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
