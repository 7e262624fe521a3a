// The whole journey of issue 6, each step by the role that owns it, each signing in through the
// login page: a group drafts and submits a recommendation, the board amends and converts it and
// puts its proposals to the general assembly, members vote on a phone (one with the keyboard
// alone, one also for the member who gave a proxy, one twice), the chair publishes the result,
// the adopted action enters the action plan and its owner reports progress, and an ordinary
// member follows the whole path and finds their receipt.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import {
  accessibilityProblems,
  baseUrl,
  graphql as gql,
  hasNoHorizontalScroll,
  launchBrowser,
  shoot,
} from './support/browser.js';
import { DEMO_PASSWORD, DESKTOP, PHONE, signIn } from './support/session.js';

/** The demo logins of the journey (apps/api/src/modules/demo/demo-accounts.ts). */
const PEOPLE = {
  secretariat: { email: 'secretariaat@smart.demo', name: 'Sofie Peeters' },
  chair: { email: 'voorzitter@smart.demo', name: 'Marc Vandenberghe' },
  board: { email: 'bestuur@smart.demo', name: 'Amélie Dubois' },
  director: { email: 'directie@smart.demo', name: 'Pieter Claes' },
  staff: { email: 'medewerker@smart.demo', name: 'Jonas Wouters' },
  groupSecretary: { email: 'lid@smart.demo', name: 'Lotte Janssens' },
  member: { email: 'membre@smart.demo', name: 'Julien Lambert' },
  partner: { email: 'partner@smart.demo', name: 'Hélène Martin' },
  ethics: { email: 'ethiek@smart.demo', name: 'Nadia El Amrani' },
} as const;
const DEMO_NAMES = new Set<string>(Object.values(PEOPLE).map((p) => p.name));

const TITLE = 'Open the sector networks to members of every branch';
const PROPOSALS = [
  {
    title: 'Hold a yearly open day of the sector networks',
    body: 'Every network welcomes members of other branches once a year.',
  },
  {
    title: 'Publish the calendar of the sector networks',
    body: 'One calendar on the platform lists every network meeting.',
  },
];

/** A session for setting up or looking up data through the API only (no page). */
async function apiSession(browser: Browser, email: string): Promise<BrowserContext> {
  const context = await browser.newContext();
  await gql(context, 'mutation($i: LoginInput!) { login(input: $i) { person { id } } }', {
    i: { email, password: DEMO_PASSWORD },
  });
  return context;
}

/**
 * axe (0 serious or critical) and a full-page screenshot. A member page is also checked at
 * 360 px, where nothing may scroll sideways.
 */
async function check(page: Page, name: string, member = false): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect({ name, problems: await accessibilityProblems(page) }).toEqual({ name, problems: [] });
  const size = page.viewportSize() ?? DESKTOP;
  if (member && size.width !== PHONE.width) {
    await shoot(page, `journey-${name}-1280`);
    await page.setViewportSize(PHONE);
    await page.waitForTimeout(150);
    expect({ name, problems: await accessibilityProblems(page) }).toEqual({ name, problems: [] });
  }
  if (member) expect({ name, fitsAt360: await hasNoHorizontalScroll(page) }).toEqual({ name, fitsAt360: true });
  await shoot(page, `journey-${name}${member ? '-360' : ''}`);
  if (page.viewportSize()?.width !== size.width) await page.setViewportSize(size);
}

/** Presses Tab until the element matching `selector` has the focus (keyboard only, no click). */
async function tabTo(page: Page, selector: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return;
  }
  throw new Error(`${selector} never got the focus with Tab`);
}

async function stageOf(page: Page): Promise<string> {
  return ((await page.locator('[data-testid="stage"]').textContent()) ?? '').trim();
}

