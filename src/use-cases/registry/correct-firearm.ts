import type { CorrectFirearmRequest } from '../../contracts/registry';
import type { Actor } from '../../core/access/actor';
import type { Correction, FirearmCorrectableField } from '../../core/holdings/holding-entries';
import { normaliseSerial } from '../../core/registry/normalise-serial';
import { findEntry } from '../../storage/ledger-store';
import { findFirearm } from '../../storage/registry-store';
import { AppError, notFound } from '../app-error';
import type { Context } from '../context';
import { actorIdOf, appendEntry } from '../ledger/append-entry';
import { assertNotRegistered } from './acquire-firearm';
import { findReplay, writableBook } from './book-access';
import { resolveCalibre, resolveFirearmType, resolveManufacturer } from './catalogue';
import { presentEntry, type WrittenEntry } from './present-registry';

/**
 * A recording error in a firearm's attributes is put right by a correction entry that names the
 * entry it corrects and gives the reason; the original stays in the ledger (ATF Ruling 2016-1).
 */
export async function correctFirearm(
  ctx: Context,
  actor: Actor,
  firearmId: string,
  input: CorrectFirearmRequest,
): Promise<WrittenEntry> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const replay = await findReplay(trx, actor, input.idempotencyKey);
    if (replay) return presentEntry(replay);
    const firearm = await findFirearm(trx, firearmId);
    if (!firearm) throw notFound('Firearm');
    await writableBook(trx, actor, firearm.organisation_id, 'correct');
    const corrected = await findEntry(trx, input.correctsEntryId);
    if (!corrected || !corrected.payload.includes(firearmId)) {
      throw new AppError('VALIDATION_FAILED', 'The corrected entry is not an entry about this firearm', {
        fields: [{ path: 'correctsEntryId', message: 'not an entry of this firearm' }],
      });
    }
    const c = input.changes;
    const changes: Partial<Record<FirearmCorrectableField | 'serialNormalised', string | number | null>> = {};
    if (c.type !== undefined) changes.type = resolveFirearmType(c.type, 'changes.type');
    if (c.manufacturer !== undefined)
      changes.manufacturerId = (await resolveManufacturer(trx, c.manufacturer, 'changes.manufacturer')).id;
    if (c.calibre !== undefined)
      changes.calibreId = (await resolveCalibre(trx, c.calibre, 'changes.calibre')).id;
    if (c.model !== undefined) changes.model = c.model;
    if (c.serial !== undefined) {
      changes.serial = c.serial;
      changes.serialNormalised = normaliseSerial(c.serial);
    }
    for (const key of [
      'countryOfManufacture',
      'yearOfManufacture',
      'importCountry',
      'importYear',
      'permitNumber',
      'permitExpiresOn',
    ] as const) {
      if (c[key] !== undefined) changes[key] = c[key];
    }
    if (
      changes.serialNormalised !== undefined ||
      changes.manufacturerId !== undefined ||
      changes.model !== undefined
    ) {
      const manufacturerId = (changes.manufacturerId as string | undefined) ?? firearm.manufacturer_id;
      const serialNormalised = (changes.serialNormalised as string | undefined) ?? firearm.serial_normalised;
      const model = (changes.model as string | undefined) ?? firearm.model;
      const clash = await trx
        .selectFrom('firearm')
        .select('id')
        .where('manufacturer_id', '=', manufacturerId)
        .where('serial_normalised', '=', serialNormalised)
        .where('id', '!=', firearmId)
        .executeTakeFirst();
      if (clash) await assertNotRegistered(trx, manufacturerId, serialNormalised, model, 'changes.serial');
    }
    const payload: Correction = {
      correctsEntryId: input.correctsEntryId,
      reason: input.reason,
      firearm: { firearmId, changes },
    };
    return presentEntry(
      await appendEntry(ctx, trx, actorIdOf(actor), {
        organisationId: firearm.organisation_id,
        kind: 'correction',
        payload,
        idempotencyKey: input.idempotencyKey,
        corrects: input.correctsEntryId,
      }),
    );
  });
}
