import type { ListFirearmsQuery } from '../../contracts/registry';
import type { Actor } from '../../core/access/actor';
import { historyView, resolveCorrections, type HistoryView } from '../../core/ledger/correction';
import { matchCalibre } from '../../core/registry/catalogue-matching';
import { normaliseSerial } from '../../core/registry/normalise-serial';
import { listEntriesOfSubject } from '../../storage/ledger-store';
import {
  findFacility,
  findFirearm,
  findLot,
  listFacilities as listFacilityRows,
  listFirearms as listFirearmRows,
  listLots as listLotRows,
  listMarkings,
  stockOfLots,
} from '../../storage/registry-store';
import { notFound } from '../app-error';
import type { Context } from '../context';
import { readableBook, readableBookIds } from './book-access';
import { loadCatalogue } from './catalogue';
import { toFacility, toFirearm, toLedgerEntry, toLot } from './present-registry';

// Reads of the registry, each scoped to the books the actor may read (own, or licensed by it).

export async function listFacilities(ctx: Context, actor: Actor, organisationId?: string) {
  const ids = await readableBookIds(ctx.database.db, actor, organisationId);
  return (await listFacilityRows(ctx.database.db, ids)).map(toFacility);
}

export async function readFacility(ctx: Context, actor: Actor, id: string) {
  const row = await findFacility(ctx.database.db, id);
  if (!row) throw notFound('Facility');
  await readableBook(ctx.database.db, actor, row.organisation_id).catch(() => {
    throw notFound('Facility');
  });
  return toFacility(row);
}

export async function listFirearms(ctx: Context, actor: Actor, query: ListFirearmsQuery) {
  // Transfers to receive: weapons sent to the caller's own company, visible to those who may confirm them.
  const incoming = query.incoming === 'true';
  if (incoming && actor.organisationKind !== 'psc') return { items: [], total: 0 };
  const organisationIds = incoming ? [] : await readableBookIds(ctx.database.db, actor, query.organisationId);
  const { rows, total } = await listFirearmRows(ctx.database.db, {
    inTransitTo: incoming ? actor.organisationId : undefined,
    organisationIds,
    facilityId: query.facilityId,
    status: query.status,
    type: query.type,
    serialPart: query.serial ? normaliseSerial(query.serial) : undefined,
    sort: query.sort,
    direction: query.direction,
    limit: query.limit,
    offset: query.offset,
  });
  return { items: rows.map(toFirearm), total };
}

export async function readFirearm(ctx: Context, actor: Actor, id: string) {
  const row = await findFirearm(ctx.database.db, id);
  if (!row) throw notFound('Firearm');
  // The company a weapon is sent to may see it while it is in transit, to confirm its receipt.
  const sentToCaller = row.status === 'in-transit' && row.in_transit_to_id === actor.organisationId;
  if (!sentToCaller) {
    await readableBook(ctx.database.db, actor, row.organisation_id).catch(() => {
      throw notFound('Firearm');
    });
  }
  const markings = await listMarkings(ctx.database.db, id);
  return {
    ...toFirearm(row),
    componentSerials: JSON.parse(row.component_serials) as Array<{ component: string; serial: string }>,
    markings: markings.map((m) => ({
      id: m.id,
      kind: m.kind,
      text: m.text,
      location: m.location,
      appliedOn: m.applied_on,
      appliedBy: m.applied_by,
      photoId: m.photo_id,
    })),
  };
}

export async function listLots(
  ctx: Context,
  actor: Actor,
  query: {
    organisationId?: string | undefined;
    facilityId?: string | undefined;
    lotNumber?: string | undefined;
    calibre?: string | undefined;
    sort?: 'lotNumber' | 'calibre' | 'manufacturer' | 'year';
    direction?: 'asc' | 'desc';
    limit: number;
    offset: number;
  },
) {
  const organisationIds = await readableBookIds(ctx.database.db, actor, query.organisationId);
  // The calibre filter takes a catalogue id or any spelling of one ("9x19mm"); an unknown one matches nothing.
  let calibre = query.calibre;
  if (calibre) {
    const match = matchCalibre(calibre, await loadCatalogue(ctx.database.db, 'catalogue_calibre'));
    calibre = match.ok ? match.value.id : `unknown:${calibre}`;
  }
  const { rows, total } = await listLotRows(ctx.database.db, { ...query, calibre, organisationIds });
  const stock = await stockOfLots(
    ctx.database.db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((row) =>
      toLot(
        row,
        stock.filter((s) => s.lot_id === row.id),
      ),
    ),
    total,
  };
}

export async function readLot(ctx: Context, actor: Actor, id: string) {
  const row = await findLot(ctx.database.db, id);
  if (!row) throw notFound('Ammunition lot');
  await readableBook(ctx.database.db, actor, row.organisation_id).catch(() => {
    throw notFound('Ammunition lot');
  });
  return toLot(row, await stockOfLots(ctx.database.db, [id]));
}

/**
 * The whole history of a firearm, lot or facility as a timeline, with corrections linked both ways.
 * A weapon transferred between companies has entries in both chains; each reader sees the entries
 * of the books it may read.
 */
export async function readHistory(ctx: Context, actor: Actor, subjectId: string, view: HistoryView) {
  const entries = await listEntriesOfSubject(ctx.database.db, subjectId);
  if (entries.length === 0) throw notFound('Record');
  const readable = await readableBookIds(ctx.database.db, actor);
  const visible = readable === 'all' ? entries : entries.filter((e) => readable.includes(e.organisation_id));
  if (visible.length === 0) throw notFound('Record');
  const { correctedBy } = resolveCorrections(visible);
  return {
    items: historyView(visible, view).map((row) =>
      toLedgerEntry(
        row,
        (correctedBy.get(row.id) ?? []).map((c) => c.id),
      ),
    ),
  };
}

/** The "book integrity" panel: the last verification, the last checkpoint of this chain, its length. */
export async function readBookIntegrity(ctx: Context, actor: Actor, organisationId: string) {
  const organisation = await readableBook(ctx.database.db, actor, organisationId);
  const { db } = ctx.database;
  const verification = await db
    .selectFrom('ledger_verification')
    .selectAll()
    // A verification of every chain (organisation_id null) covers this book too.
    .where((eb) => eb.or([eb('organisation_id', '=', organisation.id), eb('organisation_id', 'is', null)]))
    .orderBy('verified_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  const checkpoint = await db
    .selectFrom('ledger_checkpoint')
    .selectAll()
    .where('chain_id', '=', organisation.id)
    .orderBy('issued_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  const chain = await db
    .selectFrom('ledger_chain')
    .select('length')
    .where('chain_id', '=', organisation.id)
    .executeTakeFirst();
  return {
    lastVerification: verification
      ? {
          verifiedAt: verification.verified_at,
          ok: verification.ok === 1,
          chains: Number(verification.chains),
          entries: Number(verification.entries),
          problem: verification.problem,
        }
      : null,
    lastCheckpoint: checkpoint
      ? {
          issuedAt: checkpoint.issued_at,
          chainId: checkpoint.chain_id,
          length: Number(checkpoint.length),
          headHash: checkpoint.head_hash,
        }
      : null,
    chainLength: chain ? Number(chain.length) : 0,
  };
}
