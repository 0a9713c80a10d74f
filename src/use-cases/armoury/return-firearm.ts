import { sql } from 'kysely';
import type { ReturnFirearmRequest } from '../../contracts/armoury';
import type { Actor } from '../../core/access/actor';
import type { FirearmReturned, MaintenanceOpened } from '../../core/armoury/armoury-entries';
import { decideReturn, type ReturnProblem } from '../../core/armoury/decide-return';
import type { Queryable } from '../../storage/database';
import { preparedQuery } from '../../storage/prepared-query';
import { findEntryByIdempotencyKey, lockChainHead } from '../../storage/ledger-store';
import { AppError } from '../app-error';
import type { Context } from '../context';
import { actorIdOf, appendEntry } from '../ledger/append-entry';
import { toLedgerEntry } from '../registry/present-registry';
import { inGroupCommit } from './group-commit';
import { companyFor } from './company-access';
import { presentIssueById } from './read-issues';
import type { IssueRecord, LedgerEntry } from './wire-types';

export interface ReturnWrittenView {
  issue: IssueRecord;
  entry: LedgerEntry;
  discrepancyId: string | null;
  maintenanceJobId: string | null;
  replayed: boolean;
}

const FIELD_OF: Record<ReturnProblem['code'], string> = {
  ROUNDS_RETURNED_EXCEED_ISSUED: 'roundsReturned',
  SHORTFALL_REASON_REQUIRED: 'shortfallReason',
  SHORTFALL_NOTE_REQUIRED: 'note',
  NO_SHORTFALL_TO_EXPLAIN: 'shortfallReason',
};

async function replayOf(ctx: Context, db: Queryable, organisationId: string, key: string) {
  const entry = await findEntryByIdempotencyKey(db, organisationId, key);
  if (!entry) return null;
  if (entry.kind !== 'firearm-returned')
    throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was used for a different entry');
  const row = await db
    .selectFrom('armoury_issue')
    .select('id')
    .where('return_entry_id', '=', entry.id)
    .executeTakeFirstOrThrow();
  const issue = await presentIssueById(ctx, db, row.id);
  const payload = JSON.parse(entry.payload) as FirearmReturned;
  const discrepancy = await db
    .selectFrom('armoury_discrepancy')
    .select('id')
    .where('entry_id', '=', entry.id)
    .executeTakeFirst();
  return {
    issue,
    entry: toLedgerEntry(entry),
    discrepancyId: discrepancy?.id ?? null,
    maintenanceJobId: payload.maintenanceJobId,
    replayed: true,
  };
}

/** The weapon's open issue, compiled once (the armourer's hot path). */
const openIssueOf = preparedQuery(
  ['organisationId', 'firearmId'],
  (db, p: { organisationId: string; firearmId: string }) =>
    db
      .selectFrom('armoury_issue')
      .selectAll()
      .where('organisation_id', '=', p.organisationId)
      .where('firearm_id', '=', p.firearmId)
      // A literal, so the partial unique index of weapons out (WHERE status = 'out') answers it.
      .where('status', '=', sql.lit('out')),
);

const closeIssue = preparedQuery(
  ['issueId', 'at', 'actorId', 'roundsReturned', 'shortfallReason', 'note', 'condition', 'entryId'],
  (
    db,
    p: {
      issueId: string;
      at: string;
      actorId: string;
      roundsReturned: number;
      shortfallReason: string | null;
      note: string | null;
      condition: string;
      entryId: string;
    },
  ) =>
    db
      .updateTable('armoury_issue')
      .set({
        status: 'returned',
        returned_at: p.at,
        returned_by: p.actorId,
        rounds_returned: p.roundsReturned,
        shortfall_reason: p.shortfallReason,
        return_note: p.note,
        condition: p.condition,
        return_entry_id: p.entryId,
      })
      .where('id', '=', p.issueId),
);

/**
 * Take a weapon back: the weapon scanned names its open issue. Rounds back go to the facility's
 * stock of the lot; the rest are accounted for by the reason, and a discharge or an unexplained
 * shortfall opens a discrepancy. A damaged weapon goes to a repair job.
 */
