import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/use-cases/seed-demo';
import { createTestApp, type TestApp } from '../support/test-app';

/*
 * What every browser journey needs: the whole app in-process over a fresh demo database, serving
 * the built web app on a free port, and the system's Chromium driving it.
 */

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const WEB_ROOT =
  process.env.CUSTODIA_TEST_WEB_DIR || fileURLToPath(new URL('../../dist/web', import.meta.url));
const AXE_PATH = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
export const SCREENS_DIR = '/tmp/screens';

export const DESKTOP = { width: 1366, height: 768 } as const;
export const TABLET = { width: 800, height: 1280 } as const;

export interface PageOptions {
  readonly locale?: string;
  readonly timezoneId?: string;
  readonly viewport?: { width: number; height: number };
  /** Only to inject axe-core, which the app's Content-Security-Policy would otherwise refuse. */
  readonly bypassCSP?: boolean;
}

export interface Journey {
  readonly testApp: TestApp;
  readonly baseUrl: string;
  readonly browser: Browser;
  /** Uncaught page errors and console errors of every page opened (a journey ends by asserting none). */
  readonly pageErrors: string[];
  /** A fresh browser profile (its own cookies), in a given browser language. */
  newPage(options?: PageOptions): Promise<Page>;
  close(): Promise<void>;
}

export async function startJourney(): Promise<Journey> {
  if (!existsSync(join(WEB_ROOT, 'index.html'))) {
    throw new Error(
      'dist/web is not built: run `npx vite build` (tests/e2e/global-setup.ts does it when it is the vitest globalSetup)',
    );
  }
  const testApp = await createTestApp('sqlite', { webRoot: WEB_ROOT });
  await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = testApp.app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  return {
    testApp,
    baseUrl,
    browser,
    pageErrors,
    newPage: async (options = {}) => {
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale: options.locale ?? 'es-PE',
        timezoneId: options.timezoneId ?? 'America/Lima',
        viewport: options.viewport ?? DESKTOP,
        bypassCSP: options.bypassCSP ?? false,
      });
      // A step that cannot happen fails within seconds, naming the step, rather than at the test's timeout.
      context.setDefaultTimeout(10_000);
      contexts.push(context);
      const page = await context.newPage();
      // A page that throws (or breaks the CSP) fails its journey, even when the screen looks right.
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      page.on('console', (message) => {
        // Answers such as 401 from GET /auth/session before sign-in are expected; they are not page errors.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
          pageErrors.push(`${page.url()}: ${message.text()}`);
        }
      });
      return page;
    },
    close: async () => {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await testApp.close();
    },
  };
}

/** Sign in through the form, in whatever language the page shows; resolves with the API's status. */
export async function signInThroughForm(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
): Promise<number> {
  if (!page.url().includes('/sign-in')) await page.goto('/sign-in');
  await page.getByLabel(/^(correo electrónico|e-mail address)/i).fill(email);
  await page.getByLabel(/^(contraseña|password)/i).fill(password);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/sign-in')),
    page.getByRole('button', { name: /^(entrar|sign in)$/i }).click(),
  ]);
  return response.status();
}

/**
 * Signs in through the form and waits for the signed-in frame. Waiting for "a level-1 heading" instead
 * races: the sign-in page has one too, and can still be on screen when the answer arrives.
 */
export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  const status = await signInThroughForm(page, email, password);
  if (status !== 200) throw new Error(`signing in as ${email} answered ${status}`);
  await page.getByTestId('header-user').waitFor();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

/** The labels of the main navigation, in order. */
export async function navigationLabels(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: /^(navegación principal|main navigation)$/i });
  await nav.getByRole('link').first().waitFor();
  return (await nav.getByRole('link').allInnerTexts()).map((text) => text.trim());
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(cerrar sesión|sign out)$/i }).click();
  await page.waitForURL(/\/sign-in/);
}

export interface AxeFinding {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
  /** axe's explanation of the first node (e.g. the contrast ratio found). */
  readonly firstFailure: string;
}

/** axe-core's serious and critical findings on the page as it stands (the context needs bypassCSP). */
export async function seriousAxeFindings(page: Page): Promise<AxeFinding[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    type Violation = {
      id: string;
      impact: string | null;
      help: string;
      nodes: Array<{ target: unknown[]; failureSummary?: string }>;
    };
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
      firstFailure: v.nodes[0]?.failureSummary ?? '',
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const path = join(SCREENS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The error message shown at a form field (Mantine links it through aria-describedby), or null. */
export async function fieldErrorOf(field: Locator): Promise<string | null> {
  if ((await field.getAttribute('aria-invalid')) !== 'true') return null;
  const ids = ((await field.getAttribute('aria-describedby')) ?? '')
    .split(/\s+/)
    .filter((id) => id.includes('error'));
  if (ids.length === 0) return null;
  return (await field.page().locator(`[id="${ids[0]}"]`).innerText()).trim();
}

/** expect.poll with room for a browser round trip (its default second is too short on a busy machine). */
export function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 10_000 });
}
