import type { TFunction } from 'i18next';
import type { LedgerEntry } from '../../../contracts/registry';
import type {
  Acquisition,
  AmmunitionConsumed,
  AmmunitionReceived,
  AmmunitionReturned,
  ConsumptionReason,
  Correction,
  Disposal,
  FacilityRegistered,
  MarkingApplied,
  Move,
  TransferIn,
  TransferOut,
} from '../../../core/holdings/holding-entries';
import type {
  FirearmIssued,
  FirearmReturned,
  MaintenanceClosed,
  MaintenanceOpened,
} from '../../../core/armoury/armoury-entries';
import { markingLabel, typeLabel } from './labels';

/** How the timeline names what an entry refers to by id (facility codes, company names, catalogue names). */
export interface EntryNames {
  facility(id: string): string;
  organisation(id: string): string;
  manufacturer(id: string): string;
  calibre(id: string): string;
  number(value: number): string;
}

const FIELD_LABEL_KEYS = {
  type: 'type',
  manufacturerId: 'manufacturer',
  model: 'model',
  calibreId: 'calibre',
  serial: 'serial',
  countryOfManufacture: 'countryOfManufacture',
  yearOfManufacture: 'yearOfManufacture',
  importCountry: 'importCountry',
  importYear: 'importYear',
  permitNumber: 'permitNumber',
  permitExpiresOn: 'permitExpiresOn',
} as const;
type CorrectedField = keyof typeof FIELD_LABEL_KEYS;
const isCorrectedField = (key: string): key is CorrectedField => key in FIELD_LABEL_KEYS;

function changesText(t: TFunction, names: EntryNames, changes: Record<string, unknown>): string {
  return Object.entries(changes)
    .filter((entry): entry is [CorrectedField, unknown] => isCorrectedField(entry[0]))
    .map(([key, value]) => {
      const shown =
        value === null || value === ''
          ? t('registry.none')
          : key === 'manufacturerId'
            ? names.manufacturer(String(value))
            : key === 'calibreId'
              ? names.calibre(String(value))
              : key === 'type'
                ? typeLabel(t, String(value))
                : String(value);
      return `${t(`registry.firearm.fields.${FIELD_LABEL_KEYS[key]}`)} → ${shown}`;
    })
    .join('; ');
}

/**
 * One line saying what an entry recorded, in the person's language. The payloads are the ledger's
 * own (src/core/holdings/holding-entries.ts); a kind this screen does not know says nothing more.
 */
export function describeEntry(t: TFunction, entry: LedgerEntry, names: EntryNames): string {
  const d = 'registry.timeline.describe';
  switch (entry.kind) {
    case 'acquisition': {
      const p = entry.payload as Acquisition;
      return t(`${d}.acquisition`, {
        manufacturer: names.manufacturer(p.firearm.manufacturerId),
        model: p.firearm.model,
        serial: p.firearm.serial,
        source: p.source.name,
        sourceKind: t(`registry.sourceKinds.${p.source.kind}`),
      });
    }
    case 'transfer-out': {
      const p = entry.payload as TransferOut;
      return t(`${d}.transferOut`, {
        organisation: names.organisation(p.toOrganisationId),
        reference: p.reference ? ` (${p.reference})` : '',
      });
    }
    case 'transfer-in': {
      const p = entry.payload as TransferIn;
      return t(`${d}.transferIn`, {
        organisation: names.organisation(p.fromOrganisationId),
        facility: names.facility(p.facilityId),
      });
    }
    case 'move': {
      const p = entry.payload as Move;
      return t(`${d}.move`, { from: names.facility(p.fromFacilityId), to: names.facility(p.toFacilityId) });
    }
    case 'marking': {
      const p = entry.payload as MarkingApplied;
      return t(`${d}.marking`, { kind: markingLabel(t, p.marking.kind), text: p.marking.text });
    }
    case 'ammunition-received': {
      const p = entry.payload as AmmunitionReceived;
      return t(`${d}.ammunitionReceived`, {
        rounds: names.number(p.rounds),
        lot: p.lot.lotNumber,
        facility: names.facility(p.facilityId),
      });
    }
    case 'ammunition-consumed': {
      const p = entry.payload as AmmunitionConsumed;
      const reason = t(`registry.consumptionReasons.${p.reason satisfies ConsumptionReason}`);
      return t(`${d}.ammunitionConsumed`, {
        rounds: names.number(p.rounds),
        facility: names.facility(p.facilityId),
        reason: p.note ? `${reason} — ${p.note}` : reason,
      });
    }
    case 'ammunition-returned-to-supplier': {
      const p = entry.payload as AmmunitionReturned;
      return t(`${d}.ammunitionReturned`, { rounds: names.number(p.rounds), supplier: p.supplier });
    }
    case 'disposal': {
      const p = entry.payload as Disposal;
      return t(`${d}.disposal`, {
        method: t(`registry.disposalMethods.${p.method}`),
        certificate: p.certificateReference,
      });
    }
    case 'correction': {
      const p = entry.payload as Correction;
      if (p.stock) {
        const delta = p.stock.roundsDelta;
        return t(`${d}.correctionStock`, {
          reason: p.reason,
          delta: `${delta > 0 ? '+' : ''}${names.number(delta)}`,
        });
      }
      return t(`${d}.correctionFirearm`, {
        reason: p.reason,
        changes: changesText(t, names, p.firearm?.changes ?? {}),
      });
    }
    case 'facility-registered': {
      const p = entry.payload as FacilityRegistered;
      return t(`${d}.facilityRegistered`, { code: p.code, name: p.name });
    }
    case 'firearm-issued': {
      const p = entry.payload as FirearmIssued;
      const values = {
        facility: names.facility(p.facilityId),
        shift: p.shift ?? '',
        rounds: names.number(p.ammunition?.rounds ?? 0),
      };
      return p.shift ? t(`${d}.firearmIssued`, values) : t(`${d}.firearmIssuedNoShift`, values);
    }
    case 'firearm-returned': {
      const p = entry.payload as FirearmReturned;
      const reason = p.shortfallReason ? ` — ${t(`armoury.returns.reasons.${p.shortfallReason}`)}` : '';
      return t(`${d}.firearmReturned`, {
        facility: names.facility(p.facilityId),
        returned: names.number(p.ammunition?.roundsReturned ?? 0),
        issued: names.number(p.ammunition?.roundsIssued ?? 0),
        reason,
      });
    }
    case 'maintenance-opened': {
      const p = entry.payload as MaintenanceOpened;
      return t(`${d}.maintenanceOpened`, { kind: t(`armoury.maintenance.kinds.${p.kind}`) });
    }
    case 'maintenance-closed': {
      const p = entry.payload as MaintenanceClosed;
      return t(`${d}.maintenanceClosed`, {
        outcome: t(`armoury.maintenance.outcomes.${p.outcome}`),
        result: p.result,
      });
    }
    case 'firearm-reported-missing': {
      const p = entry.payload as { status: string; place: string; incidentReference: string };
      return t(`${d}.firearmReportedMissing`, {
        status: t(`registry.firearmStatuses.${p.status}`, { defaultValue: p.status }),
        place: p.place,
        reference: p.incidentReference,
      });
    }
    case 'firearm-recovered': {
      const p = entry.payload as { place: string; recoveredBy: string; facilityId: string | null };
      return t(`${d}.firearmRecovered`, {
        place: p.place,
        by: p.recoveredBy,
        facility: p.facilityId ? names.facility(p.facilityId) : '—',
      });
    }
    default:
      return '';
  }
}
