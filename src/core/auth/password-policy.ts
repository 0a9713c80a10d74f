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
  | { code: 'PASSWORD_TOO_COMMON' }
  | { code: 'PASSWORD_HAS_PERSONAL_DATA' };

/** What the account itself says about its holder: a password may not be built from it. */
export interface PasswordOwner {
  readonly email?: string | null;
  readonly displayName?: string | null;
}

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
  // More of the most frequent long passwords of public breach corpora (NCSC / HIBP top lists).
  'qwertyuiopasdfgh',
  'qwertyuiopasdfghjkl',
  'asdfghjklqwerty',
  'zaq12wsxcde3',
  '1qaz2wsx3edc4rfv',
  'q1w2e3r4t5y6',
  'a1b2c3d4e5f6',
  '1a2b3c4d5e6f',
  'qweasdzxc123',
  'qweasdzxcqwe',
  '987654321012',
  '098765432109',
  '147258369147',
  '147852369874',
  '159753159753',
  '741852963741',
  '102030405060',
  '112233445566',
  '121212121212',
  '123321123321',
  '123654789123',
  '123456789abc',
  '123456789qwe',
  '123456789asd',
  'iloveyouiloveyou',
  'lovelovelove',
  'michael12345',
  'jennifer1234',
  'jordan231234',
  'charlie12345',
  'computer1234',
  'internet1234',
  'whatever1234',
  'starwars1234',
  'pokemon12345',
  'liverpool123',
  'chelsea12345',
  'arsenal12345',
  'barcelona123',
  'realmadrid12',
  'manchester12',
  'blink1821234',
  'samsung12345',
  'motorola1234',
  'nokia1234567',
  'microsoft123',
  'google123456',
  'facebook1234',
  'instagram123',
  'linkedin1234',
  'spiderman123',
  'batman123456',
  'pussycat1234',
  'chocolate123',
  'butterfly123',
  'shadow123456',
  'killer123456',
  'hunter123456',
  'freedom12345',
  'secret123456',
  'security1234',
  'firearms1234',
  'armory123456',
  'armoury12345',
  'escopeta1234',
  'pistola12345',
  'revolver1234',
  'vigilante123',
  'seguridad2024',
  'seguridad2025',
  'seguridad2026',
  'peru12345678',
  'lima12345678',
  'mexico123456',
  'colombia1234',
  'guatemala123',
  'costarica123',
  'brasil123456',
  'salvador1234',
  'dominicana12',
  'tequiero1234',
  'teamomucho12',
  'corazon12345',
  'mariposa1234',
  'princesa1234',
  'estrella1234',
  'angelito1234',
  'familia12345',
  'jesucristo12',
  'diosesamor12',
  'bienvenido12',
  'holamundo123',
  'holahola1234',
  'clave1234567',
  'miclave12345',
  'acceso123456',
  'usuario12345',
  'administrador',
  'administrador1',
  'soporte12345',
  'sistema12345',
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
  'qwertz',
  'azerty',
  'clave',
  'usuario',
  'acceso',
  'bienvenido',
  'secret',
  'security',
  'dragon',
  'monkey',
  'master',
  'football',
  'baseball',
  'sunshine',
  'princess',
  'princesa',
  'tequiero',
  'teamo',
];

// Rows of the keyboards people type passwords on (QWERTY, QWERTZ, AZERTY, Spanish), digits included.
const KEYBOARD_ROWS = [
  '1234567890',
  'qwertyuiop',
  'asdfghjkl',
  'asdfghjklñ',
  'zxcvbnm',
  'qwertzuiop',
  'yxcvbnm',
  'azertyuiop',
  'qsdfghjklm',
  'wxcvbn',
];
// Columns of a QWERTY keyboard read top to bottom (1qaz, 2wsx…), the other common "walk".
const KEYBOARD_COLUMNS = ['1qaz', '2wsx', '3edc', '4rfv', '5tgb', '6yhn', '7ujm', '8ik', '9ol', '0p'];

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

/**
 * Keyboard walks (qwertyuiopasdf, 1qaz2wsx3edc, asdf1234…): what is left once every run of three or
 * more neighbouring keys is taken out; a password that is almost all runs is guessable.
 */
function keyboardRemainder(lower: string): number {
  const runs = [
    ...KEYBOARD_ROWS,
    ...KEYBOARD_ROWS.map((r) => [...r].reverse().join('')),
    KEYBOARD_COLUMNS.join(''),
  ];
  const covered = new Array<boolean>(lower.length).fill(false);
  for (let i = 0; i < lower.length; i++) {
    for (const row of runs) {
      let length = 0;
      const start = row.indexOf(lower[i]!);
      if (start < 0) continue;
      while (i + length < lower.length && row[start + length] === lower[i + length]) length++;
      if (length >= 3) for (let k = i; k < i + length; k++) covered[k] = true;
    }
  }
  return covered.filter((c) => !c).length;
}

/** Parts of the account's e-mail and name (three letters or more) that a password may not contain. */
function personalParts(owner: PasswordOwner): string[] {
  const email = (owner.email ?? '').toLowerCase();
  const [local = '', domain = ''] = email.split('@');
  const words = [
    local,
    ...local.split(/[^\p{L}\p{N}]+/u),
    ...domain.split('.').slice(0, -1),
    ...(owner.displayName ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u),
  ];
  return [...new Set(words.filter((w) => [...w].length >= 3))];
}

function strip(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

export function checkPassword(password: string, owner: PasswordOwner = {}): PasswordProblem | null {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return { code: 'PASSWORD_TOO_SHORT', minLength: MIN_PASSWORD_LENGTH };
  if (password.length > MAX_PASSWORD_LENGTH)
    return { code: 'PASSWORD_TOO_LONG', maxLength: MAX_PASSWORD_LENGTH };
  const lower = password.toLowerCase();
  if (
    COMMON_PASSWORDS.has(lower) ||
    isRepetitive(lower) ||
    isSequential(lower) ||
    isStemWithPadding(lower) ||
    keyboardRemainder(lower) < 6
  ) {
    return { code: 'PASSWORD_TOO_COMMON' };
  }
  // The account's own e-mail or name, whole or in parts of four letters or more, or as most of it.
  const plain = strip(lower);
  const parts = personalParts(owner).map(strip);
  const email = strip((owner.email ?? '').toLowerCase());
  if (
    (email !== '' && plain.includes(email.split('@')[0]!) && email.split('@')[0]!.length >= 3) ||
    parts.some((part) => part.length >= 4 && plain.includes(part)) ||
    parts.reduce((left, part) => left.split(part).join(''), plain).length < 6
  ) {
    return { code: 'PASSWORD_HAS_PERSONAL_DATA' };
  }
  return null;
}
