import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** The server under test: started by global-setup.ts unless E2E_BASE_URL names one. */
export const baseUrl = (process.env.E2E_BASE_URL ?? 'http://localhost:3999').replace(/\/$/, '');
export const screenshots = fileURLToPath(new URL('../screenshots/', import.meta.url));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Debian's chromium as root, with no network but the loopback (see STACK.md). */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(screenshots, { recursive: true });
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

/** WCAG 2 A/AA problems axe-core rates serious or critical, as readable lines. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  // Judge the page at rest: no hover left on the button just clicked, colour transitions finished.
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400);
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<any> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return result.violations
      .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: any) => `${v.id}: ${v.help} (${v.nodes.map((n: any) => n.target.join(' ')).join(', ')})`);
  });
}

export async function hasNoHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

/** A GraphQL call with the context's session cookie, for setting up or looking up data. */
export async function graphql<T = any>(context: BrowserContext, query: string, variables: object = {}): Promise<T> {
  const response = await context.request.post(`${baseUrl}/graphql`, {
    data: { query, variables },
    headers: { 'Content-Type': 'application/json' },
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
