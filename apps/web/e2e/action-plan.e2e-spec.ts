import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Browser } from 'playwright-core';
import { baseUrl, graphql as gql, launchBrowser } from './support/browser.js';
import { pageChecker, signIn } from './support/session.js';

/** The demo action Jonas Wouters (medewerker@smart.demo) owns. */
const DEMO_ACTION = 'Approval by e-mail and digital supporting documents';

const check = pageChecker('action-plan');

describe('the action plan: members follow adopted proposals, owners report progress', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a member reads the plan across editions, filters it, and opens an abandoned action with its reason', async () => {
    const { context, page } = await signIn(browser, 'lid@smart.demo');
    await page.getByRole('link', { name: 'Action plan' }).first().click();
    await page.waitForURL(`${baseUrl}/action-plan`);
    await page.locator('[data-testid="programme"]').first().waitFor();
    // The demo's three programmes and 22 actions; the journey (journey.e2e-spec.ts) may have added
    // an adopted action, in a programme of its own, before this runs.
    expect(await page.locator('[data-testid="programme"]').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('[data-testid="action"]').count()).toBeGreaterThanOrEqual(22);
    await expect(page.locator('[data-testid="roll-up-explanation"]').first().textContent()).resolves.toMatch(
      /Average progress of \d+ actions/,
    );
    await check(page, 'plan');

    await page.getByLabel('Status').selectOption('ABANDONED');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="action"]').length === 1);
    await page.locator('[data-testid="action"] a').first().click();
    await page.locator('[data-testid="action-abandoned"]').waitFor();
    await expect(page.locator('[data-testid="action-abandoned"]').textContent()).resolves.toMatch(/vergunning/);
    // A member reads, and is offered no step.
    expect(await page.locator('[data-testid="post-update"]').count()).toBe(0);
    expect(await page.locator('[data-testid="status-form"]').count()).toBe(0);
    await check(page, 'abandoned-action');

    // The recommendation page says what became of each adopted proposal.
    const [{ id: be }] = (await gql<{ cooperatives: { id: string }[] }>(context, '{ cooperatives { id } }'))
      .cooperatives;
    type Listed = { id: string; title: { translations: { language: string; text: string | null }[] } };
    const plan = await gql<{ actionPlan: { programmes: { projects: { actions: Listed[] }[] }[] } }>(
      context,
      'query($c: ID!) { actionPlan(cooperativeId: $c) { programmes { projects { actions { id title { translations { language text } } } } } } }',
      { c: be },
    );
    const english = (a: Listed) => a.title.translations.find((tr) => tr.language === 'en')?.text ?? '';
    const survey = plan.actionPlan.programmes
      .flatMap((p) => p.projects.flatMap((x) => x.actions))
      .find((a) => english(a).startsWith('A survey of satisfaction'));
    const detail = await gql<{ action: { recommendation: { id: string } } }>(
      context,
      'query($id: ID!) { action(id: $id) { recommendation { id } } }',
      { id: survey?.id },
    );
    await page.goto(`${baseUrl}/recommendations/${detail.action.recommendation.id}`);
    const link = page.locator('[data-testid="proposal-action"]').first();
    await link.waitFor();
    await expect(link.textContent()).resolves.toMatch(/In the action plan: Done, 100\s?%/);
    await link.click();
    await page.waitForURL(`${baseUrl}/actions/${survey?.id}`);
    await context.close();
  });

  it('the staff member who owns an action posts progress on it', async () => {
    const { context, page } = await signIn(browser, 'medewerker@smart.demo');
    await page.goto(`${baseUrl}/action-plan`);
    await page.locator('[data-testid="programme"]').first().waitFor();
    const all = await page.locator('[data-testid="action"]').count();
    await page.getByLabel('Owner', { exact: true }).selectOption({ label: 'Jonas Wouters' });
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="action"]').length < n, all);
    // His demo action (the journey may have given him another one).
    await page.locator('[data-testid="action"] a', { hasText: DEMO_ACTION }).click();
    const form = page.locator('[data-testid="post-update"]');
    await form.waitFor();
    await check(page, 'owner-action');
    await form
      .getByLabel('What was done since the last update')
      .fill('Identity documents are now stored digitally in the pilot.');
    await form.getByLabel('Progress now (%)').fill('85');
    await form.locator('button[type="submit"]').click();
    await page
      .locator('[data-testid="updates"] li')
      .first()
      .getByText('Identity documents are now stored digitally in the pilot.')
      .waitFor();
    await expect(page.locator('[data-testid="updates"] li').first().textContent()).resolves.toMatch(/progress 85\s?%/);
    await context.close();
  });

  it('the secretariat creates a programme and a project, and places an action there', async () => {
    const { context, page } = await signIn(browser, 'secretariaat@smart.demo');
    await page.goto(`${baseUrl}/action-plan`);
    const form = page.locator('[data-testid="create-programme"]');
    await form.waitFor();
    await check(page, 'secretariat');
    await form.getByLabel('Title').fill('Digital workplace');
    await form.locator('button[type="submit"]').click();
    const programme = page.locator('[data-testid="programme"]', { hasText: 'Digital workplace' });
    await programme.waitFor();
    await programme.getByLabel('New project in this programme').fill('Paperless office');
    await programme.locator('[data-testid="create-project"] button[type="submit"]').click();
    await programme.getByText('Paperless office').waitFor();

    const all = await page.locator('[data-testid="action"]').count();
    await page.getByLabel('Owner', { exact: true }).selectOption({ label: 'Jonas Wouters' });
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="action"]').length < n, all);
    // His demo action (the journey may have given him another one).
    await page.locator('[data-testid="action"] a', { hasText: DEMO_ACTION }).click();
    const move = page.locator('[data-testid="move-action"]');
    await move.waitFor();
    await check(page, 'secretariat-action');
    await move.getByLabel('Project').selectOption({ label: 'Digital workplace › Paperless office' });
    await move.locator('button[type="submit"]').click();
    await page.getByText('Digital workplace · Paperless office').waitFor();
    await context.close();
  });
});
