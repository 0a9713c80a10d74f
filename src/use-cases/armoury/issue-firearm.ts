import type { IssueFirearmRequest } from '../../contracts/armoury';
import type { Actor } from '../../core/access/actor';
import type { FirearmIssued, IssueOverride } from '../../core/armoury/armoury-entries';
import { canOverrideIssue } from '../../core/armoury/armoury-access';
import type { PersonnelStatus } from '../../core/armoury/armoury-terms';
import { decideIssue, type IssueDecision, type IssueFacts } from '../../core/armoury/decide-issue';
import type { Insertable } from 'kysely';
import type { Queryable } from '../../storage/database';
import { preparedQuery } from '../../storage/prepared-query';
import type { ArmouryIssueTable } from '../../storage/schema-armoury';
import { findEntryByIdempotencyKey, lockChainHead } from '../../storage/ledger-store';
import type { OrganisationRow } from '../../storage/organisation-store';
import { findFacility, findFirearm, findOpenIssueHolder, roundsInStock } from '../../storage/registry-store';
import { toScope } from '../presenters';
import { AppError, notFound } from '../app-error';
import type { Context } from '../context';
import { actorIdOf, appendEntry } from '../ledger/append-entry';
import { toLedgerEntry } from '../registry/present-registry';
import { inGroupCommit } from './group-commit';
import { companyFor, fieldError, rulesOf } from './company-access';
import { getPersonnelRow, qualificationsOf } from './personnel';
import { presentIssueById } from './read-issues';
import type { IssueRecord, LedgerEntry } from './wire-types';

