import { createHash } from 'node:crypto';
import type { Actor } from '../../core/access/actor';
import { canAddTracePhoto } from '../../core/tracing/tracing-access';
import { findTracePhoto, insertTracePhoto } from '../../storage/trace-request-store';
import { AppError, forbidden, notFound } from '../app-error';
import type { Context } from '../context';
import { imageTypeOf, PHOTO_MAX_BYTES } from '../registry/photos';
import { readableTraceRequest } from './trace-requests';

/** A photo of the recovered weapon, attached by the requesting agency while the request is open. */
export async function addTracePhoto(ctx: Context, actor: Actor, requestId: string, data: Buffer) {
  const request = await readableTraceRequest(ctx, actor, requestId);
  const scope = {
    requestingOrganisationId: request.requesting_organisation_id,
    regulatorId: request.regulator_id,
  };
  if (!canAddTracePhoto(actor, scope)) throw forbidden('Only the requesting agency adds photos');
  if (request.status !== 'submitted')
    throw new AppError('TRACE_ALREADY_ANSWERED', 'This trace request has already been answered');
  if (data.length === 0)
    throw new AppError('VALIDATION_FAILED', 'The file is empty', {
      fields: [{ path: 'file', message: 'empty' }],
    });
  if (data.length > PHOTO_MAX_BYTES)
    throw new AppError('PAYLOAD_TOO_LARGE', 'A photo may be at most 5 MB', {
      fields: [{ path: 'file', message: 'larger than 5 MB' }],
    });
  const contentType = imageTypeOf(data);
  if (!contentType)
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'A photo must be a JPEG, PNG or WebP image', {
      fields: [{ path: 'file', message: 'not a JPEG, PNG or WebP image' }],
    });
  const id = ctx.newId();
  const sha256 = createHash('sha256').update(data).digest('hex');
  await insertTracePhoto(ctx.database.db, {
    id,
    request_id: requestId,
    content_type: contentType,
    sha256,
    byte_length: data.length,
    data,
    created_at: ctx.now(),
  });
  return { id, sha256, contentType, byteLength: data.length };
}

export async function readTracePhoto(ctx: Context, actor: Actor, requestId: string, photoId: string) {
  await readableTraceRequest(ctx, actor, requestId);
  const photo = await findTracePhoto(ctx.database.db, photoId);
  if (!photo || photo.request_id !== requestId) throw notFound('Photo');
  return { contentType: photo.content_type, data: Buffer.from(photo.data), sha256: photo.sha256 };
}
