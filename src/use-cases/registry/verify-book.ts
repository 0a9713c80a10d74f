import type { Actor } from '../../core/access/actor';
import { hasRole } from '../../core/access/actor';
import { forbidden } from '../app-error';
import type { Context } from '../context';
import { verifyLedger } from '../ledger/verify-ledger';
import { readableBook } from './book-access';
import { readBookIntegrity } from './read-registry';

/**
 * Verify one book's chain now (the "book integrity" panel's button): its manager, its regulator or
 * an administrator may ask; the outcome is kept with the book it covered.
 */
export async function verifyBook(ctx: Context, actor: Actor, organisationId: string) {
  const organisation = await readableBook(ctx.database.db, actor, organisationId);
  const may =
    hasRole(actor, 'system-admin') || hasRole(actor, 'regulator-officer') || hasRole(actor, 'psc-manager');
  if (!may) throw forbidden('You may not start a verification');
  const result = await verifyLedger(ctx.database, { organisationId: organisation.id });
  await ctx.database.db
    .insertInto('ledger_verification')
    .values({
      id: ctx.newId(),
      verified_at: ctx.now(),
      chains: result.chains,
      entries: result.entries,
      ok: result.ok ? 1 : 0,
      problem: result.problem ? JSON.stringify(result.problem) : null,
      organisation_id: organisation.id,
    })
    .execute();
  return readBookIntegrity(ctx, actor, organisation.id);
}
