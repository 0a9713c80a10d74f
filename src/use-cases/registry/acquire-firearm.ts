import type { AcquireFirearmRequest } from '../../contracts/registry';
import type { Actor } from '../../core/access/actor';
import type { Acquisition } from '../../core/holdings/holding-entries';
import { normaliseSerial } from '../../core/registry/normalise-serial';
import type { Queryable } from '../../storage/database';
import { foldSerial } from '../../core/tracing/confusables';
import { findFirearmByIdentity, findFirearmsByFoldedSerial } from '../../storage/registry-store';
import { AppError } from '../app-error';
import type { Context } from '../context';
import { actorIdOf, appendEntry } from '../ledger/append-entry';
import { findReplay, ownFacility, writableBook } from './book-access';
import { resolveCalibre, resolveFirearmType, resolveManufacturer } from './catalogue';
import { markingOf } from './photos';
import { presentEntry, type WrittenEntry } from './present-registry';

export function modelKeyOf(model: string): string {
  return model
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The same weapon is manufacturer + serial, and the model where the serial alone is ambiguous:
 * a second record is refused when one exists with the same model, or when either leaves the model out.
 */
export async function assertNotRegistered(
  db: Queryable,
  manufacturerId: string,
  serialNormalised: string,
  model: string,
  field = 'serial',
): Promise<void> {
  const key = modelKeyOf(model);
  const same = (await findFirearmByIdentity(db, manufacturerId, serialNormalised)).find(
    (f) => f.model_key === key || f.model_key === '' || key === '',
  );
  if (same) {
    // The other record may be another company's: say that it exists, not whose it is.
    throw new AppError('CONFLICT', 'This weapon (manufacturer and serial) is already in the registry', {
      fields: [{ path: field, message: 'already registered' }],
    });
  }
}

/**
 * Look-alike serials (issue #15): a weapon of the same manufacturer whose serial reads the same
 * once folded the way tracing folds it (Cyrillic А / Latin A, O / 0, B / 8…) is probably the same
 * weapon typed differently. It is refused, naming the existing weapon, unless the person acquiring —
 * a manager, the only one who may acquire — confirms that it is a different weapon; the confirmation
 * is recorded in the ledger entry. Returns the confirmed look-alikes.
 */
export async function assertNoLookalike(
  db: Queryable,
  actor: Actor,
  manufacturerId: string,
  serialNormalised: string,
  confirmed: boolean,
  field = 'serial',
): Promise<Array<{ firearmId: string; serial: string }>> {
  const lookalikes = (
    await findFirearmsByFoldedSerial(db, manufacturerId, foldSerial(serialNormalised))
  ).filter((f) => f.serial_normalised !== serialNormalised);
  if (lookalikes.length === 0 || confirmed) {
    return lookalikes.map((f) => ({ firearmId: f.id, serial: f.serial }));
  }
  // Name the weapon; its record id only when it is in the actor's own book.
  const existing = lookalikes.map((f) => ({
    serial: f.serial,
    model: f.model,
    firearmId: f.organisation_id === actor.organisationId ? f.id : null,
  }));
  throw new AppError(
    'SERIAL_LOOKALIKE',
    `A weapon of this manufacturer with serial "${existing[0]!.serial}" reads the same: confirm that this is a different weapon`,
    { existing, fields: [{ path: field, message: `reads the same as ${existing[0]!.serial}` }] },
  );
}

/** Acquisition: a weapon enters the organisation's book, with its ITI identification and markings. */
export async function acquireFirearm(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  input: Omit<AcquireFirearmRequest, 'confirmDifferentFromLookalikes'> & {
    readonly confirmDifferentFromLookalikes?: boolean;
  },
): Promise<WrittenEntry> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const organisation = await writableBook(trx, actor, organisationId, 'acquire');
    // A retry returns the first entry before anything is checked again (it would now be "already registered").
    const replay = await findReplay(trx, actor, input.idempotencyKey);
    if (replay) return presentEntry(replay);
    await ownFacility(trx, organisation.id, input.facilityId);
    const manufacturer = await resolveManufacturer(trx, input.manufacturer, 'manufacturer');
    const calibre = await resolveCalibre(trx, input.calibre, 'calibre');
    const type = resolveFirearmType(input.type, 'type');
    const serialNormalised = normaliseSerial(input.serial);
    if (serialNormalised === '') {
      throw new AppError('VALIDATION_FAILED', 'The serial has no letter or digit', {
        fields: [{ path: 'serial', message: 'no letter or digit' }],
      });
    }
    await assertNotRegistered(trx, manufacturer.id, serialNormalised, input.model);
    const distinct = await assertNoLookalike(
      trx,
      actor,
      manufacturer.id,
      serialNormalised,
      input.confirmDifferentFromLookalikes ?? false,
    );
    const payload: Acquisition = {
      firearmId: ctx.newId(),
      facilityId: input.facilityId,
      source: input.source,
      firearm: {
        type,
        manufacturerId: manufacturer.id,
        model: input.model,
        calibreId: calibre.id,
        serial: input.serial,
        serialNormalised,
        countryOfManufacture: input.countryOfManufacture,
        yearOfManufacture: input.yearOfManufacture,
        importCountry: input.importCountry,
        importYear: input.importYear,
        componentSerials: input.componentSerials,
        permitNumber: input.permitNumber,
        permitExpiresOn: input.permitExpiresOn,
        serialAssigned: input.serialAssigned,
      },
      markings: await Promise.all(
        input.markings.map((m, i) => markingOf(ctx, trx, organisation.id, m, `markings.${i}`)),
      ),
      ...(distinct.length > 0 ? { confirmedDistinctFrom: distinct } : {}),
    };
    return presentEntry(
      await appendEntry(ctx, trx, actorIdOf(actor), {
        organisationId: organisation.id,
        kind: 'acquisition',
        payload,
        idempotencyKey: input.idempotencyKey,
      }),
    );
  });
}
