import type { CreateOrganisationRequest, Organisation } from '../contracts/organisations';
import type { Actor } from '../core/access/actor';
import { canCreateOrganisation } from '../core/access/policies';
import { isUniqueViolation } from '../storage/database';
import { findOrganisation, insertOrganisation } from '../storage/organisation-store';
import { AppError, forbidden } from './app-error';
import type { Context, RequestInfo } from './context';
import { toOrganisation } from './presenters';
import { recordAuditEvent } from './record-audit-event';

/** Register an organisation. A PSC must name the regulator that licenses it, of the same country. */
export async function createOrganisation(
  ctx: Context,
  actor: Actor,
  input: CreateOrganisationRequest,
  request: RequestInfo,
): Promise<Organisation> {
  if (!canCreateOrganisation(actor, input.kind, input.licensedById)) throw forbidden();
  return ctx.database.db.transaction().execute(async (trx) => {
    if (input.kind === 'psc') {
      const regulator = input.licensedById ? await findOrganisation(trx, input.licensedById) : undefined;
      if (!regulator || regulator.kind !== 'regulator') {
        throw new AppError(
          'VALIDATION_FAILED',
          'A private security company must be licensed by a regulator',
          {
            fields: [{ path: 'licensedById', message: 'must name a regulator' }],
          },
        );
      }
      if (regulator.country_code !== input.countryCode) {
        throw new AppError('VALIDATION_FAILED', 'The licensing regulator is of another country', {
          fields: [
            { path: 'countryCode', message: `must be ${regulator.country_code}, the regulator's country` },
          ],
        });
      }
    } else if (input.licensedById !== null) {
      throw new AppError('VALIDATION_FAILED', 'Only a private security company has a licensing regulator', {
        fields: [{ path: 'licensedById', message: 'must be null for this kind' }],
      });
    }
    if (input.kind === 'regulator') {
      const existing = await trx
        .selectFrom('organisation')
        .select('id')
        .where('kind', '=', 'regulator')
        .where('country_code', '=', input.countryCode)
        .executeTakeFirst();
      if (existing) throw new AppError('CONFLICT', `${input.countryCode} already has a regulator`);
    }
    const row = {
      id: ctx.newId(),
      kind: input.kind,
      code: input.code,
      name: input.name,
      country_code: input.countryCode,
      licensed_by_id: input.licensedById,
      requires_totp: 0,
      created_at: ctx.now(),
      deactivated_at: null,
    };
    try {
      await insertOrganisation(trx, row);
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError('CONFLICT', `The code ${input.code} is already in use`);
      throw error;
    }
    await recordAuditEvent(ctx, trx, request, {
      type: 'organisation-created',
      organisationId: row.id,
      actorUserId: actor.userId,
      details: { code: row.code, kind: row.kind },
    });
    return toOrganisation(row);
  });
}
