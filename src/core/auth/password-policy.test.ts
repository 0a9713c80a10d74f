import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy';

describe('password policy', () => {
  it('accepts a long passphrase', () => {
    expect(checkPassword('armero turno noche lima')).toBeNull();
  });

  it('refuses passwords shorter than 12 characters', () => {
    expect(checkPassword('Tr0ub4dor&3')).toEqual({ code: 'PASSWORD_TOO_SHORT', minLength: 12 });
  });

  it('counts characters, not UTF-16 units', () => {
    expect(checkPassword('ñandú🙂ñandú')?.code).toBe('PASSWORD_TOO_SHORT');
  });

  it.each([
    'password1234',
    'Password2026',
    'contraseña123',
    'aaaaaaaaaaaa',
    'abcabcabcabc',
    '123456789012',
    'abcdefghijklm',
    'qwerty123456!',
    'custodia2026',
  ])('refuses the common or trivial password %s', (password) => {
    expect(checkPassword(password)).toEqual({ code: 'PASSWORD_TOO_COMMON' });
  });

  it('refuses passwords over 256 characters', () => {
    expect(checkPassword('x'.repeat(100) + 'y'.repeat(157))?.code).toBe('PASSWORD_TOO_LONG');
  });
});
