import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Browser, type Page } from 'playwright-core';
import { baseUrl, graphql as gql, launchBrowser } from './support/browser.js';
import { pageChecker, signIn } from './support/session.js';

const check = pageChecker('cycle');

async function stageOf(page: Page): Promise<string> {
  return ((await page.locator('[data-testid="stage"]').textContent()) ?? '').trim();
}

describe('the decision cycle: a group drafts and submits, the board amends and converts, a member follows', () => {
  let browser: Browser;
  let recommendationId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the group secretary drafts a recommendation and submits it, citing a group meeting', async () => {
    const { context, page } = await signIn(browser, 'lid@smart.demo');
    // The demo secretary's group in an edition that is still open.
    const data = await gql<{ cooperatives: { id: string }[] }>(context, '{ cooperatives { id } }');
    const editions = await gql<{
      editions: { status: string; groups: { id: string; myRole: string | null; meetings: { id: string }[] }[] }[];
    }>(context, 'query($c: ID!) { editions(cooperativeId: $c) { status groups { id myRole meetings { id } } } }', {
      c: data.cooperatives[0]?.id,
    });
    const group = editions.editions
      .filter((e) => e.status !== 'CLOSED')
      .flatMap((e) => e.groups)
      .find((g) => g.myRole === 'SECRETARY' || g.myRole === 'LEAD');
    expect(group).toBeDefined();
    if (!group) return;
    if (group.meetings.length === 0) {
      await gql(context, 'mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }', {
        i: {
          groupId: group.id,
          agenda: 'Adopt the recommendation',
          language: 'en',
          startsAt: new Date().toISOString(),
        },
      });
    }

    await page.goto(`${baseUrl}/groups/${group.id}/recommendations/new`);
    const editor = page.locator('[data-testid="recommendation-editor"]');
    await editor.waitFor();
    // A title without an action verb is allowed, with a warning.
    await editor.locator('input[name="title"]').fill('A network of sector networks');
    await page.locator('[data-testid="action-verb-warning"]').waitFor();
    await check(page, '01-draft-editor');
    await editor.locator('input[name="title"]').fill('Strengthen the links between the sector networks');
    await page.locator('[data-testid="action-verb-warning"]').waitFor({ state: 'detached' });
    await editor
      .locator('textarea[name="body"]')
      .fill('Organise a yearly meeting of all sector networks and share their contacts with every member.');
    await editor.locator('textarea[name="rationale"]').fill('Members of one sector rarely meet those of another.');
    await editor.locator('[data-testid="save-draft"]').click();
    await page.waitForURL(/\/recommendations\/[0-9a-f-]{36}$/);
    recommendationId = page.url().split('/').pop() ?? '';
    await page.locator('[data-testid="cycle-stepper"]').waitFor();
    expect(await stageOf(page)).toBe('Draft');
    // A second version of the draft, with a co-author.
    await page.locator('[data-testid="edit-draft"]').click();
    await editor.waitFor();
    expect(await editor.locator('textarea[name="body"]').inputValue()).toContain('yearly meeting');
    await editor
      .locator('input[name="successIndicator"], textarea[name="successIndicator"]')
      .fill('Members who met another sector');
    await editor.locator('[data-testid="save-draft"]').click();
    await page.waitForURL(`${baseUrl}/recommendations/${recommendationId}`);
    await page.locator('[data-testid="versions"] li').nth(1).waitFor();

    await page.locator('[data-testid="transition-submit"]').click();
    const form = page.locator('[data-testid="step-form-submit"]');
    await form.waitFor();
    const meeting = form.locator('select[name="meetingId"]');
    await meeting.selectOption({ index: 1 });
    await check(page, '02-submit-form');
    await form.locator('[data-testid="step-confirm"]').click();
    await page.locator('[data-testid="step-done"]').waitFor();
    expect(await stageOf(page)).toBe('Submitted');
    await context.close();
  });

  it('a board member reviews it, amends it (the diff is shown) and converts it into two action proposals', async () => {
    const { page } = await signIn(browser, 'bestuur@smart.demo');
    await page.locator('#main-navigation a[href="/board"]').click();
    await page.waitForURL(`${baseUrl}/board`);
    await page.mouse.move(900, 5); // off the link, so axe sees the page, not a hover state
    const queued = page.locator(`[data-testid="board-queue"] a[href="/recommendations/${recommendationId}"]`);
    await queued.waitFor();
    await check(page, '03-board-queue');

    // A second tab, left open on the submitted recommendation while the first one moves it.
    const stale = await page.context().newPage();
    await stale.goto(`${baseUrl}/recommendations/${recommendationId}`);
    await stale.locator('[data-testid="transition-startReview"]').waitFor();

    await page.goto(`${baseUrl}/recommendations/${recommendationId}`);
    await page.locator('[data-testid="transition-startReview"]').click();
    await page.locator('[data-testid="step-form-startReview"] [data-testid="step-confirm"]').click();
    await page.locator('[data-testid="step-done"]').waitFor();
    expect(await stageOf(page)).toBe('Under review');

    // The stale tab's step is refused (CONFLICT): it reloads and says someone moved it first.
    await stale.locator('[data-testid="transition-startReview"]').click();
    await stale.locator('[data-testid="step-form-startReview"] [data-testid="step-confirm"]').click();
    await stale.locator('[data-testid="conflict-notice"]').waitFor();
    expect(await stageOf(stale)).toBe('Under review');
    await stale.close();

    await page.locator('[data-testid="review-notes"] textarea').fill('Check the cost of two meetings a year.');
    await page.locator('[data-testid="review-notes"] button[type="submit"]').click();
    await page.locator('[data-testid="review-notes"]').getByText('Check the cost of two meetings a year.').waitFor();

    await page.locator('[data-testid="transition-amendAndEndorse"]').click();
    const amend = page.locator('[data-testid="step-form-amendAndEndorse"]');
    await amend.waitFor();
    expect(await amend.locator('textarea[name="body"]').inputValue()).toContain('yearly meeting');
    await amend
      .locator('textarea[name="body"]')
      .fill('Organise two meetings a year of all sector networks and share their contacts with every member who asks.');
    await amend.getByRole('button', { name: 'Record a board meeting' }).click();
    await amend.locator('input[name="boardMeetingTitle"]').fill('Board meeting on the recommendations');
    await amend.getByRole('button', { name: 'Save the meeting' }).click();
    await page.waitForFunction(
      () => (document.querySelector('select[name="boardMeetingId"]') as HTMLSelectElement | null)?.value !== '',
    );
    await amend.locator('input[name="vote-inFavour"]').fill('6');
    await amend.locator('input[name="vote-abstaining"]').fill('1');
    await amend
      .locator('textarea[name="reason"]')
      .fill('Once a year is too little for the networks to get to know each other.');
    await check(page, '04-amend-form');
    await amend.locator('[data-testid="step-confirm"]').click();
    await page.locator('[data-testid="step-done"]').waitFor();
    expect(await stageOf(page)).toBe('Amended and endorsed');

    // The board's text against the group's: words marked with <ins>/<del>.
    await page.locator('[data-testid="text-toggle"]').getByText('Differences').click();
    const diff = page.locator('[data-testid="board-diff"]');
    await diff.waitFor();
    expect(await diff.locator('ins').count()).toBeGreaterThan(0);
    expect(await diff.locator('del').count()).toBeGreaterThan(0);
    await check(page, '05-board-diff');

    await page.locator('[data-testid="transition-convert"]').click();
    const convert = page.locator('[data-testid="step-form-convert"]');
    await convert.waitFor();
    await convert.locator('input[name="proposal-0-title"]').fill('Hold two meetings a year of the sector networks');
    await convert.locator('textarea[name="proposal-0-body"]').fill('The staff organise them in Brussels and online.');
    await convert.locator('input[name="proposal-0-owner"]').fill('Network coordinators');
    await convert.locator('input[name="proposal-0-budget"]').fill('12500');
    await convert.getByRole('button', { name: 'Add another action proposal' }).click();
    await convert.locator('input[name="proposal-1-title"]').fill('Publish a directory of the sector networks');
    await convert.locator('textarea[name="proposal-1-body"]').fill('Every member can find and reach the networks.');
    await convert.locator('[data-testid="step-confirm"]').click();
    await page.locator('[data-testid="step-done"]').waitFor();
    expect(await stageOf(page)).toBe('Converted into action proposals');
    expect(await page.locator('[data-testid="proposals"] article').count()).toBe(2);
    expect(await page.locator('[data-testid="proposals"]').textContent()).toContain('€12,500.00');
    await check(page, '06-converted');
    await page.context().close();
  });

  it('an ordinary member sees the timeline, the votes and the versions', async () => {
    const { page } = await signIn(browser, 'membre@smart.demo');
    expect(await page.locator('#main-navigation a[href="/board"]').count()).toBe(0);
    await page.goto(`${baseUrl}/recommendations/${recommendationId}`);
    const timeline = page.locator('[data-testid="timeline"] > li');
    await timeline.first().waitFor();
    expect(await timeline.count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('[data-testid="timeline"] [data-testid="vote"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="transition-panel"]').count()).toBe(0);
    expect(await page.locator('[data-testid="review-notes"]').count()).toBe(0);
    await check(page, '07-member-view');

    await page.goto(`${baseUrl}/recommendations/${recommendationId}/compare?from=2&to=3`);
    await page.locator('[data-testid="compare-diff"]').waitFor();
    await check(page, '08-compare');

    // A merged and a declined recommendation of the demo's earlier editions: where they left the path, and why.
    const { cooperatives } = await gql<{ cooperatives: { id: string }[] }>(page.context(), '{ cooperatives { id } }');
    const { editions } = await gql<{ editions: { id: string }[] }>(
      page.context(),
      'query($c: ID!) { editions(cooperativeId: $c) { id } }',
      { c: cooperatives[0]?.id },
    );
    const ended: { id: string; stage: string }[] = [];
    for (const edition of editions) {
      const { recommendations } = await gql<{ recommendations: { id: string; stage: string }[] }>(
        page.context(),
        'query($e: ID!) { recommendations(editionId: $e) { id stage } }',
        { e: edition.id },
      );
      ended.push(...recommendations.filter((r) => r.stage === 'MERGED' || r.stage === 'DECLINED'));
    }
    for (const stage of ['MERGED', 'DECLINED']) {
      const rec = ended.find((r) => r.stage === stage);
      if (!rec) continue;
      await page.goto(`${baseUrl}/recommendations/${rec.id}`);
      await page.locator('[data-testid="cycle-exit"]').waitFor();
      if (stage === 'MERGED') expect(await page.locator('[data-testid="cycle-exit"] a').count()).toBe(1);
      await check(page, `09-${stage.toLowerCase()}`);
    }
    await page.context().close();
  });
});