export function modelKey(model: string): string {
  return model
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

type IssueInput = Omit<IssueFirearmRequest, 'idempotencyKey' | 'override'>;

/** The value of a read started with others, or its error. */
function settled<T>(read: PromiseSettledResult<T>): T {
  if (read.status === 'rejected') throw read.reason;
  return read.value;
}

// The statements of the armourer's hot path, compiled once.
const authorisationOf = preparedQuery(['organisationId'], (db, p: { organisationId: string }) =>
  db
    .selectFrom('operating_authorisation')
    .select(['valid_from', 'valid_until'])
    .where('organisation_id', '=', p.organisationId),
);
const postOf = preparedQuery(
  ['postId', 'organisationId'],
  (db, p: { postId: string; organisationId: string }) =>
    db
      .selectFrom('armoury_post')
      .select(['authorised_weapon_types', 'max_rounds_per_weapon'])
      .where('id', '=', p.postId)
      .where('organisation_id', '=', p.organisationId),
);
const lotOf = preparedQuery(['lotId', 'organisationId'], (db, p: { lotId: string; organisationId: string }) =>
  db
    .selectFrom('ammunition_lot')
    .select(['id', 'calibre_id'])
    .where('id', '=', p.lotId)
    .where('organisation_id', '=', p.organisationId),
);
/** What can change from one request to the next: the weapon's status and place, the lot's rounds here. */
const firearmNow = preparedQuery(
  ['firearmId', 'lotId', 'facilityId'],
  (db, p: { firearmId: string; lotId: string | null; facilityId: string }) =>
    db
      .selectFrom('firearm')
      .select(['status', 'facility_id', 'organisation_id'])
      .select((eb) =>
        eb
          .selectFrom('ammunition_stock')
          .select('rounds')
          .where('lot_id', '=', p.lotId)
          .where('facility_id', '=', p.facilityId)
          .as('rounds_in_stock'),
      )
      .where('id', '=', p.firearmId),
);
type IssueRow = Insertable<ArmouryIssueTable>;
const ISSUE_COLUMNS = [
  'id',
  'organisation_id',
  'facility_id',
  'firearm_id',
  'personnel_id',
  'post_id',
  'shift',
  'lot_id',
  'rounds_issued',
  'issued_at',
  'issued_by',
  'expected_return_at',
  'extended_reason',
  'extended_authorised_by',
  'issue_entry_id',
  'override_entry_id',
  'status',
  'returned_at',
  'returned_by',
  'rounds_returned',
  'shortfall_reason',
  'return_note',
  'condition',
  'return_entry_id',
] as const satisfies ReadonlyArray<keyof IssueRow>;
// Every column, or the compiled insert would leave one out: this line stops compiling if one is added.
const everyIssueColumn: [Exclude<keyof IssueRow, (typeof ISSUE_COLUMNS)[number]>] extends [never]
  ? true
  : never = true;
void everyIssueColumn;
const insertIssue = preparedQuery(ISSUE_COLUMNS, (db, row: Record<(typeof ISSUE_COLUMNS)[number], unknown>) =>
  db.insertInto('armoury_issue').values(row as IssueRow),
);

/** Everything the issue rules look at (the caller re-reads what can change under the chain head). */
async function loadFacts(
  ctx: Context,
  db: Queryable,
  organisation: OrganisationRow,
  input: IssueInput,
  /** False when the caller re-reads the stock under the chain head anyway (the issue itself). */
  readStock = true,
): Promise<IssueFacts> {
  // The reads are independent: started together (on PostgreSQL they run on several connections),
  // then checked in this order, so the first problem named is always the same one.
  const lotId = input.ammunition?.lotId ?? null;
  const [
    facilityRead,
    firearmRead,
    personRead,
    qualificationsRead,
    authorisationRead,
    postRead,
    lotRead,
    stockRead,
    rulesRead,
    holderRead,
  ] = await Promise.allSettled([
    findFacility(db, input.facilityId),
    findFirearm(db, input.firearmId),
    getPersonnelRow(db, organisation.id, input.personnelId),
    qualificationsOf(db, [input.personnelId]),
    authorisationOf(db, { organisationId: organisation.id }).then((r) => r.rows[0]),
    input.postId
      ? postOf(db, { postId: input.postId, organisationId: organisation.id }).then((r) => r.rows[0])
      : Promise.resolve(undefined),
    lotId
      ? lotOf(db, { lotId, organisationId: organisation.id }).then((r) => r.rows[0])
      : Promise.resolve(undefined),
    lotId && readStock ? roundsInStock(db, lotId, input.facilityId) : Promise.resolve(0),
    rulesOf(db, organisation),
    findOpenIssueHolder(db, input.firearmId),
  ] as const);
  const facility = settled(facilityRead);
  if (!facility || facility.organisation_id !== organisation.id)
    throw fieldError('facilityId', 'not a facility of this organisation');
  const firearm = settled(firearmRead);
  if (!firearm || firearm.organisation_id !== organisation.id) throw notFound('Firearm');
  const person = settled(personRead);
  const qualifications = settled(qualificationsRead).get(person.id) ?? [];
  const authorisation = settled(authorisationRead);
  const postRow = settled(postRead);
  const lot = settled(lotRead);
  const available = settled(stockRead);
  const rules = settled(rulesRead);
  let post: IssueFacts['post'] = null;
  if (input.postId) {
    if (!postRow) throw fieldError('postId', 'not a post of this organisation');
    post = {
      authorisedWeaponTypes: JSON.parse(postRow.authorised_weapon_types) as string[],
      maxRoundsPerWeapon: postRow.max_rounds_per_weapon,
    };
  }
  let ammunition: IssueFacts['ammunition'] = null;
  if (input.ammunition) {
    if (!lot) throw fieldError('ammunition.lotId', 'not a lot of this organisation');
    ammunition = { rounds: input.ammunition.rounds, calibreId: lot.calibre_id, available };
  }
  return {
    at: ctx.now(),
    facility: {
      id: facility.id,
      organisationId: facility.organisation_id,
      licenceExpiresOn: facility.licence_expires_on,
    },
    firearm: {
      organisationId: firearm.organisation_id,
      facilityId: firearm.facility_id,
      status: firearm.status,
      type: firearm.type,
      modelKey: firearm.model_key,
      calibreId: firearm.calibre_id,
      permitExpiresOn: firearm.permit_expires_on,
      outTo: (() => {
        const holder = settled(holderRead);
        return holder ? { guardName: holder.guardName, since: holder.issuedAt } : null;
      })(),
    },
    guard: {
      status: person.status as PersonnelStatus,
      licence:
        person.licence_expires_on !== null
          ? { isArmed: person.licence_is_armed === 1, expiresOn: person.licence_expires_on }
          : null,
      qualifications: qualifications.map((q) => ({
        weaponType: q.weapon_type,
        weaponModelKey: q.weapon_model ? modelKey(q.weapon_model) : null,
        result: q.result,
        validUntil: q.valid_until,
      })),
    },
    authorisation: authorisation
      ? { validFrom: authorisation.valid_from, validUntil: authorisation.valid_until }
      : null,
    ammunition,
    post,
    rules,
    expectedReturnAt: input.expectedReturnAt,
    extendedAssignment: input.extendedAssignment,
  };
}

/** Whether the signed-in user is linked to an active supervisor of the company. */
async function isLinkedSupervisor(
  db: Queryable,
  actor: Actor,
  organisationId: string,
): Promise<string | null> {
  if (!actor.userId) return null;
  const row = await db
    .selectFrom('personnel')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', actor.userId)
    .where('role', '=', 'supervisor')
    .where('status', '=', 'active')
    .executeTakeFirst();
  return row?.id ?? null;
}

function presentDecision(decision: IssueDecision, mayOverride: boolean) {
  return {
    refusals: decision.refusals.map((r) => ({
      code: r.code,
      isOverridable: r.isOverridable,
      details: { ...r.details },
    })),
    canIssue: decision.refusals.length === 0,
    canOverride: decision.isOverridable && mayOverride,
    expectedReturnAt: decision.expectedReturnAt,
  };
}

/** What an issue would be refused for, without writing: the screen shows it as soon as both are scanned. */
export async function checkIssue(ctx: Context, actor: Actor, organisationId: string, input: IssueInput) {
  const db = ctx.database.db;
  const organisation = await companyFor(db, actor, organisationId, 'operate');
  const decision = decideIssue(await loadFacts(ctx, db, organisation, input));
  const supervisor = await isLinkedSupervisor(db, actor, organisation.id);
  return presentDecision(decision, canOverrideIssue(actor, toScope(organisation), supervisor !== null));
}

export interface IssueWrittenView {
  issue: IssueRecord;
  entries: LedgerEntry[];
  replayed: boolean;
}

async function replayOf(
  ctx: Context,
  db: Queryable,
  organisationId: string,
  key: string,
): Promise<IssueWrittenView | null> {
  const entry = await findEntryByIdempotencyKey(db, organisationId, key);
  if (!entry) return null;
  if (entry.kind !== 'firearm-issued')
    throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was used for a different entry');
  const row = await db
    .selectFrom('armoury_issue')
    .select('id')
    .where('issue_entry_id', '=', entry.id)
    .executeTakeFirstOrThrow();
  return { issue: await presentIssueById(ctx, db, row.id), entries: [toLedgerEntry(entry)], replayed: true };
}

/**
 * Issue a weapon (and rounds) to a guard. The facts that do not change from one second to the next
 * (guard, licence, qualifications, authorisation, settings, post) are read first, outside the
 * transaction; the transaction then takes the company's chain head — so concurrent issues of one
 * weapon are serialised — re-reads what can change under it (the weapon's status and place, the
 * rounds in stock), decides in core, and writes the override entry (if any), the issue entry and
 * the issue row. Keeping the lock short is what lets a queue of guards be served in parallel.
 */
export async function issueFirearm(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  input: IssueFirearmRequest,
): Promise<IssueWrittenView> {
  const db = ctx.database.db;
  const organisation = await companyFor(db, actor, organisationId, 'operate');
  // A retry is recognised under the chain head below (its key is looked up there in any case).
  const facts = await loadFacts(ctx, db, organisation, input, false);
  const supervisor = input.override ? await isLinkedSupervisor(db, actor, organisation.id) : null;
  const outcome = await inGroupCommit(ctx.database, async (trx) => {
    const head = await lockChainHead(trx, organisation.id, organisation.id);
    const replayed = await findEntryByIdempotencyKey(trx, organisation.id, input.idempotencyKey);
    if (replayed) return { replayed } as const;
    // What can change from one request to the next, in one read: the weapon's status and place,
    // and the rounds of the lot in this armoury.
    const lotId = input.ammunition?.lotId ?? null;
    const firearm = (
      await firearmNow(trx, { firearmId: input.firearmId, lotId, facilityId: input.facilityId })
    ).rows[0];
    if (!firearm) throw notFound('Firearm');
    const decision = decideIssue({
      ...facts,
      firearm: {
        ...facts.firearm,
        status: firearm.status,
        facilityId: firearm.facility_id,
        organisationId: firearm.organisation_id,
      },
      ammunition:
        facts.ammunition && lotId
          ? { ...facts.ammunition, available: Number(firearm.rounds_in_stock ?? 0) }
          : null,
    });
    const refused = () =>
      new AppError('ISSUE_REFUSED', `Issue refused: ${decision.refusals.map((r) => r.code).join(', ')}`, {
        refusals: decision.refusals.map((r) => ({
          code: r.code,
          isOverridable: r.isOverridable,
          details: { ...r.details },
        })),
        isOverridable: decision.isOverridable,
      });
    const actorId = actorIdOf(actor);
    const issueId = ctx.newId();
    const entries: LedgerEntry[] = [];
    let overrideEntryId: string | null = null;
    let headNow = head;
    if (decision.refusals.length > 0) {
      if (!input.override) throw refused();
      if (!decision.isOverridable) throw refused();
      if (!canOverrideIssue(actor, toScope(organisation), supervisor !== null))
        throw new AppError(
          'OVERRIDE_NOT_PERMITTED',
          'Only a manager or a supervisor may override a refused issue',
        );
      const payload: IssueOverride = {
        issueId,
        firearmId: input.firearmId,
        personnelId: input.personnelId,
        refusals: decision.refusals.map((r) => r.code),
        reason: input.override.reason,
        supervisorPersonnelId: supervisor,
      };
      const written = await appendEntry(ctx, trx, actorId, {
        organisationId: organisation.id,
        kind: 'issue-override',
        payload,
        idempotencyKey: `${input.idempotencyKey}:override`,
      });
      headNow = written.head;
      overrideEntryId = written.entry.id;
      entries.push(toLedgerEntry(written.entry));
    }
    const payload: FirearmIssued = {
      issueId,
      firearmId: input.firearmId,
      facilityId: input.facilityId,
      personnelId: input.personnelId,
      postId: input.postId,
      shift: input.shift,
      ammunition: input.ammunition
        ? { lotId: input.ammunition.lotId, rounds: input.ammunition.rounds }
        : null,
      expectedReturnAt: decision.expectedReturnAt,
      extendedAssignment: input.extendedAssignment,
      overrideEntryId,
    };
    // The head is held and the key was looked up above: the append does neither again.
    const written = await appendEntry(
      ctx,
      trx,
      actorId,
      {
        organisationId: organisation.id,
        kind: 'firearm-issued',
        payload,
        idempotencyKey: input.idempotencyKey,
      },
      headNow,
    );
    entries.push(toLedgerEntry(written.entry));
    const row = {
      id: issueId,
      organisation_id: organisation.id,
      facility_id: input.facilityId,
      firearm_id: input.firearmId,
      personnel_id: input.personnelId,
      post_id: input.postId,
      shift: input.shift,
      lot_id: input.ammunition?.lotId ?? null,
      rounds_issued: input.ammunition?.rounds ?? 0,
      issued_at: written.entry.recorded_at,
      issued_by: actorId,
      expected_return_at: decision.expectedReturnAt,
      extended_reason: input.extendedAssignment?.reason ?? null,
      extended_authorised_by: input.extendedAssignment?.authorisedBy ?? null,
      issue_entry_id: written.entry.id,
      override_entry_id: overrideEntryId,
      status: 'out',
      returned_at: null,
      returned_by: null,
      rounds_returned: null,
      shortfall_reason: null,
      return_note: null,
      condition: null,
      return_entry_id: null,
    };
    await insertIssue(trx, row);
    return { issueId, entries } as const;
  });
  // Presented after commit: the names on the record are read without holding the lock.
  if ('replayed' in outcome) return (await replayOf(ctx, db, organisation.id, input.idempotencyKey))!;
  return {
    issue: await presentIssueById(ctx, db, outcome.issueId),
    entries: outcome.entries,
    replayed: false,
  };
}
