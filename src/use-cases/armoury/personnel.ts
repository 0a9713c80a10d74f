import type {
  CreatePersonnelRequest,
  Personnel,
  PersonnelDetail,
  QualificationInput,
  UpdatePersonnelRequest,
} from '../../contracts/armoury';
import { sql, type RawBuilder } from 'kysely';
import type { Actor } from '../../core/access/actor';
import type { PersonnelRole, PersonnelStatus } from '../../core/armoury/armoury-terms';
import { addMonths, dayOf, isValidOn } from '../../core/armoury/calendar';
import { normaliseSerial } from '../../core/registry/normalise-serial';
import { isUniqueViolation, type Queryable } from '../../storage/database';
import { preparedQuery } from '../../storage/prepared-query';
import type { PersonnelQualificationTable, PersonnelTable } from '../../storage/schema-armoury';
import { AppError, notFound } from '../app-error';
import type { Context } from '../context';
import { companyFor, fieldError, newOpaqueCode, rulesOf } from './company-access';
import { issuesOfPersonnel } from './read-issues';

/** National ids are matched as typed or scanned: upper case, letters and digits only. */
export const nationalIdKey = normaliseSerial;

/** A name as searched: lower case, without accents ("Pérez" → "perez", "PEÑA" → "pena"). */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Accented letters of Spanish and Portuguese names, both cases (SQLite's lower() folds ASCII only). */
const ACCENTED = 'áàâäãåéèêëíìîïóòôöõúùûüñçÁÀÂÄÃÅÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÑÇ';

/** `full_name` folded in SQL as foldName folds the query, the same on SQLite and PostgreSQL. */
function foldedFullName(): RawBuilder<string> {
  let folded: RawBuilder<string> = sql<string>`lower(${sql.ref('full_name')})`;
  for (const letter of ACCENTED)
    folded = sql<string>`replace(${folded}, ${sql.lit(letter)}, ${sql.lit(foldName(letter))})`;
  return folded;
}

export function toPersonnel(
  row: PersonnelTable,
  qualifications: readonly PersonnelQualificationTable[],
  today: string,
): Personnel {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    nationalId: row.national_id,
    fullName: row.full_name,
    role: row.role as PersonnelRole,
    status: row.status as PersonnelStatus,
    photoId: row.photo_id,
    userId: row.user_id,
    licence:
      row.licence_number !== null && row.licence_expires_on !== null
        ? {
            number: row.licence_number,
            authority: row.licence_authority ?? '',
            isArmed: row.licence_is_armed === 1,
            expiresOn: row.licence_expires_on,
            isValid: isValidOn(row.licence_expires_on, today),
          }
        : null,
    badgeCode: row.badge_code,
    qualifiedWeaponTypes: [
      ...new Set(
        qualifications
          .filter((q) => q.result === 'pass' && isValidOn(q.valid_until, today))
          .map((q) => q.weapon_type),
      ),
    ].sort(),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const qualificationsOfOne = preparedQuery(['personnelId'], (db, p: { personnelId: string }) =>
  db
    .selectFrom('personnel_qualification')
    .selectAll()
    .where('personnel_id', '=', p.personnelId)
    .orderBy('qualified_on', 'desc'),
);

export async function qualificationsOf(
  db: Queryable,
  personnelIds: readonly string[],
): Promise<Map<string, PersonnelQualificationTable[]>> {
  const byPerson = new Map<string, PersonnelQualificationTable[]>();
  if (personnelIds.length === 1) {
    // One guard at the desk: the compiled statement.
    const rows = (await qualificationsOfOne(db, { personnelId: personnelIds[0]! })).rows;
    if (rows.length > 0) byPerson.set(personnelIds[0]!, rows);
    return byPerson;
  }
  for (let i = 0; i < personnelIds.length; i += 500) {
    const rows = await db
      .selectFrom('personnel_qualification')
      .selectAll()
      .where('personnel_id', 'in', personnelIds.slice(i, i + 500))
      .orderBy('qualified_on', 'desc')
      .execute();
    for (const row of rows) byPerson.set(row.personnel_id, [...(byPerson.get(row.personnel_id) ?? []), row]);
  }
  return byPerson;
}

const personnelOfCompany = preparedQuery(
  ['personnelId', 'organisationId'],
  (db, p: { personnelId: string; organisationId: string }) =>
    db
      .selectFrom('personnel')
      .selectAll()
      .where('id', '=', p.personnelId)
      .where('organisation_id', '=', p.organisationId),
);

export async function getPersonnelRow(db: Queryable, organisationId: string, personnelId: string) {
  const row = (await personnelOfCompany(db, { personnelId, organisationId })).rows[0];
  if (!row) throw notFound('Personnel');
  return row;
}

async function checkReferences(
  db: Queryable,
  organisationId: string,
  input: { photoId?: string | null | undefined; userId?: string | null | undefined },
): Promise<void> {
  if (input.photoId) {
    const photo = await db
      .selectFrom('photo')
      .select('id')
      .where('id', '=', input.photoId)
      .where('organisation_id', '=', organisationId)
      .executeTakeFirst();
    if (!photo) throw fieldError('photoId', 'not a photo uploaded to this organisation');
  }
  if (input.userId) {
    const user = await db
      .selectFrom('app_user')
      .select('id')
      .where('id', '=', input.userId)
      .where('organisation_id', '=', organisationId)
      .executeTakeFirst();
    if (!user) throw fieldError('userId', 'not a user of this organisation');
  }
}

/** The row of a new person (shared with the import). */
export function personnelRow(
  ctx: Context,
  organisationId: string,
  input: CreatePersonnelRequest,
): PersonnelTable {
  const now = ctx.now();
  return {
    id: ctx.newId(),
    organisation_id: organisationId,
    national_id: input.nationalId,
    national_id_key: nationalIdKey(input.nationalId),
    full_name: input.fullName,
    role: input.role,
    status: input.status,
    photo_id: input.photoId,
    user_id: input.userId,
    licence_number: input.licence?.number ?? null,
    licence_authority: input.licence?.authority ?? null,
    licence_is_armed: input.licence ? (input.licence.isArmed ? 1 : 0) : null,
    licence_expires_on: input.licence?.expiresOn ?? null,
    badge_code: newOpaqueCode('B'),
    created_at: now,
    updated_at: now,
  };
}

function duplicateNationalId(): AppError {
  return new AppError('CONFLICT', 'A person with this national id is already recorded', {
    fields: [{ path: 'nationalId', message: 'already recorded in this organisation' }],
  });
}

export async function listPersonnel(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  query: {
    q?: string | undefined;
    role?: PersonnelRole | undefined;
    status?: PersonnelStatus | undefined;
    licenceExpiringBefore?: string | undefined;
    limit: number;
    offset: number;
  },
): Promise<{ items: Personnel[]; total: number }> {
  const db = ctx.database.db;
  const organisation = await companyFor(db, actor, organisationId, 'read');
  let select = db.selectFrom('personnel').where('organisation_id', '=', organisation.id);
  if (query.role) select = select.where('role', '=', query.role);
  if (query.status) select = select.where('status', '=', query.status);
  if (query.licenceExpiringBefore)
    select = select.where('licence_expires_on', '<', query.licenceExpiringBefore);
  if (query.q) {
    const text = `%${foldName(query.q).replace(/[%_\\]/g, '')}%`;
    const key = `%${nationalIdKey(query.q)}%`;
    select = select.where((eb) =>
      eb.or([eb(foldedFullName(), 'like', text), eb('national_id_key', 'like', key)]),
    );
  }
  const total = await select.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await select
    .selectAll()
    .orderBy('full_name')
    .orderBy('id')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  const qualifications = await qualificationsOf(
    db,
    rows.map((r) => r.id),
  );
  const today = dayOf(ctx.now());
  return {
    items: rows.map((r) => toPersonnel(r, qualifications.get(r.id) ?? [], today)),
    total: Number(total.n),
  };
}

export async function createPersonnel(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  input: CreatePersonnelRequest,
): Promise<Personnel> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const organisation = await companyFor(trx, actor, organisationId, 'manage');
    await checkReferences(trx, organisation.id, input);
    const row = personnelRow(ctx, organisation.id, input);
    try {
      await trx.insertInto('personnel').values(row).execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateNationalId();
      throw error;
    }
    return toPersonnel(row, [], dayOf(ctx.now()));
  });
}

