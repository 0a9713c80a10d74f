import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, eventually, type Journey, signInThroughForm, startJourney, TABLET } from './journey-support';

const SCREENS = '/tmp/screens-h6';

// The demo company PSC-ANDINA (the first company by code): its guards' national IDs start with 0,
// its weapons' serials with AN, its lot of .38 rounds is CBC-38-ANDINA (src/use-cases/seed-demo.ts).
const GUARD_ID = '00123456'; // Juan Pérez Quispe: licence valid, qualified on revolvers
const LAPSED_GUARD_ID = '04567890'; // Pedro Condori Ramos: licence lapsed a month ago
const REVOLVER = 'AN04701'; // Taurus 82, .38 Special
const OTHER_REVOLVER = 'AN04849';
const LOT = 'CBC-38-ANDINA';
const ALL_SERIALS = Array.from({ length: 12 }, (_, i) => `AN${String(4701 + i * 37).padStart(5, '0')}`);
const MISSING = ALL_SERIALS[11]!;

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
}

/** A scanner is a keyboard: it types the code and Enter into the field that has focus. */
async function scan(page: Page, code: string): Promise<void> {
  await page.keyboard.type(`${code}\n`);
}

/** The data-testid of the element that has focus (where a scanner's keystrokes go). */
function focused(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
}

async function textOf(locator: Locator): Promise<string> {
  await locator.first().waitFor();
  return (await locator.first().textContent()) ?? "";
}

async function setLanguage(page: Page, language: 'es' | 'en'): Promise<void> {
  await page.evaluate(async (language) => {
    const session = await (await fetch('/api/v1/auth/session')).json();
    await fetch('/api/v1/me/language', {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
      body: JSON.stringify({ language }),
    });
  }, language);
}

