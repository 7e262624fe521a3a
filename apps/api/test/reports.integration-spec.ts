import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { humanText } from '@letscoop/domain';
import { parse } from 'csv-parse/sync';
import { randomBytes } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent.js';
import { seedActionProposal, seedAssembly } from './support/assembly-fixtures.js';
import { seedEdition, seedGroup } from './support/cycle-fixtures.js';
import { LOGIN, PASSWORD, seedCooperative, seedPerson } from './support/fixtures.js';
import { seedGroupMember, seedRecommendations } from './support/recommendations-fixtures.js';
import { gql, startTestApp, type TestApp } from './support/test-app.js';

const DASHBOARD = `query($coop: ID!) { transparencyDashboard(cooperativeId: $coop) {
  cooperativeId
  editions { edition { number period } status recommendations stageCounts { stage count }
    medianDaysToVote votedRecommendations proposals putToAssembly decided adopted adoptedPercent
    actions actionsDone implementedPercent }
} }`;

const REPORT = `query($edition: ID!) { ideaToActionReport(editionId: $edition) {
  totals { recommendations proposals putToAssembly adopted rejected actions actionsDone }
  groups { recommendations {
    id title { text } stage sentBack
    decision { transition reason vote { inFavour against abstaining } }
    amendment { groupVersion boardVersion wordsAdded wordsRemoved }
    mergedInto { id } mergedFrom { id }
    proposals { number title { text } status
      vote { state assembly { text } assemblyDate pollStatus votedAt outcome passed yes no abstain ruleApplied }
      action { status progress statusReason } }
    otherActions { status }
  } }
} }`;

/** Everything the report page asks, nested: the same number of queries at any size. */
const RICH = REPORT.replace(
  'id title { text } stage',
  'id title { text fellBack translations { language status } } stage draftedAt submittedAt',
);

const RULE = 'Simple majority of the votes counted, abstentions not counted: 40 yes of 55 counted, 28 needed.';

function frozen(yes: number, no: number, abstain: number, closedAt: string): Record<string, unknown> {
  const passed = yes > no;
  return {
    outcome: passed ? 'MAJORITY_REACHED' : 'MAJORITY_NOT_REACHED',
    passed,
    ruleApplied: RULE,
    majorityRule: 'SIMPLE',
    abstentionsCount: false,
    weightMode: 'ONE_MEMBER_ONE_VOTE',
    ballots: yes + no + abstain,
    yes,
    no,
    abstain,
    cast: yes + no + abstain,
    counted: yes + no,
    entitled: 100,
    yesNeeded: Math.floor((yes + no) / 2) + 1,
    yesPercent: null,
    quorum: { basis: 'MEMBERS', percent: 5, entitled: 100, required: 5, actual: 60, reached: true },
    colleges: null,
    election: null,
    frozenAt: closedAt,
  };
}

