import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../storage/database';
import type { DB } from '../../storage/schema';

/**
 * Group commit for the armoury's hot path (issue and return). Concurrent requests queue here; a
 * single runner takes up to MAX_GROUP of them, runs them back to back in ONE transaction, each in
 * its own savepoint (a refusal or error rolls back to it: that one's work alone), and commits once — one fsync
 * for the group instead of one per request, and no other request's work interleaved while the
 * company's chain head is held. Every caller learns its own outcome only after the commit, so a
 * success is never reported for work a failed commit undid (then every member of the group fails).
 */
type Work<T> = (trx: Transaction<DB>) => Promise<T>;

interface Pending {
  readonly work: Work<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

interface Queue {
  readonly pending: Pending[];
  isRunning: boolean;
}

const MAX_GROUP = 64;
const queues = new WeakMap<Database, Queue>();

export function inGroupCommit<T>(database: Database, work: Work<T>): Promise<T> {
  let queue = queues.get(database);
  if (!queue) {
    queue = { pending: [], isRunning: false };
    queues.set(database, queue);
  }
  const q = queue;
  return new Promise<T>((resolve, reject) => {
    q.pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
    if (!q.isRunning) {
      q.isRunning = true;
      // Let the requests already parsed in this turn of the event loop join the first group.
      setImmediate(() => void drain(database, q));
    }
  });
}

async function drain(database: Database, queue: Queue): Promise<void> {
  const runAll = async (db: Kysely<DB>) => {
    while (queue.pending.length > 0) await runGroup(db, queue.pending.splice(0, MAX_GROUP));
  };
  try {
    // PostgreSQL: one pooled connection is kept while groups follow one another, so starting the
    // next group does not wait in the pool's queue behind every other request's reads. (SQLite has
    // a single connection, which the requests' own reads need between groups.)
    if (database.dialect === 'postgres') await database.db.connection().execute(runAll);
    else await runAll(database.db);
  } catch (error) {
    // No connection to be had: everyone still waiting hears it.
    for (const item of queue.pending.splice(0)) item.reject(error);
  } finally {
    queue.isRunning = false;
  }
}

async function runGroup(db: Kysely<DB>, group: readonly Pending[]): Promise<void> {
  const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = [];
  const trx = await db
    .startTransaction()
    .execute()
    .catch((error: unknown) => {
      for (const item of group) item.reject(error);
      return null;
    });
  if (!trx) return;
  try {
    for (const [index, item] of group.entries()) {
      const name = `armoury_${index}`;
      const savepoint = await trx.savepoint(name).execute();
      try {
        const value = await item.work(savepoint);
        // Not released: the commit releases every savepoint at once (one statement fewer each).
        // Each later savepoint nests inside this one, and a rollback to it undoes only its own work.
        outcomes.push({ ok: true, value });
      } catch (error) {
        await savepoint.rollbackToSavepoint(name).execute();
        outcomes.push({ ok: false, error });
      }
    }
    await trx.commit().execute();
  } catch (error) {
    await trx
      .rollback()
      .execute()
      .catch(() => undefined);
    for (const item of group) item.reject(error);
    return;
  }
  group.forEach((item, index) => {
    const outcome = outcomes[index]!;
    if (outcome.ok) item.resolve(outcome.value);
    else item.reject(outcome.error);
  });
}
