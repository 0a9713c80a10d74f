import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, type Journey, signInAs, startJourney } from './journey-support';

const SCREENS = '/tmp/screens-armoury-admin';

// The demo company PSC-ANDINA (src/use-cases/seed-demo.ts, seed-demo-armoury.ts): its people's
// national IDs start with 0, its weapons' serials with AN, its lot of .38 rounds is CBC-38-ANDINA.
const ESCORT_ID = '03456789'; // Lucía Flores Vargas, escort, qualified on revolvers and pistols
const REVOLVER = 'AN04701';
const LOT = 'CBC-38-ANDINA';

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
}

/** A scanner is a keyboard: it types the code and Enter into the field that has focus. */
async function scan(page: Page, code: string): Promise<void> {
  await page.keyboard.type(`${code}\n`);
}

function focused(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
}

async function textOf(locator: Locator): Promise<string> {
  await locator.first().waitFor();
  return (await locator.first().textContent()) ?? '';
}

/** A local date and time for a datetime-local field, in the browser's zone (America/Lima, UTC−5). */
function limaLocal(utc: Date): string {
  return new Date(utc.getTime() - 5 * 3600_000).toISOString().slice(0, 16);
}

describe('armoury administration in Spanish: people, clients and posts, longer assignments, opening count, badges', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney();
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('lets a manager add a person with a licence and a qualification, found by name without accents', async () => {
    const page = await journey.newPage();
    await signInAs(page, 'gerente@andina.example');
    await page.goto('/armoury/personnel');
    await eventually(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Personal');

    await page.getByRole('button', { name: 'Añadir persona' }).click();
    const form = page.locator('form').filter({ hasText: 'Añadir persona' });
    await form.getByRole('textbox', { name: 'Documento' }).fill('09876543');
    await form.getByRole('textbox', { name: 'Nombre' }).fill('Raúl Peña Ñahui');
    await form.getByRole('combobox', { name: 'Función' }).click();
    await page.getByRole('option', { name: 'Escolta' }).click();
    await form.getByRole('textbox', { name: 'N.º de licencia' }).fill('L-09876543');
    await form.getByRole('textbox', { name: 'Autoridad' }).fill('SUCAMEC');
    await form.getByLabel('Vence el').fill('2028-06-30');
    await shot(page, 'person-add-es-desktop');
    await form.getByRole('button', { name: 'Guardar' }).click();
    await page.getByText('Guardado.').first().waitFor();
    // The toast's close button is named (axe: a button needs an accessible name).
    await page
      .getByRole('alert')
      .filter({ hasText: 'Guardado.' })
      .first()
      .getByRole('button', { name: 'Cerrar' })
      .waitFor();

    // Found as typed on a keyboard without accents, in any case.
    const search = page.getByRole('searchbox', { name: 'Buscar por nombre o documento' });
    for (const typed of ['pena nahui', 'PEÑA', 'raul']) {
      await search.fill(typed);
      await eventually(() => page.getByRole('link', { name: /^Abrir la ficha de/ }).allInnerTexts()).toEqual([
        'Raúl Peña Ñahui',
      ]);
    }
    await search.fill('PEREZ');
    await eventually(() => page.getByRole('link', { name: /^Abrir la ficha de/ }).allInnerTexts()).toEqual([
      'Juan Pérez Quispe',
    ]);
    await search.fill('pena');
    await shot(page, 'person-search-es-desktop');

    await page.getByRole('link', { name: 'Abrir la ficha de Raúl Peña Ñahui' }).click();
    await eventually(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Raúl Peña Ñahui');
    const card = page.getByTestId('person-card');
    expect(await textOf(card)).toContain('Escolta');
    expect(await textOf(card)).toContain('Vigente hasta 30 jun. 2028');
    expect(await page.getByRole('textbox', { name: 'N.º de licencia' }).inputValue()).toBe('L-09876543');
    await page.getByRole('textbox', { name: 'Curso' }).fill('Tiro con revólver, nivel II');
    await page.getByRole('button', { name: 'Registrar habilitación' }).click();
    const qualifications = page.getByRole('table', { name: 'Habilitaciones' });
    expect(await textOf(qualifications)).toContain('Tiro con revólver, nivel II');
    expect(await textOf(qualifications)).toContain('Revólver');
    await shot(page, 'person-detail-es-desktop');
    expect(journey.pageErrors).toEqual([]);
  });

  it('lets a manager add a client, its site and a post authorised for revolvers with a rounds limit', async () => {
    const page = await journey.newPage();
    await signInAs(page, 'gerente@andina.example');
    await page.goto('/armoury/clients');
    await eventually(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Clientes, sedes y puestos',
    );
    await page.getByRole('button', { name: 'Añadir cliente' }).click();
    const clientForm = page.getByRole('form', { name: 'Añadir cliente' });
    await clientForm.getByRole('textbox', { name: 'Nombre del cliente' }).fill('Banco Andino de Fomento');
    await clientForm.getByRole('textbox', { name: 'RUC / NIT' }).fill('20512345678');
    await clientForm.getByRole('button', { name: 'Guardar' }).click();
    const client = page.locator('.mantine-Paper-root').filter({
      has: page.getByRole('heading', { name: 'Banco Andino de Fomento' }),
    });
    expect(await textOf(client)).toContain('RUC / NIT: 20512345678');

    await client.getByRole('button', { name: 'Añadir sede' }).click();
    const siteForm = client.getByRole('form', { name: 'Añadir sede' });
    await siteForm.getByRole('textbox', { name: 'Nombre de la sede' }).fill('Agencia Miraflores');
    await siteForm.getByRole('textbox', { name: 'Dirección' }).fill('Av. Larco 1150, Miraflores, Lima');
    await siteForm.getByRole('button', { name: 'Guardar' }).click();
    const site = client.locator('.mantine-Paper-root').filter({
      has: page.getByRole('heading', { name: 'Agencia Miraflores' }),
    });
    expect(await textOf(site)).toContain('Av. Larco 1150, Miraflores, Lima');

    await site.getByRole('button', { name: 'Añadir puesto' }).click();
    await site.getByRole('textbox', { name: 'Nombre del puesto' }).fill('Bóveda');
    await site.getByRole('combobox', { name: 'Tipos de arma autorizados' }).click({ force: true });
    await page.getByRole('option', { name: 'Revólver' }).click();
    await page.keyboard.press('Escape');
    await site.getByRole('textbox', { name: 'Máximo de cartuchos por arma' }).fill('12');
    await shot(page, 'client-post-add-es-desktop');
    await site.getByRole('button', { name: 'Guardar' }).click();
    await eventually(() => textOf(site)).toContain('máx. 12 cartuchos');
    expect(await textOf(site)).toContain('Bóveda');
    expect(await textOf(site)).toContain('Revólver');
    await shot(page, 'client-post-done-es-desktop');

    expect(journey.pageErrors).toEqual([]);
  });

  it('refuses an escort a weapon beyond the country maximum, and issues it for days with a written authorisation', async () => {
    const page = await journey.newPage();
    await signInAs(page, 'armero@andina.example');
    await page.goto('/armoury');
    await eventually(() => focused(page)).toBe('guard-input');
    await scan(page, ESCORT_ID);
    expect(await textOf(page.getByTestId('person-card'))).toContain('Lucía Flores Vargas');
    await eventually(() => focused(page)).toBe('weapon-input');
    await scan(page, REVOLVER);
    await eventually(() => focused(page)).toBe('lot-input');
    await scan(page, LOT);
    await eventually(() => focused(page)).toBe('rounds-input');
    await page.keyboard.type('12');
    await page.getByText('Todo en regla: puede entregar.').waitFor();

    // The server's clock (the test clock) is what the limits count from.
    const now = new Date(journey.testApp.clock.now());
    const expectedReturn = page.getByLabel('Devolución prevista');
    // Five days: beyond Peru's 72 hours, refused whatever the authorisation says.
    await expectedReturn.fill(limaLocal(new Date(now.getTime() + 120 * 3600_000)));
    await page.getByText('Asignación más larga que el turno').waitFor();
    expect(await textOf(page.getByText(/^Se necesita la autorización escrita/))).toContain('máximo 72 h');
    await page.getByRole('textbox', { name: 'Motivo' }).fill('Custodia de valores en ruta Lima–Arequipa');
    await page.getByRole('textbox', { name: 'Autorizado por' }).fill('Jorge Salazar Díaz, supervisor');
    const refusals = page.getByTestId('refusals');
    await eventually(() => textOf(refusals)).toContain(
      'La asignación supera el máximo de horas permitido. (pedidas 120 h, máximo 72 h)',
    );
    expect(await textOf(refusals)).toContain('no admite excepción');
    expect(await page.getByTestId('confirm-issue').isDisabled()).toBe(true);
    await shot(page, 'issue-extended-refused-es-desktop');

    // Sixty hours, with the written authorisation: issued.
    await expectedReturn.fill(limaLocal(new Date(now.getTime() + 60 * 3600_000)));
    await page.getByText('Todo en regla: puede entregar.').waitFor();
    await shot(page, 'issue-extended-ready-es-desktop');
    await page.getByTestId('confirm-issue').click();
    await page
      .getByRole('status')
      .filter({ hasText: `Entregada: ${REVOLVER} a Lucía Flores Vargas.` })
      .waitFor();
    const issued = (await page.evaluate(async () => {
      const session = await (await fetch('/api/v1/auth/session')).json();
      return (
        await fetch(`/api/v1/organisations/${session.user.organisation.id}/armoury/issues?status=out`)
      ).json();
    })) as {
      items: Array<{
        firearm: { serial: string };
        expectedReturnAt: string;
        extendedAssignment: { reason: string; authorisedBy: string } | null;
      }>;
    };
    const issue = issued.items.find((i) => i.firearm.serial === REVOLVER);
    expect(issue?.expectedReturnAt).toBe(new Date(now.getTime() + 60 * 3600_000).toISOString());
    expect(issue?.extendedAssignment).toEqual({
      reason: 'Custodia de valores en ruta Lima–Arequipa',
      authorisedBy: 'Jorge Salazar Díaz, supervisor',
      endsAt: issue?.expectedReturnAt,
    });
    await page.getByRole('tab', { name: 'Armas fuera' }).click();
    await eventually(() => textOf(page.getByRole('row').filter({ hasText: REVOLVER }))).toContain(
      'Lucía Flores Vargas',
    );
    await shot(page, 'board-extended-es-desktop');

    // The issue is on the ammunition lot's timeline too, named in Spanish.
    const lotId = (await page.evaluate(async (lotNumber) => {
      const session = await (await fetch('/api/v1/auth/session')).json();
      const lots = await (
        await fetch(`/api/v1/ammunition-lots?organisationId=${session.user.organisation.id}&limit=100`)
      ).json();
      return lots.items.find((l: { lotNumber: string }) => l.lotNumber === lotNumber).id;
    }, LOT)) as string;
    await page.goto(`/registry/ammunition/${lotId}`);
    await eventually(() => page.getByText('Entrega a un vigilante').count()).toBe(1);
    // …with what it recorded: where, the shift and the rounds.
    await eventually(() => page.getByText(/^Entregada en ARM-01, \d+ cartuchos$/).count()).toBe(1);
    await shot(page, 'lot-timeline-issue-es-desktop');
    expect(journey.pageErrors).toEqual([]);
  });

  it('runs the numeric count at opening: the number of weapons in the armoury, reconciled and closed', async () => {
    const page = await journey.newPage();
    await signInAs(page, 'armero@andina.example');
    const inStore = (await page.evaluate(async () => {
      const session = await (await fetch('/api/v1/auth/session')).json();
      const organisationId = session.user.organisation.id;
      const firearms = await (
        await fetch(`/api/v1/firearms?organisationId=${organisationId}&limit=500`)
      ).json();
      return firearms.items.filter((f: { status: string }) => f.status === 'in-store').length;
    })) as number;
    expect(inStore).toBeGreaterThan(0);

    await page.goto('/armoury/counts');
    await eventually(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Conteos de existencias',
    );
    const opening = page
      .getByTestId('counts-due')
      .locator('> div')
      .filter({ hasText: 'Numérico de apertura y cierre — Apertura' });
    await shot(page, 'count-opening-due-es-desktop');
    await opening.getByRole('button', { name: 'Contar ahora' }).click();
    const counted = page.getByRole('textbox', { name: 'Cantidad de armas contadas' });
    await counted.waitFor();
    await eventually(() => page.getByRole('heading', { level: 1 }).innerText()).toContain('numérico');
    await counted.fill(String(inStore));
    await shot(page, 'count-opening-numeric-es-desktop');
    await page.getByTestId('submit-count').click();
    await page.getByText('Sin diferencias: todo coincide con el libro.').waitFor();
    await shot(page, 'count-opening-reconciled-es-desktop');
    await page.getByRole('button', { name: 'Cerrar el conteo' }).click();
    await page
      .getByRole('dialog', { name: '¿Cerrar el conteo?' })
      .getByRole('button', { name: 'Cerrar el conteo' })
      .click();
    await page.getByText('Conteo cerrado.').first().waitFor();
    const report = page.getByRole('link', { name: 'Informe del conteo (PDF)' });
    const response = await page.request.get((await report.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    expect(journey.pageErrors).toEqual([]);
  });

  it('downloads the badge labels of the personnel as a PDF sheet of QR codes', async () => {
    const page = await journey.newPage();
    await signInAs(page, 'gerente@andina.example');
    await page.goto('/armoury/personnel');
    await page
      .getByRole('link', { name: /^Abrir la ficha de/ })
      .first()
      .waitFor();
    const people = await page.getByRole('link', { name: /^Abrir la ficha de/ }).count();
    const link = page.getByRole('link', { name: 'Credenciales (PDF)' });
    const href = (await link.getAttribute('href'))!;
    expect(await link.getAttribute('target')).toBe('_blank');
    const response = await page.request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    const pdf = await response.body();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    mkdirSync(SCREENS, { recursive: true });
    writeFileSync(join(SCREENS, 'badges.pdf'), pdf);
    // Each person's name is on the sheet (and none of their national IDs: the QR is opaque).
    const text = execFileSync('pdftotext', [join(SCREENS, 'badges.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Juan Pérez Quispe');
    expect(text).toContain('Lucía Flores Vargas');
    expect(text).not.toContain('00123456');
    expect(people).toBeGreaterThan(1);

    // One person's badge from their record.
    await page.getByRole('link', { name: 'Abrir la ficha de Juan Pérez Quispe' }).click();
    const one = page.getByRole('link', { name: 'Credencial (PDF)' });
    const single = await page.request.get((await one.getAttribute('href'))!);
    expect(single.status()).toBe(200);
    expect(single.headers()['content-type']).toContain('application/pdf');
    expect(journey.pageErrors).toEqual([]);
  });
});
