import { isInadequatelyMarked } from '../../core/registry/iti-marking';
import type { MarkingKind } from '../../core/registry/marking-kinds';
import type { Queryable } from '../../storage/database';

/** Read the firearm's recorded marks and its acquisition facts, and apply the ITI para 8 rule. */
export async function isFirearmInadequatelyMarked(firearmId: string, db: Queryable): Promise<boolean> {
  const firearm = await db
    .selectFrom('firearm')
    .select('acquired_entry_id')
    .where('id', '=', firearmId)
    .executeTakeFirst();
  if (!firearm) return false;
  const acquisition = await db
    .selectFrom('ledger_entry')
    .select('payload')
    .where('id', '=', firearm.acquired_entry_id)
    .executeTakeFirst();
  const serialAssigned = acquisition
    ? (JSON.parse(acquisition.payload) as { firearm?: { serialAssigned?: boolean } }).firearm
        ?.serialAssigned === true
    : false;
  const markings = await db
    .selectFrom('firearm_marking')
    .selectAll()
    .where('firearm_id', '=', firearmId)
    .execute();
  return isInadequatelyMarked(
    markings.map((m) => ({
      kind: m.kind as MarkingKind,
      text: m.text,
      location: m.location,
      appliedOn: m.applied_on,
      appliedBy: m.applied_by,
      includes: JSON.parse(m.includes) as {
        manufacturer: boolean;
        countryOfManufacture: boolean;
        serial: boolean;
      },
    })),
    { serialAssigned },
  );
}
