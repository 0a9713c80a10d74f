import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../contracts/common';

export const LANGUAGES: readonly Language[] = ['es', 'en'];
const STORAGE_KEY = 'custodia.language';

export function isLanguage(value: unknown): value is Language {
  return value === 'es' || value === 'en';
}

/**
 * The language before anyone signs in: the one chosen on this device's sign-in page, else the
 * browser's, else Spanish. After sign-in the account's language (user.language) wins.
 */
export function initialLanguage(): Language {
  const stored = safeStorage()?.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'es';
}

export function rememberDeviceLanguage(language: Language): void {
  safeStorage()?.setItem(STORAGE_KEY, language);
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'es';
}

/*
 * Texts arrive in two chunks per language: the base (frame, sign-in, administration), which the
 * first page waits for, and every feature's screens, fetched once someone is signed in.
 */
const BASE: Record<Language, () => Promise<object>> = {
  es: async () => (await import('./base.es')).baseEs,
  en: async () => (await import('./base.en')).baseEn,
};
const FEATURES: Record<Language, () => Promise<object>> = {
  es: async () => (await import('./features.es')).featuresEs,
  en: async () => (await import('./features.en')).featuresEn,
};
let featuresWanted = false;
const featuresLoaded = new Set<Language>();

async function ensureLoaded(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', await BASE[language](), true, true);
  }
  if (featuresWanted && !featuresLoaded.has(language)) {
    i18next.addResourceBundle(language, 'translation', await FEATURES[language](), true, true);
    featuresLoaded.add(language);
  }
}

/** The signed-in frame waits for this: every feature's texts in the current language (and later ones). */
export async function loadFeatureTexts(): Promise<void> {
  featuresWanted = true;
  await ensureLoaded(currentLanguage());
}

export async function applyLanguage(language: Language): Promise<void> {
  await ensureLoaded(language);
  if (i18next.language !== language) await i18next.changeLanguage(language);
}

/** Ready to render once the first language's texts have arrived. */
export async function setUpI18n(): Promise<typeof i18next> {
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  const language = initialLanguage();
  const texts = await BASE[language]();
  await i18next.use(initReactI18next).init({
    resources: { [language]: { translation: texts } },
    lng: language,
    fallbackLng: false,
    supportedLngs: ['es', 'en'],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return i18next;
}
