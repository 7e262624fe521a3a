import { Injectable } from '@nestjs/common';
import {
  checkTransition,
  describeCycleProblem,
  TRANSITIONS,
  type CycleTransition,
  type GroupRole,
  type RecommendationStage,
  type StakeholderCategory,
  type TranslatedTextValue,
} from '@letscoop/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  DEMO_BOARD_MEETINGS,
  DEMO_EDITIONS,
  MEETING_AGENDA,
  type DemoCooperative,
  type DemoEdition,
  type DemoGroup,
  type DemoRecommendation,
  type DemoStep,
} from './demo-cycle-data.js';

interface DemoPerson {
  id: string;
  email: string;
  name: string;
  cooperativeId: string;
  category: StakeholderCategory;
  branch: string | null;
  offices: string[];
}

type Tx = TranslatedTextValue;
type Row = Record<string, unknown>;

/** Columns of one bulk INSERT … SELECT FROM unnest(…): name → SQL array type. */
type Columns = Record<string, string>;

const TZ = 'Europe/Brussels';
const PARTICIPANT_MIX: StakeholderCategory[] = [
  'WORKER_MEMBER',
  'SALARIED_ENTREPRENEUR',
  'WORKER_MEMBER',
  'PERMANENT_STAFF',
  'WORKER_MEMBER',
  'CLIENT',
  'SALARIED_ENTREPRENEUR',
  'PARTNER',
  'WORKER_MEMBER',
];

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A local Brussels time as text; the INSERT converts it with AT TIME ZONE. */
function at(day: string, hour: number, minute = 0): string {
  return `${day} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

const STEP_HOUR: Record<CycleTransition, number> = {
  submit: 10,
  startReview: 9,
  endorse: 20,
  amendAndEndorse: 20,
  merge: 20,
  sendBack: 20,
  decline: 20,
  convert: 21,
  putToAssembly: 21,
};

function text(nl: string, fr: string, en: string): Tx {
  return { original: 'nl', texts: { nl: { text: nl, origin: 'HUMAN' }, fr: { text: fr, origin: 'HUMAN' }, en: { text: en, origin: 'MACHINE' } } };
}

/** Smart France works in French: a trilingual template keeps only fr (and the machine-made en). */
function forCooperative(value: Tx, cooperative: DemoCooperative): Tx {
  if (cooperative === 'smart-be') return value;
  const { fr, en } = value.texts;
  return { original: 'fr', texts: { ...(fr ? { fr } : {}), ...(en ? { en: { text: en.text, origin: 'MACHINE' as const } } : {}) } };
}

function concat(parts: Tx[], separator: string): Tx {
  const first = parts[0];
  const texts: Tx['texts'] = {};
  for (const lang of ['nl', 'fr', 'en'] as const) {
    if (parts.every((p) => p.texts[lang]?.text)) {
      texts[lang] = {
        text: parts.map((p) => p.texts[lang]?.text).join(separator),
        origin: parts.some((p) => p.texts[lang]?.origin === 'MACHINE') ? 'MACHINE' : 'HUMAN',
      };
    }
  }
  return { original: first.original, texts };
}

/** Rows for one table, inserted in a single statement over arrays. */
class Bulk {
  readonly rows: Row[] = [];
  constructor(
    readonly table: string,
    readonly columns: Columns,
    /** Per column: the SQL expression over the unnest alias `t` (defaults to the column). */
    readonly expressions: Record<string, string> = {},
  ) {}

  add(row: Row): void {
    this.rows.push(row);
  }

  async insert(manager: EntityManager): Promise<void> {
    if (this.rows.length === 0) return;
    const names = Object.keys(this.columns);
    const params = names.map((name) =>
      this.rows.map((r) => {
        const v = r[name];
        if (v === undefined || v === null) return null;
        return this.columns[name] === 'jsonb[]' ? JSON.stringify(v) : v;
      }),
    );
    // uuid[] columns (conflicted_ids) travel as Postgres array literals inside a text[].
    const select = names.map((name) => this.expressions[name] ?? `t.${name}`).join(', ');
    const unnest = names
      .map((name, i) => (this.columns[name] === 'uuid[][]' ? `$${i + 1}::text[]` : `$${i + 1}::${this.columns[name]}`))
      .join(', ');
    await manager.query(
      `INSERT INTO ${this.table} (${names.join(', ')}) SELECT ${select} FROM unnest(${unnest}) AS t(${names.join(', ')})`,
      params.map((values, i) => (this.columns[names[i]] === 'uuid[][]' ? values.map((v) => `{${(v as string[]).join(',')}}`) : values)),
    );
  }
}

const local = (column: string) => `(t.${column}::timestamp AT TIME ZONE '${TZ}')`;

/**
 * Loads the demo decision cycle (editions, groups, meetings, side channels, recommendations and
 * their whole path) into the tables of a freshly loaded demo, inside the caller's transaction.
 * Every step is checked against the cycle rules of libs/domain before anything is written.
 */
@Injectable()
export class DemoCycleService {
  async load(manager: EntityManager, cooperativeIds: Record<string, string>): Promise<void> {
    const people = await manager.query<DemoPerson[]>(
      `SELECT p.id, p.email, p.display_name AS name, m.cooperative_id AS "cooperativeId", m.category, b.name AS branch,
              coalesce(array_agg(o.kind) FILTER (WHERE o.kind IS NOT NULL), '{}') AS offices
       FROM membership m JOIN person p ON p.id = m.person_id
       LEFT JOIN branch b ON b.id = m.branch_id
       LEFT JOIN office o ON o.person_id = p.id AND o.cooperative_id = m.cooperative_id
       WHERE m.cooperative_id = ANY($1)
       GROUP BY p.id, m.cooperative_id, m.category, b.name
       ORDER BY md5(p.email)`,
      [Object.values(cooperativeIds)],
    );
    const branches = await manager.query<{ id: string; name: string; cooperative_id: string }[]>(
      `SELECT id, name, cooperative_id FROM branch WHERE cooperative_id = ANY($1)`,
      [Object.values(cooperativeIds)],
    );
    const loader = new Loader(cooperativeIds, people, branches);
    loader.build();
    await loader.insert(manager);
  }
}

class Pool {
  private cursor = 0;
  constructor(private readonly people: DemoPerson[]) {}
  get size(): number {
    return this.people.length;
  }
  /** The next person not already taken in this group. */
  next(taken: Set<string>): DemoPerson | null {
    for (let i = 0; i < this.people.length; i++) {
      const p = this.people[(this.cursor + i) % this.people.length];
      if (!taken.has(p.id)) {
        this.cursor = (this.cursor + i + 1) % this.people.length;
        return p;
      }
    }
    return null;
  }
}

interface CoopPools {
  board: Pool;
  staff: Pool;
  secretaries: Pool;
  byCategory: Map<StakeholderCategory, Pool>;
  boardOrder: DemoPerson[];
  boardSize: number;
  secretariat: DemoPerson | null;
}

interface GroupFrame {
  leads: DemoPerson[];
  coordinator: DemoPerson;
  secretary: DemoPerson;
  participants: DemoPerson[];
}

class Loader {
  private readonly byEmail: Map<string, DemoPerson>;
  private readonly pools = new Map<DemoCooperative, CoopPools>();
  private readonly recIds = new Map<string, string>();
  private readonly boardMeetingIds = new Map<string, string>();

  private readonly editions = new Bulk('edition', { id: 'uuid[]', cooperative_id: 'uuid[]', number: 'int[]', period: 'text[]', title: 'jsonb[]', status: 'text[]', launched_by: 'text[]', created_at: 'text[]' }, { created_at: local('created_at') });
  private readonly groups = new Bulk('working_group', { id: 'uuid[]', edition_id: 'uuid[]', cooperative_id: 'uuid[]', theme: 'jsonb[]', question: 'jsonb[]', description: 'jsonb[]', created_at: 'text[]' }, { created_at: local('created_at') });
  private readonly members = new Bulk(
    'group_member',
    { group_id: 'uuid[]', person_id: 'uuid[]', role: 'text[]', status: 'text[]', requested_at: 'text[]', accepted_at: 'text[]', accepted_by: 'uuid[]' },
    { requested_at: local('requested_at'), accepted_at: local('accepted_at') },
  );
  private readonly lineage = new Bulk('group_lineage', { group_id: 'uuid[]', cites_recommendation_id: 'uuid[]', note: 'jsonb[]' });
  private readonly meetings = new Bulk(
    'meeting',
    { id: 'uuid[]', group_id: 'uuid[]', starts_at: 'text[]', ends_at: 'text[]', place: 'text[]', online_url: 'text[]', agenda: 'jsonb[]', guests: 'jsonb[]', created_by: 'uuid[]', created_at: 'text[]' },
    { starts_at: local('starts_at'), ends_at: local('ends_at'), created_at: local('created_at') },
  );
  private readonly attendance = new Bulk('meeting_attendance', { meeting_id: 'uuid[]', person_id: 'uuid[]', present: 'bool[]' });
  private readonly minutes = new Bulk(
    'minutes',
    { id: 'uuid[]', meeting_id: 'uuid[]', text: 'jsonb[]', status: 'text[]', written_by: 'uuid[]', approved_by: 'uuid[]', approved_at: 'text[]' },
    { approved_at: local('approved_at') },
  );
  private readonly addenda = new Bulk('minutes_addendum', { minutes_id: 'uuid[]', text: 'jsonb[]', author_id: 'uuid[]', created_at: 'text[]' }, { created_at: local('created_at') });
  private readonly smallTalks = new Bulk(
    'small_talk',
    { cooperative_id: 'uuid[]', edition_id: 'uuid[]', group_id: 'uuid[]', branch_id: 'uuid[]', host_id: 'uuid[]', held_on: 'date[]', title: 'jsonb[]', report: 'jsonb[]', created_at: 'text[]' },
    { created_at: local('created_at') },
  );
  private readonly writings = new Bulk(
    'writing',
    {
      cooperative_id: 'uuid[]', edition_id: 'uuid[]', group_id: 'uuid[]', author_name: 'text[]', author_kind: 'text[]', title: 'jsonb[]', body: 'jsonb[]', status: 'text[]',
      submitted_by: 'uuid[]', submitted_at: 'text[]', decided_by: 'uuid[]', decided_at: 'text[]', decision_reason: 'text[]',
    },
    { submitted_at: local('submitted_at'), decided_at: local('decided_at') },
  );
  private readonly boardMeetings = new Bulk('board_meeting', { id: 'uuid[]', cooperative_id: 'uuid[]', held_on: 'date[]', title: 'text[]' });
  private readonly recommendations = new Bulk(
    'recommendation',
    { id: 'uuid[]', cooperative_id: 'uuid[]', edition_id: 'uuid[]', group_id: 'uuid[]', stage: 'text[]', merged_into_id: 'uuid[]', created_by: 'uuid[]', created_at: 'text[]', stage_changed_at: 'text[]' },
    { created_at: local('created_at'), stage_changed_at: local('stage_changed_at') },
  );
  private readonly authors = new Bulk('recommendation_author', { recommendation_id: 'uuid[]', person_id: 'uuid[]' });
  private readonly versions = new Bulk(
    'recommendation_version',
    {
      id: 'uuid[]', recommendation_id: 'uuid[]', number: 'int[]', authored_by: 'text[]', title: 'jsonb[]', body: 'jsonb[]', rationale: 'jsonb[]', expected_outcome: 'jsonb[]',
      proposed_owner: 'text[]', success_indicator: 'jsonb[]', created_by: 'uuid[]', created_at: 'text[]',
    },
    { created_at: local('created_at') },
  );
  private readonly testimonies = new Bulk('testimony', { recommendation_id: 'uuid[]', quote: 'jsonb[]', attributed_to: 'text[]', created_at: 'text[]' }, { created_at: local('created_at') });
  private readonly steps = new Bulk(
    'recommendation_step',
    {
      id: 'uuid[]', recommendation_id: 'uuid[]', transition: 'text[]', from_stage: 'text[]', to_stage: 'text[]', actor_id: 'uuid[]', reason: 'text[]', group_meeting_id: 'uuid[]', board_meeting_id: 'uuid[]',
      votes_in_favour: 'int[]', votes_against: 'int[]', votes_abstaining: 'int[]', conflicted_ids: 'uuid[][]', version_id: 'uuid[]', merged_into_id: 'uuid[]', occurred_at: 'text[]',
    },
    { occurred_at: local('occurred_at'), conflicted_ids: 't.conflicted_ids::uuid[]' },
  );
  private readonly reviewNotes = new Bulk('review_note', { recommendation_id: 'uuid[]', author_id: 'uuid[]', body: 'text[]', created_at: 'text[]' }, { created_at: local('created_at') });
  private readonly proposals = new Bulk(
    'action_proposal',
    {
      id: 'uuid[]', cooperative_id: 'uuid[]', recommendation_id: 'uuid[]', number: 'int[]', title: 'jsonb[]', body: 'jsonb[]', proposed_owner: 'text[]', budget_estimate_cents: 'bigint[]', status: 'text[]',
      created_by: 'uuid[]', created_at: 'text[]',
    },
    { created_at: local('created_at') },
  );
  private readonly notifications = new Bulk(
    'notification',
    { person_id: 'uuid[]', kind: 'text[]', subject_type: 'text[]', subject_id: 'uuid[]', payload: 'jsonb[]', created_at: 'text[]', read_at: 'text[]' },
    { created_at: local('created_at'), read_at: local('read_at') },
  );
  private readonly audit = new Bulk(
    'audit_event',
    { occurred_at: 'text[]', actor_id: 'uuid[]', action: 'text[]', subject_type: 'text[]', subject_id: 'text[]', cooperative_id: 'uuid[]', reason: 'text[]', before: 'jsonb[]', after: 'jsonb[]' },
    { occurred_at: local('occurred_at') },
  );

  constructor(
    private readonly cooperativeIds: Record<string, string>,
    people: DemoPerson[],
    private readonly branches: { id: string; name: string; cooperative_id: string }[],
  ) {
    this.byEmail = new Map(people.map((p) => [p.email, p]));
    for (const slug of ['smart-be', 'smart-fr'] as const) {
      const coopId = cooperativeIds[slug];
      if (!coopId) continue;
      const mine = people.filter((p) => p.cooperativeId === coopId);
      const isAccount = (p: DemoPerson) => p.email.endsWith('.demo') && !p.email.includes('@members.');
      const generated = mine.filter((p) => !isAccount(p));
      const plain = generated.filter((p) => p.offices.length === 0);
      const board = mine.filter((p) => p.offices.includes('BOARD_MEMBER'));
      const byCategory = new Map<StakeholderCategory, Pool>();
      for (const c of new Set(PARTICIPANT_MIX)) byCategory.set(c, new Pool(plain.filter((p) => p.category === c)));
      // The chair first, then the board members with a demo login, then the others.
      const rank = (p: DemoPerson) => (p.offices.includes('BOARD_CHAIR') ? 0 : isAccount(p) ? 1 : 2);
      const chairFirst = [...board].sort((a, b) => rank(a) - rank(b));
      this.pools.set(slug, {
        board: new Pool(generated.filter((p) => p.offices.includes('BOARD_MEMBER'))),
        staff: new Pool(generated.filter((p) => p.offices.includes('STAFF') && !p.offices.includes('MANAGING_DIRECTOR'))),
        secretaries: new Pool(plain.filter((p) => p.category === 'WORKER_MEMBER' || p.category === 'SALARIED_ENTREPRENEUR')),
        byCategory,
        boardOrder: chairFirst,
        boardSize: board.length,
        secretariat: mine.find((p) => p.offices.includes('SECRETARIAT')) ?? null,
      });
    }
  }

  private pool(coop: DemoCooperative): CoopPools {
    const pools = this.pools.get(coop);
    if (!pools) throw new Error(`Demo cycle: cooperative ${coop} is not loaded`);
    return pools;
  }

  private person(email: string): DemoPerson {
    const p = this.byEmail.get(email);
    if (!p) throw new Error(`Demo cycle: no demo account ${email}`);
    return p;
  }

  build(): void {
    for (const bm of DEMO_BOARD_MEETINGS) {
      const id = randomUUID();
      this.boardMeetingIds.set(bm.key, id);
      this.boardMeetings.add({ id, cooperative_id: this.cooperativeIds[bm.cooperative], held_on: bm.heldOn, title: bm.title });
    }
    // Recommendation ids first: merges and lineage point across groups and editions.
    for (const e of DEMO_EDITIONS) for (const g of e.groups) for (const r of g.recommendations) this.recIds.set(r.key, randomUUID());
    for (const edition of DEMO_EDITIONS) this.buildEdition(edition);
  }

  private buildEdition(edition: DemoEdition): void {
    const coopId = this.cooperativeIds[edition.cooperative];
    const editionId = randomUUID();
    const start = addDays(edition.groups[0].meetings[0], -60);
    this.editions.add({ id: editionId, cooperative_id: coopId, number: edition.number, period: edition.period, title: edition.title, status: edition.status, launched_by: edition.launchedBy, created_at: at(start, 10) });
    const groupIds = new Map<string, string>();
    const frames = new Map<string, GroupFrame>();
    for (const group of edition.groups) {
      const groupId = randomUUID();
      groupIds.set(group.key, groupId);
      frames.set(group.key, this.buildGroup(edition, group, groupId, editionId, coopId));
    }
    const pools = this.pool(edition.cooperative);
    const usedHosts = new Set<string>();
    for (const talk of edition.smallTalks) {
      const branch = this.branches.find((b) => b.cooperative_id === coopId && b.name === talk.branch);
      const frame = frames.get(talk.group) as GroupFrame;
      const host =
        frame.participants.find((p) => p.branch === talk.branch && !usedHosts.has(p.id)) ??
        [...this.byEmail.values()].find((p) => p.cooperativeId === coopId && p.branch === talk.branch && p.offices.length === 0 && !usedHosts.has(p.id));
      if (host) usedHosts.add(host.id);
      this.smallTalks.add({
        cooperative_id: coopId, edition_id: editionId, group_id: groupIds.get(talk.group), branch_id: branch?.id ?? null, host_id: host?.id ?? null,
        held_on: talk.heldOn, title: talk.title, report: talk.report, created_at: at(talk.heldOn, 22),
      });
    }
    for (const w of edition.writings) {
      const frame = frames.get(w.group) as GroupFrame;
      this.writings.add({
        cooperative_id: coopId, edition_id: editionId, group_id: groupIds.get(w.group), author_name: w.authorName, author_kind: w.authorKind, title: w.title, body: w.body, status: w.status,
        submitted_by: frame.coordinator.id, submitted_at: at(w.submittedAt, 11),
        decided_by: w.decidedAt ? (pools.secretariat?.id ?? frame.coordinator.id) : null, decided_at: w.decidedAt ? at(w.decidedAt, 15) : null, decision_reason: w.decisionReason ?? null,
      });
    }
  }

  private buildGroup(edition: DemoEdition, group: DemoGroup, groupId: string, editionId: string, coopId: string): GroupFrame {
    const coop = edition.cooperative;
    const pools = this.pool(coop);
    this.groups.add({ id: groupId, edition_id: editionId, cooperative_id: coopId, theme: group.theme, question: group.question, description: group.description, created_at: at(addDays(group.meetings[0], -45), 10) });

    // The frame: two board co-leads, a staff coordinator, a secretary; then participants of every category.
    const taken = new Set<string>();
    const roles = Object.entries(group.roles ?? {}).map(([email, role]) => ({ person: this.person(email), role }));
    for (const r of roles) taken.add(r.person.id);
    const pick = (pool: Pool): DemoPerson => {
      const p = pool.next(taken);
      if (!p) throw new Error(`Demo cycle: not enough people for group ${group.key}`);
      taken.add(p.id);
      return p;
    };
    const withRole = (role: GroupRole) => roles.filter((r) => r.role === role).map((r) => r.person);
    const leads = withRole('LEAD');
    while (leads.length < 2) leads.push(pick(pools.board));
    const coordinator = withRole('COORDINATOR')[0] ?? pick(pools.staff);
    const secretary = withRole('SECRETARY')[0] ?? pick(pools.secretaries);
    const participants = withRole('PARTICIPANT');
    for (let i = 0; participants.length < group.participants; i++) {
      const category = PARTICIPANT_MIX[i % PARTICIPANT_MIX.length];
      const pool = pools.byCategory.get(category);
      const p = (pool && pool.size > 0 ? pool.next(taken) : null) ?? (pools.byCategory.get('WORKER_MEMBER') as Pool).next(taken);
      if (!p) throw new Error(`Demo cycle: not enough members for group ${group.key}`);
      taken.add(p.id);
      participants.push(p);
    }
    const frame: GroupFrame = { leads, coordinator, secretary, participants };
    const joined = at(addDays(group.meetings[0], -21), 12);
    const everyone: [DemoPerson, GroupRole][] = [
      ...leads.map((p): [DemoPerson, GroupRole] => [p, 'LEAD']),
      [coordinator, 'COORDINATOR'],
      [secretary, 'SECRETARY'],
      ...participants.map((p): [DemoPerson, GroupRole] => [p, 'PARTICIPANT']),
    ];
    for (const [p, role] of everyone) {
      this.members.add({ group_id: groupId, person_id: p.id, role, status: 'ACTIVE', requested_at: joined, accepted_at: joined, accepted_by: role === 'LEAD' ? coordinator.id : leads[0].id });
    }
    if (group.pendingRequest) {
      const asking = pick(pools.byCategory.get('WORKER_MEMBER') as Pool);
      const last = group.meetings[group.meetings.length - 1];
      this.members.add({ group_id: groupId, person_id: asking.id, role: 'PARTICIPANT', status: 'REQUESTED', requested_at: at(addDays(last, 2), 9), accepted_at: null, accepted_by: null });
    }
    for (const cite of group.cites ?? []) {
      this.lineage.add({ group_id: groupId, cites_recommendation_id: this.recIds.get(cite.recommendation), note: cite.note });
    }

    const meetingIds = this.buildMeetings(edition, group, groupId, frame);
    group.recommendations.forEach((rec, i) => this.buildRecommendation(edition, group, rec, i, groupId, editionId, coopId, frame, meetingIds));
    return frame;
  }

  private buildMeetings(edition: DemoEdition, group: DemoGroup, groupId: string, frame: GroupFrame): string[] {
    const coop = edition.cooperative;
    const firstSubmit = group.recommendations
      .flatMap((r) => r.steps.filter((s) => s.t === 'submit').map((s) => s.on))
      .sort()[0];
    const adoption = firstSubmit ? group.meetings.filter((m) => m <= firstSubmit).length - 1 : -1;
    const focusAt = Math.min(2, group.meetings.length - 1);
    const place = group.onlineUrl ? null : (group.place ?? 'Smart, hoofdkantoor / siège — Brussel-Bruxelles');
    const frameIds = [...frame.leads, frame.coordinator, frame.secretary];
    return group.meetings.map((day, m) => {
      const id = randomUUID();
      let agenda: Tx;
      if (m === focusAt) agenda = group.focus;
      else if (m === adoption) agenda = MEETING_AGENDA[4];
      else if (adoption >= 0 && m > adoption) agenda = MEETING_AGENDA[5];
      else agenda = MEETING_AGENDA[Math.min(m, 3)];
      agenda = forCooperative(agenda, coop);
      const guests = group.guests.filter((g) => g.meeting === m).map((g) => ({ name: g.name, role: g.role }));
      this.meetings.add({
        id, group_id: groupId, starts_at: at(day, 18), ends_at: at(day, 20, 30), place, online_url: group.onlineUrl ?? null, agenda, guests,
        created_by: frame.secretary.id, created_at: at(addDays(day, -14), 10),
      });
      let present = 0;
      frameIds.forEach((p, i) => {
        const here = (i + m) % 7 !== 3;
        if (here) present++;
        this.attendance.add({ meeting_id: id, person_id: p.id, present: here });
      });
      frame.participants.forEach((p, i) => {
        const here = (i * 3 + m * 5) % 4 !== 0;
        if (here) present++;
        this.attendance.add({ meeting_id: id, person_id: p.id, present: here });
      });
      const total = frameIds.length + frame.participants.length;
      const guestLine = guests.length ? guests.map((g) => `${g.name} (${g.role})`).join(', ') : null;
      const next = group.meetings[m + 1];
      const adopted = m === adoption ? group.recommendations.filter((r) => r.steps[0]?.t === 'submit' && r.steps[0].meeting === m).length : 0;
      const minutesText = forCooperative(
        concat(
          [
            text(
              `Verslag van de vergadering van ${day}. Aanwezig: ${present} van de ${total} leden.`,
              `Procès-verbal de la réunion du ${day}. Présents : ${present} membres sur ${total}.`,
              `Minutes of the meeting of ${day}. Present: ${present} of ${total} members.`,
            ),
            agenda,
            ...(guestLine ? [text(`Te gast: ${guestLine}.`, `Invités : ${guestLine}.`, `Guests: ${guestLine}.`)] : []),
            ...(adopted
              ? [
                  text(
                    `De werkgroep keurt ${adopted} aanbeveling(en) goed voor de Raad van bestuur.`,
                    `Le groupe adopte ${adopted} recommandation(s) pour le conseil d’administration.`,
                    `The group adopts ${adopted} recommendation(s) for the board.`,
                  ),
                ]
              : []),
            ...(next ? [text(`Volgende vergadering: ${next}.`, `Prochaine réunion : ${next}.`, `Next meeting: ${next}.`)] : []),
          ],
          '\n',
        ),
        coop,
      );
      const draft = group.draftMinutes?.includes(m) ?? false;
      const minutesId = randomUUID();
      this.minutes.add({
        id: minutesId, meeting_id: id, text: minutesText, status: draft ? 'DRAFT' : 'APPROVED', written_by: frame.secretary.id,
        approved_by: draft ? null : frame.leads[0].id, approved_at: draft ? null : at(addDays(day, 5), 17),
      });
      if (group.addendum?.meeting === m) {
        this.addenda.add({ minutes_id: minutesId, text: group.addendum.text, author_id: frame.secretary.id, created_at: at(addDays(day, 33), 18) });
      }
      return id;
    });
  }

  private boardActor(coop: DemoCooperative, frame: GroupFrame, transition: CycleTransition): DemoPerson {
    const order = this.pool(coop).boardOrder;
    // The chair records decisions; reviews are opened by another board member when one is free.
    const ordered = transition === 'startReview' ? [...order.slice(1), order[0]] : order;
    const actor = ordered.find((p) => !frame.leads.some((l) => l.id === p.id));
    if (!actor) throw new Error('Demo cycle: no board member without a conflict');
    return actor;
  }

  private buildRecommendation(
    edition: DemoEdition,
    group: DemoGroup,
    rec: DemoRecommendation,
    index: number,
    groupId: string,
    editionId: string,
    coopId: string,
    frame: GroupFrame,
    meetingIds: string[],
  ): void {
    const coop = edition.cooperative;
    const id = this.recIds.get(rec.key) as string;
    const pools = this.pool(coop);
    const authorsOf = [frame.secretary, frame.participants[(index * 2) % frame.participants.length], frame.participants[(index * 2 + 1) % frame.participants.length]];
    if (group.roles) {
      // Demo logins with a group role co-author its texts, so they can edit them.
      for (const email of Object.keys(group.roles)) {
        const p = this.person(email);
        if (!authorsOf.some((a) => a.id === p.id) && group.roles[email] !== 'LEAD') authorsOf.push(p);
      }
    }
    const authors = [...new Map(authorsOf.map((a) => [a.id, a])).values()];
    for (const a of authors) this.authors.add({ recommendation_id: id, person_id: a.id });

    const submits = rec.steps.filter((s) => s.t === 'submit');
    const lastMeeting = group.meetings[group.meetings.length - 1];
    const firstSubmitDay = submits[0]?.on;
    const sendBack = rec.steps.find((s) => s.t === 'sendBack');

    // Group versions: an earlier draft, the submitted text, a reworked text after a send-back.
    interface Version { id: string; number: number; authoredBy: 'GROUP' | 'BOARD'; title: Tx; body: Tx; created: string }
    const versions: Version[] = [];
    const addVersion = (authoredBy: 'GROUP' | 'BOARD', title: Tx, body: Tx, created: string, by: string) => {
      const v: Version = { id: randomUUID(), number: versions.length + 1, authoredBy, title, body, created };
      versions.push(v);
      const t = rec.text;
      this.versions.add({
        id: v.id, recommendation_id: id, number: v.number, authored_by: authoredBy, title, body, rationale: t.rationale, expected_outcome: t.expectedOutcome,
        proposed_owner: t.proposedOwner, success_indicator: t.successIndicator, created_by: by, created_at: created,
      });
      return v;
    };
    const draftDay = firstSubmitDay ? addDays(firstSubmitDay, -5) : addDays(lastMeeting, 1);
    if (rec.earlierBody) addVersion('GROUP', rec.text.title, rec.earlierBody, at(addDays(draftDay, -40), 14), frame.secretary.id);
    addVersion('GROUP', rec.text.title, rec.text.body, at(draftDay, 14), frame.secretary.id);

    let stage: RecommendationStage = 'DRAFT';
    let stageChanged = versions[0].created;
    let mergedInto: string | null = null;
    let sentBack = false;
    rec.steps.forEach((step: DemoStep, s) => {
      const rule = TRANSITIONS[step.t];
      if (sentBack && step.t === 'submit' && rec.reworkedBody) {
        addVersion('GROUP', rec.text.title, rec.reworkedBody, at(addDays(step.on, -1), 14), frame.secretary.id);
        sentBack = false;
      }
      const meetingId = step.t === 'submit' ? meetingIds[step.meeting ?? -1] : step.board ? this.boardMeetingIds.get(step.board) : undefined;
      if (step.t === 'submit' && (!meetingId || group.meetings[step.meeting ?? 0] > step.on)) throw new Error(`Demo cycle: ${rec.key} is submitted before its meeting`);
      const vote = step.vote ? { inFavour: step.vote[0], against: step.vote[1], abstaining: step.vote[2] } : null;
      const problem = checkTransition(stage, step.t, { reason: step.reason, vote, meetingId, boardSize: pools.boardSize });
      if (problem) throw new Error(`Demo cycle: ${rec.key} step ${s + 1}: ${describeCycleProblem(problem)}`);
      const actor = rule.owner === 'GROUP' ? (s % 2 === 0 ? frame.secretary : frame.leads[0]) : this.boardActor(coop, frame, step.t);
      const time = at(step.on, STEP_HOUR[step.t], step.t === 'putToAssembly' ? 30 : s);
      let versionId: string | null = null;
      if (step.t === 'submit') versionId = versions[versions.length - 1].id;
      if (step.t === 'amendAndEndorse') {
        if (!rec.board) throw new Error(`Demo cycle: ${rec.key} is amended without a board text`);
        versionId = addVersion('BOARD', rec.board.title, rec.board.body, time, actor.id).id;
      }
      const into = step.into ? (this.recIds.get(step.into) ?? null) : null;
      if (step.t === 'merge') mergedInto = into;
      // As the API does: on the board's votes, the co-leads who sit on the board are recorded as abstaining.
      const conflicted = rule.boardDecision ? frame.leads.filter((l) => l.offices.includes('BOARD_MEMBER')).map((l) => l.id) : [];
      const boardMeetingId = rule.boardDecision ? (meetingId ?? null) : null;
      const stepId = randomUUID();
      const proposalIds = step.t === 'convert' ? (rec.proposals ?? []).map(() => randomUUID()) : [];
      this.steps.add({
        id: stepId, recommendation_id: id, transition: step.t, from_stage: stage, to_stage: rule.to, actor_id: actor.id, reason: step.reason ?? null,
        group_meeting_id: step.t === 'submit' ? meetingId : null, board_meeting_id: boardMeetingId,
        votes_in_favour: vote?.inFavour ?? null, votes_against: vote?.against ?? null, votes_abstaining: vote?.abstaining ?? null,
        conflicted_ids: conflicted, version_id: versionId, merged_into_id: into, occurred_at: time,
      });
      const groupVersion = [...versions].reverse().find((v) => v.authoredBy === 'GROUP');
      this.audit.add({
        occurred_at: time, actor_id: actor.id, action: `recommendation.${step.t}`, subject_type: 'recommendation', subject_id: id, cooperative_id: coopId,
        reason: step.reason ?? null, before: { stage },
        after: {
          stage: rule.to, stepId,
          ...(rule.boardDecision ? { vote, boardMeetingId } : {}),
          ...(conflicted.length ? { conflictedIds: conflicted } : {}),
          ...(step.t === 'amendAndEndorse' ? { boardVersionId: versionId, groupVersionId: groupVersion?.id } : {}),
          ...(into ? { mergedIntoId: into } : {}),
          ...(proposalIds.length ? { actionProposalIds: proposalIds } : {}),
        },
      });
      // The group's members were notified; in the edition still under way, the last weeks are unread.
      if (edition.proposalStatus === 'ON_AGENDA') {
        for (const member of [...frame.leads, frame.coordinator, frame.secretary, ...frame.participants]) {
          if (member.id === actor.id) continue;
          this.notifications.add({
            person_id: member.id, kind: `recommendation.${step.t}`, subject_type: 'recommendation', subject_id: id,
            payload: { stepId, fromStage: stage, toStage: rule.to, actorId: actor.id, reason: step.reason ?? null },
            created_at: time, read_at: step.on < '2019-05-15' ? at(addDays(step.on, 1), 8) : null,
          });
        }
      }
      if (step.t === 'startReview' && rec.reviewNote) {
        this.reviewNotes.add({ recommendation_id: id, author_id: actor.id, body: rec.reviewNote, created_at: at(addDays(step.on, 2), 11) });
      }
      if (step.t === 'convert') {
        (rec.proposals ?? []).forEach((p, n) => {
          this.proposals.add({
            id: proposalIds[n], cooperative_id: coopId, recommendation_id: id, number: n + 1, title: p.title, body: p.body, proposed_owner: p.owner,
            budget_estimate_cents: p.budgetEur !== undefined ? String(p.budgetEur * 100) : null, status: edition.proposalStatus, created_by: actor.id, created_at: time,
          });
        });
      }
      if (step.t === 'sendBack') sentBack = true;
      stage = rule.to;
      stageChanged = time;
    });
    // Sent back and still being reworked: the group's new text is already saved.
    if (sentBack && rec.reworkedBody && sendBack) addVersion('GROUP', rec.text.title, rec.reworkedBody, at(addDays(sendBack.on, 9), 14), frame.secretary.id);

    this.recommendations.add({
      id, cooperative_id: coopId, edition_id: editionId, group_id: groupId, stage, merged_into_id: mergedInto, created_by: frame.secretary.id,
      created_at: versions[0].created, stage_changed_at: stageChanged,
    });
    rec.testimonies.forEach((quote, q) => {
      const who = frame.participants[(index + q * 5) % frame.participants.length];
      this.testimonies.add({ recommendation_id: id, quote, attributed_to: `${who.name}${who.branch ? ` (${who.branch})` : ''}`, created_at: versions[0].created });
    });
  }

  async insert(manager: EntityManager): Promise<void> {
    // Parents before children; the audit trail in the order things happened.
    this.audit.rows.sort((a, b) => String(a.occurred_at).localeCompare(String(b.occurred_at)));
    for (const bulk of [
      this.editions, this.groups, this.members, this.meetings, this.attendance, this.minutes, this.addenda, this.smallTalks, this.writings, this.boardMeetings,
      this.recommendations, this.lineage, this.authors, this.versions, this.testimonies, this.steps, this.reviewNotes, this.proposals, this.notifications, this.audit,
    ]) {
      await bulk.insert(manager);
    }
  }
}
