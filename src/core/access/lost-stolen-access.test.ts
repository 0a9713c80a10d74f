import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { canExportNationalLostStolen } from './lost-stolen-access';
import type { OrganisationKind, Role } from './roles';

const actor = (organisationKind: OrganisationKind, roles: Role[]): Actor =>
  ({
    userId: 'u',
    apiTokenId: null,
    organisationId: 'o',
    organisationKind,
    countryCode: 'PE',
    roles,
  }) as unknown as Actor;

describe('the national lost and stolen export', () => {
  it('is the regulator’s and the administrators’', () => {
    expect(canExportNationalLostStolen(actor('regulator', ['regulator-officer']))).toBe(true);
    expect(canExportNationalLostStolen(actor('regulator', ['system-admin']))).toBe(true);
  });

  it('is refused to companies, law enforcement (quick check only), assessors and programme officers', () => {
    expect(canExportNationalLostStolen(actor('psc', ['psc-manager']))).toBe(false);
    expect(canExportNationalLostStolen(actor('psc', ['psc-armourer']))).toBe(false);
    expect(canExportNationalLostStolen(actor('law-enforcement', ['law-enforcement-officer']))).toBe(false);
    expect(canExportNationalLostStolen(actor('assessor-body', ['assessor']))).toBe(false);
    expect(canExportNationalLostStolen(actor('programme-office', ['programme-officer']))).toBe(false);
    // A regulator-officer role on a non-regulator organisation is not the national point of contact.
    expect(canExportNationalLostStolen(actor('psc', ['regulator-officer']))).toBe(false);
  });
});
