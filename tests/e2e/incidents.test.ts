import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { armouryFixture, call, person, post } from '../api/armoury-fixtures';
import {
  eventually,
  fieldErrorOf,
  type AxeFinding,
  type Journey,
  seriousAxeFindings,
  signInAs,
  signInThroughForm,
  startJourney,
  TABLET,
} from './journey-support';

const SCREENS = '/tmp/screens-incidents';

// The demo company PSC-ANDINA: its weapons' serials start with AN (src/use-cases/seed-demo.ts).
const LOST = 'AN04886';
const LIMA_OFFSET_HOURS = -5; // America/Lima, the journeys' browser time zone, has no summer time

async function shot(page: Page, name: string, options: { withDialog?: boolean } = {}): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  // No dialog fading out, and from the top (the fixed header otherwise lands mid-page in a full-page shot).
  if (!options.withDialog) await page.locator('.mantine-Modal-overlay').waitFor({ state: 'detached' });
  await page.evaluate(async () => {
    await document.fonts.ready;
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
}

/** The value a datetime-local input takes for an instant, in Lima's time. */
function limaLocal(instant: Date): string {
  return new Date(instant.getTime() + LIMA_OFFSET_HOURS * 3_600_000).toISOString().slice(0, 16);
}

async function textOf(locator: Locator): Promise<string> {
  await locator.first().waitFor();
  return (await locator.first().innerText()).trim();
}

/** Choose an option of a Mantine select by its label. */
async function choose(
  scope: Page | Locator,
  page: Page,
  label: RegExp,
  option: string | RegExp,
): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Wait until the page has settled (no loader), then collect axe's serious findings under a name. */
async function axeCheck(page: Page, name: string, findings: Map<string, AxeFinding[]>): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('.mantine-Loader-root').waitFor({ state: 'detached' });
  const found = await seriousAxeFindings(page);
  if (found.length > 0) findings.set(name, found);
}

