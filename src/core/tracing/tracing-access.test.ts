import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor';
import type { OrganisationKind, Role } from '../access/roles';
import {
  canAnswerTraceRequest,
  canCreateTraceRequest,
  canQuickCheck,
  canReadSearchLog,
  canReadTraceRequest,
  canSearchRegistry,
} from './tracing-access';

function actor(kind: OrganisationKind, role: Role, organisationId = `${kind}-1`): Actor {
  return {
    userId: null,
    apiTokenId: null,
    organisationId,
    organisationKind: kind,
    countryCode: 'PE',
    roles: [role],
  } as unknown as Actor;
}
const request = { requestingOrganisationId: 'law-enforcement-1', regulatorId: 'regulator-1' };

describe('who may do what in tracing', () => {
  it('lets the agency read its own requests only, and the regulator addressed answer them', () => {
    expect(canReadTraceRequest(actor('law-enforcement', 'law-enforcement-officer'), request)).toBe(true);
    expect(canReadTraceRequest(actor('law-enforcement', 'law-enforcement-officer', 'other'), request)).toBe(
      false,
    );
    expect(canAnswerTraceRequest(actor('regulator', 'regulator-officer'), request)).toBe(true);
    expect(canAnswerTraceRequest(actor('regulator', 'regulator-officer', 'regulator-2'), request)).toBe(
      false,
    );
    expect(canAnswerTraceRequest(actor('regulator', 'system-admin'), request)).toBe(false);
    expect(canAnswerTraceRequest(actor('law-enforcement', 'law-enforcement-officer'), request)).toBe(false);
  });

  it('keeps the registry search to the regulator and administrators; patrols get the quick check only', () => {
    const police = actor('law-enforcement', 'law-enforcement-officer');
    expect(canSearchRegistry(police)).toBe(false);
    expect(canQuickCheck(police)).toBe(true);
    expect(canCreateTraceRequest(police)).toBe(true);
    expect(canSearchRegistry(actor('regulator', 'regulator-officer'))).toBe(true);
    expect(canSearchRegistry(actor('psc', 'psc-manager'))).toBe(false);
    expect(canQuickCheck(actor('psc', 'psc-manager'))).toBe(false);
    expect(canReadSearchLog(police)).toBe(false);
    expect(canReadSearchLog(actor('regulator', 'system-admin'))).toBe(true);
  });
});
