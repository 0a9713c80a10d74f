import { describe, expect, it } from 'vitest';
import { effectiveTokenRoles, judgeToken } from './token-authority';

describe('token authority', () => {
  it('is the intersection of the token roles and the creator roles', () => {
    expect(effectiveTokenRoles(['psc-manager', 'psc-armourer'], ['psc-armourer'])).toEqual(['psc-armourer']);
    expect(effectiveTokenRoles(['psc-manager'], [])).toEqual([]);
  });
  it('keeps an administrator creator’s grant but never passes administrator rights', () => {
    expect(effectiveTokenRoles(['psc-manager', 'system-admin'], ['system-admin'])).toEqual(['psc-manager']);
  });
  it('refuses revoked, expired, orphaned and powerless tokens', () => {
    const live = { revokedAt: null, expiresAt: '2026-12-01T00:00:00.000Z' };
    const at = '2026-11-01T00:00:00.000Z';
    expect(judgeToken(live, { active: true }, ['psc-manager'], at)).toBeNull();
    expect(judgeToken({ ...live, revokedAt: at }, { active: true }, ['psc-manager'], at)).toBe('revoked');
    expect(judgeToken(live, { active: true }, ['psc-manager'], '2026-12-01T00:00:00.000Z')).toBe('expired');
    expect(judgeToken(live, { active: false }, ['psc-manager'], at)).toBe('creator-gone');
    expect(judgeToken(live, null, ['psc-manager'], at)).toBe('creator-gone');
    expect(judgeToken(live, { active: true }, [], at)).toBe('no-roles');
  });
});
