import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  eventually,
  fieldErrorOf,
  type Journey,
  navigationLabels,
  signInThroughForm,
  signOut,
  startJourney,
} from './journey-support';

/** The path and query of a one-time link shown in the copyable box, to open on the test server. */
async function shownLinkPath(page: Page): Promise<string> {
  const box = page.getByTestId('copyable-secret');
  await box.waitFor();
  const url = new URL(await box.inputValue());
  expect(url.pathname).toBe('/set-password');
  return `${url.pathname}${url.search}`;
}

async function rowOf(page: Page, email: string) {
  const row = page.locator(`tr[data-user-email="${email}"]`);
  await row.waitFor();
  return row;
}

describe('administration of organisations and users', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney();
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('registers a company, explaining a malformed code at its field', async () => {
    const page = await journey.newPage();
    await signInThroughForm(page, 'admin@custodia.example');
    await page.getByRole('navigation').getByRole('link', { name: 'Organizaciones' }).click();
    await page.getByRole('button', { name: 'Registrar organización' }).click();
    const dialog = page.getByRole('dialog', { name: 'Registrar una organización' });
    await dialog.getByRole('combobox', { name: 'Tipo' }).click();
    await page.getByRole('option', { name: 'Empresa de seguridad privada' }).click();
    await dialog.getByLabel('Código').fill('bad code');
    await dialog.getByLabel('Nombre').fill('Resguardo Norte S.A.C.');
    await dialog.getByRole('combobox', { name: 'Licenciada por' }).click();
    await page.getByRole('option', { name: /Superintendencia Nacional de Control/ }).click();
    await dialog.getByRole('button', { name: 'Crear' }).click();
    await eventually(() => fieldErrorOf(dialog.getByLabel('Código'))).toBe(
      'De 2 a 32 mayúsculas, cifras o guiones, por ejemplo ESP-LIMA-01.',
    );
    expect(await fieldErrorOf(dialog.getByLabel('Nombre'))).toBeNull();

    await dialog.getByLabel('Código').fill('PSC-NORTE');
    await dialog.getByRole('button', { name: 'Crear' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Resguardo Norte S.A.C.' }).click();
    await page.getByRole('heading', { level: 1, name: 'Resguardo Norte S.A.C.' }).waitFor();
    // The switch is controlled: it turns on when the server has saved the setting, not on the click.
    const mandatory = page.getByLabel('Segundo factor obligatorio para todo el personal');
    await mandatory.click();
    await page.getByText('El segundo factor es ahora obligatorio.').waitFor();
    expect(await mandatory.isChecked()).toBe(true);
    expect(journey.pageErrors).toEqual([]);
  });

  it('invites a person with a one-time link, who sets a password and signs in', async () => {
    const admin = await journey.newPage();
    await signInThroughForm(admin, 'gerente@andina.example');
    await admin.getByRole('navigation').getByRole('link', { name: 'Usuarios' }).click();
    await admin.getByRole('button', { name: 'Invitar a una persona' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Invitar a una persona' });
    // A PSC manager may give exactly the two PSC roles.
    const offered = await dialog
      .locator('input[type=checkbox]')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(offered).toEqual(['psc-manager', 'psc-armourer']);
    await dialog.getByLabel('Correo electrónico').fill('nueva.armera@andina.example');
    await dialog.getByLabel('Nombre y apellido').fill('Nadia Armera');
    await dialog.getByLabel('Armero').check();
    await dialog.getByRole('button', { name: 'Crear la invitación' }).click();
    const linkPath = await shownLinkPath(admin);
    const created = admin.getByRole('dialog', { name: 'Invitación creada' });
    await created
      .getByText('El enlace también quedó escrito en el registro del servidor (no hay correo configurado).')
      .waitFor();
    const logged = journey.testApp.logged.map((line) => JSON.stringify(line.obj));
    expect(logged.some((line) => line.includes(linkPath.split('token=')[1]!))).toBe(true);
    await created.getByRole('button', { name: 'Listo' }).click();
    await created.waitFor({ state: 'detached' });
    await rowOf(admin, 'nueva.armera@andina.example');

    const invitee = await journey.newPage({ locale: 'en-GB' });
    await invitee.goto(linkPath);
    await invitee.getByRole('heading', { level: 1, name: 'Welcome to Custodia' }).waitFor();
    await invitee.getByLabel('New password').fill('corto');
    await invitee.getByLabel('Repeat the password').fill('corto');
    await invitee.getByRole('button', { name: 'Save the password' }).click();
    await invitee.getByText('Use at least 12 characters.').waitFor();
    await invitee.getByLabel('New password').fill('una frase bastante larga 2026');
    await invitee.getByLabel('Repeat the password').fill('una frase bastante larga 2026');
    await invitee.getByRole('button', { name: 'Save the password' }).click();
    await invitee.getByRole('link', { name: 'Go to sign-in' }).click();
    await signInThroughForm(invitee, 'nueva.armera@andina.example', 'una frase bastante larga 2026');
    // The invitation was made in Spanish (the manager's language), which is now the account's language.
    await invitee.getByRole('heading', { level: 1, name: 'Inicio' }).waitFor();
    expect(await navigationLabels(invitee)).toEqual([
      'Inicio',
      'Armería',
      'Registro de armas',
      'Peligros y señales',
      'Incidentes',
      'Mi cuenta y seguridad',
    ]);

    // The same link does not work twice.
    const again = await journey.newPage();
    await again.goto(linkPath);
    await again.getByRole('heading', { level: 1, name: 'Enlace no válido' }).waitFor();
    expect(journey.pageErrors).toEqual([]);
  });

  it('edits roles with only the roles allowed for the organisation’s kind', async () => {
    const page = await journey.newPage();
    await signInThroughForm(page, 'admin@custodia.example');
    await page.goto('/admin/users');
    const row = await rowOf(page, 'armero@andina.example');
    await row.getByRole('button', { name: 'Acciones para Arturo Armero' }).click();
    await page.getByRole('menuitem', { name: 'Cambiar roles' }).click();
    const dialog = page.getByRole('dialog', { name: 'Roles de Arturo Armero' });
    const offered = await dialog
      .locator('input[type=checkbox]')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(offered).toEqual(['system-admin', 'psc-manager', 'psc-armourer']);
    await dialog.getByLabel('Gerente de ESP').check();
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(() => row.innerText()).toContain('Gerente de ESP');
  });

  it('resets a password with a new link, and deactivates an account after confirmation', async () => {
    const page = await journey.newPage();
    await signInThroughForm(page, 'admin@custodia.example');
    await page.goto('/admin/users');
    const callao = await rowOf(page, 'gerente@callao.example');
    await callao.getByRole('button', { name: 'Acciones para Carlos Cárdenas' }).click();
    await page.getByRole('menuitem', { name: 'Restablecer contraseña' }).click();
    await page
      .getByRole('dialog', { name: 'Restablecer contraseña' })
      .getByRole('button', { name: 'Crear el enlace' })
      .click();
    const linkPath = await shownLinkPath(page);
    await page
      .getByRole('dialog', { name: 'Enlace de un solo uso' })
      .getByRole('button', { name: 'Listo' })
      .click();
    expect(await signInThroughForm(await journey.newPage(), 'gerente@callao.example')).toBe(401);
    const owner = await journey.newPage();
    await owner.goto(linkPath);
    await owner.getByRole('heading', { level: 1, name: 'Nueva contraseña' }).waitFor();

    const policia = await rowOf(page, 'policia@custodia.example');
    await policia.getByRole('button', { name: 'Acciones para Luis Policía' }).click();
    await page.getByRole('menuitem', { name: 'Desactivar' }).click();
    const confirm = page.getByRole('dialog', { name: 'Desactivar la cuenta' });
    await confirm.getByRole('button', { name: 'Cancelar' }).click();
    await confirm.waitFor({ state: 'detached' });
    await eventually(() => policia.textContent()).toContain('Activo');
    await policia.getByRole('button', { name: 'Acciones para Luis Policía' }).click();
    await page.getByRole('menuitem', { name: 'Desactivar' }).click();
    await confirm.getByRole('button', { name: 'Desactivar' }).click();
    await eventually(() => policia.textContent()).toContain('Desactivado');
    expect(await signInThroughForm(await journey.newPage(), 'policia@custodia.example')).toBe(401);
    await signOut(page);
    expect(journey.pageErrors).toEqual([]);
  });
});
