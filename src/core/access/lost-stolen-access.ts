import type { Actor } from './actor';
import { hasRole } from './actor';

/*
 * Who reads the lost and stolen firearms export (issue 6, the iARMS feed). The national list is the
 * regulator's: it is the national point of contact that passes records to INTERPOL, and it sees the
 * companies it licenses. A company's own list follows its book (canReadBook). Law enforcement uses
 * the quick check only (hit or no hit), never the list.
 */
export function canExportNationalLostStolen(actor: Actor): boolean {
  if (hasRole(actor, 'system-admin')) return true;
  return actor.organisationKind === 'regulator' && hasRole(actor, 'regulator-officer');
}