export async function returnFirearm(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  input: ReturnFirearmRequest,
): Promise<ReturnWrittenView> {
  const db = ctx.database.db;
  const organisation = await companyFor(db, actor, organisationId, 'operate');
  // A retry is recognised under the chain head below (its key is looked up there in any case).
  const outcome = await inGroupCommit(ctx.database, async (trx) => {
    const head = await lockChainHead(trx, organisation.id, organisation.id);
    if (await findEntryByIdempotencyKey(trx, organisation.id, input.idempotencyKey)) return null;
    const issue = (await openIssueOf(trx, { organisationId: organisation.id, firearmId: input.firearmId }))
      .rows[0];
    if (!issue)
      throw new AppError('WEAPON_NOT_ISSUED', 'This weapon is not out to anyone', {
        fields: [{ path: 'firearmId', message: 'not issued' }],
      });
    if (issue.facility_id !== input.facilityId)
      throw new AppError('WRONG_FACILITY', 'The weapon must come back to the armoury that issued it', {
        facilityId: issue.facility_id,
      });
    const roundsIssued = Number(issue.rounds_issued);
    const decision = decideReturn(roundsIssued, input);
    if (decision.problems.length > 0)
      throw new AppError('VALIDATION_FAILED', decision.problems.map((p) => p.code).join(', '), {
        fields: decision.problems.map((p) => ({ path: FIELD_OF[p.code], message: p.code })),
        problems: decision.problems,
      });
    const actorId = actorIdOf(actor);
    const maintenanceJobId = input.condition === 'damaged' ? ctx.newId() : null;
    const payload: FirearmReturned = {
      issueId: issue.id,
      firearmId: issue.firearm_id,
      facilityId: issue.facility_id,
      ammunition: issue.lot_id
        ? { lotId: issue.lot_id, roundsIssued, roundsReturned: input.roundsReturned }
        : null,
      shortfallReason: input.shortfallReason,
      note: input.note,
      condition: input.condition,
      maintenanceJobId,
    };
    // The head is held and the key was looked up above: the append does neither again.
    const written = await appendEntry(
      ctx,
      trx,
      actorId,
      {
        organisationId: organisation.id,
        kind: 'firearm-returned',
        payload,
        idempotencyKey: input.idempotencyKey,
      },
      head,
    );
    const at = written.entry.recorded_at;
    await closeIssue(trx, {
      issueId: issue.id,
      at,
      actorId,
      roundsReturned: input.roundsReturned,
      shortfallReason: input.shortfallReason ?? null,
      note: input.note ?? null,
      condition: input.condition,
      entryId: written.entry.id,
    });
    let discrepancyId: string | null = null;
    if (decision.discrepancy) {
      discrepancyId = ctx.newId();
      await trx
        .insertInto('armoury_discrepancy')
        .values({
          id: discrepancyId,
          organisation_id: organisation.id,
          issue_id: issue.id,
          kind: decision.discrepancy,
          lot_id: issue.lot_id,
          rounds_missing: decision.roundsMissing,
          reason: input.shortfallReason,
          note: input.note,
          status: 'open',
          created_at: at,
          entry_id: written.entry.id,
        })
        .execute();
    }
    if (maintenanceJobId) {
      const opened: MaintenanceOpened = {
        jobId: maintenanceJobId,
        firearmId: issue.firearm_id,
        facilityId: issue.facility_id,
        kind: 'repair',
        note: input.note ?? 'Returned damaged',
      };
      // The return entry already puts the weapon under maintenance; the job row carries the work.
      await trx
        .insertInto('maintenance_job')
        .values({
          id: maintenanceJobId,
          organisation_id: organisation.id,
          firearm_id: issue.firearm_id,
          facility_id: issue.facility_id,
          kind: opened.kind,
          status: 'open',
          note: opened.note,
          opened_at: at,
          opened_by: actorId,
          open_entry_id: written.entry.id,
          closed_at: null,
          closed_by: null,
          result: null,
          outcome: null,
          close_entry_id: null,
        })
        .execute();
    }
    return { issueId: issue.id, entry: written.entry, discrepancyId, maintenanceJobId };
  });
  // A concurrent retry with the same key committed first: answer with its result.
  if (outcome === null) return (await replayOf(ctx, db, organisation.id, input.idempotencyKey))!;
  // Presented after commit: the names on the record are read without holding the lock.
  return {
    issue: await presentIssueById(ctx, db, outcome.issueId),
    entry: toLedgerEntry(outcome.entry),
    discrepancyId: outcome.discrepancyId,
    maintenanceJobId: outcome.maintenanceJobId,
    replayed: false,
  };
}
