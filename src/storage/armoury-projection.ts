import type {
  CountAdjustment,
  FirearmIssued,
  FirearmReturned,
  MaintenanceClosed,
  MaintenanceOpened,
} from '../core/armoury/armoury-entries';
import type { Queryable } from './database';
import { preparedQuery } from './prepared-query';

interface ProjectedEntry {
  readonly id: string;
  readonly kind: string;
  readonly payload: unknown;
}

/**
 * What armoury entries (issue #4) change in the registry projection: a weapon's status and
 * place, and the rounds a facility holds. Called by applyToRegistry, so an append and a
 * `ledger rebuild` produce the same rows. The armoury's own tables (issues, jobs, counts) are
 * written by the use-cases and are not touched here: a rebuild leaves them as they are.
 */
export const ARMOURY_ENTRY_KINDS = [
  'firearm-issued',
  'issue-override',
  'firearm-returned',
  'maintenance-opened',
  'maintenance-closed',
  'count-adjustment',
  'stock-count-closed',
] as const;

const addRounds = preparedQuery<{ lotId: string; facilityId: string; delta: number }, unknown>(
  ['lotId', 'facilityId', 'delta'],
  (db, p) =>
    db
      .insertInto('ammunition_stock')
      .values({ lot_id: p.lotId, facility_id: p.facilityId, rounds: p.delta })
      .onConflict((oc) =>
        oc
          .columns(['lot_id', 'facility_id'])
          .doUpdateSet((eb) => ({ rounds: eb('ammunition_stock.rounds', '+', p.delta) })),
      ),
);

async function adjustStock(db: Queryable, lotId: string, facilityId: string, delta: number): Promise<void> {
  if (delta === 0) return;
  await addRounds(db, { lotId, facilityId, delta });
}

const setFirearmStatus = preparedQuery<{ firearmId: string; entryId: string; status: string }, unknown>(
  ['firearmId', 'entryId', 'status'],
  (db, p) =>
    db
      .updateTable('firearm')
      .set({ status: p.status, last_entry_id: p.entryId })
      .where('id', '=', p.firearmId),
);

async function setStatus(
  db: Queryable,
  firearmId: string,
  entryId: string,
  changes: { status?: string; facility_id?: string | null },
): Promise<void> {
  // Issue and return change the status alone: that statement is compiled once.
  if (changes.status !== undefined && !('facility_id' in changes)) {
    await setFirearmStatus(db, { firearmId, entryId, status: changes.status });
    return;
  }
  await db
    .updateTable('firearm')
    .set({ ...changes, last_entry_id: entryId })
    .where('id', '=', firearmId)
    .execute();
}

export async function applyArmouryEntry(db: Queryable, entry: ProjectedEntry): Promise<void> {
  switch (entry.kind) {
    case 'firearm-issued': {
      const p = entry.payload as FirearmIssued;
      await setStatus(db, p.firearmId, entry.id, { status: 'issued' });
      if (p.ammunition) await adjustStock(db, p.ammunition.lotId, p.facilityId, -p.ammunition.rounds);
      return;
    }
    case 'firearm-returned': {
      const p = entry.payload as FirearmReturned;
      await setStatus(db, p.firearmId, entry.id, {
        status: p.condition === 'damaged' ? 'under-maintenance' : 'in-store',
      });
      if (p.ammunition) await adjustStock(db, p.ammunition.lotId, p.facilityId, p.ammunition.roundsReturned);
      return;
    }
    case 'maintenance-opened': {
      const p = entry.payload as MaintenanceOpened;
      await setStatus(db, p.firearmId, entry.id, { status: 'under-maintenance' });
      return;
    }
    case 'maintenance-closed': {
      const p = entry.payload as MaintenanceClosed;
      if (p.outcome === 'returned-to-service')
        await setStatus(db, p.firearmId, entry.id, { status: 'in-store' });
      return;
    }
    case 'count-adjustment': {
      const p = entry.payload as CountAdjustment;
      if (p.stock) await adjustStock(db, p.stock.lotId, p.facilityId, p.stock.roundsDelta);
      if (p.firearmId && p.resolution === 'reported-loss')
        await setStatus(db, p.firearmId, entry.id, { status: 'lost' });
      else if (p.firearmId && p.resolution === 'recorded-error' && p.kind === 'wrong-facility')
        await setStatus(db, p.firearmId, entry.id, { facility_id: p.facilityId });
      return;
    }
    default:
      return;
  }
}