describe('the journey: from a group’s recommendation to an action in the plan, every role in the browser', () => {
  let browser: Browser;
  let cooperativeId = '';
  let assemblyId = '';
  let recommendationId = '';
  let groupId = '';
  let editionId = '';
  let proposalIds: string[] = [];
  let agendaItemId = '';
  let pollId = '';
  let memberReceipt = '';
  let actionId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    // The upcoming convened assembly. Until the demo has one, the secretariat prepares one
    // through the API: an information item, then the convocation (which freezes the voter list).
    const secretariat = await apiSession(browser, PEOPLE.secretariat.email);
    cooperativeId = (
      await gql<{ cooperatives: { id: string; slug: string }[] }>(secretariat, '{ cooperatives { id slug } }')
    ).cooperatives[0].id;
    const { assemblies } = await gql<{ assemblies: { id: string; status: string; startsAt: string }[] }>(
      secretariat,
      'query($c: ID!) { assemblies(cooperativeId: $c) { id status startsAt } }',
      { c: cooperativeId },
    );
    const convened = assemblies
      .filter((a) => a.status === 'CONVENED')
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    if (convened[0]) {
      assemblyId = convened[0].id;
    } else {
      const startsAt = new Date();
      startsAt.setMinutes(0, 0, 0);
      const { createAssembly } = await gql<{ createAssembly: { id: string } }>(
        secretariat,
        'mutation($i: CreateAssemblyInput!) { createAssembly(input: $i) { id } }',
        {
          i: {
            cooperativeId,
            kind: 'ORDINARY',
            title: 'Ordinary general assembly',
            language: 'en',
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + 3 * 3600_000).toISOString(),
            place: 'Brussels and online',
          },
        },
      );
      assemblyId = createAssembly.id;
      await gql(secretariat, 'mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { id } }', {
        i: { assemblyId, kind: 'INFORMATION', title: 'The board’s report on the year', language: 'en' },
      });
      await gql(secretariat, 'mutation($a: ID!) { conveneAssembly(assemblyId: $a) { id status } }', { a: assemblyId });
    }
    await secretariat.close();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('1. the group’s secretary drafts a recommendation and submits it, citing the group meeting that adopted it', async () => {
    const { context, page } = await signIn(browser, PEOPLE.groupSecretary.email);
    const { editions } = await gql<{
      editions: {
        id: string;
        status: string;
        groups: { id: string; myRole: string | null; meetings: { id: string }[] }[];
      }[];
    }>(context, 'query($c: ID!) { editions(cooperativeId: $c) { id status groups { id myRole meetings { id } } } }', {
      c: cooperativeId,
    });
    const edition = editions.find((e) => e.status !== 'CLOSED' && e.groups.some((g) => g.myRole === 'SECRETARY'));
    const group = edition?.groups.find((g) => g.myRole === 'SECRETARY');
    expect(group).toBeDefined();
    if (!edition || !group) return;
    editionId = edition.id;
    groupId = group.id;
    if (group.meetings.length === 0) {
      await gql(context, 'mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }', {
        i: { groupId, agenda: 'Adopt the recommendation', language: 'en', startsAt: new Date().toISOString() },
      });
    }

    // The group's page, where the secretary starts.
    await page.goto(`${baseUrl}/groups/${groupId}`);
    await page.locator('main h1').first().waitFor();
    await check(page, '01-group', true);

    await page.goto(`${baseUrl}/groups/${groupId}/recommendations/new`);
    const editor = page.locator('[data-testid="recommendation-editor"]');
    await editor.waitFor();
    await editor.locator('input[name="title"]').fill(TITLE);
    await editor
      .locator('textarea[name="body"]')
      .fill('Each sector network opens its meetings to members of every branch and says so on the platform.');
    await editor
      .locator('textarea[name="rationale"]')
      .fill('Members of one branch rarely hear of the networks of another.');
    await check(page, '01-draft-editor');
    await editor.locator('[data-testid="save-draft"]').click();
    await page.waitForURL(/\/recommendations\/[0-9a-f-]{36}$/);
    recommendationId = page.url().split('/').pop() ?? '';
    await page.locator('[data-testid="cycle-stepper"]').waitFor();
    expect(await stageOf(page)).toBe('Draft');

    // The group adopted it at its meeting: the submission names that meeting.
    await page.locator('[data-testid="transition-submit"]').click();
    const form = page.locator('[data-testid="step-form-submit"]');
    await form.waitFor();
    await form.locator('select[name="meetingId"]').selectOption({ index: 1 });
    await check(page, '01-submit-form');
    await form.locator('[data-testid="step-confirm"]').click();
    await page.locator('[data-testid="step-done"]').waitFor();
    expect(await stageOf(page)).toBe('Submitted');
    await expect(page.locator('[data-testid="timeline"]').textContent()).resolves.toContain('Group meeting');
    await check(page, '01-submitted', true);
    await context.close();
  });

  it('2. a board member reviews it, amends it (the diff is shown) and converts it into two action proposals', async () => {
    expect(recommendationId).not.toBe('');
    const { context, page } = await signIn(browser, PEOPLE.board.email);
    await page.goto(`${baseUrl}/board`);
    await page.locator(`[data-testid="board-queue"] a[href="/recommendations/${recommendationId}"]`).waitFor();
    await check(page, '02-board-queue');

    await page.goto(`${baseUrl}/recommendations/${recommendationId}`);
    await page.locator('[data-testid="transition-startReview"]').click();
    await page.locator('[data-testid="step-form-startReview"] [data-testid="step-confirm"]').click();
    await page.locator('[data-testid="step-done"]').waitFor();
    expect(await stageOf(page)).toBe('Under review');

    await page.locator('[data-testid="transition-amendAndEndorse"]').click();
    const amend = page.locator('[data-testid="step-form-amendAndEndorse"]');
    await amend.waitFor();
    await amend
      .locator('textarea[name="body"]')
      .fill(
        'Each sector network opens two of its meetings a year to members of every branch and announces them on the platform.',
      );
    await amend.getByRole('button', { name: 'Record a board meeting' }).click();
    await amend.locator('input[name="boardMeetingTitle"]').fill('Board meeting on the sector networks');
    await amend.getByRole('button', { name: 'Save the meeting' }).click();
    await page.waitForFunction(
      () => (document.querySelector('select[name="boardMeetingId"]') as HTMLSelectElement | null)?.value !== '',
    );
    await amend.locator('input[name="vote-inFavour"]').fill('7');
    await amend.locator('textarea[name="reason"]').fill('Two open meetings a year are what the networks can carry.');
    await check(page, '02-amend-form');
    await amend.locator('[data-testid="step-confirm"]').click();
    await page.locator('[data-testid="step-done"]').waitFor();
    expect(await stageOf(page)).toBe('Amended and endorsed');

    // The board's text against the group's, word by word.
    await page.locator('[data-testid="text-toggle"]').getByText('Differences').click();
    const diff = page.locator('[data-testid="board-diff"]');
    await diff.waitFor();
    expect(await diff.locator('ins').count()).toBeGreaterThan(0);
    expect(await diff.locator('del').count()).toBeGreaterThan(0);
    await check(page, '02-board-diff');

    await page.locator('[data-testid="transition-convert"]').click();
    const convert = page.locator('[data-testid="step-form-convert"]');
    await convert.waitFor();
    await convert.locator('input[name="proposal-0-title"]').fill(PROPOSALS[0].title);
    await convert.locator('textarea[name="proposal-0-body"]').fill(PROPOSALS[0].body);
    await convert.locator('input[name="proposal-0-budget"]').fill('8000');
    await convert.getByRole('button', { name: 'Add another action proposal' }).click();
    await convert.locator('input[name="proposal-1-title"]').fill(PROPOSALS[1].title);
    await convert.locator('textarea[name="proposal-1-body"]').fill(PROPOSALS[1].body);
    await convert.locator('[data-testid="step-confirm"]').click();
    await page.locator('[data-testid="step-done"]').waitFor();
    expect(await stageOf(page)).toBe('Converted into action proposals');
    expect(await page.locator('[data-testid="proposals"] article').count()).toBe(2);
    await check(page, '02-converted');

    const { recommendation } = await gql<{ recommendation: { proposals: { id: string; number: number }[] } }>(
      context,
      'query($id: ID!) { recommendation(id: $id) { proposals { id number } } }',
      { id: recommendationId },
    );
    proposalIds = [...recommendation.proposals].sort((a, b) => a.number - b.number).map((p) => p.id);
    expect(proposalIds).toHaveLength(2);
    await context.close();
  });

  it('3. the board puts the proposals to the assembly and adds them to the upcoming assembly’s agenda, by secret ballot', async () => {
    expect(proposalIds).toHaveLength(2);
    const { context, page } = await signIn(browser, PEOPLE.board.email);
    await page.goto(`${baseUrl}/recommendations/${recommendationId}`);
    await page.locator('[data-testid="transition-putToAssembly"]').click();
    await page.locator('[data-testid="step-form-putToAssembly"] [data-testid="step-confirm"]').click();
    await page.locator('[data-testid="step-done"]').waitFor();
    expect(await stageOf(page)).toBe('At the general assembly');
    await expect(page.locator('[data-testid="proposals"]').textContent()).resolves.toContain(
      "On the assembly's agenda",
    );

    await page.goto(`${baseUrl}/assemblies/${assemblyId}`);
    await page.locator('[data-testid="add-proposals"]').click();
    const picker = page.locator('[data-testid="recommendation-picker"]');
    await picker.waitFor();
    await picker.getByLabel('Edition').selectOption(editionId);
    await picker.locator('[data-testid="picker-secret"]').check();
    const source = picker.locator('[data-testid="proposal-source"]', {
      has: page.locator(`a[href="/recommendations/${recommendationId}"]`),
    });
    await source.waitFor();
    await check(page, '03-agenda-picker');
    await source.locator('[data-testid="add-recommendation"]').click();
    await source.waitFor({ state: 'detached' });

    const agenda = page.locator('[data-testid="agenda"]');
    for (const proposal of PROPOSALS) {
      const item = agenda.locator('[data-testid="agenda-item"]', { hasText: proposal.title }).last();
      await item.waitFor();
      await expect(item.locator('[data-testid="ballot-kind"]').textContent()).resolves.toBe('Secret ballot');
    }
    await check(page, '03-agenda');

    const { assembly } = await gql<{
      assembly: { agenda: { id: string; actionProposal: { id: string } | null; poll: { id: string } | null }[] };
    }>(context, 'query($id: ID!) { assembly(id: $id) { agenda { id actionProposal { id } poll { id } } } }', {
      id: assemblyId,
    });
    const motion = assembly.agenda.find((i) => i.actionProposal?.id === proposalIds[0]);
    expect(motion?.poll).toBeTruthy();
    agendaItemId = motion?.id ?? '';
    pollId = motion?.poll?.id ?? '';
    await context.close();
  });

  it('4a. a member gives a proxy; the chair opens the session; members check in; the chair opens the poll', async () => {
    expect(pollId).not.toBe('');
    // Before the poll opens: the managing director, who cannot come, gives a proxy to Julien Lambert.
    const director = await signIn(browser, PEOPLE.director.email, { phone: true });
    await director.page.goto(`${baseUrl}/assemblies/${assemblyId}`);
    await director.page.locator('[data-testid="give-proxy"]').click();
    const proxyForm = director.page.locator('[data-testid="give-proxy-form"]');
    await proxyForm.locator('[data-testid="proxy-search"]').fill(PEOPLE.member.name);
    await proxyForm.getByLabel(PEOPLE.member.name, { exact: true }).check();
    await proxyForm.locator('[data-testid="proxy-submit"]').click();
    await proxyForm.locator('[data-testid="proxy-confirm"]').waitFor();
    await check(director.page, '04-proxy-confirm', true);
    await proxyForm.locator('[data-testid="proxy-submit"]').click();
    await director.page.locator('[data-testid="my-participation"] [data-testid="proxy-given"]').waitFor();
    await expect(director.page.locator('[data-testid="proxy-given"]').textContent()).resolves.toContain(
      PEOPLE.member.name,
    );
    await director.context.close();

    // The chair opens the session.
    const chair = await signIn(browser, PEOPLE.chair.email);
    await chair.page.goto(`${baseUrl}/assemblies/${assemblyId}`);
    await chair.page.locator('[data-testid="assembly-open"]').click();
    await chair.page.locator('[data-testid="confirm-open"]').click();
    await chair.page.locator('[data-testid="assembly-status"]', { hasText: 'In session' }).waitFor();
    await check(chair.page, '04-session-open');

    // The members in the room: the secretariat checks them in at the door (through the API here),
    // enough for the quorum on their own; the journey's voters check in online themselves.
    const secretariat = await apiSession(browser, PEOPLE.secretariat.email);
    type Voters = {
      assembly: {
        attendance: { quorum: { required: number } };
        voters: {
          total: number;
          items: {
            person: { id: string; displayName: string };
            checkedIn: boolean;
            proxyGivenTo: { id: string } | null;
          }[];
        };
      };
    };
    const { assembly } = await gql<Voters>(
      secretariat,
      `query($id: ID!) { assembly(id: $id) { attendance { quorum { required } }
         voters(offset: 0, limit: 200) { total items { person { id displayName } checkedIn proxyGivenTo { id } } } } }`,
      { id: assemblyId },
    );
    const door = assembly.voters.items
      .filter((v) => !v.checkedIn && !v.proxyGivenTo && !DEMO_NAMES.has(v.person.displayName))
      .slice(0, assembly.attendance.quorum.required);
    expect(door.length).toBeGreaterThanOrEqual(Math.min(assembly.attendance.quorum.required, 100));
    for (let i = 0; i < door.length; i += 25) {
      const batch = door.slice(i, i + 25);
      const fields = batch
        .map(
          (v, j) =>
            `c${j}: checkIn(input: { assemblyId: "${assemblyId}", mode: IN_PERSON, personId: "${v.person.id}" }) { id }`,
        )
        .join('\n');
      await gql(secretariat, `mutation { ${fields} }`);
    }
    await secretariat.close();

    // The member holding the proxy and the partner check in online, on their phones.
    for (const person of [PEOPLE.member, PEOPLE.partner]) {
      const { context, page } = await signIn(browser, person.email, { phone: true });
      await page.goto(`${baseUrl}/assemblies/${assemblyId}`);
      await page.locator('[data-testid="self-check-in"]').click();
      await page.locator('[data-testid="checked-in"]').waitFor();
      if (person === PEOPLE.member) {
        await page.locator('[data-testid="proxies-held"]').getByText(PEOPLE.director.name).waitFor();
        await check(page, '04-member-checked-in', true);
      }
      await context.close();
    }

    // The chair opens the poll from the console; the quorum is reached.
    await chair.page.goto(`${baseUrl}/assemblies/${assemblyId}/console`);
    const entry = chair.page.locator('[data-testid="console-item"]', {
      has: chair.page.locator(`[id="item-${agendaItemId}-heading"]`),
    });
    await entry.waitFor();
    await expect(
      chair.page.locator('[data-testid="console-attendance"] [data-testid="quorum"]').textContent(),
    ).resolves.toContain('Quorum reached');
    await check(chair.page, '04-console');
    await entry.locator('[data-testid="open-poll"]').click();
    await chair.page.locator('[data-testid="confirm-dialog"] [data-testid="confirm"]').click();
    await entry.locator('[data-testid="poll-status"]', { hasText: 'Voting open' }).waitFor();
    await chair.page.locator('[data-testid="current-poll"]').waitFor();
    await check(chair.page, '04-console-poll-open');
    await chair.context.close();
  });

  it('4b. a member checks in and votes on a phone with the keyboard alone', async () => {
    expect(pollId).not.toBe('');
    const { context, page } = await signIn(browser, PEOPLE.groupSecretary.email, { phone: true });
    // Check in: Tab to the button, Enter.
    await page.goto(`${baseUrl}/assemblies/${assemblyId}`);
    await page.locator('[data-testid="self-check-in"]').waitFor();
    await tabTo(page, '[data-testid="self-check-in"]');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="checked-in"]').waitFor();
    await page.locator('[data-testid="current-poll-link"]').waitFor();
    await check(page, '04-assembly-member', true);

    await page.goto(`${baseUrl}/polls/${pollId}`);
    const ballot = page.locator('[data-testid="ballot"]');
    await ballot.waitFor();
    expect(await ballot.count()).toBe(1);
    await check(page, '04-poll-keyboard', true);
    // Tab into the choices (the first is Yes), Space to choose, Tab to Continue, Enter; the dialog
    // puts the focus on its confirm button: Enter.
    await tabTo(page, '[data-testid="choice-YES"]');
    await page.keyboard.press('Space');
    expect(await page.locator('[data-testid="choice-YES"]').isChecked()).toBe(true);
    await tabTo(page, '[data-testid="continue"]', 10);
    await page.keyboard.press('Enter');
    const dialog = page.locator('[data-testid="confirm-dialog"]');
    await dialog.locator('[data-testid="confirm-summary"]').waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'confirm');
    await check(page, '04-poll-keyboard-confirm', true);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="ballot-cast"]').waitFor();
    await expect(page.locator('[data-testid="receipt-code"]').textContent()).resolves.toMatch(/\S{4,}/);
    await check(page, '04-poll-keyboard-receipt', true);
    await context.close();
  });

  it('4c. the proxy holder votes for himself and for the member he represents, on a phone', async () => {
    expect(pollId).not.toBe('');
    const { context, page } = await signIn(browser, PEOPLE.member.email, { phone: true });
    await page.goto(`${baseUrl}/polls/${pollId}`);
    const ballots = page.locator('[data-testid="ballot"]');
    await ballots.nth(1).waitFor();
    expect(await ballots.count()).toBe(2);
    await expect(ballots.nth(1).locator('h2').textContent()).resolves.toContain(PEOPLE.director.name);
    await check(page, '04-poll-proxy', true);

    for (const index of [0, 1]) {
      const ballot = ballots.nth(index);
      await ballot.locator('[data-testid="choice-YES"]').check();
      await ballot.locator('[data-testid="continue"]').click();
      // Each ballot has its dialog; the open one holds the confirm button.
      const dialog = page.locator('[data-testid="confirm-dialog"]', { has: page.locator('[data-testid="confirm"]') });
      if (index === 1) await expect(dialog.textContent()).resolves.toContain(PEOPLE.director.name);
      await dialog.locator('[data-testid="confirm"]').click();
      await ballot.locator('[data-testid="ballot-cast"]').waitFor();
      if (index === 0)
        memberReceipt = ((await ballot.locator('[data-testid="receipt-code"]').textContent()) ?? '').trim();
      await dialog.waitFor({ state: 'detached' });
    }
    expect(memberReceipt).not.toBe('');
    await check(page, '04-poll-proxy-receipts', true);
    await context.close();
  });

  it('4d. a member votes on a phone, then tries again from a second tab and is refused with a clear message', async () => {
    expect(pollId).not.toBe('');
    const { context, page } = await signIn(browser, PEOPLE.partner.email, { phone: true });
    await page.goto(`${baseUrl}/polls/${pollId}`);
    await page.locator('[data-testid="ballot"] [data-testid="continue"]').waitFor();
    // A second tab, opened on the same ballot before the first one votes.
    const second = await context.newPage();
    await second.goto(`${baseUrl}/polls/${pollId}`);
    await second.locator('[data-testid="ballot"] [data-testid="continue"]').waitFor();

    await page.locator('[data-testid="choice-NO"]').check();
    await page.locator('[data-testid="continue"]').click();
    await page.locator('[data-testid="confirm-dialog"] [data-testid="confirm"]').click();
    await page.locator('[data-testid="ballot-cast"]').waitFor();

    await second.locator('[data-testid="choice-YES"]').check();
    await second.locator('[data-testid="continue"]').click();
    await second.locator('[data-testid="confirm-dialog"] [data-testid="confirm"]').click();
    const refused = second.locator('[data-testid="ballot-error"]');
    await refused.waitFor();
    await expect(refused.textContent()).resolves.toContain(
      `A ballot has already been cast for ${PEOPLE.partner.name} in this vote. A ballot cannot be cast twice or changed.`,
    );
    await second.locator('[data-testid="already-voted"]').waitFor();
    await check(second, '04-poll-twice-refused', true);

    // Through the API too: the second ballot is refused, the first one stands.
    const again = await context.request.post(`${baseUrl}/graphql`, {
      headers: { 'Content-Type': 'application/json' },
      data: {
        query: 'mutation($i: CastBallotInput!) { castBallot(input: $i) { receipt } }',
        variables: { i: { pollId, choice: 'YES' } },
      },
    });
    const body = (await again.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('ALREADY_VOTED');
    await context.close();
  });

  it('5. the chair closes the poll and publishes it: the outcome, the quorum and the majority with their figures', async () => {
    expect(pollId).not.toBe('');
    const { context, page } = await signIn(browser, PEOPLE.chair.email);
    await page.goto(`${baseUrl}/assemblies/${assemblyId}/console`);
    const entry = page.locator('[data-testid="console-item"]', {
      has: page.locator(`[id="item-${agendaItemId}-heading"]`),
    });
    await entry.locator('[data-testid="close-poll"]').click();
    await page.locator('[data-testid="confirm-dialog"] [data-testid="confirm"]').click();
    await entry.locator('[data-testid="poll-results"]').waitFor();
    await check(page, '05-console-closed');
    await entry.locator('[data-testid="publish-poll"]').click();
    await page.locator('[data-testid="confirm-dialog"] [data-testid="confirm"]').click();
    await entry.locator('[data-testid="poll-status"]', { hasText: 'Result published' }).waitFor();
    await expect(entry.locator('[data-testid="outcome"]').textContent()).resolves.toBe('Adopted');

    await page.goto(`${baseUrl}/polls/${pollId}`);
    const results = page.locator('[data-testid="poll-results"]');
    await results.waitFor();
    await expect(results.locator('[data-testid="outcome"]').textContent()).resolves.toBe('Adopted');
    // Four ballots: three yes (one by proxy), one no; abstentions are not counted; a simple majority.
    const figure = (name: string) => results.locator(`[data-testid="figure-${name}"]`).textContent();
    await expect(figure('ballots')).resolves.toBe('4');
    await expect(figure('cast')).resolves.toBe('4 votes');
    await expect(figure('counted')).resolves.toBe('4 votes');
    await expect(figure('yes-needed')).resolves.toBe('3 votes');
    await expect(figure('yes-percent')).resolves.toBe('75%');
    await expect(figure('threshold')).resolves.toBe('more than half');
    const quorum = results.locator('[data-testid="quorum"]');
    await expect(quorum.textContent()).resolves.toContain('Quorum reached');
    await expect(quorum.textContent()).resolves.toMatch(
      /Present or represented: [\d,]+ members; required: [\d,]+ \(5% of the [\d,]+ entitled\)/,
    );
    await check(page, '05-published', true);
    await context.close();
  });

  it('6. the adopted action enters the action plan; the secretariat names its owner, who posts progress', async () => {
    expect(pollId).not.toBe('');
    const secretariat = await signIn(browser, PEOPLE.secretariat.email);
    const { recommendation } = await gql<{
      recommendation: { proposals: { id: string; status: string; action: { id: string } | null }[] };
    }>(secretariat.context, 'query($id: ID!) { recommendation(id: $id) { proposals { id status action { id } } } }', {
      id: recommendationId,
    });
    const adopted = recommendation.proposals.find((p) => p.id === proposalIds[0]);
    expect(adopted?.status).toBe('ADOPTED');
    actionId = adopted?.action?.id ?? '';
    expect(actionId).not.toBe('');

    await secretariat.page.goto(`${baseUrl}/action-plan`);
    const listed = secretariat.page.locator(`[data-testid="action"] a[href="/actions/${actionId}"]`);
    await listed.waitFor();
    await check(secretariat.page, '06-action-plan', true);
    await listed.click();
    await secretariat.page.waitForURL(`${baseUrl}/actions/${actionId}`);
    await secretariat.page.locator('[data-testid="assembly-vote"]').waitFor();

    const { action } = await gql<{ action: { owner: { person: { id: string } | null } | null } }>(
      secretariat.context,
      'query($id: ID!) { action(id: $id) { owner { person { id } } } }',
      { id: actionId },
    );
    if (!action.owner?.person) {
      const assign = secretariat.page.locator('[data-testid="assign-owner"]');
      await assign.getByLabel('Owner is').selectOption('person');
      await assign.getByLabel('Search a person by name').fill('Jonas Wouters');
      const person = assign.getByLabel(/^Person/);
      await secretariat.page.waitForFunction(() =>
        [...document.querySelectorAll('[data-testid="assign-owner"] select option')].some(
          (o) => o.textContent === 'Jonas Wouters',
        ),
      );
      await person.selectOption({ label: 'Jonas Wouters' });
      await assign.getByRole('button', { name: 'Assign the owner' }).click();
      await secretariat.page.waitForFunction(
        (name) => [...document.querySelectorAll('main p')].some((p) => p.textContent === `Owner: ${name}`),
        PEOPLE.staff.name,
      );
    }
    await check(secretariat.page, '06-action-secretariat');
    await secretariat.context.close();

    const owner = await signIn(browser, PEOPLE.staff.email);
    await owner.page.goto(`${baseUrl}/actions/${actionId}`);
    const form = owner.page.locator('[data-testid="post-update"]');
    await form.waitFor();
    await form
      .getByLabel('What was done since the last update')
      .fill('The first open day of the networks is set for March.');
    await form.getByLabel('Progress now (%)').fill('15');
    await form.locator('button[type="submit"]').click();
    const latest = owner.page.locator('[data-testid="updates"] li').first();
    await latest.getByText('The first open day of the networks is set for March.').waitFor();
    await expect(latest.textContent()).resolves.toMatch(/progress 15\s?%/);
    await check(owner.page, '06-action-progress', true);
    await owner.context.close();
  });

  it('7. an ordinary member sees the whole path on the recommendation page and finds their receipt in the published list', async () => {
    expect(actionId).not.toBe('');
    const { context, page } = await signIn(browser, PEOPLE.member.email);
    await page.goto(`${baseUrl}/recommendations/${recommendationId}`);
    const timeline = page.locator('[data-testid="timeline"] > li');
    await timeline.first().waitFor();
    const steps = await page.locator('[data-testid="timeline"]').textContent();
    for (const step of ['Group meeting', 'Board meeting on the sector networks']) expect(steps).toContain(step);
    expect(await timeline.count()).toBeGreaterThanOrEqual(5);
    expect(await stageOf(page)).toBe('At the general assembly');
    const proposals = page.locator('[data-testid="proposals"] article');
    await expect(proposals.nth(0).textContent()).resolves.toContain('Adopted');
    await expect(proposals.nth(1).textContent()).resolves.toContain('On the assembly');
    const toAction = proposals.nth(0).locator('[data-testid="proposal-action"]');
    await expect(toAction.textContent()).resolves.toMatch(/^In the action plan: .+, 15\s?%$/);
    expect(await page.locator('[data-testid="transition-panel"]').count()).toBe(0);
    await check(page, '07-recommendation-member', true);

    // The edition's "from idea to action" report tells the same path.
    await page.goto(`${baseUrl}/editions/${editionId}/report`);
    const card = page.locator('[data-testid="report-recommendation"]', {
      has: page.locator(`a[href="/recommendations/${recommendationId}"]`),
    });
    await card.waitFor();
    expect(await card.getAttribute('data-stage')).toBe('AT_ASSEMBLY');
    await card.locator('[data-testid="report-amended"]').waitFor();
    const reported = card.locator('[data-testid="report-proposal"]');
    expect(await reported.count()).toBe(2);
    expect(await reported.first().getAttribute('data-vote')).toBe('PUBLISHED');
    // 3 yes, 1 no among the journey's 4 ballots; the owner's 15 % progress.
    await expect(reported.first().locator('[data-testid="report-vote"]').textContent()).resolves.toContain(
      'Yes 3 · No 1 · Abstentions 0',
    );
    await expect(reported.first().locator('[data-testid="report-action"]').textContent()).resolves.toMatch(/15\s?%/);
    await check(page, '07-report-member', true);
    await page.goto(`${baseUrl}/recommendations/${recommendationId}`);
    await page.locator('[data-testid="proposals"] article').first().waitFor();

    await toAction.click();
    await page.waitForURL(`${baseUrl}/actions/${actionId}`);
    await page.locator('[data-testid="updates"] li').first().waitFor();
    expect(await page.locator('[data-testid="post-update"]').count()).toBe(0);
    await check(page, '07-action-member', true);

    // The receipt list of the secret ballot: the member types the receipt the ballot gave him.
    await page.goto(`${baseUrl}/polls/${pollId}`);
    const search = page.locator('[data-testid="receipt-search"]');
    await search.waitFor();
    await search.fill(memberReceipt);
    const found = page.locator('[data-testid="receipt-search-result"]');
    await found.getByText('Your receipt is in the list').waitFor();
    await expect(found.textContent()).resolves.toContain(memberReceipt);
    await expect(page.locator('[data-testid="receipts-table"] tr[data-match]').textContent()).resolves.toContain('Yes');
    await check(page, '07-receipt-found', true);
    await context.close();
  });
});
