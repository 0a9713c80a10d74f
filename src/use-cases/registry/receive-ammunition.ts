import type { ReceiveAmmunitionRequest } from '../../contracts/registry';
import type { Actor } from '../../core/access/actor';
import { findUnNumber } from '../../core/hazard/un-numbers';
import type { AmmunitionReceived } from '../../core/holdings/holding-entries';
import { checkRounds } from '../../core/holdings/holding-rules';
import { findLotByIdentity } from '../../storage/registry-store';
import { AppError } from '../app-error';
import { checkReceiptHazard } from '../hazard/check-receipt-hazard';
import type { Context } from '../context';
import { actorIdOf, appendEntry } from '../ledger/append-entry';
import { findReplay, ownFacility, refuse, writableBook } from './book-access';
import { resolveCalibre, resolveManufacturer } from './catalogue';
import { presentEntry, type WrittenEntry } from './present-registry';

/**
 * The hazard division and compatibility group of a lot: from its UN number when known (the UN
 * list is the authority), otherwise as entered; a UN number that disagrees with them is refused.
 */
export function lotHazard(input: {
  unNumber: string | null;
  hazardDivision: string | null;
  compatibilityGroup: string | null;
}) {
  if (input.unNumber === null)
    return { hazardDivision: input.hazardDivision, compatibilityGroup: input.compatibilityGroup };
  const known = findUnNumber(input.unNumber);
  if (!known) {
    if (input.hazardDivision && input.compatibilityGroup)
      return { hazardDivision: input.hazardDivision, compatibilityGroup: input.compatibilityGroup };
    throw new AppError(
      'VALIDATION_FAILED',
      `UN ${input.unNumber} is not in the list: give its hazard division and compatibility group`,
      {
        fields: [
          { path: 'unNumber', message: 'unknown UN number without hazardDivision and compatibilityGroup' },
        ],
      },
    );
  }
  const fields: Array<{ path: string; message: string }> = [];
  if (input.hazardDivision && input.hazardDivision !== known.hazardDivision)
    fields.push({ path: 'hazardDivision', message: `UN ${known.unNumber} is ${known.hazardDivision}` });
  if (input.compatibilityGroup && input.compatibilityGroup !== known.compatibilityGroup)
    fields.push({
      path: 'compatibilityGroup',
      message: `UN ${known.unNumber} is group ${known.compatibilityGroup}`,
    });
  if (fields.length > 0)
    throw new AppError('VALIDATION_FAILED', 'The hazard class does not agree with the UN number', { fields });
  return {
    hazardDivision: known.hazardDivision as string,
    compatibilityGroup: known.compatibilityGroup as string,
  };
}

/** Ammunition received into a facility: a new lot, or more rounds of a lot already held. */
export async function receiveAmmunition(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  input: ReceiveAmmunitionRequest,
): Promise<WrittenEntry> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const replay = await findReplay(trx, actor, input.idempotencyKey);
    if (replay) return presentEntry(replay);
    const organisation = await writableBook(trx, actor, organisationId, 'ammunition');
    const facility = await ownFacility(trx, organisation.id, input.facilityId);
    const refusal = checkRounds(input.rounds);
    if (refusal) refuse(refusal);
    const manufacturer = await resolveManufacturer(trx, input.manufacturer, 'manufacturer');
    const calibre = await resolveCalibre(trx, input.calibre, 'calibre');
    const hazard = lotHazard(input);
    const existing = await findLotByIdentity(
      trx,
      organisation.id,
      manufacturer.id,
      calibre.id,
      input.lotNumber,
    );
    const payload: AmmunitionReceived = {
      lotId: existing?.id ?? ctx.newId(),
      facilityId: input.facilityId,
      rounds: input.rounds,
      lot: {
        lotNumber: input.lotNumber,
        calibreId: calibre.id,
        manufacturerId: manufacturer.id,
        year: existing ? existing.year : input.year,
        unNumber: existing ? existing.un_number : input.unNumber,
        hazardDivision: existing ? existing.hazard_division : hazard.hazardDivision,
        compatibilityGroup: existing ? existing.compatibility_group : hazard.compatibilityGroup,
        neqKgPer1000: existing
          ? existing.neq_kg_per_1000 === null
            ? null
            : String(existing.neq_kg_per_1000)
          : input.neqKgPer1000,
      },
      source: input.source,
    };
    // Issue 5: compatibility and the licensed NEQ are checked before the entry is written.
    const hazardOverride = await checkReceiptHazard(trx, actor, {
      organisationId: organisation.id,
      countryCode: organisation.country_code,
      facility,
      received: {
        lotId: payload.lotId,
        unNumber: payload.lot.unNumber,
        hazardDivision: payload.lot.hazardDivision,
        compatibilityGroup: payload.lot.compatibilityGroup,
        neqKgPer1000: payload.lot.neqKgPer1000 === null ? null : Number(payload.lot.neqKgPer1000),
        rounds: payload.rounds,
      },
      override: input.hazardOverride,
    });
    return presentEntry(
      await appendEntry(ctx, trx, actorIdOf(actor), {
        organisationId: organisation.id,
        kind: 'ammunition-received',
        payload: hazardOverride ? { ...payload, hazardOverride } : payload,
        idempotencyKey: input.idempotencyKey,
      }),
    );
  });
}
