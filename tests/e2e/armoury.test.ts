import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DESKTOP,
  eventually,
  type Journey,
  seriousAxeFindings,
  signInAs,
  startJourney,
  TABLET,
} from './journey-support';

const SCREENS = '/tmp/screens-h6';

// The demo company PSC-ANDINA (the first company by code): its guards' national IDs start with 0,
// its weapons' serials with AN, its lot of .38 rounds is CBC-38-ANDINA (src/use-cases/seed-demo.ts).
const GUARD_ID = '00123456'; // Juan Pérez Quispe: licence valid, qualified on revolvers
const LAPSED_GUARD_ID = '04567890'; // Pedro Condori Ramos: licence lapsed a month ago
const REVOLVER = 'AN04701'; // Taurus 82, .38 Special
const OTHER_REVOLVER = 'AN04849';
const LOT = 'CBC-38-ANDINA';
const PISTOL_GUARD_ID = '01234567'; // María Huamán Torres: qualified on pistols
const PISTOL = 'AN04738'; // Glock 17
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
  return (await locator.first().textContent()) ?? '';
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
    await signInAs(page, 'armero@andina.example');
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
    await eventually(() => focused(page)).toBe('rounds-input');
    await page.keyboard.type('12');
    await page.getByText('Todo en regla: puede entregar.').waitFor();
    await shot(page, 'issue-ready-es-desktop');
    await page.keyboard.press('Enter');
    const issued = page
      .getByRole('status')
      .filter({ hasText: `Entregada: ${REVOLVER} a Juan Pérez Quispe.` });
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
    expect(await textOf(page.getByTestId(`board-row-${REVOLVER}`))).toContain('A tiempo');
    await shot(page, 'board-es-desktop');

    // Thirteen hours later the shift (12 h) is over: overdue on the board, a banner and an alert.
    // (sessions last 12 hours at most: the armourer signs in again)
    journey.testApp.clock.advanceMinutes(13 * 60);
    await page.goto('/sign-in');
    await signInAs(page, 'armero@andina.example');
    const swept = await page.evaluate(async () => {
      const session = await (await fetch('/api/v1/auth/session')).json();
      const response = await fetch(
        `/api/v1/organisations/${session.user.organisation.id}/armoury/overdue-sweep`,
        {
          method: 'POST',
          headers: { 'x-csrf-token': session.csrfToken },
        },
      );
      return response.status;
    });
    expect(swept).toBe(200);
    await page.goto('/armoury/out');
    expect(await textOf(page.getByTestId(`board-row-${REVOLVER}`))).toContain('Atrasada');
    expect(await textOf(page.getByTestId('overdue-banner'))).toContain('1 arma no ha vuelto a su hora.');
    const alerts = page.getByTestId('alerts');
    expect(await textOf(alerts)).toContain(`${REVOLVER} — Juan Pérez Quispe`);
    await shot(page, 'board-overdue-es-desktop');
    await alerts.getByRole('button', { name: 'Enterado' }).click();
    await eventually(() => alerts.count()).toBe(0);

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
    // Keyboard only: Tab to the reason, open it, the second reason, Enter.
    await page.getByTestId('rounds-returned').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.getByRole('option', { name: 'Entrenamiento' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await eventually(() =>
      page.getByRole('combobox', { name: /^Motivo de la diferencia/ }).inputValue(),
    ).toBe('Entrenamiento');
    await shot(page, 'return-form-es-desktop');
    await page.getByTestId('confirm-return').focus();
    await page.keyboard.press('Enter');
    const returned = page
      .getByRole('status')
      .filter({ hasText: `Recibida: ${REVOLVER} de Juan Pérez Quispe.` });
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

  it('lets a manager override an overridable refusal with a written reason', async () => {
    const page = await journey.newPage();
    await signInAs(page, 'gerente@andina.example');
    await page.goto('/armoury');
    await eventually(() => focused(page)).toBe('guard-input');
    await scan(page, GUARD_ID);
    await eventually(() => focused(page)).toBe('weapon-input');
    // The next guard's badge scanned where a weapon was expected: the desk moves on to that guard.
    await scan(page, LAPSED_GUARD_ID);
    await eventually(() => textOf(page.getByTestId('person-card'))).toContain('Pedro Condori Ramos');
    await eventually(() => focused(page)).toBe('weapon-input');
    await scan(page, OTHER_REVOLVER);
    expect(await textOf(page.getByTestId('refusals'))).toContain('La licencia del vigilante está vencida');
    const reason = page.getByRole('textbox', { name: /^Motivo de la excepción/ });
    await reason.fill('Renovación en trámite, constancia SUCAMEC n.º 123 vista por el gerente');
    await shot(page, 'issue-override-es-desktop');
    await page.getByRole('button', { name: 'Autorizar y entregar' }).click();
    const issued = page
      .getByRole('status')
      .filter({ hasText: `Entregada: ${OTHER_REVOLVER} a Pedro Condori Ramos.` });
    await issued.waitFor();
    // The same weapon for the next guard: refused, saying to whom it is out and since when (issue 14, defect 12).
    await eventually(() => focused(page)).toBe('guard-input');
    await scan(page, GUARD_ID);
    await eventually(() => focused(page)).toBe('weapon-input');
    await scan(page, OTHER_REVOLVER);
    await eventually(() => textOf(page.getByTestId('refusals'))).toMatch(
      /El arma no está en la armería \(ya fue entregada o salió\)\. \(entregada a Pedro Condori Ramos desde el .+\)/,
    );
    await shot(page, 'issue-refused-out-es-desktop');
    const overrides = (await page.evaluate(async () => {
      const session = await (await fetch('/api/v1/auth/session')).json();
      return (await fetch(`/api/v1/organisations/${session.user.organisation.id}/armoury/overrides`)).json();
    })) as { items: Array<{ reason: string; refusals: string[] }> };
    expect(overrides.items[0]?.refusals).toContain('GUARD_LICENCE_LAPSED');
    expect(journey.pageErrors).toEqual([]);
  });

  it('lets a manager change the armoury rules and suspend a guard, which the desk then refuses', async () => {
    const page = await journey.newPage();
    await signInAs(page, 'gerente@andina.example');
    await page.goto('/armoury/clients');
    const shiftHours = page.getByRole('textbox', { name: 'Horas por turno' });
    await shiftHours.fill('8');
    await page.getByRole('button', { name: 'Guardar' }).first().click();
    await page.getByText('Guardado.').first().waitFor();
    await shot(page, 'clients-settings-es-desktop');

    await page.getByRole('tab', { name: 'Personal' }).click();
    await page.getByRole('link', { name: 'Abrir la ficha de Carlos Mamani Rojas' }).click();
    await eventually(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Carlos Mamani Rojas');
    await page.getByRole('combobox', { name: 'Situación' }).click();
    await page.getByRole('option', { name: 'Suspendido' }).click();
    await page.getByRole('button', { name: 'Guardar' }).first().click();
    await eventually(() => textOf(page.getByTestId('person-card'))).toContain('Suspendido');
    await shot(page, 'person-suspended-es-desktop');

    await page.getByRole('tab', { name: 'Entrega' }).click();
    await eventually(() => focused(page)).toBe('guard-input');
    await scan(page, '02345678');
    await eventually(() => focused(page)).toBe('weapon-input');
    expect(await textOf(page.getByText(/^Por defecto, el fin del turno/))).toContain('(8 h)');
    await scan(page, 'AN04923');
    expect(await textOf(page.getByTestId('refusals'))).toContain('El vigilante está suspendido.');
    expect(journey.pageErrors).toEqual([]);
  });

  it("sends a weapon returned damaged to maintenance and records the job's result", async () => {
    const page = await journey.newPage({ viewport: TABLET });
    await signInAs(page, 'armero@andina.example');
    await page.goto('/armoury');
    await eventually(() => focused(page)).toBe('guard-input');
    await scan(page, PISTOL_GUARD_ID);
    await eventually(() => focused(page)).toBe('weapon-input');
    await scan(page, PISTOL);
    await page.getByTestId('weapon-card').waitFor();
    await eventually(() => page.getByText('Todo en regla: puede entregar.').count()).toBe(1);
    await shot(page, 'issue-ready-es-tablet');
    await page.getByTestId('confirm-issue').click();
    await page
      .getByRole('status')
      .filter({ hasText: `Entregada: ${PISTOL}` })
      .waitFor();

    await page.getByRole('tab', { name: 'Devolución' }).click();
    await eventually(() => focused(page)).toBe('return-weapon-input');
    await scan(page, PISTOL);
    await page.getByTestId('return-issue').waitFor();
    await page.getByRole('radio', { name: /Dañada/ }).check();
    await shot(page, 'return-damaged-es-tablet');
    await page.getByTestId('confirm-return').click();
    const returned = page.getByRole('status').filter({ hasText: `Recibida: ${PISTOL}` });
    expect(await textOf(returned)).toContain('El arma pasó a mantenimiento.');

    await page.getByRole('tab', { name: 'Mantenimiento' }).click();
    const row = page.getByRole('row').filter({ hasText: PISTOL });
    expect(await textOf(row)).toContain('Reparación');
    await shot(page, 'maintenance-open-es-tablet');
    await row
      .getByRole('textbox', { name: 'Resultado' })
      .fill('Cambio de resorte recuperador; prueba de tiro correcta');
    await row.getByRole('button', { name: 'Registrar resultado' }).click();
    await page.getByText('No hay trabajos abiertos.').waitFor();
    // Back in service: it can be issued again.
    await page.getByRole('tab', { name: 'Entrega' }).click();
    await eventually(() => focused(page)).toBe('guard-input');
    await scan(page, PISTOL_GUARD_ID);
    await eventually(() => focused(page)).toBe('weapon-input');
    await scan(page, PISTOL);
    await eventually(() => page.getByText('Todo en regla: puede entregar.').count()).toBe(1);
    expect(journey.pageErrors).toEqual([]);
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
    await signInAs(page, 'armero@andina.example');
    await page.goto('/armoury/counts');
    await eventually(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Conteos de existencias',
    );
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
    // A code that names no weapon of this armoury is set aside, not counted (issue 14, defect 12).
    await scan(page, 'ZZ-9999');
    await eventually(() => textOf(page.getByTestId('count-set-aside'))).toContain('ZZ-9999');
    expect(await textOf(page.getByTestId('count-set-aside'))).toContain(
      'No se cuenta como arma y figurará entre las discrepancias del conteo.',
    );
    expect(await textOf(page.getByTestId('counted-total'))).toBe('11 armas contadas');
    await shot(page, 'count-session-es-desktop');
    await page.getByTestId('submit-count').click();

    // Reconciliation: one missing weapon, the rest matched.
    await page.getByTestId('count-summary').waitFor();
    const missing = page.getByTestId('discrepancy-missing');
    expect(await textOf(missing)).toContain(MISSING);
    expect(await page.getByTestId('close-count').isDisabled()).toBe(true);
    await shot(page, 'count-reconciliation-es-desktop');
    await missing.getByRole('combobox', { name: /^Resolución/ }).click();
    await page.getByRole('option', { name: 'Encontrada' }).click();
    await missing.getByRole('textbox', { name: /^Explicación/ }).fill('Estaba en el banco de limpieza');
    await missing.getByRole('button', { name: 'Resolver' }).click();
    await eventually(() => textOf(missing)).toContain('Resuelta: Encontrada');
    const setAside = page.getByTestId('discrepancy-extra');
    expect(await textOf(setAside)).toContain('ZZ-9999: no es un arma de esta armería');
    await setAside.getByRole('combobox', { name: /^Resolución/ }).click();
    await page.getByRole('option', { name: /^Error de registro/ }).click();
    await setAside
      .getByRole('textbox', { name: /^Explicación/ })
      .fill('Etiqueta de un estante, no de un arma');
    await setAside.getByRole('button', { name: 'Resolver' }).click();
    await eventually(() => textOf(setAside)).toContain('Resuelta: Error de registro');
    // Closing asks first.
    await page.getByTestId('close-count').click();
    const confirm = page.getByRole('dialog', { name: '¿Cerrar el conteo?' });
    await confirm.getByText(/Un conteo cerrado no se puede reabrir ni modificar\./).waitFor();
    await confirm.getByRole('button', { name: 'Cerrar el conteo' }).click();
    await page.getByText('Conteo cerrado.').waitFor();
    await shot(page, 'count-closed-es-desktop');

    const reportHref = await page.getByTestId('count-report').getAttribute('href');
    const report = await page.request.get(reportHref!);
    expect(report.status()).toBe(200);
    expect(report.headers()['content-type']).toContain('application/pdf');
    writeFileSync(join(SCREENS, 'count-report.pdf'), await report.body());
    expect(journey.pageErrors).toEqual([]);
  });

  it('counts a full inventory with a second counter: rounds per lot, a variance resolved by a correction', async () => {
    const page = await journey.newPage({ viewport: TABLET });
    await signInAs(page, 'armero@andina.example');
    await page.goto('/armoury/counts');
    await page.getByRole('combobox', { name: 'Tipo de conteo' }).click();
    await page.getByRole('option', { name: 'Completo (series y munición)' }).click();
    await page.getByRole('textbox', { name: 'Segundo contador (opcional)' }).fill('Ana Gutiérrez León');
    await page.getByRole('button', { name: 'Empezar un conteo' }).click();
    await eventually(() => focused(page)).toBe('count-scan');
    for (const [index, serial] of ALL_SERIALS.entries()) {
      await scan(page, serial);
      await eventually(() => textOf(page.getByTestId('counted-total'))).toContain(`${index + 1} arma`);
    }
    // Ten rounds fewer than the book's 2,400 (the counter does not see that number).
    await page.getByRole('textbox', { name: `Cartuchos contados del lote ${LOT}` }).fill('2390');
    await shot(page, 'count-full-es-tablet');
    await page.getByTestId('submit-count').click();
    const variance = page.getByTestId('discrepancy-ammunition-variance');
    expect(await textOf(variance)).toMatch(/esperado 2\D?400, contado 2\D?390/);
    await variance.getByRole('combobox', { name: /^Resolución/ }).click();
    await page.getByRole('option', { name: 'Error de registro (asiento de corrección)' }).click();
    await variance.getByRole('textbox', { name: /^Explicación/ }).fill('Consumo de práctica no asentado');
    await variance.getByRole('button', { name: 'Resolver' }).click();
    await eventually(() => textOf(variance)).toContain('Resuelta: Error de registro');
    await page.getByTestId('close-count').click();
    await page
      .getByRole('dialog', { name: '¿Cerrar el conteo?' })
      .getByRole('button', { name: 'Cerrar el conteo' })
      .click();
    await page.getByText('Conteo cerrado.').waitFor();
    await shot(page, 'count-full-closed-es-tablet');
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
      await signInAs(page, 'gerente@andina.example');
      const personId = (await page.evaluate(async () => {
        const session = await (await fetch('/api/v1/auth/session')).json();
        const list = await (
          await fetch(`/api/v1/organisations/${session.user.organisation.id}/personnel?q=Juan`)
        ).json();
        return list.items[0].id;
      })) as string;
      const screens = [...paths, ['person', `/armoury/personnel/${personId}`] as [string, string]];
      for (const language of ['es', 'en'] as const) {
        await setLanguage(page, language);
        for (const [name, path] of screens) {
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
  }, 240_000);

  it('has no serious accessibility findings on the desk, the board and the counts; the camera reader loads on demand', async () => {
    const page = await journey.newPage({ bypassCSP: true });
    await signInAs(page, 'armero@andina.example');
    for (const path of [
      '/armoury',
      '/armoury/returns',
      '/armoury/out',
      '/armoury/counts',
      '/armoury/personnel',
    ]) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await seriousAxeFindings(page), path).toEqual([]);
    }
    // The camera button opens the reader (a chunk of its own); this headless browser has no camera.
    await page.goto('/armoury');
    await page.getByRole('button', { name: 'Escanear con la cámara' }).click();
    const dialog = page.getByRole('dialog', { name: 'Escanear con la cámara' });
    expect(await textOf(dialog.getByRole('alert'))).toMatch(/cámara/);
    await shot(page, 'camera-es-desktop');
    await page.keyboard.press('Escape');
    await eventually(() => dialog.count()).toBe(0);
  });
});
