import { describe, expect, it } from 'vitest';
import type { Actor, OrganisationScope } from '../access/actor';
import type { Role } from '../access/roles';
import {
  canActAsRegulator,
  canFileIncident,
  canManageClockSettings,
  canReadInbox,
  canReadIncidents,
} from './incidents-access';

const company: OrganisationScope = {
  id: 'psc',
  kind: 'psc',
  countryCode: 'PE',
  licensedById: 'reg',
} as never;
const actor = (organisationId: string, kind: string, roles: Role[]): Actor =>
  ({
    userId: 'u',
    apiTokenId: null,
    organisationId,
    organisationKind: kind,
    countryCode: 'PE',
    roles,
  }) as never;

describe('who may do what with incidents', () => {
  it('lets the company’s staff file and read, and its regulator read and act', () => {
    expect(canFileIncident(actor('psc', 'psc', ['psc-armourer']), company)).toBe(true);
    expect(canActAsRegulator(actor('psc', 'psc', ['psc-manager']), company)).toBe(false);
    expect(canActAsRegulator(actor('reg', 'regulator', ['regulator-officer']), company)).toBe(true);
    expect(canFileIncident(actor('reg', 'regulator', ['regulator-officer']), company)).toBe(false);
    expect(canReadIncidents(actor('reg', 'regulator', ['regulator-officer']), company)).toBe(true);
  });

  it('shows nothing to another regulator, law enforcement, assessors or programme officers', () => {
    expect(canReadIncidents(actor('reg-2', 'regulator', ['regulator-officer']), company)).toBe(false);
    expect(canReadIncidents(actor('pol', 'law-enforcement', ['law-enforcement-officer']), company)).toBe(
      false,
    );
    expect(canReadIncidents(actor('a', 'assessor-body', ['assessor']), company)).toBe(false);
    expect(canReadIncidents(actor('p', 'programme-office', ['programme-officer']), company)).toBe(false);
    expect(canReadInbox(actor('pol', 'law-enforcement', ['law-enforcement-officer']))).toBe(false);
    expect(canReadInbox(actor('psc', 'psc', ['psc-manager']))).toBe(false);
  });

  it('lets a regulator set the clocks of its own country only', () => {
    expect(canManageClockSettings(actor('reg', 'regulator', ['regulator-officer']), 'PE')).toBe(true);
    expect(canManageClockSettings(actor('reg', 'regulator', ['regulator-officer']), 'CO')).toBe(false);
    expect(canManageClockSettings(actor('reg', 'regulator', ['system-admin']), 'CO')).toBe(true);
    expect(canManageClockSettings(actor('psc', 'psc', ['psc-manager']), 'PE')).toBe(false);
  });
});
