import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TINY_PNG } from '../support/multipart';
import {
  type AxeFinding,
  DESKTOP,
  eventually,
  fieldErrorOf,
  type Journey,
  seriousAxeFindings,
  signInThroughForm,
  startJourney,
  TABLET,
} from './journey-support';

const SCREENS = '/tmp/screens-h1';
const MANAGER = 'gerente@andina.example';

async function screenshotOf(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
}

/** The serial numbers in the virtualised list, as rendered. */
async function listedSerials(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: /^(lista de armas|firearms list)$/i });
  return (await table.getByRole('row').locator('a').allInnerTexts()).map((s) => s.trim());
}

/**
 * Waits until exactly one dialog is open and its opening transition has ended (fully opaque, no
 * running animation): a state, not a time, so a slow machine waits longer instead of failing.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const dialogs = document.querySelectorAll('[role="dialog"]');
    if (dialogs.length !== 1) return false;
    const dialog = dialogs[0] as HTMLElement;
    return getComputedStyle(dialog).opacity === '1' && dialog.getAnimations({ subtree: true }).length === 0;
  });
}

/** Closes the open dialog with Escape and waits until it is gone, so the next one is the only one. */
async function closeDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.querySelectorAll('[role="dialog"]').length === 0);
}

function csvFile(lines: readonly string[]): string {
  const path = join(SCREENS, `import-${lines.length}-${Date.now()}.csv`);
  mkdirSync(SCREENS, { recursive: true });
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

const FIREARM_HEADER =
  'serial,manufacturer,model,type,calibre,country_of_manufacture,year_of_manufacture,import_country,import_year,facility,permit_number,permit_expires_on';

describe('the registry: a manager keeps the firearms and ammunition book', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney();
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('searches, opens a weapon, records a marking (refused first with a field error), corrects it and exports', async () => {
    const page = await journey.newPage({ locale: 'es-PE' });
    await signInThroughForm(page, MANAGER);
    await page.getByRole('heading', { level: 1, name: 'Inicio' }).waitFor();
    await page.goto('/registry/firearms');
    await page.getByRole('heading', { level: 1, name: 'Armas' }).waitFor();
    await page.getByText('12 registros').waitFor();
    expect(await listedSerials(page)).toHaveLength(12);

    // Any part of the serial, hyphens and spaces ignored.
    await page.getByLabel('Número de serie').fill('47 38');
    await page.getByText('1 registro', { exact: true }).waitFor();
    expect(await listedSerials(page)).toEqual(['AN04738']);
    expect(page.url()).toContain('serial=47+38');

    // The export carries the filters: one weapon, the header plus one row.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8')
      .trim()
      .split(/\r?\n/);
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain('AN04738');

    await page.getByRole('link', { name: 'AN04738' }).click();
    await page.getByRole('heading', { level: 1, name: 'Arma AN04738' }).waitFor();
    await page.getByText('No tiene marcajes registrados.').waitFor();
    await page.getByText('Adquisición', { exact: true }).waitFor();

    // An empty marking text is refused, and the reason shows at the field.
    await page.getByRole('button', { name: 'Registrar marcaje' }).click();
    const dialog = page.getByRole('dialog', { name: 'Registrar un marcaje' });
    await dialog.getByRole('button', { name: 'Registrar', exact: true }).click();
    const text = dialog.getByLabel('Texto');
    await eventually(() => fieldErrorOf(text)).toBe('Escriba el texto del marcaje.');
    await text.fill('ANDINA-SA-0001');
    await dialog.getByLabel('Ubicación en el arma').fill('lado izquierdo del armazón');
    // The photo is uploaded as soon as it is chosen; the marking entry then pins it.
    await dialog
      .locator('input[type=file]')
      .setInputFiles({ name: 'marca.png', mimeType: 'image/png', buffer: TINY_PNG });
    await dialog.getByText('Foto adjunta').waitFor();
    await dialog.getByRole('button', { name: 'Registrar', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: 'ANDINA-SA-0001' }).waitFor();
    await page.getByText('Marcaje aplicado').waitFor();
    const firearmId = new URL(page.url()).pathname.split('/').pop()!;
    const marked = await page.evaluate(async (id) => {
      const detail = (await (await fetch(`/api/v1/firearms/${id}`)).json()) as {
        markings: Array<{ text: string; photoId: string | null }>;
      };
      return detail.markings.find((m) => m.text === 'ANDINA-SA-0001')?.photoId ?? null;
    }, firearmId);
    expect(marked).toMatch(/^[0-9a-f-]{36}$/);

    // A correction is a new entry that names the acquisition it corrects.
    await page.getByRole('button', { name: 'Corregir datos' }).click();
    const correction = page.getByRole('dialog', { name: 'Corregir datos registrados' });
    await correction.getByLabel('Modelo').fill('85S');
    await correction.getByRole('button', { name: 'Registrar', exact: true }).click();
    await eventually(() => fieldErrorOf(correction.getByLabel('Motivo de la corrección'))).toBe(
      'Escriba el motivo.',
    );
    await correction.getByLabel('Motivo de la corrección').fill('Modelo mal transcrito de la factura');
    await correction.getByRole('button', { name: 'Registrar', exact: true }).click();
    await correction.waitFor({ state: 'hidden' });
    await page.getByText(/^Corrige la entrada n\.º \d+$/).waitFor();
    await page.getByText(/^Corregida por la entrada n\.º \d+$/).waitFor();
    await page.getByText(/Modelo → 85S/).waitFor();
    await screenshotOf(page, 'journey-firearm-after-correction');

    // "As recorded" hides the correction; the original acquisition stays.
    await page.getByText('Como se registró').click();
    await page.getByText(/^Corrige la entrada/).waitFor({ state: 'detached' });
    await page.getByText('Adquisición', { exact: true }).waitFor();
    expect(journey.pageErrors).toEqual([]);
  });

  it('receives ammunition, records consumption, and sees both in the lot’s history', async () => {
    const page = await journey.newPage({ locale: 'es-PE' });
    await signInThroughForm(page, MANAGER);
    await page.getByRole('heading', { level: 1, name: 'Inicio' }).waitFor();
    await page.goto('/registry/ammunition');
    await page.getByRole('heading', { level: 1, name: 'Municiones' }).waitFor();
    await page.getByRole('button', { name: 'Recibir munición' }).click();
    const dialog = page.getByRole('dialog', { name: 'Recibir munición' });
    await dialog.getByLabel('Instalación').click();
    await page.getByRole('option', { name: /^ARM-01/ }).click();
    await dialog.getByRole('textbox', { name: 'Cartuchos', exact: true }).fill('500');
    await dialog.getByLabel('Número de lote').fill('E2E-LOT-9');
    await dialog.getByLabel('Calibre').fill('.38 Special');
    await dialog.getByLabel('Fabricante').fill('CBC');
    await dialog.getByLabel('Número ONU').fill('0012');
    await dialog.getByLabel('División de riesgo').fill('1.4');
    await dialog.getByLabel('Grupo de compatibilidad').fill('S');
    await dialog.getByLabel('CNE por 1.000 cartuchos (kg)').fill('0.35');
    await dialog.getByRole('button', { name: 'Registrar', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: 'E2E-LOT-9' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lote E2E-LOT-9' }).waitFor();

    await page.getByRole('button', { name: 'Registrar consumo' }).click();
    const consume = page.getByRole('dialog', { name: 'Registrar consumo' });
    await consume.getByLabel('Cartuchos').fill('900');
    await consume.getByRole('button', { name: 'Registrar', exact: true }).click();
    await consume.getByText('Rechazado: solo hay 500 cartuchos en esa instalación.').waitFor();
    await consume.getByLabel('Cartuchos').fill('20');
    await consume.getByRole('button', { name: 'Registrar', exact: true }).click();
    await consume.waitFor({ state: 'hidden' });
    await page.getByText('Munición consumida').waitFor();
    await page.getByText(/^20 cartuchos en ARM-01: Entrenamiento$/).waitFor();
    await page.getByRole('row', { name: /Total\s+480/ }).waitFor();
    await screenshotOf(page, 'journey-lot-after-consumption');
    expect(journey.pageErrors).toEqual([]);
  });

  it('imports: a file with a bad row cannot be committed; a good one is committed and reported', async () => {
    const page = await journey.newPage({ locale: 'es-PE' });
    await signInThroughForm(page, MANAGER);
    await page.getByRole('heading', { level: 1, name: 'Inicio' }).waitFor();
    await page.goto('/registry/import');
    await page.getByRole('heading', { level: 1, name: 'Importar un archivo' }).waitFor();
    const bad = csvFile([
      FIREARM_HEADER,
      'E2E-0001,Taurus,82,revolver,.38 Special,BR,2012,PE,2013,ARM-01,,',
      'E2E-0002,Taurus,82,bazooka,.38 Special,BR,2012,PE,2013,ARM-01,,',
    ]);
    await page.locator('input[type=file]').setInputFiles(bad);
    await page.getByRole('button', { name: 'Subir y revisar' }).click();
    await page.getByText('Con errores', { exact: true }).first().waitFor();
    await page.getByText('Tipo de arma desconocido').first().waitFor();
    await page.getByText('Corrija el archivo y vuelva a subirlo', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: /^Registrar \d+ filas/ }).count()).toBe(0);
    await screenshotOf(page, 'journey-import-invalid');

    await page.getByRole('button', { name: 'Importar otro archivo' }).click();
    const good = csvFile([
      FIREARM_HEADER,
      'E2E-0001,Taurus,82,revolver,.38 Special,BR,2012,PE,2013,ARM-01,,',
      'E2E-0002,Mossberg,500,shotgun,12 gauge,US,2009,,,ARM-01,,',
    ]);
    await page.locator('input[type=file]').setInputFiles(good);
    await page.getByRole('button', { name: 'Subir y revisar' }).click();
    await page.getByRole('button', { name: 'Registrar 2 filas en el libro' }).click();
    await page.getByText('Importación registrada: 2 entradas escritas en el libro.').waitFor();
    await screenshotOf(page, 'journey-import-committed');
    await page.getByRole('link', { name: 'Ver la lista' }).click();
    await page.getByText('14 registros').waitFor();
    expect(journey.pageErrors).toEqual([]);
  });

  it('shows every screen in Spanish and English, on a desktop and a tablet', async () => {
    const findings: Record<string, AxeFinding[]> = {};
    for (const viewport of [DESKTOP, TABLET]) {
      const page = await journey.newPage({ locale: 'es-PE', viewport, bypassCSP: true });
      /** Photograph the screen and keep axe-core's serious and critical findings on it. */
      const shot = async (current: Page, name: string) => {
        await screenshotOf(current, name);
        const found = await seriousAxeFindings(current);
        if (found.length > 0) findings[name] = found;
      };
      await signInThroughForm(page, MANAGER);
      await page.getByRole('heading', { level: 1, name: /^(Inicio|Dashboard)$/ }).waitFor();
      for (const language of ['es', 'en'] as const) {
        // The account remembers the last language chosen, so each pass chooses its own.
        if ((await page.locator('html').getAttribute('lang')) !== language) {
          await page.getByRole('button', { name: language === 'en' ? 'English' : 'Español' }).click();
          await eventually(() => page.locator('html').getAttribute('lang')).toBe(language);
        }
        const size = `${viewport.width}x${viewport.height}`;
        await page.goto('/registry/firearms');
        await page.getByRole('table').getByRole('row').nth(12).waitFor();
        await shot(page, `firearms-${language}-${size}`);
        await page.getByRole('table').getByRole('link').first().click();
        await page.getByRole('heading', { level: 1 }).filter({ hasText: /AN0/ }).waitFor();
        await page
          .getByText(/^(Adquisición|Acquisition)$/)
          .first()
          .waitFor();
        await shot(page, `firearm-${language}-${size}`);
        await page.getByRole('button', { name: /^(Trasladar|Move)$/ }).click();
        await page.getByRole('dialog').waitFor();
        await settle(page);
        await shot(page, `firearm-move-${language}-${size}`);
        await closeDialog(page);
        await page.getByRole('button', { name: /^(Corregir datos|Correct details)$/ }).click();
        await page.getByRole('dialog').waitFor();
        await settle(page);
        await shot(page, `firearm-correct-${language}-${size}`);
        await closeDialog(page);
        await page.goto('/registry/firearms');
        await page.getByRole('button', { name: /^(Registrar adquisición|Record an acquisition)$/ }).click();
        await page.getByRole('dialog').waitFor();
        await settle(page);
        await shot(page, `firearm-acquire-${language}-${size}`);
        await closeDialog(page);
        await page.goto('/registry/ammunition');
        await page.getByRole('table').getByRole('link').first().waitFor();
        await shot(page, `ammunition-${language}-${size}`);
        await page.getByRole('table').getByRole('link').first().click();
        await page
          .getByRole('heading', { level: 1 })
          .filter({ hasText: /(Lote|Lot) / })
          .waitFor();
        await shot(page, `lot-${language}-${size}`);
        await page.goto('/registry/facilities');
        await page.getByRole('link', { name: 'ARM-01' }).click();
        await page
          .getByRole('heading', { level: 1 })
          .filter({ hasText: /ARM-01/ })
          .waitFor();
        await shot(page, `facility-${language}-${size}`);
        await page.goto('/registry/facilities');
        await page.getByRole('link', { name: 'ARM-01' }).waitFor();
        await shot(page, `facilities-${language}-${size}`);
        await page.goto('/registry/import');
        await page.getByRole('button', { name: /^(Subir y revisar|Upload and check)$/ }).waitFor();
        await shot(page, `import-${language}-${size}`);
        await page.goto('/registry/integrity');
        await page.getByRole('button', { name: /^(Verificar ahora|Verify now)$/ }).click();
        await page.getByText(/^(Íntegro|Intact)$/).waitFor();
        await shot(page, `integrity-${language}-${size}`);
      }
    }
    expect(findings).toEqual({});
    // A regulator sees every company's book, with an organisation filter.
    const page = await journey.newPage({ locale: 'es-PE' });
    await signInThroughForm(page, 'regulador@custodia.example');
    await page.getByRole('heading', { level: 1, name: 'Inicio' }).waitFor();
    // (the regulator's account is still in Spanish)
    await page.goto('/registry/firearms');
    await page.getByRole('columnheader', { name: 'Empresa' }).waitFor();
    await page.getByLabel('Empresa', { exact: true }).first().click();
    await page.getByRole('option', { name: /^PSC-PACIFICO/ }).click();
    await page.getByText('12 registros').waitFor();
    expect(page.url()).toContain('organisationId=');
    await screenshotOf(page, 'firearms-regulator-es-1366x768');
    expect(await page.getByRole('button', { name: 'Registrar adquisición' }).count()).toBe(0);
    expect(journey.pageErrors).toEqual([]);
  }, 240_000);
});
