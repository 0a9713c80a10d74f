import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../src/use-cases/seed-demo';
import {
  eventually,
  type Journey,
  navigationLabels,
  screenshot,
  signInThroughForm,
  signOut,
  startJourney,
} from './journey-support';

// What each demo account must find in its navigation, in Spanish (every demo account's language).
const EXPECTED_NAVIGATION: Record<string, string[]> = {
  'admin@custodia.example': [
    'Inicio',
    'Registro de armas',
    'Peligros y señales',
    'Evaluaciones',
    'Rastreo',
    'Incidentes',
    'Organizaciones',
    'Usuarios',
    'Registro de auditoría',
    'Tokens de API',
    'Mi cuenta y seguridad',
  ],
  'regulador@custodia.example': [
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
  ],
  'gerente@andina.example': [
    'Inicio',
    'Armería',
    'Registro de armas',
    'Peligros y señales',
    'Evaluaciones',
    'Incidentes',
    'Usuarios',
    'Tokens de API',
    'Mi cuenta y seguridad',
  ],
  'armero@andina.example': [
    'Inicio',
    'Armería',
    'Registro de armas',
    'Peligros y señales',
    'Incidentes',
    'Mi cuenta y seguridad',
  ],
  'gerente@pacifico.example': [
    'Inicio',
    'Armería',
    'Registro de armas',
    'Peligros y señales',
    'Evaluaciones',
    'Incidentes',
    'Usuarios',
    'Tokens de API',
    'Mi cuenta y seguridad',
  ],
  'evaluador@custodia.example': ['Inicio', 'Evaluaciones', 'Mi cuenta y seguridad'],
  'programa@custodia.example': ['Inicio', 'Evaluaciones', 'Organizaciones', 'Mi cuenta y seguridad'],
  'policia@custodia.example': ['Inicio', 'Rastreo', 'Mi cuenta y seguridad'],
};

const ORGANISATION_NAMES: Record<string, string> = {
  'REG-PE': 'Superintendencia Nacional de Control (demo)',
  'PSC-ANDINA': 'Seguridad Andina S.A.C.',
  'PSC-PACIFICO': 'Vigilancia del Pacífico S.A.',
  'ASSESS-PE': 'Centro de Evaluación Técnica (demo)',
  'PROG-LAC': 'Oficina del Programa ALC (demo)',
  'POL-PE': 'Policía Nacional — División de Armas (demo)',
};

describe('navigation by role', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney();
  });
  afterAll(async () => {
    await journey?.close();
  });

  const accounts = DEMO_ACCOUNTS.filter((account) => account.email in EXPECTED_NAVIGATION);

  it.each(accounts.map((account) => [account.email, account] as const))(
    'signs in as %s and shows that role’s navigation, organisation and dashboard',
    async (email, account) => {
      const page = await journey.newPage();
      await page.goto('/');
      await page.waitForURL(/\/sign-in$/);
      await signInThroughForm(page, email);
      await page.getByRole('heading', { level: 1, name: 'Inicio' }).waitFor();

      expect(await navigationLabels(page)).toEqual(EXPECTED_NAVIGATION[email]);
      await eventually(() => page.getByTestId('header-organisation').innerText()).toBe(
        ORGANISATION_NAMES[account.organisationCode],
      );
      expect(await page.getByTestId('header-user').innerText()).toBe(account.displayName);

      // Every tile of the role's dashboard shows a translated label, never the API's raw key.
      const tiles = page.getByRole('list', { name: 'Cifras' }).getByRole('listitem');
      await tiles.first().waitFor();
      for (const text of await tiles.allInnerTexts()) {
        expect(text).toMatch(/^\d[\d.,\s]*\n/);
        expect(text).not.toMatch(/\b[a-z]+[A-Z][a-zA-Z]*\b/);
      }

      // Each navigation item opens a real screen of that role, not the "not allowed" page.
      for (const label of EXPECTED_NAVIGATION[email]!) {
        await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        expect(await page.getByTestId('not-allowed').count(), `${label} for ${email}`).toBe(0);
      }
      await page.getByRole('navigation').getByRole('link', { name: 'Inicio', exact: true }).click();
      await screenshot(page, `dashboard-${account.roles[0]}-es-1366x768`);
      await signOut(page);
      expect(journey.pageErrors).toEqual([]);
    },
  );

  it('answers a screen outside the role’s navigation with "not found or not allowed"', async () => {
    const page = await journey.newPage();
    await signInThroughForm(page, 'armero@andina.example');
    await page.getByRole('heading', { level: 1, name: 'Inicio' }).waitFor();
    for (const path of ['/audit', '/admin/users', '/api-tokens', '/admin/organisations', '/no-such-page']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: 'No encontrado o no permitido' }).waitFor();
    }
    expect(journey.pageErrors).toEqual([]);
  });

  it('shows the administrator’s dashboard figures and follows a tile’s link', async () => {
    const page = await journey.newPage();
    await signInThroughForm(page, 'admin@custodia.example');
    await eventually(() => page.getByTestId('tile-organisations').innerText()).toBe('7');
    expect(await page.getByTestId('tile-users').innerText()).toBe(String(DEMO_ACCOUNTS.length));
    await page.getByRole('link', { name: /^7 Organizaciones/ }).click();
    await page.waitForURL(/\/admin\/organisations$/);
    await page.getByRole('heading', { level: 1, name: 'Organizaciones' }).waitFor();
  });
});