export async function readPersonnel(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  personnelId: string,
): Promise<PersonnelDetail> {
  const db = ctx.database.db;
  const organisation = await companyFor(db, actor, organisationId, 'read');
  return personnelDetail(ctx, db, organisation.id, personnelId);
}

async function personnelDetail(
  ctx: Context,
  db: Queryable,
  organisationId: string,
  personnelId: string,
): Promise<PersonnelDetail> {
  const row = await getPersonnelRow(db, organisationId, personnelId);
  const qualifications = (await qualificationsOf(db, [row.id])).get(row.id) ?? [];
  const today = dayOf(ctx.now());
  return {
    ...toPersonnel(row, qualifications, today),
    qualifications: qualifications.map((q) => ({
      id: q.id,
      course: q.course,
      weaponType: q.weapon_type,
      weaponModel: q.weapon_model,
      qualifiedOn: q.qualified_on,
      result: q.result as 'pass' | 'fail',
      validUntil: q.valid_until,
      isValid: q.result === 'pass' && isValidOn(q.valid_until, today),
    })),
    currentIssues: await issuesOfPersonnel(ctx, db, organisationId, row.id),
  };
}

export async function updatePersonnel(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  personnelId: string,
  input: UpdatePersonnelRequest,
): Promise<Personnel> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const organisation = await companyFor(trx, actor, organisationId, 'manage');
    const row = await getPersonnelRow(trx, organisation.id, personnelId);
    await checkReferences(trx, organisation.id, input);
    const changes: Partial<PersonnelTable> = { updated_at: ctx.now() };
    if (input.nationalId !== undefined) {
      changes.national_id = input.nationalId;
      changes.national_id_key = nationalIdKey(input.nationalId);
    }
    if (input.fullName !== undefined) changes.full_name = input.fullName;
    if (input.role !== undefined) changes.role = input.role;
    if (input.status !== undefined) changes.status = input.status;
    if (input.photoId !== undefined) changes.photo_id = input.photoId;
    if (input.userId !== undefined) changes.user_id = input.userId;
    if (input.licence !== undefined) {
      changes.licence_number = input.licence?.number ?? null;
      changes.licence_authority = input.licence?.authority ?? null;
      changes.licence_is_armed = input.licence ? (input.licence.isArmed ? 1 : 0) : null;
      changes.licence_expires_on = input.licence?.expiresOn ?? null;
    }
    try {
      await trx.updateTable('personnel').set(changes).where('id', '=', row.id).execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateNationalId();
      throw error;
    }
    const updated = await getPersonnelRow(trx, organisation.id, row.id);
    const qualifications = (await qualificationsOf(trx, [row.id])).get(row.id) ?? [];
    return toPersonnel(updated, qualifications, dayOf(ctx.now()));
  });
}

