import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  eventually,
  type Journey,
  seriousAxeFindings,
  signInAs,
  signInThroughForm,
  startJourney,
} from './journey-support';

const SCREENS = '/tmp/screens-h3';

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
}

/** A write to the API from the signed-in page, with its session's CSRF token (as the web app sends it). */
async function apiPost(page: Page, url: string, body: object): Promise<{ status: number; json: any }> {
  return page.evaluate(
    async ({ url, body }) => {
      const session = await (await fetch('/api/v1/auth/session')).json();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify(body),
      });
      return { status: response.status, json: await response.json() };
    },
    { url, body },
  );
}

describe('hazard signs: a refused receipt, the facility hazard page, the sign pack and a posting', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney();
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('refuses an incompatible lot, shows the store out of date, prints its pack and clears the alert once posted', async () => {
    const page = await journey.newPage();
    await signInAs(page, 'gerente@andina.example');
    const organisationId = (await page.evaluate(
      async () => (await (await fetch('/api/v1/auth/session')).json()).user.organisation.id,
    )) as string;

    const registered = await apiPost(page, '/api/v1/facilities', {
      idempotencyKey: 'e2e-hazard-facility',
      organisationId,
      code: 'POL-E2E',
      name: 'Polvorín de prueba',
      kind: 'ammunition-store',
      maxNeqKg: '5',
    });
    expect(registered.status).toBe(201);
    const facilityId = registered.json.entry.payload.facilityId as string;
    const receipt = (key: string, lot: object) =>
      apiPost(page, `/api/v1/organisations/${organisationId}/ammunition`, {
        idempotencyKey: key,
        facilityId,
        calibre: '9mm',
        manufacturer: 'CBC',
        ...lot,
      });
    expect(
      (
        await receipt('e2e-hazard-s', {
          rounds: 5000,
          lotNumber: 'E2E-S',
          unNumber: '0012',
          neqKgPer1000: '0.35',
        })
      ).status,
    ).toBe(201);
    const refused = await receipt('e2e-hazard-a', {
      rounds: 100,
      lotNumber: 'E2E-A',
      hazardDivision: '1.1',
      compatibilityGroup: 'A',
      neqKgPer1000: '1',
    });
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe('HAZARD_INCOMPATIBLE');
    expect(refused.json.error.details.violations[0].conflicts[0]).toMatchObject({ a: 'A', b: 'S' });

    // The overview lists the store with its figures, its signs out of date (nothing posted yet).
    await page.getByRole('navigation').getByRole('link', { name: 'Peligros y señales' }).click();
    await page.getByRole('heading', { level: 1, name: 'Peligros y señales' }).waitFor();
    const row = page.getByTestId('hazard-row-POL-E2E');
    await row.waitFor();
    await expect(row.getByTestId('signs-out-of-date').textContent()).resolves.toBe('Señales desactualizadas');
    await shot(page, 'hazard-overview');

    await row.getByRole('link', { name: 'Ver POL-E2E' }).click();
    await page.getByRole('heading', { level: 1, name: 'POL-E2E · Polvorín de prueba' }).waitFor();
    await page.getByTestId('signs-out-of-date-alert').waitFor();
    // The refused lot is not in the store: it stays 1.4S, fire division 4, 1.75 kg of the 5 kg licensed.
    expect(await page.getByTestId('neq-text').textContent()).toMatch(/^1[.,]75 kg de 5 kg autorizados$/);
    await expect(page.getByText('E2E-A').count()).resolves.toBe(0);
    await page.getByTestId('sign-preview-fire-division-4').waitFor();
    await page.getByTestId('sign-preview-class-1-1.4S').waitFor();
    await shot(page, 'hazard-facility-out-of-date');

    const downloading = page.waitForEvent('download');
    await page.getByTestId('download-full').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('signs-POL-E2E-full-2026-11-28.pdf');
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');

    const form = page.getByRole('form', { name: 'Registrar señales colocadas' });
    await expect(form.getByRole('checkbox', { name: 'División de incendio 4' }).isChecked()).resolves.toBe(
      true,
    );
    await expect(form.getByRole('checkbox', { name: 'Clase 1 · 1.4S' }).isChecked()).resolves.toBe(true);
    await form.getByLabel('Fecha de colocación').fill('2026-11-28');
    await form.getByLabel('Entregadas por (opcional)').fill('Programa UNLIREC–DCAF');
    await form.getByRole('button', { name: 'Registrar colocación' }).click();
    await page.getByTestId('signs-up-to-date').waitFor();
    await eventually(() => page.getByTestId('signs-out-of-date-alert').count()).toBe(0);
    await page
      .getByRole('region', { name: 'Señales colocadas en el almacén' })
      .getByText('Programa UNLIREC–DCAF')
      .waitFor();
    await shot(page, 'hazard-facility-posted');

    await page.getByRole('link', { name: /Volver a peligros y señales/ }).click();
    await page.getByTestId('hazard-row-POL-E2E').getByText('Al día').waitFor();
    expect(journey.pageErrors).toEqual([]);

    // Accessibility of the facility page (axe is injected, so this page does without the CSP).
    const checked = await journey.newPage({ bypassCSP: true });
    await signInThroughForm(checked, 'armero@andina.example');
    await checked.goto(`/hazard/facilities/${facilityId}`);
    await checked.getByTestId('signs-up-to-date').waitFor();
    expect(await seriousAxeFindings(checked)).toEqual([]);
  });

  it("gives the regulator the overview of its companies' stores, in Spanish and English", async () => {
    const page = await journey.newPage();
    await signInThroughForm(page, 'regulador@custodia.example');
    await page.goto('/hazard');
    await page.getByRole('heading', { level: 1, name: 'Peligros y señales' }).waitFor();
    // The demo: signs posted at two companies' armouries, not at Callao's.
    const rows = page.locator('tr[data-testid^="hazard-row-"]');
    await eventually(() => rows.count()).toBeGreaterThanOrEqual(3);
    const callao = page.locator('tr', { hasText: 'Protección Integral Callao' });
    await callao.getByTestId('signs-out-of-date').waitFor();
    await page.locator('tr', { hasText: 'Vigilancia del Pacífico' }).getByText('Al día').waitFor();
    await page.getByRole('switch', { name: 'Solo señales desactualizadas' }).check({ force: true });
    await eventually(() => page.locator('tr', { hasText: 'Vigilancia del Pacífico' }).count()).toBe(0);
    await shot(page, 'hazard-overview-regulator-es');
    await page.getByRole('button', { name: 'EN' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hazards and signs' }).waitFor();
    await callao.getByRole('link').first().click();
    await page.getByText('Signs out of date', { exact: true }).first().waitFor();
    await page.getByText("Only the company's manager or armourer records sign postings.").waitFor();
    await shot(page, 'hazard-facility-regulator-en');
    expect(journey.pageErrors).toEqual([]);
  });
});
