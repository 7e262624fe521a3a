import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import {
  accessibilityProblems,
  baseUrl,
  graphql,
  hasNoHorizontalScroll,
  launchBrowser,
  shoot,
} from './support/browser.js';

interface Target {
  email: string;
  editionId: string;
  groupId: string;
}

/** Asks the API which demo login is the secretary (or else a co-lead) of a group, and which group. */
async function findGroupSecretary(context: BrowserContext): Promise<Target> {
  const { demoAccounts } = await graphql(context, '{ demoAccounts { email displayName role } }');
  // Any demo login may read the editions of its cooperative; the secretariat sees everything.
  const secretariat = demoAccounts.find((a: { role: string }) => a.role === 'secretariat');
  await graphql(context, 'mutation($input: LoginInput!) { login(input: $input) { person { id } } }', {
    input: { email: secretariat.email, password: 'letscoop-demo' },
  });
  const { cooperatives } = await graphql(context, '{ cooperatives { id } }');
  for (const cooperative of cooperatives) {
    const { editions } = await graphql(
      context,
      `
        query ($id: ID!) {
          editions(cooperativeId: $id) {
            id
            number
            groups {
              id
              roles {
                leads {
                  displayName
                }
                secretary {
                  displayName
                }
              }
            }
          }
        }
      `,
      { id: cooperative.id },
    );
    // A secretary first (the role this journey is about), else a co-lead; the newest edition first.
    for (const names of [
      (g: any) => [g.roles.secretary?.displayName],
      (g: any) => g.roles.leads.map((l: any) => l.displayName),
    ]) {
      for (const edition of [...editions].sort((a: any, b: any) => b.number - a.number)) {
        for (const group of edition.groups) {
          const account = demoAccounts.find((a: { displayName: string }) => names(group).includes(a.displayName));
          if (account) {
            await graphql(context, 'mutation { logout }');
            return { email: account.email, editionId: edition.id, groupId: group.id };
          }
        }
      }
    }
  }
  throw new Error('No demo login is the secretary or a co-lead of a working group.');
}

describe('groups: the secretary opens an edition and a group, schedules a meeting, comments on a writing', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let target: Target;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    page = await context.newPage();
    target = await findGroupSecretary(context);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('signs in as the group secretary and lists the editions, newest first', async () => {
    await page.goto(`${baseUrl}/login`);
    await page.locator('input[name="email"]').fill(target.email);
    await page.locator('input[name="password"]').fill('letscoop-demo');
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(`${baseUrl}/`);
    await page.locator('nav a[href="/editions"]').click();
    await page.waitForURL(`${baseUrl}/editions`);
    const items = page.locator('[data-testid="editions-list"] li');
    await items.first().waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await shoot(page, 'groups-01-editions-1280');
  });

  it('opens the edition: groups, the board by stage, small talks and writings', async () => {
    await page.locator(`a[href="/editions/${target.editionId}"]`).click();
    await page.locator('[data-testid="group-cards"] li').first().waitFor();
    await page.locator('[data-testid="recommendation-board"]').waitFor();
    expect(await page.locator('[data-testid="recommendation-board"] [data-stage]').count()).toBe(8);
    expect(await accessibilityProblems(page)).toEqual([]);
    await shoot(page, 'groups-02-edition-1280');
  });

  it('opens the group and schedules a meeting', async () => {
    await page.locator(`a[href="/groups/${target.groupId}"]`).first().click();
    await page.locator('[data-testid="frame-roles"]').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await shoot(page, 'groups-03-group-1280');

    await page.locator('[data-testid="open-schedule-meeting"]').click();
    const form = page.locator('[data-testid="schedule-meeting-form"]');
    await form.waitFor();
    const next = new Date(Date.now() + 14 * 24 * 3600 * 1000);
    const local = `${next.getFullYear()}-${String(next.getMonth() + 1).padStart(2, '0')}-${String(next.getDate()).padStart(2, '0')}T18:30`;
    await form.locator('input[name="startsAt"]').fill(local);
    await form.locator('input[name="place"]').fill('Brussels head office');
    await form
      .locator('textarea[name="agenda"]')
      .fill('1. Feedback from the small talks\n2. Next draft of our recommendations');
    expect(await accessibilityProblems(page)).toEqual([]);
    await form.locator('button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname.startsWith('/meetings/'));
    await page.locator('#minutes-title').waitFor();
    expect(await page.locator('main').textContent()).toContain('Brussels head office');
    expect(await accessibilityProblems(page)).toEqual([]);
    await shoot(page, 'groups-04-meeting-1280');

    await page.goto(`${baseUrl}/groups/${target.groupId}`);
    await page.locator('[data-testid="upcoming-meetings"] li').first().waitFor();
  });

  it('as a member, posts a comment on a writing', async () => {
    await page.goto(`${baseUrl}/editions/${target.editionId}`);
    const writing = page.locator('[data-testid="writings"] li a').first();
    await writing.waitFor();
    await writing.click();
    await page.waitForURL((url) => url.pathname.startsWith('/writings/'));
    const thread = page.locator('[data-testid="comment-thread"]');
    await thread.waitFor();
    const before = await thread.locator('[data-testid="comment"]').count();
    const text = `A comment from the e2e test, ${Date.now()}`;
    await thread.locator('[data-testid="comment-form"] textarea').fill(text);
    await thread.locator('[data-testid="comment-form"] button[type="submit"]').click();
    await thread.locator('[data-testid="comment"]', { hasText: text }).waitFor();
    expect(await thread.locator('[data-testid="comment"]').count()).toBe(before + 1);
    expect(await accessibilityProblems(page)).toEqual([]);
    await shoot(page, 'groups-05-writing-1280');
  });

  it('works on a 360 px phone without horizontal scrolling', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    const writingUrl = page.url();
    for (const [path, name, ready] of [
      [`/editions/${target.editionId}`, 'groups-06-edition-360', '[data-testid="group-cards"] li'],
      [`/groups/${target.groupId}`, 'groups-07-group-360', '[data-testid="frame-roles"]'],
      [new URL(writingUrl).pathname, 'groups-08-writing-360', '[data-testid="comment"]'],
    ] as const) {
      await page.goto(`${baseUrl}${path}`);
      await page.locator(ready).first().waitFor();
      expect(await hasNoHorizontalScroll(page)).toBe(true);
      expect(await accessibilityProblems(page)).toEqual([]);
      await shoot(page, name);
    }
  });
});
