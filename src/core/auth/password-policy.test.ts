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

  it.each([
    'qwertyuiopasdf',
    'QwertyuiopAsdf',
    '1qaz2wsx3edc4rfv',
    'asdfghjkl1234',
    'poiuytrewqlkj',
    'zxcvbnmasdfg',
  ])('refuses the keyboard walk %s', (password) => {
    expect(checkPassword(password)).toEqual({ code: 'PASSWORD_TOO_COMMON' });
  });

  it.each(['lovelovelove', 'liverpool123', 'seguridad2026', 'holamundo123'])(
    'refuses %s from the larger list',
    (p) => {
      expect(checkPassword(p)).toEqual({ code: 'PASSWORD_TOO_COMMON' });
    },
  );

  const owner = { email: 'mquispe.rojas@andina.example', displayName: 'María Quispe Rojas' };
  it.each([
    'mquispe.rojas@andina.example',
    'mquispe.rojas!!',
    'MariaQuispe1984',
    'quisperojas#77',
    'andinaseguridad!1',
    'Rojas-tiene-clave',
  ])('refuses %s, built from the account’s own e-mail or name', (password) => {
    expect(checkPassword(password, owner)).toEqual({ code: 'PASSWORD_HAS_PERSONAL_DATA' });
  });

  it('accepts a passphrase that does not use the account’s data', () => {
    expect(checkPassword('armero turno noche lima', owner)).toBeNull();
    expect(checkPassword('Custodia-Demo-2026', owner)).toBeNull();
  });
});
