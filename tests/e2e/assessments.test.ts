import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solidPng } from '../api/assessment-fixtures';
import {
  eventually,
  type Journey,
  seriousAxeFindings,
  signInThroughForm,
  signOut,
  startJourney,
  TABLET,
} from './journey-support';

const SHOTS = process.env.CUSTODIA_SCREENS_DIR ?? join(tmpdir(), 'screens-assessments');

async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

async function choose(page: Page, combobox: string, option: RegExp): Promise<void> {
  await page.getByRole('combobox', { name: combobox }).click();
  await page.getByRole('option', { name: option }).click();
}

/** Plan an armoury assessment of Vigilancia del Pacífico's armoury, landing on the conduct screen. */
async function planAssessment(page: Page, plannedOn: string): Promise<void> {
  // On a tablet the navigation is folded away: go straight to the list.
  await page.goto('/assessments');
  await page.getByRole('link', { name: 'Planificar evaluación' }).click();
  await choose(page, 'Instalación', /Vigilancia del Pacífico/);
  await choose(page, 'Lista de verificación (versión publicada)', /^Armería y depósito de municiones/);
  await page.getByLabel(/^Fecha de la visita/).fill(plannedOn);
  await page.getByRole('textbox', { name: /^Evaluadores/ }).fill('Elena Evaluadora, Marco Técnico');
  await page.getByRole('button', { name: 'Planificar' }).click();
  await page.getByRole('heading', { level: 1, name: 'Realizar la evaluación' }).waitFor();
}

/**
 * Answer the section on screen: "Sí" everywhere except the answers given, a count for number items,
 * then wait until the autosave says everything is saved.
 */
async function answerSection(page: Page, answers: Record<string, string>): Promise<void> {
  const items = page.locator('article[data-item-id]');
  await items.first().waitFor();
  for (const item of await items.all()) {
    const id = (await item.getAttribute('data-item-id'))!;
    const count = item.getByLabel('Cantidad', { exact: true });
    if (await count.count()) {
      await count.fill('12');
      continue;
    }
    const answer = answers[id] ?? 'Sí';
    await item.getByRole('button', { name: answer, exact: true }).click();
    await eventually(() =>
      item.getByRole('button', { name: answer, exact: true }).getAttribute('aria-pressed'),
    ).toBe('true');
  }
  await page.locator('[data-autosave="saved"]').waitFor();
}

async function conductAll(
  page: Page,
  answers: Record<string, string>,
  options: { from?: number; afterEachSection?: () => Promise<void> } = {},
) {
  for (let index = options.from ?? 0; ; index++) {
    await page.getByText(new RegExp(`^Sección ${index + 1} de \\d+$`)).waitFor();
    await answerSection(page, answers);
    await options.afterEachSection?.();
    const next = page.getByRole('button', { name: 'Sección siguiente' });
    if ((await next.count()) === 0) break;
    await next.click();
  }
  await page.getByRole('button', { name: 'Presentar evaluación' }).click();
  const dialog = page.getByRole('dialog', { name: 'Presentar evaluación' });
  await dialog.getByRole('button', { name: 'Presentar evaluación' }).click();
  await page.locator('[data-achieved-level]').waitFor();
}

async function downloadText(page: Page, linkName: string, dir: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: linkName }).click(),
  ]);
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return execFileSync('pdftotext', ['-layout', file, '-']).toString();
}

