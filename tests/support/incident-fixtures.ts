import type { Actor } from '../../src/core/access/actor';
import type { TestApp } from './test-app';

/** A body for POST …/incidents with every ICoC para 63 field filled; `extra` overrides. */
export function incidentBody(t: TestApp, extra: Record<string, unknown> = {}) {
  const now = Date.parse(t.clock.now().toISOString());
  return {
    kind: 'loss',
    occurredAt: null,
    discoveredAt: new Date(now - 60 * 60_000).toISOString(),
    place: 'Armería central, Av. Javier Prado 1234, Lima',
    circumstances: 'The weapon was not in its rack at the opening count.',
    injuries: null,
    damage: null,
    measuresTaken: 'Armoury sealed; access log reviewed.',
    policeReportNumber: 'PNP-2026-000123',
    notificationsMade: 'Client informed by telephone at 07:30.',
    firearms: [],
    ammunition: [],
    persons: [],
    ...extra,
  };
}

/** An officer of another country's regulator, as the use-cases see one (no account needed). */
export function otherRegulatorActor(organisationId: string): Actor {
  return {
    userId: null,
    apiTokenId: 'other-regulator',
    organisationId,
    organisationKind: 'regulator',
    countryCode: 'CO',
    roles: ['regulator-officer'],
  } as unknown as Actor;
}
