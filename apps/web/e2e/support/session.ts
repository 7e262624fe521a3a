import { expect } from '@jest/globals';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityProblems, baseUrl, hasNoHorizontalScroll, screenshots } from './browser.js';

/** Every demo login's password (apps/api/src/modules/demo/demo-accounts.ts). */
export const DEMO_PASSWORD = 'letscoop-demo';
export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 360, height: 740 };

const LOCALES = { en: 'en-GB', nl: 'nl-BE', fr: 'fr-BE' } as const;

export interface Session {
  context: BrowserContext;
  page: Page;
}

/**
 * Signs in through the login page. The UI is in `language` whatever the person prefers (English
 * by default, so a test reads one language), on a desktop, or on a phone with touch.
 */
export async function signIn(
  browser: Browser,
  email: string,
  { phone = false, language = 'en' }: { phone?: boolean; language?: keyof typeof LOCALES } = {},
): Promise<Session> {
  const context = await browser.newContext({
    viewport: phone ? PHONE : DESKTOP,
    locale: LOCALES[language],
    ...(phone ? { isMobile: true, hasTouch: true } : {}),
  });
  await context.addInitScript((l) => window.localStorage.setItem('letscoop.language', l), language);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(`${baseUrl}/`);
  return { context, page };
}

/**
 * A page check for one journey: axe (no serious or critical problem), then a full-page
 * screenshot at 1280 and at 360 px, where nothing may scroll sideways. Screenshots are named
 * `<journey>-<name>-<width>.png`.
 */
export function pageChecker(journey: string): (page: Page, name: string) => Promise<void> {
  return async (page, name) => {
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, `${journey}-${name}-1280.png`), fullPage: true });
    await page.setViewportSize(PHONE);
    await page.waitForTimeout(150);
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, `${journey}-${name}-360.png`), fullPage: true });
    await page.setViewportSize(DESKTOP);
  };
}
