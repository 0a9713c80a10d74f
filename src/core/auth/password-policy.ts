/**
 * Password rules (NIST SP 800-63B §5.1.1.2): at least 12 characters, at most 256, and not a
 * commonly used or trivially guessable password. No composition rules, which push people to
 * predictable patterns.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export type PasswordProblem =
  | { code: 'PASSWORD_TOO_SHORT'; minLength: number }
  | { code: 'PASSWORD_TOO_LONG'; maxLength: number }
  | { code: 'PASSWORD_TOO_COMMON' };

// The most frequent passwords of public breach corpora that reach 12 characters, and their stems:
// a password that is one of these stems repeated or followed by digits is refused too.
const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456123456',
  '111111111111',
  '000000000000',
  '123123123123',
  'qwertyuiopas',
  'qwertyuiop123',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'qazwsxedcrfv',
  'passwordpassword',
  'password1234',
  'password12345',
  'password123456',
  'password2024',
  'password2025',
  'password2026',
  'iloveyou1234',
  'abcdefghijkl',
  'abc123abc123',
  'administrator',
  'admin1234567',
  'adminadminadmin',
  'welcome12345',
  'welcome123456',
  'letmein12345',
  'football1234',
  'baseball1234',
  'sunshine1234',
  'princess1234',
  'monkey123456',
  'dragon123456',
  'master123456',
  'superman1234',
  'trustno1trustno1',
  'contraseña123',
  'contrasena123',
  'contrasena1234',
  'contraseña1234',
  'micontraseña',
  'micontrasena1',
  'seguridad123',
  'seguridad1234',
  'qwerty123456',
  'asdfghjkl123',
  'zxcvbnm12345',
  'changeme1234',
  'changemenow1',
  'custodia1234',
  'custodia12345',
  'armeria12345',
  'teamo1234567',
]);
const COMMON_STEMS = [
  'password',
  'passw0rd',
  'contraseña',
  'contrasena',
  'qwerty',
  'admin',
  'welcome',
  'letmein',
  'iloveyou',
  'custodia',
  'seguridad',
  'armeria',
  'abc123',
  '123456',
  'changeme',
];

function isRepetitive(password: string): boolean {
  // One character repeated, or a short block repeated (e.g. "abcabcabcabc").
  for (let block = 1; block <= 4; block++) {
    const unit = password.slice(0, block);
    if (unit.repeat(Math.ceil(password.length / block)).slice(0, password.length) === password) return true;
  }
  return false;
}

function isSequential(password: string): boolean {
  let ascending = 0;
  let descending = 0;
  for (let i = 1; i < password.length; i++) {
    const step = password.charCodeAt(i) - password.charCodeAt(i - 1);
    if (step === 1) ascending++;
    if (step === -1) descending++;
  }
  return ascending === password.length - 1 || descending === password.length - 1;
}

function isStemWithPadding(lower: string): boolean {
  return COMMON_STEMS.some((stem) => {
    if (!lower.startsWith(stem)) return false;
    const rest = lower.slice(stem.length);
    return /^[0-9!@#$%^&*.]*$/.test(rest) || rest === stem || isRepetitive(lower);
  });
}

export function checkPassword(password: string): PasswordProblem | null {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return { code: 'PASSWORD_TOO_SHORT', minLength: MIN_PASSWORD_LENGTH };
  if (password.length > MAX_PASSWORD_LENGTH)
    return { code: 'PASSWORD_TOO_LONG', maxLength: MAX_PASSWORD_LENGTH };
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || isRepetitive(lower) || isSequential(lower) || isStemWithPadding(lower)) {
    return { code: 'PASSWORD_TOO_COMMON' };
  }
  return null;
}
