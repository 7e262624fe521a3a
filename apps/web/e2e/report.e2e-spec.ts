import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Browser } from 'playwright-core';
import { baseUrl, graphql as gql, launchBrowser } from './support/browser.js';
import { pageChecker, signIn } from './support/session.js';

const check = pageChecker('report');

describe('from idea to action: a member reads the report of an edition and the transparency dashboard', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a member opens the report from the edition page: fates, board decisions, votes, actions; PDF and CSV; print', async () => {
    const { context, page } = await signIn(browser, 'lid@smart.demo');
    const data = await gql<{ cooperatives: { id: string; slug: string }[] }>(context, '{ cooperatives { id slug } }');
    const be = data.cooperatives.find((c) => c.slug === 'smart-be')?.id;
    const { editions } = await gql<{ editions: { id: string; number: number }[] }>(
      context,
      'query($c: ID!) { editions(cooperativeId: $c) { id number } }',
      { c: be },
    );
    const first = editions.find((e) => e.number === 1)?.id ?? '';

    await page.goto(`${baseUrl}/editions/${first}`);
    await page.locator('[data-testid="edition-report-link"]').click();
    await page.waitForURL(`${baseUrl}/editions/${first}/report`);
    const report = page.locator('[data-testid="idea-to-action-report"]');
    await report.waitFor();
    expect(await page.locator('h1').textContent()).toBe('From idea to action');
    expect(await page.locator('[data-testid="report-group"]').count()).toBe(4);

    // The amended one: "Amended by the board", with the link to the comparison of the two texts.
    const amended = page.locator('[data-testid="report-recommendation"]', {
      hasText: 'Open up to all profiles and all trades, within the cooperative’s values',
    });
    await expect(amended.locator('[data-testid="report-amended"]').textContent()).resolves.toMatch(
      /Amended by the board/,
    );
    await expect(amended.locator('[data-testid="report-decision"]').textContent()).resolves.toMatch(
      /Amended and endorsed by the board on 26 April 2016.*13 in favour, 1 against, 4 abstaining/,
    );
    expect(await amended.locator('[data-testid="report-compare"]').getAttribute('href')).toMatch(
      /^\/recommendations\/[0-9a-f-]{36}\/compare\?from=\d+&to=\d+$/,
    );
    // The merged one says where it went.
    const merged = page.locator('[data-testid="report-recommendation"][data-stage="MERGED"]');
    await expect(merged.locator('[data-testid="report-merged-into"]').textContent()).resolves.toContain(
      'Improve the IT tools through user working groups',
    );
    // Adopted proposals show the action's status and progress; without a poll in the platform, the vote says so.
    const proposal = page.locator('[data-testid="report-proposal"]', {
      hasText: 'A users’ working group on the IT tools',
    });
    await expect(proposal.locator('[data-testid="action-status"]').textContent()).resolves.toBe('Done');
    expect(['NO_VOTE_RECORDED', 'PUBLISHED']).toContain(await proposal.getAttribute('data-vote'));
    await check(page, 'edition-1');

    // The files, in the reader's language.
    const pdfHref = (await page.locator('[data-testid="report-pdf"]').getAttribute('href')) ?? '';
    expect(pdfHref).toBe(`/api/editions/${first}/report.pdf?lang=en`);
    const pdf = await context.request.get(`${baseUrl}${pdfHref}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const csv = await context.request.get(
      `${baseUrl}${(await page.locator('[data-testid="report-csv"]').getAttribute('href')) ?? ''}`,
    );
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect((await csv.text()).split('\n')[0]).toContain('recommendation,stage');

    // On paper: no navigation, no buttons, each working group on its own page.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#main-navigation').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="report-pdf"]').isVisible()).toBe(false);
    expect(
      await page
        .locator('[data-testid="report-group"]')
        .nth(1)
        .evaluate((el) => getComputedStyle(el).breakBefore),
    ).toBe('page');
    await page.emulateMedia({ media: 'screen' });

    // Edition 2: the declined recommendation with the board's reason.
    const second = editions.find((e) => e.number === 2)?.id ?? '';
    await page.goto(`${baseUrl}/editions/${second}/report`);
    const declined = page.locator('[data-testid="report-recommendation"][data-stage="DECLINED"]');
    await declined.first().waitFor();
    await expect(declined.first().locator('[data-testid="report-reason"]').textContent()).resolves.toMatch(
      /solidaire bijdrage/,
    );

    // Edition 3, at the assembly: each proposal says where its vote stands, with figures once published.
    const third = editions.find((e) => e.number === 3)?.id ?? '';
    await page.goto(`${baseUrl}/editions/${third}/report`);
    await report.waitFor();
    const proposals = page.locator('[data-testid="report-proposal"]');
    await proposals.first().waitFor();
    const said: Record<string, RegExp> = {
      NOT_PUT: /Not put to the general assembly yet/,
      AWAITING: /Not voted yet/,
      NO_VOTE_RECORDED: /No vote recorded/,
      PUBLISHED: /Yes \d+ · No \d+ · Abstentions \d+/,
    };
    for (const proposal of await proposals.all()) {
      const state = (await proposal.getAttribute('data-vote')) ?? '';
      expect(await proposal.locator('[data-testid="report-vote"]').textContent()).toMatch(said[state]);
    }
    await check(page, 'edition-3');
    await context.close();
  });

  it('a member opens the transparency dashboard from the menu: charts, figures per stage, the table of all figures', async () => {
    const { context, page } = await signIn(browser, 'membre@smart.demo');
    await page.locator('#main-navigation a[href="/transparency"]').click();
    await page.waitForURL(`${baseUrl}/transparency`);
    await page.locator('[data-testid="dashboard-charts"]').waitFor();
    await page.mouse.move(900, 5);
    expect(await page.locator('h1').textContent()).toBe('Transparency');
    // Three editions of Smart Belgium, each with its stages and a link to its report.
    expect(await page.locator('[data-testid="dashboard-edition"]').count()).toBe(3);
    expect(await page.locator('[data-testid="dashboard-edition"] svg[role="img"]').count()).toBe(3);
    const implemented = page.locator('[data-testid="chart-implemented"] svg[role="img"]');
    expect(await implemented.getAttribute('aria-label')).toMatch(
      /Adopted proposals carried out.*2015\/2016: \d+(\.\d)?%/,
    );
    // The figures as a table, for anyone who prefers them.
    await page.locator('[data-testid="dashboard-figures"] summary').click();
    const table = page.locator('[data-testid="dashboard-table"]');
    await table.waitFor();
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'Figure',
      '2015/2016',
      '2016/2017',
      '2018/2019',
    ]);
    await check(page, 'dashboard');

    await page.locator('[data-testid="dashboard-report-link"]').first().click();
    await page.locator('[data-testid="idea-to-action-report"]').waitFor();
    await context.close();
  });
});
