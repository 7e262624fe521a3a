import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Browser } from 'playwright-core';
import { baseUrl, launchBrowser } from './support/browser.js';
import { pageChecker, signIn } from './support/session.js';

const check = pageChecker('ethics');

describe('the ethics committee: the committee writes and publishes an opinion, members read it, indicators are kept', () => {
  let browser: Browser;
  let opinionUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a committee member sees the committee, its draft and the indicator charts', async () => {
    const { context, page } = await signIn(browser, 'ethiek@smart.demo');
    await page.getByRole('link', { name: 'Ethics committee' }).first().click();
    await page.waitForURL(`${baseUrl}/ethics`);
    await page.locator('[data-testid="ethics-members"] li').first().waitFor();
    expect(await page.locator('[data-testid="ethics-members"] li').count()).toBe(15);
    await expect(page.getByText('15 of 15 seats filled').isVisible()).resolves.toBe(true);
    expect(
      await page.locator('[data-testid="ethics-opinion-list"]').getByText('Ethics committee: draft opinion').count(),
    ).toBe(1);
    expect(
      await page.locator('[data-testid="ethics-indicator-charts"] svg[role="img"]').count(),
    ).toBeGreaterThanOrEqual(4);
    await check(page, 'overview-committee');
    await context.close();
  });

  it('the committee member writes an opinion on a member activity and publishes it', async () => {
    const { context, page } = await signIn(browser, 'ethiek@smart.demo');
    await page.goto(`${baseUrl}/ethics/opinions/new`);
    const editor = page.locator('[data-testid="opinion-editor"]');
    await editor.waitFor();
    await editor.getByLabel('Member activity').fill('Sound engineering for a festival powered by solar panels');
    for (const [criterion, rating, text] of [
      ['WORKING_CONDITIONS_AND_PAY', 'Favourable', 'Paid at the sector rate, rest times respected.'],
      ['PURPOSE_AND_CONTEXT', 'Favourable', 'A cultural festival open to all.'],
      ['ECOLOGICAL_FOOTPRINT', 'With reservations', 'Solar power, but many visitors come by car.'],
    ]) {
      const block = page.locator(`[data-testid="criterion-${criterion}"]`);
      await block.getByLabel(rating, { exact: true }).check();
      await block.getByLabel('Finding').fill(text);
    }
    await editor
      .getByLabel('Conclusion')
      .fill('Favourable with reservations: the committee suggests shuttle buses from the station.');
    await check(page, 'editor');
    // A favourable stance over a finding with reservations is too mild: publishing stays closed.
    await editor.getByLabel('favourable', { exact: true }).check();
    expect(await page.locator('[data-testid="save-publish-opinion"]').isDisabled()).toBe(true);
    await editor.getByLabel('favourable with reservations', { exact: true }).check();
    await page.locator('[data-testid="save-publish-opinion"]').click();
    await page.waitForURL(/\/ethics\/opinions\/[0-9a-f-]+$/);
    opinionUrl = page.url();
    await page.getByText('Ethics committee: reservations').first().waitFor();
    expect(await page.locator('[data-testid="opinion-actions"]').count()).toBe(0);
    await check(page, 'opinion-published');
    await context.close();
  });

  it('a member reads the published opinions but not the draft, and may not write one', async () => {
    const { context, page } = await signIn(browser, 'lid@smart.demo');
    await page.goto(`${baseUrl}/ethics`);
    await page.locator('[data-testid="ethics-opinion-list"] li').first().waitFor();
    const list = page.locator('[data-testid="ethics-opinion-list"]');
    expect(await list.getByText('Ethics committee: draft opinion').count()).toBe(0);
    expect(await list.getByText('Sound engineering for a festival powered by solar panels').count()).toBe(1);
    expect(await page.locator('[data-testid="new-opinion"]').count()).toBe(0);
    expect(await page.locator('[data-testid="manage-indicators"]').count()).toBe(0);
    await check(page, 'overview-member');
    await page.goto(opinionUrl);
    await page.locator('[data-testid="opinion-findings"]').waitFor();
    expect(await page.locator('[data-testid="opinion-findings"] h3').allTextContents()).toEqual([
      'Decent working conditions and pay',
      'Purpose and context of production',
      'Ecological footprint',
    ]);
    await check(page, 'opinion-member');
    await context.close();
  });

  it('the secretariat records an indicator value for a new year', async () => {
    const { context, page } = await signIn(browser, 'secretariaat@smart.demo');
    await page.goto(`${baseUrl}/ethics/indicators`);
    const card = page.locator('[data-testid="indicator-card"]').first();
    await card.waitFor();
    await check(page, 'indicators');
    await card.locator('[data-testid="record-value"]').click();
    const form = card.locator('[data-testid="record-value-form"]');
    await form.getByLabel('Year').fill('2020');
    await form.getByLabel(/^Value/).fill('16.9');
    await form.getByRole('button', { name: 'Record the value' }).click();
    await card.getByText('2020', { exact: true }).waitFor();
    await page.goto(`${baseUrl}/ethics`);
    await page.locator('[data-testid="ethics-indicator-charts"] svg').first().waitFor();
    const label = await page
      .locator('[data-testid="ethics-indicator-charts"] svg[role="img"]')
      .first()
      .getAttribute('aria-label');
    expect(label).toContain('2020: 16.9');
    await context.close();
  });
});
