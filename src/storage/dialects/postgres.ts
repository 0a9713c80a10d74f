import { PostgresDialect } from 'kysely';
import pg from 'pg';
import { statementNameOf } from '../statement-names';

// The same values come back from both dialects: timestamps as ISO-8601 UTC strings, bigint as number.
const TIMESTAMPTZ_OID = 1184;
const TIMESTAMP_OID = 1114;
const INT8_OID = 20;

function isoFromPostgres(value: string): string {
  // With TimeZone=UTC, PostgreSQL prints "2026-11-28 16:37:41.123+00".
  const normalised = value.replace(' ', 'T').replace(/\+00$/, 'Z');
  return new Date(normalised).toISOString();
}

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === TIMESTAMPTZ_OID || oid === TIMESTAMP_OID) return isoFromPostgres;
    if (oid === INT8_OID) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

export interface PostgresOptions {
  readonly connectionString: string;
  readonly maxConnections: number;
}

export function openPostgres(options: PostgresOptions): { dialect: PostgresDialect; pool: pg.Pool } {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections,
    options: '-c TimeZone=UTC',
    types: types as unknown as pg.CustomTypesConfig,
  });
  // An idle connection the server drops (restart, admin command) emits 'error' on the pool; without a
  // listener that would end the process. The pool discards the client and the next query reconnects.
  pool.on('error', () => undefined);
  return { dialect: new PostgresDialect({ pool: withNamedStatements(pool) }), pool };
}

type QueryFunction = (...args: unknown[]) => unknown;

/**
 * The hot path's compiled-once queries (prepared-query.ts) go to the server as named statements:
 * each connection parses and plans them once, then only binds and executes them. Kysely sends
 * `query(text, values)`; that call is turned into `query({ name, text, values })` for those texts.
 */
function withNamedStatements(pool: pg.Pool): pg.Pool {
  const patched = new WeakSet<pg.PoolClient>();
  return new Proxy(pool, {
    get(target, property, receiver) {
      if (property !== 'connect') return Reflect.get(target, property, receiver) as unknown;
      return async () => {
        const client = await target.connect();
        if (!patched.has(client)) {
          patched.add(client);
          const query = client.query.bind(client) as QueryFunction;
          (client as unknown as { query: QueryFunction }).query = (...args: unknown[]) => {
            const [text, values] = args;
            const name =
              typeof text === 'string' && Array.isArray(values) ? statementNameOf(text) : undefined;
            return name ? query({ name, text, values }) : query(...args);
          };
        }
        return client;
      };
    },
  });
}