describe('armoury desk: issue and return by scanner, a refusal, the weapons-out board', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney();
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('issues a weapon and rounds from scanner keystrokes, refuses a lapsed licence, and takes the weapon back with a shortfall', async () => {
    const page = await journey.newPage();
    await signInThroughForm(page, 'armero@andina.example');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.goto('/armoury');
    await eventually(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Entrega de armas');
    await shot(page, 'issue-empty-es-desktop');

    // 1. The guard: the badge input has focus; the scanner types the national ID and Enter.
    await eventually(() => focused(page)).toBe('guard-input');
    await scan(page, GUARD_ID);
    expect(await textOf(page.getByTestId('person-card'))).toContain('Juan Pérez Quispe');
    expect(await textOf(page.getByTestId('person-card'))).toContain('Revólver');
    // 2. The weapon, 3. the lot, then the rounds and Enter: issued.
    await eventually(() => focused(page)).toBe('weapon-input');
    await scan(page, REVOLVER);
    expect(await textOf(page.getByTestId('weapon-card'))).toContain(REVOLVER);
    await eventually(() => focused(page)).toBe('lot-input');
    await scan(page, LOT);
    await page.keyboard.type('12');
    await page.getByText('Todo en regla: puede entregar.').waitFor();
    await shot(page, 'issue-ready-es-desktop');
    await page.keyboard.press('Enter');
    const issued = page.getByRole('status').filter({ hasText: `Entregada: ${REVOLVER} a Juan Pérez Quispe.` });
    await issued.waitFor();
    expect(await textOf(issued)).toContain(`12 cartuchos del lote ${LOT}`);
    await eventually(() => focused(page)).toBe('guard-input');
    await shot(page, 'issue-done-es-desktop');

    // The receipt is a PDF.
    const receiptHref = await issued.getByRole('link', { name: /comprobante/i }).getAttribute('href');
    const receipt = await page.request.get(receiptHref!);
    expect(receipt.status()).toBe(200);
    expect(receipt.headers()['content-type']).toContain('application/pdf');
    writeFileSync(join(SCREENS, 'issue-receipt.pdf'), await receipt.body());

    // A guard whose licence lapsed: the desk says so and will not issue.
    await scan(page, LAPSED_GUARD_ID);
    expect(await textOf(page.getByTestId('person-card'))).toContain('Pedro Condori Ramos');
    expect(await textOf(page.getByTestId('person-card'))).toContain('Vencida');
    await scan(page, OTHER_REVOLVER);
    const refusals = page.getByTestId('refusals');
    expect(await textOf(refusals)).toContain('La licencia del vigilante está vencida');
    expect(await page.getByTestId('confirm-issue').isDisabled()).toBe(true);
    await shot(page, 'issue-refused-es-desktop');
    await page.getByRole('button', { name: 'Otro vigilante' }).click();

    // The weapons-out board shows the revolver with Juan.
    await page.getByRole('tab', { name: 'Armas fuera' }).click();
    await eventually(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Armas fuera');
    expect(await textOf(page.getByTestId(`board-row-${REVOLVER}`))).toContain('Juan Pérez Quispe');
    await shot(page, 'board-es-desktop');

    // The return: scan the weapon, 10 of 12 rounds back, training.
    await page.getByRole('tab', { name: 'Devolución' }).click();
    await eventually(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Devolución de armas');
    await eventually(() => focused(page)).toBe('return-weapon-input');
    await scan(page, REVOLVER);
    expect(await textOf(page.getByTestId('return-issue'))).toContain('Juan Pérez Quispe');
    expect(await textOf(page.getByTestId('return-issue'))).toContain('Cartuchos entregados: 12');
    await eventually(() => focused(page)).toBe('rounds-returned');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('10');
    await page.getByText('Faltan 2 cartuchos: indique el motivo.').waitFor();
    // Without a reason it is not accepted.
    await page.getByTestId('confirm-return').click();
    await page.getByText('Elija el motivo.').waitFor();
    await page.getByRole('textbox', { name: /^Motivo de la diferencia/ }).click();
    await page.getByRole('option', { name: 'Entrenamiento' }).click();
    await shot(page, 'return-form-es-desktop');
    await page.getByTestId('confirm-return').click();
    const returned = page.getByRole('status').filter({ hasText: `Recibida: ${REVOLVER} de Juan Pérez Quispe.` });
    await returned.waitFor();
    const returnHref = await returned.getByRole('link', { name: /comprobante/i }).getAttribute('href');
    const returnReceipt = await page.request.get(returnHref!);
    expect(returnReceipt.status()).toBe(200);
    writeFileSync(join(SCREENS, 'return-receipt.pdf'), await returnReceipt.body());
    await shot(page, 'return-done-es-desktop');

    // The board is empty again.
    await page.getByRole('tab', { name: 'Armas fuera' }).click();
    await page.getByText('No hay armas fuera.').waitFor();
    await eventually(() => journey.pageErrors).toEqual([]);
  });
});

describe('armoury count: a blind serial count with one weapon missing', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney();
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('counts blind by scanner, reconciles one missing weapon, resolves it, closes and prints the report', async () => {
    const page = await journey.newPage();
    await signInThroughForm(page, 'armero@andina.example');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.goto('/armoury/counts');
    await eventually(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Conteos de existencias');
    await shot(page, 'counts-es-desktop');
    // A serial count, blind by default.
    expect(await page.getByRole('checkbox', { name: /Conteo a ciegas/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Empezar un conteo' }).click();
    await eventually(() => focused(page)).toBe('count-scan');
    // Blind: nothing of what the book expects is on the screen.
    await page.getByText(/Conteo a ciegas: lo que espera el libro/).waitFor();
    expect(await page.getByText(MISSING).count()).toBe(0);
    for (const serial of ALL_SERIALS.filter((s) => s !== MISSING)) {
      await scan(page, serial);
      await page.getByTestId('count-scan').and(page.locator(':not([disabled])')).waitFor();
      await eventually(() => textOf(page.getByTestId('counted-total'))).toContain(
        `${ALL_SERIALS.indexOf(serial) + 1} arma`,
      );
    }
    expect(await textOf(page.getByTestId('counted-total'))).toBe('11 armas contadas');
    await shot(page, 'count-session-es-desktop');
    await page.getByTestId('submit-count').click();

    // Reconciliation: one missing weapon, the rest matched.
    await page.getByTestId('count-summary').waitFor();
    const missing = page.getByTestId('discrepancy-missing');
    expect(await textOf(missing)).toContain(MISSING);
    expect(await page.getByTestId('close-count').isDisabled()).toBe(true);
    await shot(page, 'count-reconciliation-es-desktop');
    await missing.getByRole('textbox', { name: /^Resolución/ }).click();
    await page.getByRole('option', { name: 'Encontrada' }).click();
    await missing.getByRole('textbox', { name: /^Explicación/ }).fill('Estaba en el banco de limpieza');
    await missing.getByRole('button', { name: 'Resolver' }).click();
    await eventually(() => textOf(missing)).toContain('Resuelta: Encontrada');
    await page.getByTestId('close-count').click();
    await page.getByText('Conteo cerrado.').waitFor();
    await shot(page, 'count-closed-es-desktop');

    const reportHref = await page.getByTestId('count-report').getAttribute('href');
    const report = await page.request.get(reportHref!);
    expect(report.status()).toBe(200);
    expect(report.headers()['content-type']).toContain('application/pdf');
    writeFileSync(join(SCREENS, 'count-report.pdf'), await report.body());
    expect(journey.pageErrors).toEqual([]);
  });
});

describe('armoury screens in Spanish and English, desktop and tablet', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await startJourney();
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('renders every screen with one level-1 heading', async () => {
    const paths: Array<[string, string]> = [
      ['issue', '/armoury'],
      ['returns', '/armoury/returns'],
      ['out', '/armoury/out'],
      ['personnel', '/armoury/personnel'],
      ['clients', '/armoury/clients'],
      ['counts', '/armoury/counts'],
      ['maintenance', '/armoury/maintenance'],
    ];
    for (const [viewportName, viewport] of [
      ['desktop', DESKTOP],
      ['tablet', TABLET],
    ] as const) {
      const page = await journey.newPage({ viewport });
      await signInThroughForm(page, 'gerente@andina.example');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      for (const language of ['es', 'en'] as const) {
        await setLanguage(page, language);
        for (const [name, path] of paths) {
          await page.goto(path);
          await page.getByRole('heading', { level: 1 }).waitFor();
          expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
          await page.waitForLoadState('networkidle');
          await shot(page, `${name}-${language}-${viewportName}`);
        }
      }
      await setLanguage(page, 'es');
    }
    expect(journey.pageErrors).toEqual([]);
  });
});
