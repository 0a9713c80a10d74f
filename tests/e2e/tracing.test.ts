import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { armouryFixture, call, person, post } from '../api/armoury-fixtures';
import { TINY_PNG } from '../support/multipart';
import { as, signIn } from '../support/test-app';
import { eventually, type Journey, signInThroughForm, startJourney } from './journey-support';

const SCREENS = '/tmp/screens-h7';

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
}

// The brief's police trace (issue #6): a revolver recovered with its serial partly ground off,
// "4?7 1B2"; the regulator sees the candidate, confirms it; the officer reads the chain of custody.
describe('tracing: a police trace from a partly obliterated serial to the chain of custody', () => {
  let journey: Journey;
  let firearmId: string;

  beforeAll(async () => {
    journey = await startJourney();
    const { app } = journey.testApp;
    const andina = await signIn(app, 'gerente@andina.example');
    const pacifico = await signIn(app, 'gerente@pacifico.example');
    const facilityOf = async (s: typeof andina) =>
      (
        await app.inject({
          method: 'GET',
          url: `/api/v1/facilities?organisationId=${s.organisationId}`,
          headers: as(s),
        })
      ).json().items[0].id as string;
    const acquired = await app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${andina.organisationId}/firearms`,
      headers: as(andina),
      payload: {
        idempotencyKey: 'e2e-trace-acquire',
        facilityId: await facilityOf(andina),
        source: { kind: 'importer', name: 'Importadora Lima S.A.', reference: 'DUA-118-2024' },
        type: 'revolver',
        manufacturer: 'Taurus',
        model: '82',
        calibre: '.38 SPL',
        serial: '4A7 1B2',
        countryOfManufacture: 'BR',
        yearOfManufacture: 2019,
        importCountry: 'PE',
        importYear: 2020,
        permitNumber: 'P-123',
        permitExpiresOn: '2027-03-31',
      },
    });
    expect(acquired.statusCode, acquired.body).toBe(201);
    firearmId = acquired.json().entry.payload.firearmId as string;
    // Carried by a guard on a shift before it left the company: the answer names him.
    const armoury = await armouryFixture(journey.testApp);
    const guard = person(armoury, 'Juan Pérez Quispe');
    const base = `/api/v1/organisations/${andina.organisationId}/armoury`;
    const issued = await call(journey.testApp, armoury.armourer, 'POST', `${base}/issues`, {
      idempotencyKey: 'e2e-trace-issue',
      facilityId: armoury.facilityId,
      personnelId: guard.id,
      firearmId,
      postId: post(armoury, 'Puerta principal').id,
      shift: '06:00–18:00',
      ammunition: { lotId: armoury.lotId, rounds: 6 },
    });
    expect(issued.statusCode, issued.body).toBe(201);
    const returned = await call(journey.testApp, armoury.armourer, 'POST', `${base}/returns`, {
      idempotencyKey: 'e2e-trace-return',
      firearmId,
      facilityId: armoury.facilityId,
      roundsReturned: 6,
    });
    expect(returned.statusCode, returned.body).toBe(201);
    const out = await app.inject({
      method: 'POST',
      url: `/api/v1/firearms/${firearmId}/transfer-out`,
      headers: as(andina),
      payload: {
        idempotencyKey: 'e2e-trace-transfer-out',
        toOrganisationId: pacifico.organisationId,
        reference: 'CONTRATO-9',
      },
    });
    expect(out.statusCode, out.body).toBe(201);
    const received = await app.inject({
      method: 'POST',
      url: `/api/v1/firearms/${firearmId}/transfer-in`,
      headers: as(pacifico),
      payload: { idempotencyKey: 'e2e-trace-transfer-in', facilityId: await facilityOf(pacifico) },
    });
    expect(received.statusCode, received.body).toBe(201);
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('takes the request, lets the regulator confirm the candidate, and shows the officer the chain of custody', async () => {
    const police = await journey.newPage();
    await signInThroughForm(police, 'policia@custodia.example');
    await police.getByRole('navigation').getByRole('link', { name: 'Rastreo', exact: true }).click();
    await police.getByRole('heading', { level: 1, name: 'Rastreo de armas' }).waitFor();

    // The quick check: recorded, but not lost or stolen.
    const quick = police.getByRole('form', { name: /Consulta rápida/ });
    await quick.getByLabel(/^Número de serie/).fill('4A7-1B2');
    await quick.getByRole('button', { name: 'Consultar' }).click();
    await expect.poll(() => police.getByTestId('quick-check-result').innerText()).toMatch(/Sin coincidencia/);
    await shot(police, 'tracing-home-police-es');
    // Issue 14, defect 4: part of a serial never clears a weapon. "4849" with nothing stolen containing
    // it asks for the whole serial; once AN04849 is stolen, it is listed as a candidate.
    await quick.getByLabel(/^Número de serie/).fill('4849');
    await quick.getByRole('button', { name: 'Consultar' }).click();
    await expect
      .poll(() => police.getByTestId('quick-check-result').innerText())
      .toMatch(/^No es una confirmación: .* Escriba la serie completa\.$/);
    await journey.testApp.ctx.database.db
      .updateTable('firearm')
      .set({ status: 'stolen' })
      .where('serial', '=', 'AN04849')
      .execute();
    await quick.getByRole('button', { name: 'Consultar' }).click();
    await expect
      .poll(() => police.getByTestId('quick-check-result').innerText())
      .toContain('AN04849 · Taurus 82 · robada · referencia nacional');
    const partial = await police.getByTestId('quick-check-result').innerText();
    expect(partial).toMatch(/^Ningún arma tiene exactamente esta serie/);
    expect(partial).not.toMatch(/Sin coincidencia/);
    await shot(police, 'tracing-quick-check-partial-es');

    await police.getByRole('link', { name: 'Nueva solicitud de rastreo' }).click();
    const form = police.getByRole('form', { name: 'Nueva solicitud de rastreo' });
    await form.getByLabel(/^Fabricante/).fill('Taurus');
    await form.getByLabel(/^Modelo/).fill('82');
    await form.getByLabel(/^Calibre/).fill('.38');
    await form.getByLabel(/^País de fabricación/).fill('BR');
    await form.getByLabel('El número está borrado o es parcialmente legible').check();
    await form.getByLabel(/^Parte legible/).fill('4?7 1B2');
    await form.getByLabel(/^Lugar de recuperación/).fill('Callao, Av. Colonial 2100');
    await form
      .getByLabel(/^Por qué se considera ilícita/)
      .fill('Portada por un detenido por robo, sin licencia');
    await form.locator('label', { hasText: /^Urgente$/ }).click();
    await form.getByLabel(/^Motivo de la urgencia/).fill('Detenido en custodia');
    await form.getByLabel(/^Referencia del caso/).fill('DIRINCRI-2026-4471');
    await form.getByLabel(/^Punto de contacto/).fill('Cap. R. Quispe, +51 1 555 0100');
    await form.getByLabel(/^Uso previsto/).fill('Investigación penal');
    await form
      .locator('input[type="file"]')
      .setInputFiles({ name: 'revolver.png', mimeType: 'image/png', buffer: TINY_PNG });
    await shot(police, 'tracing-form-es');
    await form.getByRole('button', { name: 'Enviar al regulador' }).click();
    await police.getByRole('heading', { level: 1, name: /TR-2026-000001/ }).waitFor();
    // The photo went up with the request and is shown with it.
    const photo = police.getByTestId('trace-photos').getByRole('img', { name: 'Fotografía 1 del arma' });
    await photo.waitFor();
    await expect
      .poll(() => photo.evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    await police.getByText('El regulador aún no ha respondido.').waitFor();
    await shot(police, 'tracing-request-waiting-es');
    const requestUrl = police.url();

    // The regulator: the queue, the candidate, the confirmation.
    const regulator = await journey.newPage();
    await signInThroughForm(regulator, 'regulador@custodia.example');
    await regulator.getByRole('navigation').getByRole('link', { name: 'Rastreo', exact: true }).click();
    await regulator.getByRole('link', { name: 'Abrir la solicitud TR-2026-000001' }).click();
    const candidate = regulator.getByTestId('candidate-4A7 1B2');
    await candidate.waitFor();
    await shot(regulator, 'tracing-regulator-candidates-es');
    await candidate.getByRole('button', { name: 'Confirmar el arma 4A7 1B2 como la rastreada' }).click();
    await regulator.getByTestId('trace-answer').waitFor();
    await shot(regulator, 'tracing-regulator-answered-es');

    // The officer reads the answer: where the weapon came from, every transfer, who holds it.
    await police.goto(requestUrl);
    const answer = police.getByTestId('trace-answer');
    await answer.waitFor();
    await expect.poll(() => answer.innerText()).toContain('Arma identificada en el registro nacional');
    const text = await answer.innerText();
    expect(text).toContain('Importadora Lima S.A. (DUA-118-2024)');
    expect(text).toContain('Seguridad Andina S.A.C. → Vigilancia del Pacífico S.A. (CONTRATO-9)');
    expect(text).toContain(firearmId);
    // Down to the guard: the last issue names him and his shift.
    expect(text).toContain('Juan Pérez Quispe');
    expect(text).toContain('06:00–18:00');
    expect(
      await answer
        .locator('[data-testid^="timeline-"]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid'))),
    ).toEqual([
      'timeline-acquisition',
      'timeline-firearm-issued',
      'timeline-firearm-returned',
      'timeline-transfer-out',
      'timeline-transfer-in',
    ]);
    const pdf = await police.evaluate(
      async (url) => {
        const response = await fetch(url);
        return { status: response.status, type: response.headers.get('content-type') };
      },
      (await answer.getByRole('link', { name: 'Descargar PDF (español)' }).getAttribute('href'))!,
    );
    expect(pdf).toEqual({ status: 200, type: 'application/pdf' });
    await shot(police, 'tracing-answer-es');

    // The same screens in English.
    await journey.testApp.ctx.database.db
      .updateTable('app_user')
      .set({ language: 'en' })
      .where('email', 'in', ['policia@custodia.example', 'regulador@custodia.example'])
      .execute();
    await police.goto(requestUrl);
    await police.getByText('Weapon identified in the national registry').waitFor();
    await shot(police, 'tracing-answer-en');
    await police.goto('/tracing');
    await police.getByRole('heading', { level: 1, name: 'Firearm tracing' }).waitFor();
    const quickEn = police.getByRole('form', { name: /Quick check/ });
    await quickEn.getByLabel(/^Serial number/).fill('O4849');
    await quickEn.getByRole('button', { name: 'Check' }).click();
    await expect
      .poll(() => police.getByTestId('quick-check-result').innerText())
      .toContain('AN04849 · Taurus 82 · stolen · national reference');
    expect(await police.getByTestId('quick-check-result').innerText()).toMatch(
      /^No weapon has exactly this serial, but these serials recorded lost or stolen contain/,
    );
    await shot(police, 'tracing-home-police-en');
    await police.goto('/tracing/new');
    await police.getByRole('heading', { level: 1, name: 'New trace request' }).waitFor();
    await shot(police, 'tracing-form-en');
    await regulator.goto('/tracing');
    await regulator.getByRole('heading', { level: 1, name: 'Firearm tracing' }).waitFor();
    await regulator
      .getByRole('form', { name: 'Registry search' })
      .getByLabel(/^Serial number/)
      .fill('4?7 I8Z');
    await regulator.getByRole('button', { name: 'Search' }).click();
    await regulator.getByTestId('candidate-4A7 1B2').waitFor();
    await shot(regulator, 'tracing-home-regulator-en');

    // The search log names every search made above, the officer's quick check among them.
    await regulator.getByRole('link', { name: 'Search log' }).click();
    await regulator.getByRole('heading', { level: 1, name: 'Search log' }).waitFor();
    const log = regulator.getByRole('table', { name: 'Searches of the registry' });
    await log.getByText('Quick check').first().waitFor();
    const logText = await log.innerText();
    expect(logText).toContain('Registry search');
    expect(logText).toContain('Candidates of a request');
    expect(logText).toContain('4?7 I8Z');
    await shot(regulator, 'tracing-search-log-en');

    // The regulator shortens the urgent target; the answered request keeps its clock but the form keeps the value.
    await regulator.goto('/tracing/settings');
    const settings = regulator.getByRole('form', { name: 'Response-time targets' });
    await expect.poll(() => settings.getByLabel(/^Urgent requests/).inputValue()).toBe('24');
    await settings.getByLabel(/^Urgent requests/).fill('12');
    await settings.getByRole('button', { name: 'Save targets' }).click();
    await regulator.getByText('Targets saved. They apply to open requests.').waitFor();
    await shot(regulator, 'tracing-settings-en');
    const saved = await journey.testApp.app.inject({
      method: 'GET',
      url: '/api/v1/trace/settings',
      headers: as(await signIn(journey.testApp.app, 'regulador@custodia.example')),
    });
    expect(saved.json()).toEqual({ urgentHours: 12, routineHours: 120 });
    await eventually(() => journey.pageErrors).toEqual([]);
  }, 120_000);
});
