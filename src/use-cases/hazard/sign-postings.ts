import type { RecordSignPostingRequest, SignPosting } from '../../contracts/hazard';
import type { Actor } from '../../core/access/actor';
import { findFacility } from '../../storage/registry-store';
import { AppError, notFound } from '../app-error';
import type { Context } from '../context';
import { actorIdOf } from '../ledger/append-entry';
import { writableBook } from '../registry/book-access';
import { presentPosting } from './assess-facility';
import { findUserNames, insertSignPosting, listSignPostingRows } from './hazard-store';
import { readableFacility } from './read-facility-hazard';

/**
 * Signs delivered and posted at a facility (issue 5: the programme tracks deliveries), recorded by the
 * company's manager or armourer, who are the ones at the door. A programme's delivery is named in
 * `deliveredBy`. Posting the signs the store requires clears "signs out of date".
 */
export async function recordSignPosting(
  ctx: Context,
  actor: Actor,
  facilityId: string,
  input: RecordSignPostingRequest,
): Promise<SignPosting> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const facility = await findFacility(trx, facilityId);
    if (!facility) throw notFound('Facility');
    await writableBook(trx, actor, facility.organisation_id, 'ammunition').catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'NOT_FOUND') throw notFound('Facility');
      throw error;
    });
    const today = ctx.now().slice(0, 10);
    if (input.postedOn > today) {
      throw new AppError('VALIDATION_FAILED', 'postedOn: signs cannot be posted after today', {
        fields: [{ path: 'postedOn', message: `not after ${today}` }],
      });
    }
    const row = {
      id: ctx.newId(),
      organisation_id: facility.organisation_id,
      facility_id: facility.id,
      signs: JSON.stringify([...new Set(input.signs)]),
      posted_on: input.postedOn,
      note: input.note,
      delivered_by: input.deliveredBy,
      recorded_by: actorIdOf(actor),
      recorded_at: ctx.now(),
    };
    const inserted = await insertSignPosting(trx, row);
    return presentPosting(inserted, await findUserNames(trx, [row.recorded_by]));
  });
}

export async function listSignPostings(
  ctx: Context,
  actor: Actor,
  facilityId: string,
): Promise<{ items: SignPosting[] }> {
  const db = ctx.database.db;
  const { facility } = await readableFacility(db, actor, facilityId);
  const rows = await listSignPostingRows(db, [facility.id]);
  const names = await findUserNames(
    db,
    rows.map((r) => r.recorded_by),
  );
  return { items: rows.map((row) => presentPosting(row, names)) };
}
