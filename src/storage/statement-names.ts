/**
 * SQL texts of the compiled-once queries (prepared-query.ts) → a statement name, under which
 * PostgreSQL keeps each parsed and planned per connection (dialects/postgres.ts). A leaf module, so
 * the dialect need not import the query layer.
 */
const statementNames = new Map<string, string>();

/** Give a compiled-once query's SQL text its statement name (once). */
export function nameStatement(sql: string): void {
  if (!statementNames.has(sql)) statementNames.set(sql, `custodia_${statementNames.size}`);
}

/** The name a compiled-once query's SQL is prepared under on PostgreSQL, if it is one. */
export function statementNameOf(sql: string): string | undefined {
  return statementNames.get(sql);
}
