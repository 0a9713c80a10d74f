import type { Actor } from '../../core/access/actor';
import { dayOf, isValidOn } from '../../core/armoury/calendar';
import type { Queryable } from '../../storage/database';
import type { Context } from '../context';
import { companyFor, fieldError } from './company-access';

export interface OperatingAuthorisationView {
  organisationId: string;
  authorisation: {
    number: string;
    issuedById: string;
    issuedByName: string;
    validFrom: string;
    validUntil: string;
    isValid: boolean;
    updatedAt: string;
  } | null;
}

async function present(
  db: Queryable,
  organisationId: string,
  today: string,
): Promise<OperatingAuthorisationView> {
  const row = await db
    .selectFrom('operating_authorisation as a')
    .innerJoin('organisation as r', 'r.id', 'a.issued_by_id')
    .selectAll('a')
    .select('r.name as issued_by_name')
    .where('a.organisation_id', '=', organisationId)
    .executeTakeFirst();
  return {
    organisationId,
    authorisation: row
      ? {
          number: row.number,
          issuedById: row.issued_by_id,
          issuedByName: row.issued_by_name,
          validFrom: row.valid_from,
          validUntil: row.valid_until,
          isValid: row.valid_from <= today && isValidOn(row.valid_until, today),
          updatedAt: row.updated_at,
        }
      : null,
  };
}

export async function readOperatingAuthorisation(
  ctx: Context,
  actor: Actor,
  organisationId: string,
): Promise<OperatingAuthorisationView> {
  const db = ctx.database.db;
  const organisation = await companyFor(db, actor, organisationId, 'read');
  return present(db, organisation.id, dayOf(ctx.now()));
}

/** Recorded by the company's licensing regulator (or an administrator): the issuer is that regulator. */
export async function setOperatingAuthorisation(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  input: { number: string; validFrom: string; validUntil: string },
): Promise<OperatingAuthorisationView> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const organisation = await companyFor(trx, actor, organisationId, 'authorise');
    if (input.validUntil < input.validFrom) throw fieldError('validUntil', 'before validFrom');
    if (!organisation.licensed_by_id)
      throw fieldError('organisationId', 'the company has no licensing regulator to issue it');
    const row = {
      organisation_id: organisation.id,
      number: input.number,
      issued_by_id: organisation.licensed_by_id,
      valid_from: input.validFrom,
      valid_until: input.validUntil,
      updated_at: ctx.now(),
      updated_by_user_id: actor.userId,
    };
    await trx
      .insertInto('operating_authorisation')
      .values(row)
      .onConflict((oc) => oc.column('organisation_id').doUpdateSet(row))
      .execute();
    return present(trx, organisation.id, dayOf(ctx.now()));
  });
}
