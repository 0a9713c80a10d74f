import type { Actor } from '../../core/access/actor';
import { bookFilter, canReadBook, canWriteBook, type BookOperation } from '../../core/access/policies';
import type { HoldingRefusal } from '../../core/holdings/holding-rules';
import type { Queryable } from '../../storage/database';
import { listOrganisations, type OrganisationRow } from '../../storage/organisation-store';
import { findEntryByIdempotencyKey, type LedgerEntryRow } from '../../storage/ledger-store';
import { findFacility, type FacilityRow } from '../../storage/registry-store';
import { AppError, forbidden, notFound } from '../app-error';
import { getOrganisation } from '../load-organisation';
import { toScope } from '../presenters';

/** The organisation whose book is written, after checking the actor may do this operation in it. */
export async function writableBook(
  db: Queryable,
  actor: Actor,
  organisationId: string,
  operation: BookOperation,
): Promise<OrganisationRow> {
  const organisation = await getOrganisation(db, organisationId).catch(() => undefined);
  if (!organisation || !canReadBook(actor, toScope(organisation))) throw notFound('Organisation');
  if (!canWriteBook(actor, toScope(organisation), operation)) throw forbidden('You may not change this book');
  return organisation;
}

export async function readableBook(
  db: Queryable,
  actor: Actor,
  organisationId: string,
): Promise<OrganisationRow> {
  const organisation = await getOrganisation(db, organisationId).catch(() => undefined);
  if (!organisation || !canReadBook(actor, toScope(organisation))) throw notFound('Organisation');
  return organisation;
}

/** Ids of the organisations whose books the actor may list (or 'all'). */
export async function readableBookIds(
  db: Queryable,
  actor: Actor,
  only?: string,
): Promise<readonly string[] | 'all'> {
  if (only) return [(await readableBook(db, actor, only)).id];
  const filter = bookFilter(actor);
  if (filter.kind === 'all') return 'all';
  const rows = await listOrganisations(db, filter);
  return rows.map((r) => r.id);
}

export async function ownFacility(
  db: Queryable,
  organisationId: string,
  facilityId: string,
  field = 'facilityId',
): Promise<FacilityRow> {
  const facility = await findFacility(db, facilityId);
  if (!facility || facility.organisation_id !== organisationId) {
    throw new AppError('VALIDATION_FAILED', 'The facility is not one of this organisation', {
      fields: [{ path: field, message: 'not a facility of this organisation' }],
    });
  }
  return facility;
}

/** A core refusal becomes a 409 with its code in the details, for the UI to translate. */
export function refuse(refusal: HoldingRefusal): never {
  throw new AppError('CONFLICT', `Refused: ${refusal.code}`, { refusal });
}

/**
 * A write repeated with the same idempotency key returns the first entry before anything is
 * checked again. Every write goes to the acting organisation's own chain, so that is where to look.
 */
export async function findReplay(
  db: Queryable,
  actor: Actor,
  idempotencyKey: string,
): Promise<{ entry: LedgerEntryRow; replayed: true } | null> {
  const entry = await findEntryByIdempotencyKey(db, actor.organisationId, idempotencyKey);
  return entry ? { entry, replayed: true } : null;
}

export async function canReadBookOf(db: Queryable, actor: Actor, organisationId: string): Promise<boolean> {
  const organisation = await getOrganisation(db, organisationId).catch(() => undefined);
  return organisation !== undefined && canReadBook(actor, toScope(organisation));
}
