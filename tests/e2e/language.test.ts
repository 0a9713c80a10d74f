import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  eventually,
  type Journey,
  navigationLabels,
  signInThroughForm,
  signOut,
  startJourney,
} from './journey-support';

const SPANISH_NAVIGATION = [
  'Inicio',
  'Registro de armas',
  'Peligros y señales',
  'Evaluaciones',
  'Rastreo',
  'Incidentes',
  'Empresas',
  'Usuarios',
  'Registro de auditoría',
  'Tokens de API',
  'Mi cuenta y seguridad',
];
const ENGLISH_NAVIGATION = [
  'Dashboard',
  'Firearms registry',
  'Hazards and signs',
  'Assessments',
  'Tracing',
  'Incidents',
  'Companies',
  'Users',
  'Audit log',
  'API tokens',
  'My account & security',
];

describe('interface language', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney();
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('follows the browser’s language before sign-in, Spanish when it is neither Spanish nor English', async () => {
    const cases: Array<[string, string, string]> = [
      ['en-GB', 'Sign in', 'en'],
      ['es-PE', 'Iniciar sesión', 'es'],
      ['fr-FR', 'Iniciar sesión', 'es'],
    ];
    for (const [locale, heading, lang] of cases) {
      const page = await journey.newPage({ locale });
      await page.goto('/sign-in');
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(await page.locator('html').getAttribute('lang'), locale).toBe(lang);
    }
  });

  it('switches Spanish ↔ English, and the choice persists after a reload and at the next sign-in', async () => {
    const page = await journey.newPage({ locale: 'es-PE', timezoneId: 'America/Lima' });
    await signInThroughForm(page, 'regulador@custodia.example');
    await page.getByRole('heading', { level: 1, name: 'Inicio' }).waitFor();
    expect(await navigationLabels(page)).toEqual(SPANISH_NAVIGATION);

    await page.getByRole('navigation').getByRole('link', { name: 'Registro de auditoría' }).click();
    const firstTime = page.locator('tbody time').first();
    await firstTime.waitFor();
    const spanishTime = await firstTime.innerText();
    expect(spanishTime).toMatch(/28 nov\.? 2026/);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    expect(await navigationLabels(page)).toEqual(ENGLISH_NAVIGATION);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toBe('Audit log · Custodia');
    await eventually(() => firstTime.innerText()).toMatch(/Nov/);
    expect(await firstTime.innerText()).not.toBe(spanishTime);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    expect(await navigationLabels(page)).toEqual(ENGLISH_NAVIGATION);

    // Another browser in Spanish: the account's language wins at sign-in.
    const elsewhere = await journey.newPage({ locale: 'es-PE' });
    await signInThroughForm(elsewhere, 'regulador@custodia.example');
    await elsewhere.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    expect(await navigationLabels(elsewhere)).toEqual(ENGLISH_NAVIGATION);

    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registro de auditoría' }).waitFor();
    expect(await navigationLabels(page)).toEqual(SPANISH_NAVIGATION);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Registro de auditoría' }).waitFor();
    await signOut(page);
    await page.getByRole('heading', { level: 1, name: 'Iniciar sesión' }).waitFor();
    expect(journey.pageErrors).toEqual([]);
  });

  it('keeps a language chosen on the sign-in page on this device, until an account’s language applies', async () => {
    const page = await journey.newPage({ locale: 'es-PE' });
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await signInThroughForm(page, 'evaluador@custodia.example');
    await page.getByRole('heading', { level: 1, name: 'Inicio' }).waitFor();
    expect(journey.pageErrors).toEqual([]);
  });
});
