import { createHash } from 'node:crypto';
import type { MarkingInput } from '../../contracts/registry';
import type { Actor } from '../../core/access/actor';
import type { FacilityPhotoAdded, Marking, PhotoReference } from '../../core/holdings/holding-entries';
import type { Queryable } from '../../storage/database';
import { findFacility } from '../../storage/registry-store';
import { AppError, notFound } from '../app-error';
import type { Context } from '../context';
import { actorIdOf, appendEntry } from '../ledger/append-entry';
import { findReplay, readableBook, writableBook } from './book-access';
import { presentEntry, type WrittenEntry } from './present-registry';

// Photos of facilities and of markings: stored once as bytes; ledger entries reference them by id
// and SHA-256, so the book pins the exact picture it was written with.

export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;

/** The image type, read from the file's first bytes (what the client claims is not trusted). */
export function imageTypeOf(data: Uint8Array): 'image/jpeg' | 'image/png' | 'image/webp' | null {
  const starts = (bytes: number[], at = 0) => bytes.every((b, i) => data[at + i] === b);
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

export async function uploadPhoto(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  data: Buffer,
): Promise<{ id: string; sha256: string; contentType: string; byteLength: number }> {
  // Whoever may record a marking or a move in the book may attach its photos.
  const organisation = await writableBook(ctx.database.db, actor, organisationId, 'mark');
  if (data.length === 0) {
    throw new AppError('VALIDATION_FAILED', 'The file is empty', {
      fields: [{ path: 'file', message: 'empty' }],
    });
  }
  if (data.length > PHOTO_MAX_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', 'A photo may be at most 5 MB', {
      fields: [{ path: 'file', message: 'larger than 5 MB' }],
    });
  }
  const contentType = imageTypeOf(data);
  if (!contentType) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'A photo must be a JPEG, PNG or WebP image', {
      fields: [{ path: 'file', message: 'not a JPEG, PNG or WebP image' }],
    });
  }
  const id = ctx.newId();
  const sha256 = createHash('sha256').update(data).digest('hex');
  await ctx.database.db
    .insertInto('photo')
    .values({
      id,
      organisation_id: organisation.id,
      content_type: contentType,
      sha256,
      byte_length: data.length,
      data,
      created_at: ctx.now(),
      created_by_user_id: actor.userId,
    })
    .execute();
  return { id, sha256, contentType, byteLength: data.length };
}

export async function readPhoto(ctx: Context, actor: Actor, id: string) {
  const row = await ctx.database.db.selectFrom('photo').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Photo');
  await readableBook(ctx.database.db, actor, row.organisation_id).catch(() => {
    throw notFound('Photo');
  });
  const data = Buffer.from(row.data);
  const found = createHash('sha256').update(data).digest('hex');
  if (found !== row.sha256) {
    // The bytes were overwritten after the book pinned them: never served under the old hash.
    ctx.log.error(
      { photoId: row.id, organisationId: row.organisation_id, expected: row.sha256, found },
      'photo bytes do not match their SHA-256: refused',
    );
    throw new AppError('PHOTO_ALTERED', 'This photo was altered after it was stored: it is not served', {
      photoId: row.id,
    });
  }
  return { contentType: row.content_type, data, sha256: row.sha256 };
}

/** A photo of this organisation's, as a ledger entry references it. */
export async function photoReference(
  db: Queryable,
  organisationId: string,
  photoId: string,
  field: string,
): Promise<PhotoReference> {
  const row = await db
    .selectFrom('photo')
    .select(['id', 'sha256', 'organisation_id'])
    .where('id', '=', photoId)
    .executeTakeFirst();
  if (!row || row.organisation_id !== organisationId) {
    throw new AppError('VALIDATION_FAILED', 'Unknown photo', {
      fields: [{ path: field, message: 'not a photo uploaded to this organisation' }],
    });
  }
  return { photoId: row.id, sha256: row.sha256 };
}

/** The ledger form of a marking as a form or an import gives it. */
export async function markingOf(
  ctx: Context,
  db: Queryable,
  organisationId: string,
  m: MarkingInput,
  field: string,
): Promise<Marking> {
  const photo = m.photoId ? await photoReference(db, organisationId, m.photoId, `${field}.photoId`) : null;
  return {
    markingId: ctx.newId(),
    kind: m.kind,
    text: m.text,
    location: m.location,
    appliedOn: m.appliedOn,
    appliedBy: m.appliedBy,
    includes: {
      manufacturer: m.includesManufacturer,
      countryOfManufacture: m.includesCountryOfManufacture,
      serial: m.includesSerial,
    },
    ...(photo ? { photo } : {}),
  };
}

/** A photo added to a registered facility: a ledger entry of its own. */
export async function addFacilityPhoto(
  ctx: Context,
  actor: Actor,
  facilityId: string,
  input: { idempotencyKey: string; photoId: string },
): Promise<WrittenEntry> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const replay = await findReplay(trx, actor, input.idempotencyKey);
    if (replay) return presentEntry(replay);
    const facility = await findFacility(trx, facilityId);
    if (!facility) throw notFound('Facility');
    await readableBook(trx, actor, facility.organisation_id).catch(() => {
      throw notFound('Facility');
    });
    await writableBook(trx, actor, facility.organisation_id, 'register-facility');
    const payload: FacilityPhotoAdded = {
      facilityId,
      photo: await photoReference(trx, facility.organisation_id, input.photoId, 'photoId'),
    };
    return presentEntry(
      await appendEntry(ctx, trx, actorIdOf(actor), {
        organisationId: facility.organisation_id,
        kind: 'facility-photo-added',
        payload,
        idempotencyKey: input.idempotencyKey,
      }),
    );
  });
}
