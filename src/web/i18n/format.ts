import { createContext, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface Formatters {
  readonly locale: string;
  dateTime(iso: string): string;
  date(iso: string): string;
  number(value: number): string;
}

/** The country of the signed-in person's organisation (ISO 3166-1), which shapes dates and numbers. */
export const RegionContext = createContext<string | null>(null);

/** The locale for the interface language in a country, e.g. es-PE; the bare language when Intl lacks it. */
export function localeFor(language: string, region: string | null): string {
  if (region && /^[A-Z]{2}$/.test(region)) {
    const tagged = `${language}-${region}`;
    if (Intl.DateTimeFormat.supportedLocalesOf([tagged]).length > 0) return tagged;
  }
  return language;
}

/** Dates and numbers for a person, in the interface language and the device's time zone. */
export function createFormatters(locale: string): Formatters {
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const number = new Intl.NumberFormat(locale);
  return {
    locale,
    dateTime: (iso) => dateTime.format(new Date(iso)),
    date: (iso) => date.format(new Date(iso)),
    number: (value) => number.format(value),
  };
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const region = useContext(RegionContext);
  return useMemo(() => createFormatters(localeFor(i18n.language, region)), [i18n.language, region]);
}
