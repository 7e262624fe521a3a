import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Browser } from 'playwright-core';
import { baseUrl, graphql as gql, launchBrowser } from './support/browser.js';
import { pageChecker, signIn } from './support/session.js';

const check = pageChecker('notifications');

describe('notifications: follow a recommendation, read the notification centre, choose e-mail', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a member follows a recommendation of a group they are not in', async () => {
    const { context, page } = await signIn(browser, 'membre@smart.demo');
    const { cooperatives } = await gql<{ cooperatives: { id: string }[] }>(context, '{ cooperatives { id } }');
    const { editions } = await gql<{ editions: { id: string }[] }>(
      context,
      'query($c: ID!) { editions(cooperativeId: $c) { id } }',
      {
        c: cooperatives[0].id,
      },
    );
    const { recommendations } = await gql<{ recommendations: { id: string }[] }>(
      context,
      'query($e: ID!) { recommendations(editionId: $e) { id } }',
      { e: editions[editions.length - 1].id },
    );
    // One Julien does not follow yet (not in its group, not an author).
    let target = recommendations[0];
    for (const r of recommendations) {
      const { followState } = await gql<{ followState: { following: boolean } }>(
        context,
        'query($id: ID!) { followState(subjectType: RECOMMENDATION, subjectId: $id) { following } }',
        { id: r.id },
      );
      if (!followState.following) {
        target = r;
        break;
      }
    }
    await page.goto(`${baseUrl}/recommendations/${target.id}`);
    const button = page.locator('[data-testid="follow-button"]');
    await button.waitFor();
    expect((await button.textContent())?.trim()).toBe('Follow');
    await button.click();
    await page.getByText('You follow this.').waitFor();
    expect((await button.textContent())?.trim()).toBe('Unfollow');
    await check(page, 'follow-recommendation');

    await page.goto(`${baseUrl}/notifications`);
    await page.getByRole('heading', { name: 'What you follow' }).waitFor();
    await page.locator('#follows-title ~ ul li').first().waitFor();
    await page.getByRole('radio', { name: 'Immediately' }).click();
    await page.getByText('Your choice is saved.').waitFor();
    expect(await page.getByRole('radio', { name: 'Immediately' }).isChecked()).toBe(true);
    await check(page, 'page-member');
    await context.close();
  });

  it('the bell counts the unread; marking all read empties it', async () => {
    const { page, context } = await signIn(browser, 'lid@smart.demo');
    const bell = page.locator('[data-testid="notification-bell"]');
    await bell.waitFor();
    await page.waitForFunction(() =>
      /\d+ unread/.test(document.querySelector('[data-testid="notification-bell"]')?.getAttribute('aria-label') ?? ''),
    );
    await bell.click();
    await page.waitForURL(`${baseUrl}/notifications`);
    await page.locator('[data-testid="notification"]').first().waitFor();
    await check(page, 'page-unread');
    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="notification-bell"]')?.getAttribute('aria-label') ===
        'Notifications: nothing unread',
    );
    await page.getByRole('button', { name: 'Mark all as read' }).waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid="notification"]').getByText('New', { exact: true }).count()).toBe(0);
    await context.close();
  });
});
