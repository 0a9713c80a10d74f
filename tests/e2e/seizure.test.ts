import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { armouryFixture, call, key, person, post, revolvers } from '../api/armoury-fixtures';
import { eventually, type Journey, screenshot, signInThroughForm, startJourney } from './journey-support';

// Issue #6: "Loss, theft and seizure change the weapon's status by ledger entries (refusing any
// further issue)". The regulator records a seizure from the weapon's page in the registry.
describe('seizure: the regulator records that a weapon was seized, and the armoury can no longer issue it', () => {
  let journey: Journey;

  beforeAll(async () => {
    journey = await startJourney();
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('refuses an incomplete record at its fields, then marks the weapon seized by a ledger entry', async () => {
    const armoury = await armouryFixture(journey.testApp);
    const weapon = revolvers(armoury)[0]!;
    const page = await journey.newPage();
    await signInThroughForm(page, 'regulador@custodia.example');
    await page.goto(`/registry/firearms/${weapon.id}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(weapon.serial) }).waitFor();
    await page.getByRole('button', { name: 'Registrar incautación' }).click();
    const dialog = page.getByRole('dialog', { name: 'Registrar la incautación del arma' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Registrar', exact: true }).click();
    // The API names every missing field; nothing is written.
    await eventually(() => dialog.locator('[aria-invalid="true"]').count()).toBeGreaterThanOrEqual(3);
    await screenshot(page, 'seizure-errors-es');
    await dialog.getByLabel(/^Fecha y hora de la incautación/).fill('2026-11-27T22:15');
    await dialog.getByLabel(/^Lugar/).fill('Control policial Panamericana Sur km 32');
    await dialog.getByLabel(/^Autoridad que la incautó/).fill('PNP — División de Armas');
    await dialog.getByLabel(/^Acta o número de caso/).fill('ACTA-2026-1187');
    await dialog.getByLabel(/^Motivo/).fill('Portada fuera de servicio por un vigilante sin autorización');
    await dialog.getByRole('button', { name: 'Registrar', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Incautada').first().waitFor();
    // The weapon's history shows the entry, with where it was seized.
    await page.getByText('Reportada perdida, robada o incautada').first().waitFor();
    await page.getByText(/^Incautada — Control policial Panamericana Sur km 32/).waitFor();
    await screenshot(page, 'seizure-done-es');

    // The book says seized, and the armoury desk refuses the weapon.
    const firearm = await call(journey.testApp, armoury.armourer, 'GET', `/api/v1/firearms/${weapon.id}`);
    expect(firearm.json().status).toBe('seized');
    const refused = await call(
      journey.testApp,
      armoury.armourer,
      'POST',
      `/api/v1/organisations/${armoury.organisationId}/armoury/issues`,
      {
        idempotencyKey: key('seized-issue'),
        facilityId: armoury.facilityId,
        personnelId: person(armoury, 'Juan Pérez Quispe').id,
        firearmId: weapon.id,
        postId: post(armoury, 'Puerta principal').id,
        shift: '06:00–18:00',
        ammunition: null,
      },
    );
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error.code).toBe('ISSUE_REFUSED');
    // Refused for the seizure and for nothing else (the same issue of a weapon in store succeeds).
    expect(refused.json().error.details.refusals.map((r: { code: string }) => r.code)).toEqual([
      'WEAPON_SEIZED',
    ]);
    expect(journey.pageErrors).toEqual([]);
  });
});