describe('the report and the transparency dashboard on a small seeded cooperative', () => {
  let t: TestApp;
  let coop: string;
  let chairAgent: TestAgent;
  let member: TestAgent;
  let outsider: TestAgent;
  let e1: string;
  let e2: string;
  let e3: string;
  let project: string;

  const rec = async (
    group: string,
    title: string,
    stage: string,
    createdAt: string,
    extra: { mergedInto?: string } = {},
  ): Promise<string> => {
    const [{ id }] = await t.sql<{ id: string }>(
      `INSERT INTO recommendation (cooperative_id, edition_id, group_id, stage, merged_into_id, created_at, stage_changed_at)
       SELECT cooperative_id, edition_id, id, $2, $3, $4, $4 FROM working_group WHERE id = $1 RETURNING id`,
      [group, stage, extra.mergedInto ?? null, createdAt],
    );
    await t.sql(
      `INSERT INTO recommendation_version (recommendation_id, number, authored_by, title, body) VALUES ($1, 1, 'GROUP', $2, $3)`,
      [id, humanText('en', title), humanText('en', 'The cooperative does it.')],
    );
    return id;
  };

  /** An assembly whose motion is this proposal, its poll PUBLISHED or CLOSED, closed on a given day with a frozen result. */
  const vote = async (
    proposalId: string,
    pollStatus: 'PUBLISHED' | 'CLOSED',
    closedAt: string,
    figures: [number, number, number],
  ) => {
    const a = await seedAssembly(t, {
      cooperativeId: coop,
      voters: 0,
      passwords: false,
      title: `General assembly of ${closedAt.slice(0, 10)}`,
      items: [{ actionProposalId: proposalId, pollStatus }],
    });
    await t.sql(`UPDATE assembly SET starts_at = $2 WHERE id = $1`, [a.id, closedAt]);
    await t.sql(`UPDATE poll SET closed_at = $2, result = $3 WHERE id = $1`, [
      a.items[0].pollId,
      closedAt,
      frozen(...figures, closedAt),
    ]);
    return a;
  };

  // Publishing an adopted motion already entered its action: then this sets where it stands.
  const action = async (proposalId: string, status: string, progress: number, reason: string | null = null) => {
    await t.sql(
      `INSERT INTO action (cooperative_id, project_id, action_proposal_id, recommendation_id, edition_id, title, description, status, progress, status_reason)
       SELECT p.cooperative_id, $2, p.id, p.recommendation_id, r.edition_id, p.title, p.body, $3, $4, $5
         FROM action_proposal p JOIN recommendation r ON r.id = p.recommendation_id WHERE p.id = $1
       ON CONFLICT (action_proposal_id) DO UPDATE
         SET project_id = EXCLUDED.project_id, status = EXCLUDED.status, progress = EXCLUDED.progress, status_reason = EXCLUDED.status_reason`,
      [proposalId, project, status, progress, reason],
    );
  };

  const login = async (email: string) => {
    const agent = t.browser();
    expect((await gql(agent, LOGIN, { email, password: PASSWORD })).errors).toBeUndefined();
    return agent;
  };

  beforeAll(async () => {
    t = await startTestApp();
    coop = (await seedCooperative(t)).id;
    const other = await seedCooperative(t, 'other-coop', 'Other Coop');
    const chair = await seedPerson(t, {
      email: 'chair@example.org',
      cooperativeId: coop,
      offices: ['BOARD_CHAIR', 'BOARD_MEMBER'],
    });
    await seedPerson(t, { email: 'member@example.org', cooperativeId: coop });
    await seedPerson(t, { email: 'outsider@example.org', cooperativeId: other.id });
    const [{ id: programme }] = await t.sql<{ id: string }>(
      `INSERT INTO action_programme (cooperative_id, title) VALUES ($1, $2) RETURNING id`,
      [coop, humanText('en', 'Programme')],
    );
    [{ id: project }] = await t.sql<{ id: string }>(
      `INSERT INTO action_project (cooperative_id, programme_id, title) VALUES ($1, $2, $3) RETURNING id`,
      [coop, programme, humanText('en', 'Project')],
    );

    // Edition 1 (2015/2016): 8 recommendations.
    e1 = await seedEdition(t, coop, 1, 'CLOSED');
    const g1 = await seedGroup(t, e1, 'Tools');
    const r1 = await rec(g1, 'Create a solidarity fund', 'AT_ASSEMBLY', '2016-01-01T00:00:00Z');
    const r2 = await rec(g1, 'Open a help desk', 'AT_ASSEMBLY', '2016-02-01T00:00:00Z');
    const r3 = await rec(g1, 'Translate every tool', 'AT_ASSEMBLY', '2016-03-01T00:00:00Z');
    const r7 = await rec(g1, 'Hold more network events', 'AT_ASSEMBLY', '2016-04-01T00:00:00Z');
    const r10 = await rec(g1, 'Map the members', 'CONVERTED', '2016-04-15T00:00:00Z');
    await rec(g1, 'Work on phones too', 'MERGED', '2016-01-20T00:00:00Z', { mergedInto: r2 });
    const declined = await rec(g1, 'Pay the representatives', 'DECLINED', '2016-01-25T00:00:00Z');
    await t.sql(
      `INSERT INTO recommendation_step (recommendation_id, transition, from_stage, to_stage, reason, votes_in_favour, votes_against, votes_abstaining, occurred_at)
       VALUES ($1, 'sendBack', 'UNDER_REVIEW', 'DRAFT', 'Say who pays.', NULL, NULL, NULL, '2016-03-01'),
              ($1, 'decline', 'UNDER_REVIEW', 'DECLINED', 'The solidarity contribution pays for common services.', 9, 3, 2, '2016-04-26')`,
      [declined],
    );
    await rec(g1, 'Still thinking', 'DRAFT', '2016-05-01T00:00:00Z');

    // r1: adopted through the real polls API (4 yes, 1 no, 1 abstention), then dated 2016-06-10.
    const p1 = await seedActionProposal(t, r1, { number: 1, title: 'Set aside 1 % of turnover', status: 'ON_AGENDA' });
    const a1 = await seedAssembly(t, {
      cooperativeId: coop,
      voters: 6,
      status: 'IN_SESSION',
      checkedIn: 6,
      title: 'General assembly of June 2016',
      items: [{ actionProposalId: p1, pollStatus: 'OPEN' }],
    });
    for (const [i, choice] of (['YES', 'YES', 'YES', 'YES', 'NO', 'ABSTAIN'] as const).entries()) {
      await t.sql(
        `INSERT INTO ballot (poll_id, voter_id, cast_by, choice, weight, college, receipt) VALUES ($1, $2, $2, $3, 1, 'WORKER_MEMBER', $4)`,
        [a1.items[0].pollId, a1.voters[i].id, choice, randomBytes(6).toString('hex')],
      );
    }
    chairAgent = await login(chair.email);
    for (const step of ['closePoll', 'publishPoll']) {
      const res = await gql(chairAgent, `mutation($id: ID!) { ${step}(pollId: $id) { id status } }`, {
        id: a1.items[0].pollId,
      });
      expect(res.errors).toBeUndefined();
    }
    await t.sql(`UPDATE poll SET closed_at = '2016-06-10T00:00:00Z' WHERE id = $1`, [a1.items[0].pollId]);
    await action(p1, 'DONE', 100);
    // r1's second proposal: rejected the same day.
    const p2 = await seedActionProposal(t, r1, { number: 2, title: 'Double the fund', status: 'REJECTED' });
    await vote(p2, 'PUBLISHED', '2016-06-10T00:00:00Z', [10, 30, 5]);
    // r2: adopted 2016-06-20 (140 days), in progress at 40 %.
    const p3 = await seedActionProposal(t, r2, { title: 'Staff a help desk', status: 'ADOPTED' });
    await vote(p3, 'PUBLISHED', '2016-06-20T00:00:00Z', [50, 5, 5]);
    await action(p3, 'IN_PROGRESS', 40);
    // r3: closed, not published: no figures anywhere, not in the median.
    const p4 = await seedActionProposal(t, r3, { title: 'Translate the invoicing tool', status: 'ON_AGENDA' });
    await vote(p4, 'CLOSED', '2016-06-20T00:00:00Z', [1, 50, 0]);
    // r7: adopted 2016-06-10 (70 days), abandoned later.
    const p5 = await seedActionProposal(t, r7, { title: 'Four events a year', status: 'ADOPTED' });
    await vote(p5, 'PUBLISHED', '2016-06-10T00:00:00Z', [30, 20, 0]);
    await action(p5, 'ABANDONED', 10, 'No venue could be found.');
    // r10: converted, not put to the assembly yet.
    await seedActionProposal(t, r10, { title: 'A directory of members', status: 'PROPOSED' });

    // Edition 2 (2016/2017): two recommendations voted after 165 and 134 days.
    e2 = await seedEdition(t, coop, 2, 'CLOSED');
    const g2 = await seedGroup(t, e2, 'Governance');
    const r8 = await rec(g2, 'Publish every mandate', 'AT_ASSEMBLY', '2017-01-01T00:00:00Z');
    const r9 = await rec(g2, 'Pay every mandate', 'AT_ASSEMBLY', '2017-02-01T00:00:00Z');
    const p6 = await seedActionProposal(t, r8, { title: 'A page of mandates', status: 'ADOPTED' });
    await vote(p6, 'PUBLISHED', '2017-06-15T00:00:00Z', [70, 10, 0]);
    await action(p6, 'DONE', 100);
    const p7 = await seedActionProposal(t, r9, { title: 'A daily fee', status: 'REJECTED' });
    await vote(p7, 'PUBLISHED', '2017-06-15T00:00:00Z', [20, 60, 0]);

    // Edition 3: nothing yet.
    e3 = await seedEdition(t, coop, 3, 'OPEN');

    // Another cooperative's edition, which must not count.
    const oe = await seedEdition(t, other.id, 1, 'OPEN');
    await rec(await seedGroup(t, oe, 'Elsewhere'), 'Elsewhere', 'DRAFT', '2016-01-01T00:00:00Z');

    member = await login('member@example.org');
    outsider = await login('outsider@example.org');
  });
  afterAll(() => t.close());

  it('computes the dashboard figures per edition with SQL aggregates, as counted by hand', async () => {
    const res = await gql(member, DASHBOARD, { coop });
    expect(res.errors).toBeUndefined();
    const [one, two, three] = res.data?.transparencyDashboard.editions ?? [];
    expect(res.data?.transparencyDashboard.editions).toHaveLength(3);
    const stages = (e: { stageCounts: { stage: string; count: number }[] }) =>
      Object.fromEntries(e.stageCounts.filter((s) => s.count > 0).map((s) => [s.stage, s.count]));
    expect(one).toMatchObject({
      edition: { number: 1, period: '2015/2016' },
      status: 'CLOSED',
      recommendations: 8,
      // Voted: r1 161 days, r2 140, r7 70 → median 140; r3 is closed but not published.
      medianDaysToVote: 140,
      votedRecommendations: 3,
      proposals: 6,
      putToAssembly: 5,
      decided: 4,
      adopted: 3,
      adoptedPercent: 75,
      actions: 3,
      actionsDone: 1,
      implementedPercent: 33.3,
    });
    expect(stages(one)).toEqual({ AT_ASSEMBLY: 4, CONVERTED: 1, MERGED: 1, DECLINED: 1, DRAFT: 1 });
    expect(one.stageCounts).toHaveLength(9);
    // Edition 2: 165 and 134 days → 149.5; 1 of 2 adopted; its one action done.
    expect(two).toMatchObject({
      recommendations: 2,
      medianDaysToVote: 149.5,
      votedRecommendations: 2,
      decided: 2,
      adopted: 1,
      adoptedPercent: 50,
      actions: 1,
      actionsDone: 1,
      implementedPercent: 100,
    });
    expect(three).toMatchObject({
      recommendations: 0,
      medianDaysToVote: null,
      votedRecommendations: 0,
      proposals: 0,
      adoptedPercent: null,
      implementedPercent: null,
    });
  });

  it('shows each vote from the frozen result once published, and nothing of a result not yet published', async () => {
    for (const agent of [member, chairAgent]) {
      const res = await gql(agent, REPORT, { edition: e1 }, { 'Accept-Language': 'en' });
      expect(res.errors).toBeUndefined();
      const report = res.data?.ideaToActionReport;
      expect(report.totals).toEqual({
        recommendations: 8,
        proposals: 6,
        putToAssembly: 5,
        adopted: 3,
        rejected: 1,
        actions: 3,
        actionsDone: 1,
      });
      const recs = report.groups[0].recommendations;
      const byTitle = (title: string) => recs.find((r: { title: { text: string } }) => r.title.text === title);

      const fund = byTitle('Create a solidarity fund');
      expect(fund.proposals).toHaveLength(2);
      const [adopted, rejected] = fund.proposals;
      expect(adopted).toMatchObject({
        number: 1,
        status: 'ADOPTED',
        vote: {
          state: 'PUBLISHED',
          assembly: { text: 'General assembly of June 2016' },
          pollStatus: 'PUBLISHED',
          votedAt: '2016-06-10T00:00:00.000Z',
          outcome: 'MAJORITY_REACHED',
          passed: true,
          yes: 4,
          no: 1,
          abstain: 1,
        },
        action: { status: 'DONE', progress: 100 },
      });
      expect(adopted.vote.ruleApplied).toMatch(/majority/i);
      expect(rejected).toMatchObject({
        status: 'REJECTED',
        vote: {
          state: 'PUBLISHED',
          outcome: 'MAJORITY_NOT_REACHED',
          passed: false,
          yes: 10,
          no: 30,
          abstain: 5,
          ruleApplied: RULE,
        },
        action: null,
      });

      const closed = byTitle('Translate every tool').proposals[0];
      expect(closed.vote).toMatchObject({
        state: 'AWAITING',
        pollStatus: 'CLOSED',
        votedAt: null,
        outcome: null,
        passed: null,
        yes: null,
        no: null,
        abstain: null,
        ruleApplied: null,
      });
      expect(byTitle('Map the members').proposals[0].vote).toMatchObject({
        state: 'NOT_PUT',
        assembly: null,
        yes: null,
      });
      expect(byTitle('Hold more network events').proposals[0].action).toEqual({
        status: 'ABANDONED',
        progress: 10,
        statusReason: 'No venue could be found.',
      });
      const declined = byTitle('Pay the representatives');
      expect(declined).toMatchObject({
        stage: 'DECLINED',
        sentBack: 1,
        decision: {
          transition: 'decline',
          reason: 'The solidarity contribution pays for common services.',
          vote: { inFavour: 9, against: 3, abstaining: 2 },
        },
        amendment: null,
      });
      const merged = byTitle('Work on phones too');
      expect(merged.mergedInto.id).toBe(byTitle('Open a help desk').id);
      expect(byTitle('Open a help desk').mergedFrom).toEqual([{ id: merged.id }]);
    }
  });

  it('puts the vote figures in the CSV, and none of the unpublished result', async () => {
    const res = await member.get(`/api/editions/${e1}/report.csv?lang=en`);
    expect(res.status).toBe(200);
    const rows = parse(res.text, { bom: true, columns: true }) as Record<string, string>[];
    // 6 proposals, and the merged, declined and draft recommendations without any.
    expect(rows).toHaveLength(9);
    expect(rows.find((r) => r.proposal === 'Set aside 1 % of turnover')).toMatchObject({
      recommendation: 'Create a solidarity fund',
      proposal_number: '1',
      proposal_status: 'ADOPTED',
      vote: 'PUBLISHED',
      assembly: 'General assembly of June 2016',
      voted_at: '2016-06-10T00:00:00.000Z',
      outcome: 'MAJORITY_REACHED',
      passed: 'true',
      yes: '4',
      no: '1',
      abstain: '1',
      action_status: 'DONE',
      action_progress: '100',
    });
    expect(rows.find((r) => r.proposal === 'Translate the invoicing tool')).toMatchObject({
      vote: 'AWAITING',
      poll_status: 'CLOSED',
      outcome: '',
      yes: '',
      no: '',
      rule_applied: '',
    });
    expect(rows.find((r) => r.recommendation === 'Pay the representatives')).toMatchObject({
      stage: 'DECLINED',
      board_decision: 'decline',
      board_reason: 'The solidarity contribution pays for common services.',
      proposal: '',
    });
  });

  it('answers the dashboard to members only: signed out, another cooperative, an unknown one', async () => {
    expect((await gql(t.browser(), DASHBOARD, { coop })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gql(outsider, DASHBOARD, { coop })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(outsider, REPORT, { edition: e1 })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      (await gql(member, DASHBOARD, { coop: '00000000-0000-4000-8000-000000000000' })).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await gql(member, DASHBOARD, { coop: 'nope' })).errors?.[0].extensions?.code).toBe('VALIDATION');
  });

  it('reports an edition without groups as empty, not as an error', async () => {
    const res = await gql(member, REPORT, { edition: e3 });
    expect(res.errors).toBeUndefined();
    expect(res.data?.ideaToActionReport).toMatchObject({ groups: [], totals: { recommendations: 0, proposals: 0 } });
    expect((await member.get(`/api/editions/${e3}/report.pdf`)).status).toBe(200);
  });

  describe('costs a constant number of SQL queries, whatever the number of recommendations', () => {
    let t2: TestApp;
    let queries: string[] | null = null;
    let reader: TestAgent;
    let small: string;
    let large: string;

    beforeAll(async () => {
      t2 = await startTestApp({ onQuery: (sql) => queries?.push(sql) });
      const c = await seedCooperative(t2);
      const lead = await seedPerson(t2, { email: 'lead@example.org', cooperativeId: c.id });
      await seedPerson(t2, { email: 'reader@example.org', cooperativeId: c.id });
      const [{ id: programme }] = await t2.sql<{ id: string }>(
        `INSERT INTO action_programme (cooperative_id, title) VALUES ($1, $2) RETURNING id`,
        [c.id, humanText('en', 'Programme')],
      );
      const [{ id: proj }] = await t2.sql<{ id: string }>(
        `INSERT INTO action_project (cooperative_id, programme_id, title) VALUES ($1, $2, $3) RETURNING id`,
        [c.id, programme, humanText('en', 'Project')],
      );
      small = await seedEdition(t2, c.id, 1);
      large = await seedEdition(t2, c.id, 2);
      for (const [edition, count] of [
        [small, 10],
        [large, 1000],
      ] as const) {
        for (let g = 0; g < 5; g++) {
          const group = await seedGroup(t2, edition, `Theme ${g}`);
          await seedGroupMember(t2, group, lead.id, 'LEAD');
          await seedRecommendations(t2, {
            cooperativeId: c.id,
            editionId: edition,
            groupId: group,
            createdBy: lead.id,
            count: count / 5,
          });
        }
        // Every recommendation amended by the board, with a decision step; every proposal adopted with an action.
        await t2.sql(
          `INSERT INTO recommendation_version (recommendation_id, number, authored_by, title, body)
           SELECT id, 3, 'BOARD', '{"original":"en","texts":{"en":{"text":"Set up the board''s thing","origin":"HUMAN"}}}', '{"original":"en","texts":{"en":{"text":"Body as amended","origin":"HUMAN"}}}'
             FROM recommendation WHERE edition_id = $1`,
          [edition],
        );
        await t2.sql(
          `INSERT INTO recommendation_step (recommendation_id, transition, from_stage, to_stage, reason, votes_in_favour, votes_against, votes_abstaining)
           SELECT id, 'amendAndEndorse', 'UNDER_REVIEW', 'AMENDED', 'Clearer', 10, 2, 1 FROM recommendation WHERE edition_id = $1`,
          [edition],
        );
        await t2.sql(
          `UPDATE action_proposal p SET status = 'ADOPTED' FROM recommendation r WHERE r.id = p.recommendation_id AND r.edition_id = $1`,
          [edition],
        );
        await t2.sql(
          `INSERT INTO action (cooperative_id, project_id, action_proposal_id, recommendation_id, edition_id, title, description, progress)
           SELECT p.cooperative_id, $2, p.id, p.recommendation_id, r.edition_id, p.title, p.body, 30
             FROM action_proposal p JOIN recommendation r ON r.id = p.recommendation_id WHERE r.edition_id = $1`,
          [edition, proj],
        );
      }
      reader = t2.browser();
      await gql(reader, LOGIN, { email: 'reader@example.org', password: PASSWORD });
    });
    afterAll(() => t2.close());

    async function countQueries(edition: string): Promise<{ n: number; items: number }> {
      queries = [];
      const res = await gql(reader, RICH, { edition });
      const n = queries.length;
      queries = null;
      expect(res.errors).toBeUndefined();
      const groups = res.data?.ideaToActionReport.groups as {
        recommendations: { amendment: unknown; proposals: { action: unknown }[] }[];
      }[];
      const recs = groups.flatMap((g) => g.recommendations);
      expect(recs.every((r) => r.amendment !== null && r.proposals[0].action !== null)).toBe(true);
      return { n, items: recs.length };
    }

    it('answers 10 and 1,000 recommendations with the same number of queries, at most 14', async () => {
      const ten = await countQueries(small);
      const thousand = await countQueries(large);
      expect(ten.items).toBe(10);
      expect(thousand.items).toBe(1000);
      expect(thousand.n).toBe(ten.n);
      // The report's eight queries plus the session's.
      expect(ten.n).toBeLessThanOrEqual(14);
    });
  });
});
