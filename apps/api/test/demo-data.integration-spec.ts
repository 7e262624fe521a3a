import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { can, checkTransition, TRANSITIONS, type Actor, type CycleTransition, type GroupRoles, type RecommendationStage } from '@letscoop/domain';
import { startTestApp, type TestApp } from './support/test-app.js';

interface StepRow {
  recommendation_id: string;
  stage: RecommendationStage;
  group_id: string;
  transition: CycleTransition;
  from_stage: RecommendationStage;
  to_stage: RecommendationStage;
  actor_id: string;
  reason: string | null;
  group_meeting_id: string | null;
  board_meeting_id: string | null;
  votes_in_favour: number | null;
  votes_against: number | null;
  votes_abstaining: number | null;
  conflicted_ids: string[];
  occurred_at: Date;
}

const text = (column: string) => `${column}->'texts'->'nl'->>'text'`;

describe('demo data: the decision cycle of Smart in Progress', () => {
  let t: TestApp;
  let be: string;

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    [{ id: be }] = await t.sql<{ id: string }>(`SELECT id FROM cooperative WHERE slug = 'smart-be'`);
  });
  afterAll(() => t.close());

  it('shows three Belgian editions and the first French one under way', async () => {
    const editions = await t.sql<{ slug: string; number: number; period: string; status: string }>(
      `SELECT c.slug, e.number, e.period, e.status FROM edition e JOIN cooperative c ON c.id = e.cooperative_id ORDER BY c.slug, e.number`,
    );
    expect(editions).toEqual([
      { slug: 'smart-be', number: 1, period: '2015/2016', status: 'CLOSED' },
      { slug: 'smart-be', number: 2, period: '2016/2017', status: 'CLOSED' },
      { slug: 'smart-be', number: 3, period: '2018/2019', status: 'BOARD_REVIEW' },
      { slug: 'smart-fr', number: 1, period: '2019/2020', status: 'OPEN' },
    ]);
    const groups = await t.sql<{ number: number; slug: string; n: string }>(
      `SELECT e.number, c.slug, count(*) AS n FROM working_group g JOIN edition e ON e.id = g.edition_id JOIN cooperative c ON c.id = e.cooperative_id GROUP BY 1, 2 ORDER BY 2, 1`,
    );
    expect(groups.map((g) => [g.slug, g.number, Number(g.n)])).toEqual([
      ['smart-be', 1, 4],
      ['smart-be', 2, 4],
      ['smart-be', 3, 3],
      ['smart-fr', 1, 2],
    ]);
    const ethics = await t.sql(`SELECT 1 FROM working_group WHERE ${text('question')} = 'Hoe zal het toekomstige ethisch comité van Smart eruitzien?'`);
    expect(ethics).toHaveLength(1);
  });

  it('frames every group: two board co-leads, a staff coordinator, a secretary, 8 to 25 participants of mixed categories', async () => {
    const frames = await t.sql<{ id: string; leads: string; board_leads: string; coordinators: string; staff: string; secretaries: string; participants: string; categories: string }>(
      `SELECT g.id,
              count(*) FILTER (WHERE gm.role = 'LEAD') AS leads,
              count(*) FILTER (WHERE gm.role = 'LEAD' AND EXISTS (SELECT 1 FROM office o WHERE o.person_id = gm.person_id AND o.cooperative_id = g.cooperative_id AND o.kind = 'BOARD_MEMBER')) AS board_leads,
              count(*) FILTER (WHERE gm.role = 'COORDINATOR') AS coordinators,
              count(*) FILTER (WHERE gm.role = 'COORDINATOR' AND EXISTS (SELECT 1 FROM office o WHERE o.person_id = gm.person_id AND o.cooperative_id = g.cooperative_id AND o.kind = 'STAFF')) AS staff,
              count(*) FILTER (WHERE gm.role = 'SECRETARY') AS secretaries,
              count(*) FILTER (WHERE gm.role = 'PARTICIPANT') AS participants,
              count(DISTINCT m.category) FILTER (WHERE gm.role = 'PARTICIPANT') AS categories
       FROM working_group g JOIN group_member gm ON gm.group_id = g.id AND gm.status = 'ACTIVE'
       JOIN membership m ON m.person_id = gm.person_id AND m.cooperative_id = g.cooperative_id
       GROUP BY g.id`,
    );
    expect(frames).toHaveLength(13);
    for (const f of frames) {
      expect([f.leads, f.board_leads, f.coordinators, f.staff, f.secretaries].map(Number)).toEqual([2, 2, 1, 1, 1]);
      expect(Number(f.participants)).toBeGreaterThanOrEqual(8);
      expect(Number(f.participants)).toBeLessThanOrEqual(25);
      expect(Number(f.categories)).toBeGreaterThanOrEqual(3);
    }
    // The demo logins can act: Lotte is the secretary of an edition-3 group, Julien takes part in it.
    const roles = await t.sql<{ email: string; role: string; number: number }>(
      `SELECT p.email, gm.role, e.number FROM group_member gm JOIN person p ON p.id = gm.person_id JOIN working_group g ON g.id = gm.group_id JOIN edition e ON e.id = g.edition_id
       WHERE p.email IN ('lid@smart.demo', 'membre@smart.demo') ORDER BY p.email`,
    );
    expect(roles).toEqual([
      { email: 'lid@smart.demo', role: 'SECRETARY', number: 3 },
      { email: 'membre@smart.demo', role: 'PARTICIPANT', number: 3 },
    ]);
  });

  it('has monthly meetings with agenda, attendance, guests and approved minutes, one with an addendum', async () => {
    const [m] = await t.sql<{ meetings: string; with_guests: string; attendance: string; approved: string; drafts: string; addenda: string }>(
      `SELECT (SELECT count(*) FROM meeting) AS meetings,
              (SELECT count(*) FROM meeting WHERE jsonb_array_length(guests) > 0) AS with_guests,
              (SELECT count(*) FROM meeting_attendance) AS attendance,
              (SELECT count(*) FROM minutes WHERE status = 'APPROVED' AND approved_by IS NOT NULL) AS approved,
              (SELECT count(*) FROM minutes WHERE status = 'DRAFT') AS drafts,
              (SELECT count(*) FROM minutes_addendum) AS addenda`,
    );
    expect(Number(m.meetings)).toBeGreaterThan(60);
    expect(Number(m.with_guests)).toBeGreaterThanOrEqual(12);
    expect(Number(m.attendance)).toBeGreaterThan(1000);
    expect(Number(m.approved)).toBeGreaterThan(50);
    expect(Number(m.drafts)).toBeGreaterThan(0);
    expect(Number(m.addenda)).toBe(1);
    // Approved minutes are approved by a lead of the group.
    const wrong = await t.sql(
      `SELECT 1 FROM minutes mi JOIN meeting me ON me.id = mi.meeting_id
       WHERE mi.status = 'APPROVED' AND NOT EXISTS (SELECT 1 FROM group_member gm WHERE gm.group_id = me.group_id AND gm.person_id = mi.approved_by AND gm.role = 'LEAD')`,
    );
    expect(wrong).toEqual([]);
    const kinds = await t.sql<{ author_kind: string }>(`SELECT DISTINCT author_kind FROM writing ORDER BY 1`);
    expect(kinds.map((k) => k.author_kind)).toEqual(expect.arrayContaining(['ENTREPRENEUR', 'POLITICIAN', 'RESEARCHER', 'UNION']));
    expect(await t.sql(`SELECT 1 FROM writing WHERE author_name NOT LIKE '%(demo)%'`)).toEqual([]);
    expect(Number((await t.sql<{ n: string }>(`SELECT count(*) AS n FROM small_talk WHERE branch_id IS NOT NULL AND host_id IS NOT NULL`))[0].n)).toBeGreaterThanOrEqual(7);
  });

  it('converts "Set up an internal ethics committee" into the proposal of 15 members with 2-year mandates', async () => {
    const rows = await t.sql<{ stage: string; title: string; status: string }>(
      `SELECT r.stage, ${text('ap.title')} AS title, ap.status FROM recommendation r
       JOIN recommendation_version v ON v.recommendation_id = r.id AND v.number = 1
       JOIN action_proposal ap ON ap.recommendation_id = r.id
       WHERE v.title->'texts'->'en'->>'text' = 'Set up an internal ethics committee'`,
    );
    expect(rows).toEqual([{ stage: 'AT_ASSEMBLY', title: expect.stringContaining('15 leden'), status: 'ADOPTED' }]);
    expect(rows[0].title).toContain('2 jaar');
    const path = await t.sql<{ transition: string }>(
      `SELECT s.transition FROM recommendation_step s JOIN recommendation_version v ON v.recommendation_id = s.recommendation_id AND v.number = 1
       WHERE v.title->'texts'->'en'->>'text' = 'Set up an internal ethics committee' ORDER BY s.occurred_at`,
    );
    expect(path.map((p) => p.transition)).toEqual(['submit', 'startReview', 'endorse', 'convert', 'putToAssembly']);
    // The edition-2 group's text on its composition was merged into it: the trail is on both.
    const merged = await t.sql(`SELECT 1 FROM recommendation r JOIN recommendation_step s ON s.recommendation_id = r.id AND s.transition = 'merge' WHERE r.merged_into_id = s.merged_into_id AND r.stage = 'MERGED'`);
    expect(merged.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps the solidarity rate at 6.5 % and the lineage from the economic-model group to the transparency group', async () => {
    const [rate] = await t.sql<{ stage: string; body: string; proposal: string }>(
      `SELECT r.stage, ${text('v.body')} AS body, ${text('ap.body')} AS proposal FROM recommendation r
       JOIN recommendation_version v ON v.recommendation_id = r.id
       JOIN action_proposal ap ON ap.recommendation_id = r.id AND ap.number = 1
       WHERE v.title->'texts'->'en'->>'text' = 'Keep one solidarity rate for all' ORDER BY v.number DESC LIMIT 1`,
    );
    expect(rate.stage).toBe('AT_ASSEMBLY');
    expect(rate.body).toContain('6,5 %');
    expect(rate.proposal).toContain('6,5 %');
    const lineage = await t.sql<{ cited_group: string; citing_group: string }>(
      `SELECT ${text('cg.theme')} AS cited_group, ${text('g.theme')} AS citing_group FROM group_lineage l
       JOIN working_group g ON g.id = l.group_id JOIN recommendation r ON r.id = l.cites_recommendation_id JOIN working_group cg ON cg.id = r.group_id`,
    );
    expect(lineage).toContainEqual({ cited_group: 'Een haalbaar economisch model', citing_group: 'Economische transparantie' });
  });

  it('replays every recommendation’s steps as a valid path of the cycle, taken by the roles that own them', async () => {
    const [{ n: boardSize }] = await t.sql<{ n: string }>(`SELECT count(*) AS n FROM office WHERE cooperative_id = $1 AND kind = 'BOARD_MEMBER'`, [be]);
    const recs = await t.sql<{ id: string; stage: RecommendationStage; group_id: string; merged_into_id: string | null }>(`SELECT id, stage, group_id, merged_into_id FROM recommendation`);
    const steps = await t.sql<StepRow>(`SELECT s.* FROM recommendation_step s ORDER BY s.recommendation_id, s.occurred_at`);
    const members = await t.sql<{ group_id: string; person_id: string; role: string }>(`SELECT group_id, person_id, role FROM group_member WHERE status = 'ACTIVE'`);
    const board = new Set(
      (await t.sql<{ person_id: string }>(`SELECT person_id FROM office WHERE kind IN ('BOARD_MEMBER', 'BOARD_CHAIR', 'MANAGING_DIRECTOR')`)).map((o) => o.person_id),
    );
    const boardMeetings = new Map(
      (await t.sql<{ id: string; held_on: string }>(`SELECT id, to_char(held_on, 'YYYY-MM-DD') AS held_on FROM board_meeting`)).map((b) => [b.id, b.held_on]),
    );
    const roleIn = (group: string, person: string) => members.find((m) => m.group_id === group && m.person_id === person)?.role;
    const byRec = new Map<string, StepRow[]>();
    for (const s of steps) byRec.set(s.recommendation_id, [...(byRec.get(s.recommendation_id) ?? []), s]);
    const stages = new Set<string>();
    let boardDecisions = 0;
    for (const rec of recs) {
      stages.add(rec.stage);
      let stage: RecommendationStage = 'DRAFT';
      let last = 0;
      for (const s of byRec.get(rec.id) ?? []) {
        expect(s.from_stage).toBe(stage);
        expect(s.to_stage).toBe(TRANSITIONS[s.transition].to);
        const vote = s.votes_in_favour === null ? null : { inFavour: s.votes_in_favour, against: s.votes_against ?? 0, abstaining: s.votes_abstaining ?? 0 };
        const meetingId = s.transition === 'submit' ? s.group_meeting_id : s.board_meeting_id;
        expect(checkTransition(stage, s.transition, { reason: s.reason, vote, meetingId, boardSize: Number(boardSize) })).toBeNull();
        expect(s.occurred_at.getTime()).toBeGreaterThan(last);
        last = s.occurred_at.getTime();
        if (TRANSITIONS[s.transition].owner === 'GROUP') {
          expect(['LEAD', 'SECRETARY']).toContain(roleIn(rec.group_id, s.actor_id));
        } else {
          expect(board.has(s.actor_id)).toBe(true);
          expect(roleIn(rec.group_id, s.actor_id)).not.toBe('LEAD');
          // Only the board's votes record the conflicted co-leads, as the API does.
          if (!TRANSITIONS[s.transition].boardDecision) expect(s.conflicted_ids).toEqual([]);
        }
        if (TRANSITIONS[s.transition].boardDecision) {
          boardDecisions++;
          expect(s.board_meeting_id).not.toBeNull();
          expect(boardMeetings.get(s.board_meeting_id as string)).toBe(s.occurred_at.toISOString().slice(0, 10));
          // The co-leads declared their conflict and are counted among the abstentions.
          expect(s.conflicted_ids).toHaveLength(2);
          expect(s.votes_abstaining).toBeGreaterThanOrEqual(2);
        }
        stage = s.to_stage;
      }
      expect(stage).toBe(rec.stage);
    }
    expect(boardDecisions).toBeGreaterThan(15);
    for (const s of ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'MERGED', 'DECLINED', 'AT_ASSEMBLY']) expect(stages).toContain(s);
    // Every step is in the audit trail, with its actor.
    const [{ missing }] = await t.sql<{ missing: string }>(
      `SELECT count(*) AS missing FROM recommendation_step s WHERE NOT EXISTS (
         SELECT 1 FROM audit_event a WHERE a.subject_id = s.recommendation_id::text AND a.action = 'recommendation.' || s.transition AND a.actor_id = s.actor_id AND a.occurred_at = s.occurred_at)`,
    );
    expect(Number(missing)).toBe(0);
  });

  it('keeps the group’s text and the board’s amendment as numbered versions, and shows declines and send-backs with reasons', async () => {
    const gaps = await t.sql(
      `SELECT recommendation_id FROM recommendation_version GROUP BY recommendation_id HAVING min(number) <> 1 OR max(number) <> count(*)`,
    );
    expect(gaps).toEqual([]);
    const [{ several }] = await t.sql<{ several: string }>(`SELECT count(*) AS several FROM (SELECT 1 FROM recommendation_version GROUP BY recommendation_id HAVING count(*) > 1) x`);
    expect(Number(several)).toBeGreaterThanOrEqual(5);
    const amended = await t.sql<{ group_title: string; board_title: string; step_version: string; board_version: string }>(
      `SELECT ${text('g.title')} AS group_title, ${text('b.title')} AS board_title, s.version_id AS step_version, b.id AS board_version
       FROM recommendation_step s JOIN recommendation_version b ON b.recommendation_id = s.recommendation_id AND b.authored_by = 'BOARD'
       JOIN recommendation_version g ON g.recommendation_id = s.recommendation_id AND g.authored_by = 'GROUP' AND g.number = b.number - 1
       WHERE s.transition = 'amendAndEndorse'`,
    );
    expect(amended.length).toBeGreaterThanOrEqual(2);
    for (const a of amended) {
      expect(a.board_title).not.toBe(a.group_title);
      expect(a.step_version).toBe(a.board_version);
    }
    const declined = await t.sql<{ reason: string }>(`SELECT s.reason FROM recommendation r JOIN recommendation_step s ON s.recommendation_id = r.id AND s.transition = 'decline' WHERE r.stage = 'DECLINED'`);
    expect(declined).toHaveLength(1);
    expect(declined[0].reason).toContain('solidaire bijdrage');
    // Sent back, reworked in a new version, submitted again.
    const resubmitted = await t.sql<{ id: string }>(
      `SELECT s.recommendation_id AS id FROM recommendation_step s GROUP BY 1 HAVING count(*) FILTER (WHERE transition = 'sendBack') = 1 AND count(*) FILTER (WHERE transition = 'submit') = 2`,
    );
    expect(resubmitted).toHaveLength(1);
    const submitted = await t.sql<{ number: number }>(
      `SELECT v.number FROM recommendation_step s JOIN recommendation_version v ON v.id = s.version_id WHERE s.recommendation_id = $1 AND s.transition = 'submit' ORDER BY s.occurred_at`,
      [resubmitted[0].id],
    );
    expect(submitted.map((v) => v.number)).toEqual([1, 2]);
  });

  it('gives proposals to every converted recommendation: adopted for editions 1–2, on the agenda for edition 3', async () => {
    const rows = await t.sql<{ number: number; statuses: string[]; without: string }>(
      `SELECT e.number, array_agg(DISTINCT ap.status) AS statuses,
              (SELECT count(*) FROM recommendation r2 WHERE r2.edition_id = e.id AND r2.stage IN ('CONVERTED', 'AT_ASSEMBLY')
                 AND NOT EXISTS (SELECT 1 FROM action_proposal a WHERE a.recommendation_id = r2.id)) AS without
       FROM action_proposal ap JOIN recommendation r ON r.id = ap.recommendation_id JOIN edition e ON e.id = r.edition_id
       WHERE e.cooperative_id = $1 GROUP BY e.id, e.number ORDER BY e.number`,
      [be],
    );
    expect(rows.map((r) => [r.number, r.statuses, Number(r.without)])).toEqual([
      [1, ['ADOPTED'], 0],
      [2, ['ADOPTED'], 0],
      [3, ['ON_AGENDA'], 0],
    ]);
    const permanent = await t.sql<{ title: string }>(
      `SELECT ${text('ap.title')} AS title FROM action_proposal ap JOIN recommendation_version v ON v.recommendation_id = ap.recommendation_id
       WHERE v.title->'texts'->'en'->>'text' = 'Keep reflecting: a permanent process' AND ap.number = 1`,
    );
    expect(permanent).toEqual([{ title: 'Personeel en budget voor het coöperatieve project' }]);
  });

  it('writes every Belgian text in Dutch and French, marks machine translations, and leaves some English missing', async () => {
    const columns: [string, string, string][] = [
      ['edition', 'title', 'e.cooperative_id'],
      ['working_group', 'theme', 'e.cooperative_id'],
      ['working_group', 'question', 'e.cooperative_id'],
      ['working_group', 'description', 'e.cooperative_id'],
    ];
    for (const [table, column] of columns) {
      const missing = await t.sql(`SELECT 1 FROM ${table} e WHERE e.cooperative_id = $1 AND (e.${column}->'texts'->'nl'->>'text' IS NULL OR e.${column}->'texts'->'fr'->>'text' IS NULL)`, [be]);
      expect(missing).toEqual([]);
    }
    const perRecommendation = [
      `SELECT v.title AS v FROM recommendation_version v JOIN recommendation r ON r.id = v.recommendation_id WHERE r.cooperative_id = $1`,
      `SELECT v.body AS v FROM recommendation_version v JOIN recommendation r ON r.id = v.recommendation_id WHERE r.cooperative_id = $1`,
      `SELECT v.rationale AS v FROM recommendation_version v JOIN recommendation r ON r.id = v.recommendation_id WHERE r.cooperative_id = $1`,
      `SELECT v.expected_outcome AS v FROM recommendation_version v JOIN recommendation r ON r.id = v.recommendation_id WHERE r.cooperative_id = $1`,
      `SELECT v.success_indicator AS v FROM recommendation_version v JOIN recommendation r ON r.id = v.recommendation_id WHERE r.cooperative_id = $1`,
      `SELECT x.quote AS v FROM testimony x JOIN recommendation r ON r.id = x.recommendation_id WHERE r.cooperative_id = $1`,
      `SELECT x.title AS v FROM action_proposal x WHERE x.cooperative_id = $1`,
      `SELECT x.body AS v FROM action_proposal x WHERE x.cooperative_id = $1`,
      `SELECT x.agenda AS v FROM meeting x JOIN working_group g ON g.id = x.group_id WHERE g.cooperative_id = $1`,
      `SELECT x.text AS v FROM minutes x JOIN meeting m ON m.id = x.meeting_id JOIN working_group g ON g.id = m.group_id WHERE g.cooperative_id = $1`,
      `SELECT x.title AS v FROM small_talk x WHERE x.cooperative_id = $1`,
      `SELECT x.title AS v FROM writing x WHERE x.cooperative_id = $1`,
      `SELECT x.body AS v FROM writing x WHERE x.cooperative_id = $1`,
      `SELECT x.note AS v FROM group_lineage x JOIN working_group g ON g.id = x.group_id WHERE g.cooperative_id = $1`,
    ];
    let machine = 0;
    let noEnglish = 0;
    for (const query of perRecommendation) {
      const values = await t.sql<{ v: { texts: Record<string, { text: string; origin: string }> } }>(query, [be]);
      expect(values.length).toBeGreaterThan(0);
      for (const { v } of values) {
        expect(v.texts.nl?.text).toBeTruthy();
        expect(v.texts.fr?.text).toBeTruthy();
        if (v.texts.en?.origin === 'MACHINE') machine++;
        if (!v.texts.en) noEnglish++;
      }
    }
    expect(machine).toBeGreaterThan(100);
    expect(noEnglish).toBeGreaterThan(3);
  });

  it('lets the demo logins act: the secretary submits her group’s drafts, a board member reviews other groups only', async () => {
    const actorOf = async (email: string): Promise<Actor> => {
      const [p] = await t.sql<{ id: string }>(`SELECT id FROM person WHERE email = $1`, [email]);
      const memberships = await t.sql<{ cooperativeId: string; category: Actor['memberships'][number]['category'] }>(
        `SELECT cooperative_id AS "cooperativeId", category FROM membership WHERE person_id = $1`,
        [p.id],
      );
      const offices = await t.sql<{ cooperativeId: string; kind: Actor['offices'][number]['kind'] }>(`SELECT cooperative_id AS "cooperativeId", kind FROM office WHERE person_id = $1`, [p.id]);
      return { personId: p.id, memberships, offices };
    };
    const rolesOf = async (groupId: string): Promise<GroupRoles> => {
      const rows = await t.sql<{ person_id: string; role: string }>(`SELECT person_id, role FROM group_member WHERE group_id = $1 AND status = 'ACTIVE'`, [groupId]);
      const of = (role: string) => rows.filter((r) => r.role === role).map((r) => r.person_id);
      return { leads: of('LEAD'), coordinator: of('COORDINATOR')[0] ?? null, secretary: of('SECRETARY')[0] ?? null, participants: of('PARTICIPANT') };
    };
    const recs = await t.sql<{ stage: string; group_id: string; title: string }>(
      `SELECT r.stage, r.group_id, v.title->'texts'->'en'->>'text' AS title FROM recommendation r JOIN recommendation_version v ON v.recommendation_id = r.id AND v.number = 1 JOIN edition e ON e.id = r.edition_id
       WHERE e.cooperative_id = $1 AND e.number = 3`,
      [be],
    );
    const find = (title: string) => recs.find((r) => r.title === title) as { stage: string; group_id: string };
    const lotte = await actorOf('lid@smart.demo');
    const julien = await actorOf('membre@smart.demo');
    const amelie = await actorOf('bestuur@smart.demo');
    const draft = find('Map members by trade');
    expect(draft.stage).toBe('DRAFT');
    const networks = await rolesOf(draft.group_id);
    expect(can(lotte, 'cycle.group', { cooperativeId: be, group: networks })).toBe(true);
    expect(can(julien, 'cycle.group', { cooperativeId: be, group: networks })).toBe(false);
    expect(can(julien, 'recommendation.draft', { cooperativeId: be, group: networks })).toBe(true);
    const underReview = find('Create sector networks where members learn from their peers');
    expect(underReview.stage).toBe('UNDER_REVIEW');
    expect(can(amelie, 'cycle.board', { cooperativeId: be, group: networks })).toBe(true);
    const ownGroup = find('Choose suppliers on social and ecological criteria');
    expect(ownGroup.stage).toBe('UNDER_REVIEW');
    expect(can(amelie, 'cycle.board', { cooperativeId: be, group: await rolesOf(ownGroup.group_id) })).toBe(false);
    // Lotte was notified of her group's steps; the latest are still unread.
    const [n] = await t.sql<{ all: string; unread: string }>(
      `SELECT count(*) AS all, count(*) FILTER (WHERE read_at IS NULL) AS unread FROM notification WHERE person_id = $1`,
      [lotte.personId],
    );
    expect(Number(n.all)).toBeGreaterThan(0);
    expect(Number(n.unread)).toBeGreaterThan(0);
  });
});
