import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation } from '../../src/contracts/organisations';
import { as, signIn, type SignedIn } from '../support/test-app';
import {
  DESKTOP,
  SCREENS_DIR,
  screenshot,
  seriousAxeFindings,
  signInAs,
  signInThroughForm,
  signOut,
  startJourney,
  TABLET,
  type AxeFinding,
  type Journey,
} from './journey-support';

type Language = 'es' | 'en';

const TEXT = {
  es: {
    signIn: 'Iniciar sesión',
    dashboard: 'Inicio',
    switchTo: 'Español',
    secondFactor: 'Verificación en dos pasos',
    enrol: 'Configure su segundo factor',
  },
  en: {
    signIn: 'Sign in',
    dashboard: 'Dashboard',
    switchTo: 'English',
    secondFactor: 'Two-step verification',
    enrol: 'Set up your second factor',
  },
} as const;

// Accounts prepared for the sign-in steps, in each language: one with a second factor, one that must enrol.
const TWO_FACTOR_USER: Record<Language, string> = {
  es: 'policia@custodia.example',
  en: 'programa@custodia.example',
};
const MUST_ENROL_USER: Record<Language, string> = {
  es: 'evaluador@custodia.example',
  en: 'gerente@callao.example',
};

describe('accessibility and layout of every page, in both languages, at 1366×768 and 800×1280', () => {
  let journey: Journey;
  let invitationPath: string;
  let organisationId: (code: string) => string;

  beforeAll(async () => {
    journey = await startJourney();
    const { app, clock } = journey.testApp;
    const admin = await signIn(app, 'admin@custodia.example');
    const organisations = (
      (await app.inject({ method: 'GET', url: '/api/v1/organisations', headers: as(admin) })).json() as {
        items: Organisation[];
      }
    ).items;
    organisationId = (code) => organisations.find((o) => o.code === code)!.id;

    const enrol = async (session: SignedIn) => {
      const { secret } = (
        await app.inject({ method: 'POST', url: '/api/v1/auth/totp/enrolment', headers: as(session) })
      ).json() as { secret: string };
      const code = await generate({ secret, epoch: Math.floor(clock.now().getTime() / 1000) });
      const confirmed = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/totp/confirmation',
        headers: as(session),
        payload: { code },
      });
      expect(confirmed.statusCode).toBe(200);
    };
    const setLanguage = async (session: SignedIn, language: Language) => {
      const saved = await app.inject({
        method: 'PUT',
        url: '/api/v1/me/language',
        headers: as(session),
        payload: { language },
      });
      expect(saved.statusCode).toBe(200);
    };
    const english = await signIn(app, TWO_FACTOR_USER.en);
    await setLanguage(english, 'en');
    await enrol(english);
    await enrol(await signIn(app, TWO_FACTOR_USER.es));
    await setLanguage(await signIn(app, MUST_ENROL_USER.en), 'en');
    for (const code of ['ASSESS-PE', 'PSC-CALLAO']) {
      const updated = await app.inject({
        method: 'PUT',
        url: `/api/v1/organisations/${organisationId(code)}/settings`,
        headers: as(admin),
        payload: { requiresTotp: true },
      });
      expect(updated.statusCode).toBe(200);
    }
    const invited = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: as(admin),
      payload: {
        organisationId: organisationId('PSC-ANDINA'),
        email: 'invitada@andina.example',
        displayName: 'Inés Invitada',
        roles: ['psc-armourer'],
      },
    });
    const url = new URL((invited.json() as { invitation: { url: string } }).invitation.url);
    invitationPath = `${url.pathname}${url.search}`;
  });

  afterAll(async () => {
    await journey?.close();
  });

  const runs = (['es', 'en'] as const).flatMap((language) =>
    [DESKTOP, TABLET].map(
      (viewport) => [language, `${viewport.width}x${viewport.height}`, viewport] as const,
    ),
  );

  it.each(runs)('has no serious or critical axe findings (%s, %s)', async (language, size, viewport) => {
    const findings = new Map<string, AxeFinding[]>();
    const page = await journey.newPage({
      locale: language === 'es' ? 'es-PE' : 'en-GB',
      viewport,
      bypassCSP: true,
    });

    /** Check and photograph the page as it stands, once it has finished loading. */
    const capture = async (name: string) => {
      await page.waitForLoadState('networkidle');
      await page.locator('.mantine-Loader-root').waitFor({ state: 'detached' });
      await page.evaluate(async () => {
        await document.fonts.ready;
        window.scrollTo(0, 0);
      });
      const found = await seriousAxeFindings(page);
      if (found.length > 0) findings.set(name, found);
      await screenshot(page, `${name}-${language}-${size}`);
    };
    const heading = (name: string) => page.getByRole('heading', { level: 1, name }).waitFor();
    const go = async (path: string, title: string) => {
      await page.goto(path);
      await heading(title);
    };
    /** The n-th navigation item; on a narrow screen the navigation first opens from its button. */
    const openNavigationItem = async (label: string) => {
      const toggle = page.getByRole('button', {
        name: language === 'es' ? 'Abrir la navegación' : 'Open navigation',
      });
      if (await toggle.isVisible()) {
        await toggle.click();
        await page.getByRole('navigation').getByRole('link').first().waitFor();
      }
      await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
    };
    const useLanguage = async () => {
      if ((await page.locator('html').getAttribute('lang')) === language) return;
      await page.getByRole('button', { name: TEXT[language].switchTo }).click();
      await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
    };

    await go('/sign-in', TEXT[language].signIn);
    await capture('sign-in');
    await signInThroughForm(page, 'admin@custodia.example', 'wrong password');
    await page.getByRole('alert').waitFor();
    await capture('sign-in-error');
    await go(invitationPath, language === 'es' ? 'Bienvenido a Custodia' : 'Welcome to Custodia');
    await capture('set-password');
    await go(
      '/set-password?token=not-a-valid-token-at-all-0000',
      language === 'es' ? 'Enlace no válido' : 'Link not valid',
    );
    await capture('set-password-invalid');

    await page.goto('/sign-in');
    await signInThroughForm(page, TWO_FACTOR_USER[language]);
    await heading(TEXT[language].secondFactor);
    await capture('sign-in-second-factor');
    await page
      .getByRole('button', { name: language === 'es' ? 'Usar otra cuenta' : 'Use another account' })
      .click();
    await signInThroughForm(page, MUST_ENROL_USER[language]);
    await heading(TEXT[language].enrol);
    await page
      .getByRole('button', {
        name: language === 'es' ? 'Configurar la aplicación de autenticación' : 'Set up an authenticator app',
      })
      .click();
    await page.getByTestId('totp-qr').waitFor();
    await capture('sign-in-mandatory-enrolment');
    await page.context().clearCookies();

    await go('/sign-in', TEXT[language].signIn);
    await signInAs(page, 'admin@custodia.example');
    await useLanguage();
    await heading(TEXT[language].dashboard);
    await capture('dashboard');
    if (viewport === TABLET) {
      // Folded navigation: out of the keyboard's reach until opened, then a full list.
      expect(await page.getByRole('navigation').count()).toBe(0);
      await page
        .getByRole('button', { name: language === 'es' ? 'Abrir la navegación' : 'Open navigation' })
        .click();
      await page.getByRole('navigation').getByRole('link').first().waitFor();
      // Let the navigation finish sliding in before it is checked and photographed.
      await page.waitForFunction(
        () => document.querySelector('#main-navigation')?.getBoundingClientRect().left === 0,
      );
      await capture('navigation-open');
      await page
        .getByRole('button', { name: language === 'es' ? 'Cerrar la navegación' : 'Close navigation' })
        .click();
      await page.getByRole('navigation').waitFor({ state: 'hidden' });
    }

    await openNavigationItem(language === 'es' ? 'Organizaciones' : 'Organisations');
    await heading(language === 'es' ? 'Organizaciones' : 'Organisations');
    await capture('organisations');
    await page
      .getByRole('button', { name: language === 'es' ? 'Registrar organización' : 'Register organisation' })
      .click();
    const createDialog = page.getByRole('dialog');
    await createDialog.getByLabel(language === 'es' ? 'Código' : 'Code').fill('x');
    await createDialog.getByRole('button', { name: language === 'es' ? 'Crear' : 'Create' }).click();
    await createDialog.getByRole('alert').waitFor();
    await capture('organisation-create');
    await page.keyboard.press('Escape');
    await createDialog.waitFor({ state: 'detached' });

    await go(`/admin/organisations/${organisationId('PSC-ANDINA')}`, 'Seguridad Andina S.A.C.');
    await capture('organisation');

    await openNavigationItem(language === 'es' ? 'Usuarios' : 'Users');
    await heading(language === 'es' ? 'Usuarios' : 'Users');
    await capture('users');
    await page
      .getByRole('button', { name: language === 'es' ? 'Invitar a una persona' : 'Invite someone' })
      .click();
    const invite = page.getByRole('dialog');
    await invite.getByRole('combobox').first().click();
    await page.getByRole('option', { name: 'Seguridad Andina S.A.C.' }).click();
    await invite
      .getByLabel(language === 'es' ? 'Correo electrónico' : 'E-mail address')
      .fill(`persona.${language}.${viewport.width}@andina.example`);
    await invite.getByLabel(language === 'es' ? 'Nombre y apellido' : 'Full name').fill('Persona de Prueba');
    await invite.getByRole('checkbox').last().check();
    await capture('users-invite');
    await invite
      .getByRole('button', { name: language === 'es' ? 'Crear la invitación' : 'Create the invitation' })
      .click();
    await invite.getByTestId('copyable-secret').waitFor();
    await capture('users-invitation-link');
    await invite.getByRole('button', { name: language === 'es' ? 'Listo' : 'Done' }).click();
    await invite.waitFor({ state: 'detached' });
    await page
      .getByRole('button', {
        name: language === 'es' ? 'Acciones para Arturo Armero' : 'Actions for Arturo Armero',
      })
      .click();
    await page.getByRole('menuitem', { name: language === 'es' ? 'Cambiar roles' : 'Change roles' }).click();
    await page.getByRole('menu').waitFor({ state: 'detached' });
    await page.getByRole('dialog').getByRole('checkbox').first().waitFor();
    await capture('users-roles');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await openNavigationItem(language === 'es' ? 'Registro de auditoría' : 'Audit log');
    await heading(language === 'es' ? 'Registro de auditoría' : 'Audit log');
    await page.locator('tbody tr').first().waitFor();
    await capture('audit');

    await openNavigationItem(language === 'es' ? 'Tokens de API' : 'API tokens');
    await heading(language === 'es' ? 'Tokens de API' : 'API tokens');
    await page.getByRole('button', { name: language === 'es' ? 'Crear token' : 'Create token' }).click();
    const token = page.getByRole('dialog');
    await token.getByRole('combobox').click();
    await page.getByRole('option', { name: 'Seguridad Andina S.A.C.' }).click();
    await token
      .getByLabel(language === 'es' ? 'Nombre' : 'Name')
      .fill(`Inventario ${language} ${viewport.width}`);
    await token.getByRole('checkbox').first().check();
    await token.getByRole('button', { name: language === 'es' ? 'Crear' : 'Create' }).click();
    await token.getByTestId('copyable-secret').waitFor();
    await capture('api-token-secret');
    await token.getByRole('button', { name: language === 'es' ? 'Listo' : 'Done' }).click();
    await token.waitFor({ state: 'detached' });
    await capture('api-tokens');

    await openNavigationItem(language === 'es' ? 'Mi cuenta y seguridad' : 'My account & security');
    await heading(language === 'es' ? 'Mi cuenta y seguridad' : 'My account & security');
    await page
      .getByRole('button', {
        name: language === 'es' ? 'Configurar la aplicación de autenticación' : 'Set up an authenticator app',
      })
      .click();
    await page.getByTestId('totp-qr').waitFor();
    await capture('account-security');

    await go(
      `/admin/organisations/00000000-0000-7000-8000-000000000000`,
      language === 'es' ? 'No encontrado o no permitido' : 'Not found or not allowed',
    );
    await capture('not-allowed');
    await signOut(page);

    await signInAs(page, 'regulador@custodia.example');
    await useLanguage();
    await capture('dashboard-regulator');
    await openNavigationItem(language === 'es' ? 'Empresas' : 'Companies');
    await heading(language === 'es' ? 'Empresas' : 'Companies');
    await capture('companies-regulator');
    await signOut(page);

    await signInAs(page, 'gerente@andina.example');
    await useLanguage();
    await openNavigationItem(language === 'es' ? 'Usuarios' : 'Users');
    await heading(language === 'es' ? 'Usuarios' : 'Users');
    await capture('users-psc-manager');
    await signOut(page);

    // The findings, if any, also go beside the screenshots for whoever fixes them.
    writeFileSync(
      join(SCREENS_DIR, `axe-${language}-${size}.json`),
      JSON.stringify(Object.fromEntries(findings), null, 2),
    );
    expect(Object.fromEntries(findings)).toEqual({});
    expect(journey.pageErrors).toEqual([]);
  });
});
