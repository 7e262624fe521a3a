import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { baseUrl, graphql as gql, launchBrowser, shoot } from './support/browser.js';
import { englishLeaks, misformattedDates } from './support/languages.js';

const PASSWORD = 'letscoop-demo';
const LOCALES = { nl: 'nl-BE', fr: 'fr-BE' } as const;

async function signIn(browser: Browser, email: string, language: 'nl' | 'fr'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: LOCALES[language] });
  await context.addInitScript((l) => window.localStorage.setItem('letscoop.language', l), language);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(`${baseUrl}/`);
  return { context, page };
}

/** The member's pages of the journey, found through the API as the member sees them. */
async function journeyPages(context: BrowserContext): Promise<string[]> {
  const { cooperatives } = await gql<{ cooperatives: { id: string }[] }>(context, '{ cooperatives { id } }');
  const { editions } = await gql<{ editions: { id: string; groups: { id: string }[] }[] }>(
    context,
    'query($c: ID!) { editions(cooperativeId: $c) { id groups { id } } }',
    { c: cooperatives[0]?.id },
  );
  let found: { edition: string; group: string; recommendation: string } | undefined;
  for (const edition of editions) {
    const { recommendations } = await gql<{ recommendations: { id: string; group: { id: string } }[] }>(
      context,
      'query($e: ID!) { recommendations(editionId: $e, stage: AT_ASSEMBLY) { id group { id } } }',
      { e: edition.id },
    );
    const first = recommendations[0];
    if (first) {
      found = { edition: edition.id, group: first.group.id, recommendation: first.id };
      break;
    }
  }
  expect(found).toBeDefined();
  const edition = { id: found?.edition };
  const group = { id: found?.group };
  const recommendation = { id: found?.recommendation };
  return [
    '/',
    '/members',
    '/me',
    '/editions',
    `/editions/${edition?.id}`,
    `/editions/${edition?.id}/report`,
    '/transparency',
    `/groups/${group?.id}`,
    `/recommendations/${recommendation?.id}`,
  ];
}

describe.each([
  ['nl', 'lid@smart.demo'],
  ['fr', 'membre@smart.demo'],
] as const)('the member pages in %s show no English and write dates the local way', (language, email) => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page } = await signIn(browser, email, language));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('every page of the journey', async () => {
    const paths = await journeyPages(context);
    for (const path of paths) {
      await page.goto(`${baseUrl}${path}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      expect({ path, leaks: await englishLeaks(page, language) }).toEqual({ path, leaks: [] });
      expect({ path, dates: await misformattedDates(page, LOCALES[language]) }).toEqual({ path, dates: [] });
    }
    await shoot(page, `languages-${language}-recommendation`);
  });
});
