import { describe, expect, it } from 'vitest';
import type { Actor, OrganisationScope } from '../access/actor';
import type { Role } from '../access/roles';
import type { OrganisationId } from '../shared/brand';
import {
  canEditOperatingAuthorisation,
  canManageArmoury,
  canOperateArmoury,
  canOverrideIssue,
  canReadArmoury,
} from './armoury-access';

const psc: OrganisationScope = {
  id: 'psc' as OrganisationId,
  kind: 'psc',
  countryCode: 'PE',
  licensedById: 'reg' as OrganisationId,
};
const actor = (role: Role, organisationId: string, kind: Actor['organisationKind']): Actor => ({
  userId: null,
  apiTokenId: null,
  organisationId: organisationId as OrganisationId,
  organisationKind: kind,
  countryCode: 'PE',
  roles: [role],
});

// role, organisation → [read, operate, manage, override (unlinked), edit authorisation]
const MATRIX: ReadonlyArray<[Role, string, Actor['organisationKind'], boolean[]]> = [
  ['psc-manager', 'psc', 'psc', [true, true, true, true, false]],
  ['psc-armourer', 'psc', 'psc', [true, true, false, false, false]],
  ['psc-manager', 'other-psc', 'psc', [false, false, false, false, false]],
  ['regulator-officer', 'reg', 'regulator', [true, false, false, false, true]],
  ['regulator-officer', 'other-reg', 'regulator', [false, false, false, false, false]],
  ['system-admin', 'reg', 'regulator', [true, false, true, false, true]],
  ['assessor', 'ab', 'assessor-body', [false, false, false, false, false]],
  ['programme-officer', 'po', 'programme-office', [false, false, false, false, false]],
  ['law-enforcement-officer', 'le', 'law-enforcement', [false, false, false, false, false]],
];

describe('armoury access', () => {
  it.each(MATRIX)('%s of %s', (role, org, kind, expected) => {
    const a = actor(role, org, kind);
    expect([
      canReadArmoury(a, psc),
      canOperateArmoury(a, psc),
      canManageArmoury(a, psc),
      canOverrideIssue(a, psc, false),
      canEditOperatingAuthorisation(a, psc),
    ]).toEqual(expected);
  });
  it('lets an armourer linked to an active supervisor override', () => {
    expect(canOverrideIssue(actor('psc-armourer', 'psc', 'psc'), psc, true)).toBe(true);
  });
  it('keeps armoury records to companies', () => {
    const regulator: OrganisationScope = { ...psc, kind: 'regulator', licensedById: null };
    expect(canReadArmoury(actor('system-admin', 'reg', 'regulator'), regulator)).toBe(false);
  });
});
