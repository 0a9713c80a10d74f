import {
  TraceAnswer,
  type AnswerTraceRequest,
  type ListTraceRequestsQuery,
  type TraceRequestAnswer,
  type TraceSearchResponse,
} from '../../contracts/tracing';
import type { Actor } from '../../core/access/actor';
import { hasRole } from '../../core/access/actor';
import {
  canAnswerTraceRequest,
  canListTraceRequests,
  canReadTraceRequest,
} from '../../core/tracing/tracing-access';
import { findFirearm } from '../../storage/registry-store';
import {
  findTraceRequest,
  listTracePhotos,
  listTraceRequests as listTraceRequestRows,
  recordTraceAnswer,
  type TraceRequestRow,
} from '../../storage/trace-request-store';
import { AppError, forbidden, notFound } from '../app-error';
import type { Context } from '../context';
import { readableBook } from '../registry/book-access';
import { assembleAnswer } from './assemble-answer';
import { toTraceRequest } from './present-trace';
import { searchSerials } from './search-serials';

function scopeOf(row: TraceRequestRow) {
  return { requestingOrganisationId: row.requesting_organisation_id, regulatorId: row.regulator_id };
}

/** A request the actor may read; anyone else is told it does not exist (ids cannot be probed). */
export async function readableTraceRequest(ctx: Context, actor: Actor, id: string): Promise<TraceRequestRow> {
  const row = await findTraceRequest(ctx.database.db, id);
  if (!row || !canReadTraceRequest(actor, scopeOf(row))) throw notFound('Trace request');
  return row;
}

/** The agency's own requests, the regulator's queue, or every request for an administrator. */
export async function listTraceRequests(ctx: Context, actor: Actor, query: ListTraceRequestsQuery) {
  if (!canListTraceRequests(actor))
    throw forbidden('Trace requests are for law enforcement and the regulator');
  const scope = hasRole(actor, 'system-admin')
    ? ({ kind: 'all' } as const)
    : actor.organisationKind === 'regulator'
      ? ({ kind: 'regulator', organisationId: actor.organisationId } as const)
      : ({ kind: 'requester', organisationId: actor.organisationId } as const);
  const { rows, total } = await listTraceRequestRows(ctx.database.db, { scope, ...query });
  const photos = await listTracePhotos(
    ctx.database.db,
    rows.map((r) => r.id),
  );
  const at = ctx.now();
  return {
    items: rows.map((r) =>
      toTraceRequest(
        r,
        photos.filter((p) => p.request_id === r.id),
        at,
      ),
    ),
    total,
  };
}

export async function readTraceRequest(ctx: Context, actor: Actor, id: string): Promise<TraceRequestAnswer> {
  const row = await readableTraceRequest(ctx, actor, id);
  const photos = await listTracePhotos(ctx.database.db, [id]);
  return {
    request: toTraceRequest(row, photos, ctx.now()),
    // Parsed so an answer stored before a field was added reads with that field's default.
    answer: row.answer ? TraceAnswer.parse(JSON.parse(row.answer)) : null,
  };
}

/** The pattern a request is searched by: the legible part when the serial was obliterated. */
export function searchPatternOf(row: TraceRequestRow): string {
  return (
    (Number(row.serial_obliterated) === 1
      ? (row.serial_legible ?? row.serial)
      : (row.serial ?? row.serial_legible)) ?? ''
  );
}

/** The regulator's candidates for a request (logged as a search of the registry). */
export async function traceCandidates(ctx: Context, actor: Actor, id: string): Promise<TraceSearchResponse> {
  const row = await readableTraceRequest(ctx, actor, id);
  if (!canAnswerTraceRequest(actor, scopeOf(row)) && !hasRole(actor, 'system-admin'))
    throw forbidden('Only the regulator addressed sees the candidates');
  return searchSerials(
    ctx,
    actor,
    {
      serial: searchPatternOf(row),
      manufacturer: row.manufacturer ?? undefined,
      calibre: row.calibre ?? undefined,
      type: row.type ?? undefined,
      limit: 20,
    },
    { kind: 'request-candidates', requestId: row.id, narrowing: 'lenient' },
  );
}

/**
 * The regulator confirms one candidate (the answer is assembled from the ledger and kept as sent)
 * or answers that the registry holds no record. A request is answered once.
 */
export async function answerTraceRequest(
  ctx: Context,
  actor: Actor,
  id: string,
  input: AnswerTraceRequest,
): Promise<TraceRequestAnswer> {
  const row = await readableTraceRequest(ctx, actor, id);
  if (!canAnswerTraceRequest(actor, scopeOf(row)))
    throw forbidden('Only the regulator addressed answers a trace');
  if (row.status !== 'submitted')
    throw new AppError('TRACE_ALREADY_ANSWERED', 'This trace request has already been answered');
  const { db } = ctx.database;
  await db.transaction().execute(async (trx) => {
    let answer: unknown = null;
    if (input.outcome === 'match') {
      const firearm = await findFirearm(trx, input.firearmId);
      const refuse = () =>
        new AppError('VALIDATION_FAILED', 'The firearm is not in a book you oversee', {
          fields: [{ path: 'firearmId', message: 'not a firearm of a book you oversee' }],
        });
      if (!firearm) throw refuse();
      await readableBook(trx, actor, firearm.organisation_id).catch(() => {
        throw refuse();
      });
      answer = await assembleAnswer(trx, firearm.id);
    }
    const updated = await recordTraceAnswer(trx, id, {
      answered_at: ctx.now(),
      answered_by_user_id: actor.userId,
      outcome: input.outcome,
      firearm_id: input.outcome === 'match' ? input.firearmId : null,
      answer_note: input.note,
      answer: answer ? JSON.stringify(answer) : null,
    });
    if (updated !== 1)
      throw new AppError('TRACE_ALREADY_ANSWERED', 'This trace request has already been answered');
  });
  return readTraceRequest(ctx, actor, id);
}
