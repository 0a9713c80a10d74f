import { CompiledQuery, type Compilable, type QueryResult } from 'kysely';
import type { Queryable } from './database';
import { nameStatement } from './statement-names';

/**
 * A query built and compiled once per dialect, then run with new values: for the statements the hot
 * paths (every request's session check, issue, return, ledger append) run thousands of times a
 * second, where building Kysely's operation tree and compiling it cost as much as SQLite's own work.
 *
 * The builder receives a stand-in for each parameter (a marker string) instead of its value; the
 * compiled SQL keeps a slot where each marker landed, and each run fills the slots from the values.
 * So the builder must use parameters only as values handed to Kysely — never branch on them, test
 * them, change them, or pass lists (`in`) whose length varies; a marker that comes back altered
 * (part of a longer string, say) is refused when the template is made, and a parameter the builder
 * never placed is refused too. Values that are not parameters are kept as the builder wrote them.
 * An undefined value is bound as NULL: unlike Kysely's own `set({ x: undefined })`, which leaves the
 * column out, so give updates every value.
 */
const MARKER = '\u0000custodia-parameter:';

type Slot = { readonly key: string } | { readonly value: unknown };

interface Template {
  readonly sql: string;
  readonly slots: readonly Slot[];
}

function makeTemplate<P extends object>(
  db: Queryable,
  keys: readonly (keyof P & string)[],
  build: (db: Queryable, params: P) => Compilable<unknown>,
): Template {
  const markers = Object.fromEntries(keys.map((key) => [key, `${MARKER}${key}`])) as unknown as P;
  const compiled = build(db, markers).compile();
  const placed = new Set<string>();
  const slots = compiled.parameters.map((value): Slot => {
    if (typeof value !== 'string' || !value.includes(MARKER)) return { value };
    const key = value.slice(MARKER.length);
    if (!value.startsWith(MARKER) || !keys.includes(key as keyof P & string))
      throw new Error(`prepared query: parameter marker altered by the builder (${JSON.stringify(value)})`);
    placed.add(key);
    return { key };
  });
  const unplaced = keys.filter((key) => !placed.has(key));
  if (unplaced.length > 0)
    throw new Error(`prepared query: parameter(s) never placed in the SQL: ${unplaced.join(', ')}`);
  nameStatement(compiled.sql);
  return { sql: compiled.sql, slots };
}

/** A query of named parameters, compiled once per dialect; run it on a database or a transaction. */
export function preparedQuery<P extends object, R>(
  keys: readonly (keyof P & string)[],
  build: (db: Queryable, params: P) => Compilable<R>,
): (db: Queryable, params: P) => Promise<QueryResult<R>> {
  // By dialect adapter: a transaction shares its database's adapter, and each dialect has its own SQL.
  const templates = new WeakMap<object, Template>();
  return async (db, params) => {
    const adapter = db.getExecutor().adapter;
    let template = templates.get(adapter);
    if (!template) {
      template = makeTemplate(db, keys, build as (db: Queryable, params: P) => Compilable<unknown>);
      templates.set(adapter, template);
    }
    const values = params as Record<string, unknown>;
    // An absent value is bound as NULL (node-postgres does so; better-sqlite3 would refuse it).
    const parameters = template.slots.map((slot) =>
      'key' in slot ? (values[slot.key] ?? null) : slot.value,
    );
    return db.executeQuery(CompiledQuery.raw(template.sql, parameters) as CompiledQuery<R>);
  };
}