describe('armoury assessment on a tablet, in Spanish', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney();
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('plans, conducts with a critical failure and a photo, follows up and prints both reports', async () => {
    // bypassCSP only to inject axe-core for the accessibility check of the conduct page.
    const page = await journey.newPage({ viewport: TABLET, bypassCSP: true });
    await signInThroughForm(page, 'evaluador@custodia.example');
    await planAssessment(page, '2026-11-20');
    await shot(page, '01-conduct-section-1');

    // Section 1, then leave and come back: the screen resumes at the first unanswered section.
    await page.getByText(/^Sección 1 de \d+$/).waitFor();
    await answerSection(page, {});
    // Every answer button, chosen, is readable (issue 14, defect 15: the chosen "Parcial" was white
    // on orange-yellow at 2.48:1): choose "Parcial" on the first question, check, then back to "Sí".
    const first = page
      .locator('article[data-item-id]')
      .filter({ has: page.getByRole('button', { name: 'Parcial', exact: true }) })
      .first();
    await first.getByRole('button', { name: 'Parcial', exact: true }).click();
    await eventually(() =>
      first.getByRole('button', { name: 'Parcial', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true');
    await page.locator('[data-autosave="saved"]').waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    await first.getByRole('button', { name: 'Sí', exact: true }).click();
    await eventually(() =>
      first.getByRole('button', { name: 'Sí', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true');
    await page.locator('[data-autosave="saved"]').waitFor();
    const conductUrl = page.url().split('?')[0]!;
    await page.goto(conductUrl);
    await page.getByText(/^Sección 2 de \d+$/).waitFor();

    const photo = solidPng(320, 240);
    const afterEachSection = async () => {
      const windows = page.locator('article[data-item-id="windows"]');
      if ((await windows.count()) === 0) return;
      await windows.getByText('Se requiere una foto si la respuesta no es «Sí»').waitFor();
      await page.locator('input[data-photo-input="windows"]').setInputFiles({
        name: 'ventana.png',
        mimeType: 'image/png',
        buffer: photo,
      });
      await windows.getByText('1 foto').waitFor();
      await windows.getByRole('img').waitFor();
      await shot(page, '02-conduct-with-photo');
    };
    await conductAll(page, { 'key-issue': 'No', windows: 'No' }, { from: 1, afterEachSection });

    // Level 0: key control is critical at level 1.
    await eventually(() => page.locator('[data-achieved-level]').getAttribute('data-achieved-level')).toBe(
      '0',
    );
    await page.getByText('Nivel 0: no alcanza el nivel 1').waitFor();
    const finding = page.locator('tr[data-finding-item="key-issue"]');
    await eventually(() => finding.getAttribute('data-severity')).toBe('critical');
    await finding.getByText('Crítico').waitFor();
    await shot(page, '03-result-level-0');
    const firstAssessmentUrl = page.url();
    await signOut(page);

    // The company adds a corrective action; one already late is flagged overdue.
    await signInThroughForm(page, 'gerente@pacifico.example');
    await page.goto(firstAssessmentUrl);
    await page.locator('[data-achieved-level="0"]').waitFor();
    await choose(page, 'Hallazgo relacionado', /^key-issue/);
    await page
      .getByRole('textbox', { name: /^Acción/ })
      .fill('Registro de llaves con firma y lista de autorizados');
    await page.getByRole('textbox', { name: /^Responsable/ }).fill('Jefe de armería');
    await page.getByLabel(/^Fecha límite/).fill('2026-11-25');
    await page.getByRole('button', { name: 'Añadir acción correctiva' }).click();
    const action = page.locator('tr[data-action-id]', { hasText: 'Registro de llaves con firma' });
    await action.waitFor();
    await action.getByText('Vencida').waitFor();
    await page.getByRole('switch', { name: 'Compartir con el regulador' }).click({ force: true });
    await eventually(() => page.getByRole('switch', { name: 'Compartir con el regulador' }).isChecked()).toBe(
      true,
    );
    await shot(page, '04-company-action-plan');
    await signOut(page);

    // The follow-up: key control and windows fixed; an entry-control gap keeps it at level 1.
    await signInThroughForm(page, 'evaluador@custodia.example');
    await planAssessment(page, '2027-05-20');
    await conductAll(page, { 'entry-control': 'No' });
    await eventually(() => page.locator('[data-achieved-level]').getAttribute('data-achieved-level')).toBe(
      '1',
    );
    const comparison = page.locator('[data-comparison]');
    await comparison.getByText(/nivel 0 → nivel 1/).waitFor();
    const closed = comparison.locator('[data-findings="closed"]');
    await closed.getByText('key-issue').waitFor();
    await closed.getByText('windows').waitFor();
    await comparison.locator('[data-findings="opened"]').getByText('entry-control').waitFor();
    await shot(page, '05-follow-up-level-1');

    const dir = mkdtempSync(join(tmpdir(), 'assessment-reports-'));
    const spanish = await downloadText(page, 'Informe PDF (español)', dir);
    expect(spanish).toContain('Informe de evaluación de armería');
    expect(spanish).toContain('Comparación con la evaluación anterior');
    const english = await downloadText(page, 'Informe PDF (inglés)', dir);
    expect(english).toContain('Armoury assessment report');
    expect(english).toContain('Comparison with the previous assessment');

    // The first report too, with the photo in its annex.
    await page.goto(firstAssessmentUrl);
    await page.locator('[data-achieved-level="0"]').waitFor();
    const firstReport = await downloadText(page, 'Informe PDF (español)', dir);
    expect(firstReport).toContain('Plan de acciones correctivas');
    expect(firstReport).toContain('Registro de llaves con firma');
    expect(journey.pageErrors).toEqual([]);
    // A long journey (two assessments of 37 questions each): room beyond the default 30 s.
  }, 180_000);

  it('lets the programme office make a new checklist version, reorder it, preview and publish it', async () => {
    const page = await journey.newPage();
    await signInThroughForm(page, 'programa@custodia.example');
    await page.goto('/assessments/programme');
    await page.getByRole('heading', { level: 1, name: 'Vista del programa' }).waitFor();
    await page.getByText(/^\d+ evaluaci(ón|ones) presentadas?$/).waitFor();
    await shot(page, '06-programme-view');

    await page.goto('/assessments/templates');
    const sops = page.locator('[data-template-key="stockpile-sops"]');
    await sops.locator('[data-version="1"]').getByRole('button', { name: 'Nueva versión' }).click();
    await page.getByRole('heading', { level: 1, name: /Versión 2$/ }).waitFor();
    const items = page.locator('[data-editor-item]');
    const first = await items.nth(0).getAttribute('data-editor-item');
    const second = await items.nth(1).getAttribute('data-editor-item');
    await items.nth(1).getByRole('button', { name: 'Subir' }).click();
    await eventually(() => items.nth(0).getAttribute('data-editor-item')).toBe(second);
    await shot(page, '07-template-editor', false);

    // A bad weight is refused at its field; the draft is then saved and published.
    await items.nth(0).getByLabel('Peso').fill('0');
    await page.getByRole('button', { name: 'Guardar borrador' }).click();
    await page.getByText('Corrija los campos marcados').waitFor();
    await items.nth(0).getByLabel('Peso').fill('2');
    await page.getByRole('button', { name: 'Guardar borrador' }).click();
    await page.getByText('Borrador guardado').waitFor();
    await page.getByText('Vista previa', { exact: true }).click();
    await page.locator('[data-editor-item]').first().waitFor({ state: 'detached' });
    await shot(page, '08-template-preview', false);
    await page.getByRole('button', { name: 'Publicar' }).click();
    await page.getByRole('dialog', { name: 'Publicar' }).getByRole('button', { name: 'Publicar' }).click();
    await page.getByText('Versión publicada: solo lectura.').waitFor();

    await page.goto('/assessments/templates');
    await sops.locator('[data-version="2"]').getByText('Publicada').waitFor();
    await sops.locator('[data-version="2"]').getByRole('link', { name: 'Ver' }).click();
    await page.getByText('Versión publicada: solo lectura.').waitFor();
    expect(first).not.toBe(second);
    expect(journey.pageErrors).toEqual([]);
  });
});
