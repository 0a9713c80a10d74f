import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, fieldErrorOf, type Journey, signInThroughForm, startJourney } from './journey-support';

describe('a failed sign-in', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney();
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('shows the translated message for a wrong password, in Spanish and then in English', async () => {
    const page = await journey.newPage({ locale: 'es-PE' });
    await signInThroughForm(page, 'gerente@andina.example', 'not-the-password');
    const alert = page.getByRole('alert');
    await eventually(() => alert.innerText()).toContain(
      'El correo electrónico o la contraseña no son correctos.',
    );
    expect(page.url()).toMatch(/\/sign-in$/);
    expect(await page.getByRole('navigation').count()).toBe(0);

    await page.getByRole('button', { name: 'English' }).click();
    await eventually(() => alert.innerText()).toContain('The e-mail address or the password is not correct.');
    expect(journey.pageErrors).toEqual([]);
  });

  it('shows a malformed e-mail address at the field', async () => {
    const page = await journey.newPage({ locale: 'es-PE' });
    await signInThroughForm(page, 'not-an-address', 'whatever');
    await eventually(() => fieldErrorOf(page.getByLabel('Correo electrónico'))).toBe(
      'Escriba un correo electrónico válido.',
    );
    expect(await fieldErrorOf(page.getByLabel('Contraseña'))).toBeNull();
  });

  it('locks the address after repeated failures and says for how long', async () => {
    const page = await journey.newPage({ locale: 'en-GB' });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      statuses.push(await signInThroughForm(page, 'evaluador@custodia.example', `wrong-${attempt}`));
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    await eventually(() => page.getByRole('alert').innerText()).toContain(
      'Too many failed attempts. Try again in 15 minutes.',
    );
  });

  it('sends a person whose session expired back to sign-in with a message, and back to the page after', async () => {
    const page = await journey.newPage({ locale: 'es-PE' });
    await signInThroughForm(page, 'admin@custodia.example');
    await page.getByRole('heading', { level: 1, name: 'Inicio' }).waitFor();
    journey.testApp.clock.advanceMinutes(31);
    try {
      await page.getByRole('navigation').getByRole('link', { name: 'Usuarios' }).click();
      await page.waitForURL(/\/sign-in\?next=%2Fadmin%2Fusers$/);
      await eventually(() => page.getByTestId('session-ended').innerText()).toBe(
        'Su sesión terminó. Inicie sesión de nuevo para continuar.',
      );
      await signInThroughForm(page, 'admin@custodia.example');
      await page.getByRole('heading', { level: 1, name: 'Usuarios' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/admin/users');
    } finally {
      journey.testApp.clock.advanceMinutes(-31);
    }
    expect(journey.pageErrors).toEqual([]);
  });
});
