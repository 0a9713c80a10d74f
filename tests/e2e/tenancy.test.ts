import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation } from '../../src/contracts/organisations';
import { as, signIn } from '../support/test-app';
import { signInThroughForm, startJourney, type Journey } from './journey-support';

describe('a PSC user and other organisations', () => {
  let journey: Journey;
  let organisationId: (code: string) => string;

  beforeAll(async () => {
    journey = await startJourney();
    const admin = await signIn(journey.testApp.app, 'admin@custodia.example');
    const response = await journey.testApp.app.inject({
      method: 'GET',
      url: '/api/v1/organisations',
      headers: as(admin),
    });
    const organisations = (response.json() as { items: Organisation[] }).items;
    organisationId = (code) => organisations.find((o) => o.code === code)!.id;
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('cannot open another PSC’s organisation page by URL: "not found or not allowed", none of its data', async () => {
    const page = await journey.newPage();
    await signInThroughForm(page, 'gerente@andina.example');
    await page.getByRole('heading', { level: 1, name: 'Inicio' }).waitFor();

    const foreign = organisationId('PSC-PACIFICO');
    const answer = page.waitForResponse((r) => r.url().endsWith(`/api/v1/organisations/${foreign}`));
    await page.goto(`/admin/organisations/${foreign}`);
    expect((await answer).status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'No encontrado o no permitido' }).waitFor();
    const text = await page.locator('body').innerText();
    expect(text).not.toContain('Vigilancia del Pacífico');
    expect(text).not.toContain('PSC-PACIFICO');
    expect(await page.title()).toBe('No encontrado o no permitido · Custodia');
    expect(journey.pageErrors).toEqual([]);
  });

  it('opens its own organisation’s page and may change its second-factor setting', async () => {
    const page = await journey.newPage();
    await signInThroughForm(page, 'gerente@andina.example');
    await page.goto(`/admin/organisations/${organisationId('PSC-ANDINA')}`);
    await page.getByRole('heading', { level: 1, name: 'Seguridad Andina S.A.C.' }).waitFor();
    expect(await page.getByLabel('Segundo factor obligatorio para todo el personal').isEnabled()).toBe(true);
  });

  it('sees nobody of another PSC when it asks for that organisation’s users by URL', async () => {
    const page = await journey.newPage();
    await signInThroughForm(page, 'gerente@andina.example');
    await page.goto(`/admin/users?organisationId=${organisationId('PSC-PACIFICO')}`);
    await page
      .getByRole('alert')
      .filter({ hasText: 'No se encontró, o no tiene permiso para verlo.' })
      .waitFor();
    const text = await page.locator('body').innerText();
    expect(text).not.toContain('Patricia Paredes');
    expect(text).not.toContain('gerente@pacifico.example');
  });

  it('an armourer sees its own organisation but cannot change its settings', async () => {
    const page = await journey.newPage();
    await signInThroughForm(page, 'armero@andina.example');
    await page.goto(`/admin/organisations/${organisationId('PSC-ANDINA')}`);
    await page.getByRole('heading', { level: 1, name: 'Seguridad Andina S.A.C.' }).waitFor();
    expect(await page.getByLabel('Segundo factor obligatorio para todo el personal').isDisabled()).toBe(true);
    await page.goto(`/admin/organisations/${organisationId('REG-PE')}`);
    await page.getByRole('heading', { level: 1, name: 'No encontrado o no permitido' }).waitFor();
  });
});