/** The row of a qualification; validUntil defaults to the organisation's recurrence. */
export function qualificationRow(
  ctx: Context,
  organisationId: string,
  personnelId: string,
  input: QualificationInput,
  validityMonths: number,
): PersonnelQualificationTable {
  return {
    id: ctx.newId(),
    personnel_id: personnelId,
    organisation_id: organisationId,
    course: input.course,
    weapon_type: input.weaponType.trim().toLowerCase(),
    weapon_model: input.weaponModel,
    qualified_on: input.qualifiedOn,
    result: input.result,
    valid_until: input.validUntil ?? addMonths(input.qualifiedOn, validityMonths),
    created_at: ctx.now(),
  };
}

export async function addQualification(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  personnelId: string,
  input: QualificationInput,
): Promise<PersonnelDetail> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const organisation = await companyFor(trx, actor, organisationId, 'manage');
    const person = await getPersonnelRow(trx, organisation.id, personnelId);
    if (input.validUntil !== null && input.validUntil < input.qualifiedOn)
      throw fieldError('validUntil', 'before the qualification date');
    const rules = await rulesOf(trx, organisation);
    await trx
      .insertInto('personnel_qualification')
      .values(qualificationRow(ctx, organisation.id, person.id, input, rules.qualificationValidityMonths))
      .execute();
    return personnelDetail(ctx, trx, organisation.id, person.id);
  });
}