describe('incidents: a lost weapon reported late, the regulator’s inbox, the thread, the outcome', () => {
  let journey: Journey;
  const findings = new Map<string, AxeFinding[]>();

  beforeAll(async () => {
    journey = await startJourney();
  });
  afterAll(async () => {
    writeFileSync(join(SCREENS, 'axe.json'), JSON.stringify(Object.fromEntries(findings), null, 2));
    await journey?.close();
  });

  it('takes the report of a loss discovered 25 hours ago, marks the weapon lost, and carries the exchange with the regulator to its close', async () => {
    const { clock } = journey.testApp;
    // Peru's clocks are configuration (seeded at 48 hours); the regulator sets the 24 hours.
    const regulator = await journey.newPage({ bypassCSP: true });
    await signInAs(regulator, 'regulador@custodia.example');
    await regulator.goto('/incidents/settings');
    await heading(regulator, 'Plazos legales por país');
    // The seeded source of a default is the platform's text, in the reader's language.
    expect(await textOf(regulator.getByTestId('clock-settings-GT'))).toContain(
      'DIGECAM: aviso dentro de las 24 h',
    );
    await regulator.getByRole('button', { name: 'Editar los plazos de PE' }).click();
    const settings = regulator.getByRole('dialog', { name: 'Plazos de PE' });
    await settings.getByLabel('Aviso (horas)').fill('24');
    await settings.getByLabel('Seguimiento (días)').fill('10');
    await settings.getByRole('button', { name: 'Guardar' }).click();
    await settings.waitFor({ state: 'detached' });
    await eventually(() => textOf(regulator.getByTestId('clock-settings-PE'))).toMatch(/^PE\s+24\s+10/);
    await shot(regulator, '00-clock-settings-es');
    await axeCheck(regulator, 'clock-settings', findings);

    const company = await journey.newPage({ bypassCSP: true });
    await signInThroughForm(company, 'gerente@andina.example');
    await company.getByRole('navigation').getByRole('link', { name: 'Incidentes', exact: true }).click();
    await heading(company, 'Incidentes');
    await company.getByText('No hay incidentes que mostrar.').waitFor();
    await company.getByRole('link', { name: 'Reportar un incidente' }).click();
    await heading(company, 'Reportar un incidente');
    const form = company.getByRole('form', { name: 'Reportar un incidente' });

    // A first try without the place or the circumstances: the API's 400 names each field, shown at the field.
    await choose(form, company, /^Tipo de incidente/, 'Pérdida');
    const discovered = new Date(clock.now().getTime() - 25 * 3_600_000);
    await form.getByLabel(/^Fecha y hora en que se descubrió/).fill(limaLocal(discovered));
    await form.getByRole('button', { name: 'Enviar el reporte al regulador' }).click();
    await company.getByRole('alert').filter({ hasText: 'Revise los campos marcados.' }).waitFor();
    expect(await fieldErrorOf(form.getByLabel(/^Lugar/))).toBe('Indique el lugar (hasta 500 caracteres).');
    expect(await fieldErrorOf(form.getByLabel(/^Circunstancias/))).toBe('Describa las circunstancias.');
    await shot(company, '01-report-form-errors-es');
    await axeCheck(company, 'report-form-errors', findings);

    // The whole report: ICoC para 63 content, the weapon picked from the registry by its serial.
    await form.getByLabel(/^Lugar/).fill('Sede Miraflores, Av. Larco 1150, armería ARM-01');
    await form
      .getByLabel(/^Circunstancias/)
      .fill(
        'En la revisión de la mañana el arma no estaba en su casillero. Último uso registrado: turno de noche.',
      );
    await form.getByLabel(/^Buscar un arma del registro/).fill(LOST.slice(0, 5));
    await form.getByRole('button', { name: `Añadir el arma ${LOST}` }).click();
    await form.getByTestId(`incident-weapon-${LOST}`).waitFor();
    await form.getByRole('button', { name: 'Añadir munición' }).click();
    await choose(form, company, /^Lote de munición/, /^CBC-38-ANDINA · /);
    await form.getByLabel(/^Cartuchos/).fill('6');
    await form.getByRole('button', { name: 'Añadir una persona' }).click();
    const personOne = form.getByRole('group', { name: 'Persona 1' });
    await choose(personOne, company, /^Del personal de la empresa/, 'Juan Pérez Quispe');
    await expect
      .poll(() => personOne.getByLabel(/^Nombre y apellido/).inputValue())
      .toBe('Juan Pérez Quispe');
    await form.getByLabel(/^Medidas tomadas/).fill('Revisión de todos los casilleros; cámaras solicitadas.');
    await form.getByLabel(/^Número de la denuncia policial/).fill('CPNP-MIRAFLORES-2026-8812');
    await form.getByLabel(/^Avisos realizados/).fill('Comisaría de Miraflores, 07:30.');
    await shot(company, '02-report-form-filled-es');
    await form.getByRole('button', { name: 'Enviar el reporte al regulador' }).click();

    // The incident: filed 25 hours after the discovery, so the notification came late.
    const reference = 'PSC-ANDINA-INC-2026-0001';
    await heading(company, reference);
    const notification = company.getByTestId('clock-notification');
    await expect.poll(() => notification.getAttribute('data-state')).toBe('late');
    expect(await textOf(notification)).toBe('Tardío');
    expect(await company.getByTestId('clock-followUp').getAttribute('data-state')).toBe('pending');
    expect(await textOf(company.getByTestId(`incident-firearm-${LOST}`))).toContain('Extraviada');
    await shot(company, '03-incident-company-es');
    await axeCheck(company, 'incident-company', findings);
    const incidentUrl = company.url();

    // The PDF report, in both languages.
    for (const language of ['es', 'en'] as const) {
      const href = await company
        .getByRole('link', {
          name: language === 'es' ? 'Informe en PDF (español)' : 'Informe en PDF (inglés)',
        })
        .getAttribute('href');
      const pdf = await company.request.get(href!);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toContain('application/pdf');
      writeFileSync(join(SCREENS, `incident-${language}.pdf`), await pdf.body());
    }

    // The registry: the weapon is lost, and its timeline says so.
    await company.getByTestId(`incident-firearm-${LOST}`).getByRole('link', { name: LOST }).click();
    await heading(company, new RegExp(LOST));
    await company.getByText('Extraviada').first().waitFor();
    await shot(company, '04-registry-weapon-lost-es');

    // A patrol's quick check on the same serial: a hit, with the incident as national reference.
    const police = await journey.newPage();
    await signInThroughForm(police, 'policia@custodia.example');
    await police.goto('/tracing');
    const quick = police.getByRole('form', { name: /Consulta rápida/ });
    await quick.getByLabel(/^Número de serie/).fill(LOST);
    await quick.getByRole('button', { name: 'Consultar' }).click();
    await eventually(() => textOf(police.getByTestId('quick-check-result'))).toContain(reference);
    expect(await textOf(police.getByTestId('quick-check-result'))).toMatch(/consta como perdida/);
    await shot(police, '04b-police-quick-check-hit-es');
    await police.close();

    // The company's list: the late notification, the follow-up still pending.
    await company.goto('/incidents');
    const row = company.getByTestId(`incident-row-${reference}`);
    expect(await textOf(row.getByTestId('clock-notification'))).toBe('Tardío');
    await shot(company, '05-incidents-company-es');
    await axeCheck(company, 'incidents-company', findings);

    // The regulator: a notification, the inbox, the overview of late notifications.
    await regulator.goto('/');
    await regulator.getByRole('heading', { level: 1 }).first().waitFor();
    await eventually(() => regulator.getByTestId('notifications-unread').getAttribute('data-count')).toBe(
      '1',
    );
    await regulator.getByTestId('notifications-button').click();
    await regulator.getByRole('dialog', { name: 'Avisos' }).waitFor();
    await regulator.waitForTimeout(300); // the dropdown fades in
    expect(await textOf(regulator.getByTestId(`notification-${reference}`))).toContain(
      `Nuevo incidente ${reference} de Seguridad Andina S.A.C.`,
    );
    await shot(regulator, '06-notifications-regulator-es');
    await axeCheck(regulator, 'notifications-open', findings);
    await regulator.keyboard.press('Escape');
    await regulator.getByRole('navigation').getByRole('link', { name: 'Incidentes', exact: true }).click();
    await heading(regulator, 'Bandeja de incidentes');
    const overviewRow = regulator.getByTestId('incident-overview').getByTestId(`incident-row-${reference}`);
    expect(await textOf(overviewRow.getByTestId('clock-notification'))).toBe('Tardío');
    expect(
      await textOf(regulator.getByTestId('incident-inbox').getByTestId(`incident-row-${reference}`)),
    ).toContain('Seguridad Andina S.A.C.');
    await shot(regulator, '07-inbox-regulator-es');
    await axeCheck(regulator, 'inbox-regulator', findings);
    // The inbox filters by the notification clock.
    await choose(regulator.getByRole('search'), regulator, /^Aviso al regulador/, 'A tiempo');
    await regulator.getByTestId('incident-inbox').getByText('No hay incidentes que mostrar.').waitFor();
    await choose(regulator.getByRole('search'), regulator, /^Aviso al regulador/, 'Tardío');
    await regulator.getByTestId('incident-inbox').getByTestId(`incident-row-${reference}`).waitFor();

    // Acknowledge, then ask a question.
    await regulator
      .getByRole('link', { name: `Abrir el incidente ${reference}` })
      .last()
      .click();
    await heading(regulator, reference);
    await regulator.getByRole('button', { name: 'Acusar recibo' }).click();
    await eventually(() => textOf(regulator.getByTestId('incident-status'))).toContain(
      'Recibido por el regulador',
    );
    const question =
      '¿Quién tuvo la llave de la armería durante el turno de noche? Adjunte el registro de accesos.';
    await regulator.getByRole('textbox', { name: 'Qué información necesita' }).fill(question);
    await regulator.getByRole('button', { name: 'Pedir información' }).click();
    expect(await textOf(regulator.getByTestId('message-request'))).toContain(question);
    await eventually(() => textOf(regulator.getByTestId('incident-status'))).toContain(
      'Información solicitada',
    );
    await shot(regulator, '08-incident-regulator-request-es');
    await axeCheck(regulator, 'incident-regulator', findings);

    // The company sees the request (and a notification) and answers in the same thread.
    await company.goto(incidentUrl);
    await heading(company, reference);
    await eventually(() => company.getByTestId('notifications-unread').getAttribute('data-count')).toBe('1');
    expect(await textOf(company.getByTestId('message-request'))).toContain(question);
    // An empty answer is refused at the field.
    await company.getByRole('button', { name: 'Enviar la respuesta' }).click();
    await eventually(() => fieldErrorOf(company.getByRole('textbox', { name: 'Su respuesta' }))).toBe(
      'Escriba el mensaje (hasta 5.000 caracteres).',
    );
    const answer =
      'El supervisor de noche, Sr. Condori. Se adjunta el registro de accesos al informe de seguimiento.';
    await company.getByRole('textbox', { name: 'Su respuesta' }).fill(answer);
    await company.getByRole('button', { name: 'Enviar la respuesta' }).click();
    expect(await textOf(company.getByTestId('message-answer'))).toContain(answer);
    await eventually(() => textOf(company.getByTestId('incident-status'))).toContain('Respondido');
    await shot(company, '09-incident-company-answered-es');

    // Ten days on, the follow-up report was never sent: its clock has turned overdue.
    clock.advanceMinutes(10 * 24 * 60);
    await regulator.goto('/sign-in');
    await signInAs(regulator, 'regulador@custodia.example');
    await regulator.goto('/incidents');
    await heading(regulator, 'Bandeja de incidentes');
    const lateRow = regulator.getByTestId('incident-overview').getByTestId(`incident-row-${reference}`);
    await expect.poll(() => lateRow.getByTestId('clock-followUp').getAttribute('data-state')).toBe('overdue');
    expect(await textOf(lateRow.getByTestId('clock-followUp'))).toMatch(/^Vencido hace \d+ (h|días?)$/);
    await shot(regulator, '10-overview-follow-up-overdue-es');

    // The regulator reads the answer, records the outcome and closes.
    await lateRow.getByRole('link', { name: `Abrir el incidente ${reference}` }).click();
    await heading(regulator, reference);
    expect(await textOf(regulator.getByTestId('message-answer'))).toContain(answer);
    const outcome = 'Pérdida por control deficiente de llaves. Se ordena auditoría de la armería en 30 días.';
    await regulator.getByLabel('Resultado (hallazgos y decisión)').fill(outcome);
    await regulator.getByRole('button', { name: 'Registrar el resultado' }).click();
    expect(await textOf(regulator.getByTestId('incident-outcome'))).toContain(outcome);
    await regulator.getByLabel('Nota de cierre (opcional)').fill('Seguimiento en la auditoría.');
    await regulator.getByRole('button', { name: 'Cerrar el incidente' }).click();
    const dialog = regulator.getByRole('dialog', { name: 'Cerrar el incidente' });
    await dialog.getByRole('button', { name: 'Cerrar el incidente' }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(() => textOf(regulator.getByTestId('incident-status'))).toContain('Cerrado');
    expect(await regulator.getByRole('textbox', { name: 'Qué información necesita' }).count()).toBe(0);
    await shot(regulator, '11-incident-closed-regulator-es');

    // Closed for the company too: no answer box any more.
    await company.goto('/sign-in');
    await signInAs(company, 'gerente@andina.example');
    await company.goto(incidentUrl);
    await heading(company, reference);
    await eventually(() => textOf(company.getByTestId('incident-status'))).toContain('Cerrado');
    expect(await company.getByRole('textbox', { name: 'Su respuesta' }).count()).toBe(0);
    await shot(company, '12-incident-closed-company-es');

    await eventually(() => journey.pageErrors).toEqual([]);
  });

  it('turns a shortfall at a return into an incident, and resolves another with a reason', async () => {
    const t = journey.testApp;
    // Signed in now: the first journey moved the clock past the sessions of any earlier sign-in.
    const armoury = await armouryFixture(t);
    const base = `/api/v1/organisations/${armoury.organisationId}/armoury`;
    const guard = person(armoury, 'Juan Pérez Quispe');
    const revolvers = armoury.firearms.filter((f) => f.type === 'revolver' && f.serial !== LOST).slice(0, 2);
    for (const [index, weapon] of revolvers.entries()) {
      const issued = await call(t, armoury.armourer, 'POST', `${base}/issues`, {
        idempotencyKey: `e2e-incident-issue-${index}`,
        facilityId: armoury.facilityId,
        personnelId: guard.id,
        firearmId: weapon.id,
        postId: post(armoury, 'Puerta principal').id,
        shift: '06:00–18:00',
        ammunition: { lotId: armoury.lotId, rounds: 12 },
      });
      expect(issued.statusCode, issued.body).toBe(201);
      const returned = await call(t, armoury.armourer, 'POST', `${base}/returns`, {
        idempotencyKey: `e2e-incident-return-${index}`,
        firearmId: weapon.id,
        facilityId: armoury.facilityId,
        roundsReturned: 10,
        shortfallReason: 'other',
        note: 'No sabe explicar la diferencia',
      });
      expect(returned.statusCode, returned.body).toBe(201);
    }

    const page = await journey.newPage({ bypassCSP: true });
    await signInAs(page, 'armero@andina.example');
    await page.goto('/incidents');
    await page.getByRole('tab', { name: 'Discrepancias abiertas' }).click();
    await heading(page, 'Discrepancias abiertas');
    const resolveButtons = page.getByRole('button', { name: /^Resolver con un motivo la discrepancia de/ });
    await eventually(() => resolveButtons.count()).toBe(2);
    await shot(page, '13-discrepancies-es');
    await axeCheck(page, 'discrepancies', findings);

    // One is resolved with a reason (an empty reason is refused at the field).
    await resolveButtons.first().click();
    const dialog = page.getByRole('dialog', { name: 'Resolver sin incidente' });
    await dialog.getByRole('button', { name: 'Resolver con un motivo' }).click();
    await eventually(() => fieldErrorOf(dialog.getByLabel(/^Motivo/))).toBe('Escriba el motivo.');
    await dialog
      .getByLabel(/^Motivo/)
      .fill('Dos cartuchos usados en la práctica de tiro del sábado, no anotados en el libro.');
    await dialog.getByRole('button', { name: 'Resolver con un motivo' }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(() => resolveButtons.count()).toBe(1);

    // The other becomes an incident: the same report form, its kind suggested.
    await page.getByRole('link', { name: /^Convertir en incidente la discrepancia de/ }).click();
    await heading(page, 'Convertir en incidente');
    const form = page.getByRole('form', { name: 'Reportar un incidente' });
    expect(await form.getByRole('combobox', { name: /^Tipo de incidente/ }).inputValue()).toBe(
      'Faltante de munición sin explicar',
    );
    await form.getByLabel(/^Lugar/).fill('Armería ARM-01');
    await form
      .getByLabel(/^Circunstancias/)
      .fill('En la devolución faltaron 2 cartuchos y el vigilante no sabe explicar la diferencia.');
    // Enter in the weapon search searches; it never sends the report (issue 14 §10).
    const weaponSearch = form.getByLabel(/^Buscar un arma del registro/);
    await weaponSearch.fill('AN0');
    await weaponSearch.press('Enter');
    await form.getByTestId('weapon-candidates').waitFor();
    await heading(page, 'Convertir en incidente');
    expect(await form.getByTestId(/^incident-weapon-/).count()).toBe(0);
    await weaponSearch.fill('');
    await shot(page, '14-discrepancy-to-incident-es');
    await form.getByRole('button', { name: 'Enviar el reporte al regulador' }).click();
    await heading(page, 'PSC-ANDINA-INC-2026-0002');
    expect(await textOf(page.getByTestId('clock-notification'))).toBe('A tiempo');
    await page.goto('/incidents/discrepancies');
    await heading(page, 'Discrepancias abiertas');
    await eventually(() => resolveButtons.count()).toBe(0);

    // The lost weapon turns up: the armourer records the recovery, and it is back in store.
    await page.goto('/incidents');
    await page.getByRole('link', { name: 'Abrir el incidente PSC-ANDINA-INC-2026-0001' }).click();
    await heading(page, 'PSC-ANDINA-INC-2026-0001');
    await page
      .getByTestId(`incident-firearm-${LOST}`)
      .getByRole('button', { name: 'Registrar la recuperación' })
      .click();
    const recovery = page.getByRole('dialog', { name: 'Recuperación de un arma' });
    await recovery.getByRole('button', { name: 'Registrar la recuperación' }).click();
    await eventually(() => fieldErrorOf(recovery.getByLabel(/^Recuperada por/))).toBe(
      'Indique quién la recuperó.',
    );
    const found = new Date(t.clock.now().getTime() - 2 * 3_600_000);
    await recovery.getByLabel(/^Fecha y hora de la recuperación/).fill(limaLocal(found));
    await recovery.getByLabel(/^Lugar/).fill('Comisaría de Miraflores');
    await recovery.getByLabel(/^Recuperada por/).fill('PNP, Comisaría de Miraflores, S3 Ríos');
    await choose(recovery, page, /^Armería donde vuelve/, /^ARM-01 · /);
    await shot(page, '15-recovery-es', { withDialog: true });
    await recovery.getByRole('button', { name: 'Registrar la recuperación' }).click();
    await recovery.waitFor({ state: 'detached' });
    await eventually(() => textOf(page.getByTestId(`incident-firearm-${LOST}`))).toContain('En depósito');
    await eventually(() => journey.pageErrors).toEqual([]);
  });

  it('shows the incident screens in English, and at tablet width, without serious accessibility findings', async () => {
    const page = await journey.newPage({ locale: 'en-GB', viewport: TABLET, bypassCSP: true });
    await signInAs(page, 'regulador@custodia.example');
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.goto('/incidents');
    await heading(page, 'Incident inbox');
    await page.getByRole('heading', { level: 2, name: 'Late or overdue notifications' }).waitFor();
    await shot(page, '16-inbox-regulator-en-tablet');
    await axeCheck(page, 'inbox-regulator-en-tablet', findings);
    await page.getByRole('link', { name: 'Open incident PSC-ANDINA-INC-2026-0001' }).last().click();
    await heading(page, 'PSC-ANDINA-INC-2026-0001');
    expect(await textOf(page.getByTestId('clock-notification'))).toBe('Late');
    await page.getByRole('heading', { name: 'Exchange between the company and the regulator' }).waitFor();
    await shot(page, '17-incident-regulator-en-tablet');
    await axeCheck(page, 'incident-regulator-en-tablet', findings);
    await page.getByRole('tab', { name: 'Statutory clocks' }).click();
    await heading(page, 'Statutory clocks per country');
    await page.getByTestId('clock-settings-PE').waitFor();
    expect(await textOf(page.getByTestId('clock-settings-GT'))).toContain('DIGECAM: notice within 24 h');
    await shot(page, '18-clock-settings-en-tablet');
    await axeCheck(page, 'clock-settings-en-tablet', findings);
    // The regulator sets Peru's clocks; a value out of range is refused at its field.
    await page.getByRole('button', { name: 'Edit the clocks of PE' }).click();
    const dialog = page.getByRole('dialog', { name: 'Clocks of PE' });
    await dialog.getByLabel('Notification (hours)').fill('0');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await eventually(() => fieldErrorOf(dialog.getByLabel('Notification (hours)'))).toBe(
      'Between 1 and 1,440 hours.',
    );
    await dialog.getByLabel('Notification (hours)').fill('36');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(() => textOf(page.getByTestId('clock-settings-PE'))).toMatch(/^PE\s+36\s+10/);

    // The incident webhook: an address that is not http(s) is refused at its field; then saved.
    const webhook = page.getByRole('form', { name: 'Incident webhook' });
    await webhook.getByLabel(/^Address/).fill('ftp://hooks.example/custodia');
    await webhook.getByRole('button', { name: 'Save the webhook' }).click();
    await eventually(() => fieldErrorOf(webhook.getByLabel(/^Address/))).not.toBeNull();
    await webhook.getByLabel(/^Address/).fill('https://hooks.example/custodia');
    await webhook.getByLabel(/^Signing secret/).fill('a-secret-of-24-characters');
    await webhook.getByRole('button', { name: 'Save the webhook' }).click();
    await webhook.getByText('A secret is stored; type a new one only to change it.').waitFor();
    await shot(page, '19-webhook-settings-en-tablet');
    const stored = await page.evaluate(async () =>
      (await fetch('/api/v1/incidents/webhook-settings')).json(),
    );
    expect(stored).toMatchObject({ webhookUrl: 'https://hooks.example/custodia', hasWebhookSecret: true });

    expect(Object.fromEntries(findings)).toEqual({});
    await eventually(() => journey.pageErrors).toEqual([]);
  });
});
