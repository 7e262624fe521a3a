import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { accessibilityProblems, baseUrl, hasNoHorizontalScroll, launchBrowser, shoot } from './support/browser.js';

describe('smoke: sign in with a demo account, see the cooperative, search members', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('signs in with a demo member account listed on the login page', async () => {
    await page.goto(`${baseUrl}/login`);
    const memberRow = page.locator('[data-testid="demo-accounts"] tr[data-role="member"]').first();
    await memberRow.waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await accessibilityProblems(page)).toEqual([]);
    await shoot(page, '01-login-1280');

    const email = await memberRow.getAttribute('data-email');
    await memberRow.getByRole('button').click();
    expect(await page.locator('input[name="email"]').inputValue()).toBe(email);
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(`${baseUrl}/`);
  });

  it('shows the name of the cooperative on the home page', async () => {
    // The browser context shares the session cookie with its request client.
    const response = await context.request.post(`${baseUrl}/graphql`, {
      data: { query: '{ cooperatives { name } }' },
      headers: { 'Content-Type': 'application/json' },
    });
    const names: string[] = ((await response.json()) as any).data.cooperatives.map((c: { name: string }) => c.name);
    expect(names.length).toBeGreaterThan(0);
    const heading = page.locator('main h1');
    await heading.waitFor();
    expect(names).toContain((await heading.textContent())?.trim());
    expect(await accessibilityProblems(page)).toEqual([]);
    await shoot(page, '02-home-1280');
  });

  it('lists the members and searches them by name', async () => {
    await page.goto(`${baseUrl}/members`);
    const rows = page.locator('[data-testid="members-table"] tbody tr');
    await rows.first().waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await shoot(page, '03-members-1280');

    const firstName = (await rows.first().locator('td').first().textContent())?.trim() ?? '';
    const term = firstName.split(' ').pop() ?? firstName;
    await page.getByRole('searchbox').fill(term);
    await page.waitForURL((url) => url.searchParams.get('q') === term);
    await page.waitForFunction((t) => {
      const cells = [...document.querySelectorAll('[data-testid="members-table"] tbody tr td:first-child')];
      return cells.length > 0 && cells.every((c) => c.textContent?.toLowerCase().includes(t.toLowerCase()));
    }, term);
    await shoot(page, '04-members-search-1280');
  });

  it('works on a 360 px phone without horizontal scrolling', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${baseUrl}/members`);
    await page.locator('[data-testid="members-cards"] li').first().waitFor();
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await shoot(page, '05-members-360');
    await page.goto(`${baseUrl}/`);
    await page.locator('main h1').waitFor();
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await shoot(page, '06-home-360');
  });

  it('signs out, after which member pages send to the sign-in page', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseUrl}/`);
    await page.locator('[data-testid="sign-out"]:visible').click();
    await page.waitForURL(`${baseUrl}/login`);
    await page.goto(`${baseUrl}/members`);
    await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('next') === '/members');
  });
});
