import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { baseUrl, graphql as gql, launchBrowser, shoot } from './support/browser.js';
import { DEMO_PASSWORD, signIn } from './support/session.js';
import { englishLeaks, misformattedDates } from './support/languages.js';

const LOCALES = { nl: 'nl-BE', fr: 'fr-BE' } as const;

/**
 * An assembly with a published poll: one of the demo's past assemblies, else one the secretariat
 * holds through the API (a motion voted by nobody, closed and published), so this spec does not
 * depend on the journey having run first.
 */
async function publishedPoll(browser: Browser, cooperativeId: string): Promise<{ assembly: string; poll: string }> {
  const context = await browser.newContext();
  try {
    await gql(context, 'mutation($i: LoginInput!) { login(input: $i) { person { id } } }', {
      i: { email: 'secretariaat@smart.demo', password: DEMO_PASSWORD },
    });
    type Listed = { id: string; agenda: { poll: { id: string; status: string } | null }[] };
    const { assemblies } = await gql<{ assemblies: Listed[] }>(
      context,
      'query($c: ID!) { assemblies(cooperativeId: $c) { id agenda { poll { id status } } } }',
      { c: cooperativeId },
    );
    for (const assembly of assemblies) {
      const poll = assembly.agenda.find((item) => item.poll?.status === 'PUBLISHED')?.poll;
      if (poll) return { assembly: assembly.id, poll: poll.id };
    }
    const { createAssembly } = await gql<{ createAssembly: { id: string } }>(
      context,
      'mutation($i: CreateAssemblyInput!) { createAssembly(input: $i) { id } }',
      {
        i: {
          cooperativeId,
          kind: 'EXTRAORDINARY',
          title: 'Algemene vergadering over de statuten',
          language: 'nl',
          startsAt: new Date(Date.now() - 3600_000).toISOString(),
          place: 'Brussel',
        },
      },
    );
    const assembly = createAssembly.id;
    const { addAgendaItem } = await gql<{ addAgendaItem: { poll: { id: string } } }>(
      context,
      'mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { poll { id } } }',
      {
        i: {
          assemblyId: assembly,
          kind: 'MOTION',
          title: 'Wijziging van artikel 12 van de statuten',
          language: 'nl',
          secret: true,
        },
      },
    );
    const poll = addAgendaItem.poll.id;
    await gql(context, 'mutation($a: ID!) { conveneAssembly(assemblyId: $a) { id } }', { a: assembly });
    await gql(context, 'mutation($a: ID!) { openAssembly(assemblyId: $a) { id } }', { a: assembly });
    for (const step of ['openPoll', 'closePoll', 'publishPoll']) {
      await gql(context, `mutation($p: ID!) { ${step}(pollId: $p) { id } }`, { p: poll });
    }
    await gql(context, 'mutation($a: ID!) { closeAssembly(assemblyId: $a) { id } }', { a: assembly });
    return { assembly, poll };
  } finally {
    await context.close();
  }
}

/** The member's pages of the journey, found through the API as the member sees them. */
async function journeyPages(browser: Browser, context: BrowserContext): Promise<string[]> {
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
  const assembly = await publishedPoll(browser, cooperatives[0]?.id ?? '');
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
    `/assemblies/${assembly.assembly}`,
    `/polls/${assembly.poll}`,
    '/action-plan',
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
    ({ context, page } = await signIn(browser, email, { language }));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('every page of the journey', async () => {
    const paths = await journeyPages(browser, context);
    for (const path of paths) {
      await page.goto(`${baseUrl}${path}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      // Parts that load on their own (the published ballots, the agenda picker) have finished.
      await page.waitForFunction(
        () => document.querySelectorAll('main [role="status"].mantine-Loader-root').length === 0,
      );
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      expect({ path, leaks: await englishLeaks(page, language) }).toEqual({ path, leaks: [] });
      expect({ path, dates: await misformattedDates(page, LOCALES[language]) }).toEqual({ path, dates: [] });
    }
    await shoot(page, `languages-${language}-recommendation`);
  });
});
