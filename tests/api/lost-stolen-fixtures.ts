import { AcquireFirearmRequest, RegisterFacilityRequest } from '../../src/contracts/registry';
import type { Actor } from '../../src/core/access/actor';
import { appendEntry } from '../../src/use-cases/ledger/append-entry';
import { acquireFirearm } from '../../src/use-cases/registry/acquire-firearm';
import { registerFacility } from '../../src/use-cases/registry/register-facility';
import type { TestApp } from '../support/test-app';

/*
 * Weapons reported lost, stolen or seized, and recovered, for the lost-and-stolen export and the
 * trace answer tests. The reports are the incidents capability's ledger entries
 * (`firearm-reported-missing`, `firearm-recovered`), appended through the ledger use-case as the
 * incidents code does; the registry projection turns them into the weapon's status.
 */

let sequence = 0;
const next = () => ++sequence;

function managerOf(organisationId: string): Actor {
  return {
    userId: null,
    apiTokenId: 'lost-stolen-fixture',
    organisationId,
    organisationKind: 'psc',
    countryCode: 'PE',
    roles: ['psc-manager'],
  } as unknown as Actor;
}

export async function facilityIn(t: TestApp, organisationId: string): Promise<string> {
  const n = next();
  const written = await registerFacility(
    t.ctx,
    managerOf(organisationId),
    RegisterFacilityRequest.parse({
      idempotencyKey: `ls-fac-${n}-${organisationId}`,
      organisationId,
      code: `LS-${n}`,
      name: `Armería ${n}`,
      kind: 'armoury',
    }),
  );
  return (written.entry.payload as { facilityId: string }).facilityId;
}

export interface AcquiredFirearm {
  readonly firearmId: string;
  readonly facilityId: string;
  readonly serial: string;
}

export async function firearmIn(
  t: TestApp,
  organisationId: string,
  overrides: Partial<
    Record<'serial' | 'manufacturer' | 'model' | 'type' | 'calibre' | 'countryOfManufacture', string>
  > = {},
  facilityId?: string,
): Promise<AcquiredFirearm> {
  const n = next();
  const facility = facilityId ?? (await facilityIn(t, organisationId));
  const serial = overrides.serial ?? `LS${n}X${organisationId.slice(-4).toUpperCase()}`;
  const written = await acquireFirearm(
    t.ctx,
    managerOf(organisationId),
    organisationId,
    AcquireFirearmRequest.parse({
      idempotencyKey: `ls-fa-${n}-${organisationId}`,
      facilityId: facility,
      source: { kind: 'supplier', name: 'Proveedor' },
      type: overrides.type ?? 'pistol',
      manufacturer: overrides.manufacturer ?? 'Glock',
      model: overrides.model ?? '17',
      calibre: overrides.calibre ?? '9mm',
      serial,
      countryOfManufacture: overrides.countryOfManufacture ?? 'AT',
      // Sequential serials (1 and 7 fold together): confirmed different weapons.
      confirmDifferentFromLookalikes: true,
    }),
  );
  return {
    firearmId: (written.entry.payload as { firearmId: string }).firearmId,
    facilityId: facility,
    serial,
  };
}

export interface MissingReport {
  readonly status: 'lost' | 'stolen' | 'seized';
  readonly incidentReference: string;
  readonly occurredAt?: string | null;
  readonly discoveredAt?: string;
  readonly place?: string;
  readonly policeReference?: string | null;
}

async function append(t: TestApp, organisationId: string, kind: string, payload: object): Promise<void> {
  await t.ctx.database.db.transaction().execute((trx) =>
    appendEntry(t.ctx, trx, 'token:lost-stolen-fixture', {
      organisationId,
      kind,
      payload,
      idempotencyKey: `ls-entry-${next()}`,
    }),
  );
}

export async function reportMissing(
  t: TestApp,
  organisationId: string,
  firearmId: string,
  report: MissingReport,
): Promise<void> {
  await append(t, organisationId, 'firearm-reported-missing', {
    firearmId,
    status: report.status,
    occurredAt: report.occurredAt === undefined ? '2026-11-20T22:40:00.000Z' : report.occurredAt,
    discoveredAt: report.discoveredAt ?? '2026-11-20T23:05:00.000Z',
    place: report.place ?? 'Av. Argentina 2450, Callao',
    incidentId: t.ctx.newId(),
    incidentReference: report.incidentReference,
    policeReference: report.policeReference === undefined ? 'PNP-CALLAO-88121' : report.policeReference,
    note: null,
  });
}

export async function recover(
  t: TestApp,
  organisationId: string,
  firearmId: string,
  recovery: {
    custody: 'company' | 'authorities';
    facilityId: string | null;
    place?: string;
    recoveredBy?: string;
  },
): Promise<void> {
  await append(t, organisationId, 'firearm-recovered', {
    firearmId,
    recoveredAt: '2026-11-25T18:00:00.000Z',
    place: recovery.place ?? 'Comisaría de Bellavista',
    recoveredBy: recovery.recoveredBy ?? 'PNP Bellavista',
    custody: recovery.custody,
    facilityId: recovery.facilityId,
    incidentId: null,
    note: null,
  });
}
