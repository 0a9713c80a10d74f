import type { RegisterFacilityRequest } from '../../contracts/registry';
import type { Actor } from '../../core/access/actor';
import type { FacilityRegistered } from '../../core/holdings/holding-entries';
import { AppError } from '../app-error';
import type { Context } from '../context';
import { actorIdOf, appendEntry } from '../ledger/append-entry';
import { findReplay, writableBook } from './book-access';
import { photoReference } from './photos';
import { presentEntry, type WrittenEntry } from './present-registry';

/** A facility (armoury or ammunition store) enters the book with a ledger entry. */
export async function registerFacility(
  ctx: Context,
  actor: Actor,
  input: RegisterFacilityRequest,
): Promise<WrittenEntry> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const organisation = await writableBook(trx, actor, input.organisationId, 'register-facility');
    const replay = await findReplay(trx, actor, input.idempotencyKey);
    if (replay) return presentEntry(replay);
    const existing = await trx
      .selectFrom('facility')
      .select('id')
      .where('organisation_id', '=', organisation.id)
      .where('code', '=', input.code)
      .executeTakeFirst();
    if (existing)
      throw new AppError('CONFLICT', `This organisation already has a facility ${input.code}`, {
        fields: [{ path: 'code', message: 'already in use' }],
      });
    const payload: FacilityRegistered = {
      facilityId: ctx.newId(),
      code: input.code,
      name: input.name,
      kind: input.kind,
      address: input.address,
      latitude: input.latitude,
      longitude: input.longitude,
      licenceNumber: input.licenceNumber,
      licenceExpiresOn: input.licenceExpiresOn,
      maxNeqKg: input.maxNeqKg,
      securityFeatures: input.securityFeatures,
      photos: await Promise.all(
        input.photoIds.map((id, i) => photoReference(trx, organisation.id, id, `photoIds.${i}`)),
      ),
    };
    const written = await appendEntry(ctx, trx, actorIdOf(actor), {
      organisationId: organisation.id,
      kind: 'facility-registered',
      payload,
      idempotencyKey: input.idempotencyKey,
    });
    return presentEntry(written);
  });
}
