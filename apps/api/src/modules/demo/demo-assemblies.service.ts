import { Injectable } from '@nestjs/common';
import type { AttendanceMode, BallotChoice, StakeholderCategory, TranslatedTextValue } from '@letscoop/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ActionPlanService } from '../action-plan/action-plan.service.js';
import { receiptFromBytes } from '../assemblies/ballot-receipt.js';
import type { FrozenPollResult } from '../assemblies/poll-result.js';
import { tallyPoll } from '../assemblies/poll-tally.js';
import {
  DEMO_NEXT_ASSEMBLY,
  DEMO_PAST_ASSEMBLIES,
  type DemoAgendaItem,
  type DemoAssembly,
  type DemoCandidates,
  type DemoVotes,
} from './demo-assemblies-data.js';
import { DEMO_EDITIONS } from './demo-cycle-data.js';
import { DEMO_SOLIDARITY_RATE_OPINION, DemoEthicsService } from './demo-ethics.service.js';

type Row = Record<string, unknown>;
type Tx = TranslatedTextValue;

/** Brussels and Paris keep the same clock: local demo times are read in this zone. */
const TZ = 'Europe/Brussels';
const CHAIR: Record<string, string> = { 'smart-be': 'voorzitter@smart.demo', 'smart-fr': 'secretariat@smart-fr.demo' };
const SECRETARIAT: Record<string, string> = { 'smart-be': 'secretariaat@smart.demo', 'smart-fr': 'secretariat@smart-fr.demo' };

interface Member {
  id: string;
  email: string;
  name: string;
  cooperativeId: string;
  category: StakeholderCategory;
  shares: number;
  joined: string;
  left: string | null;
  offices: string[];
}

/** A seeded generator (mulberry32 over a hash of the key): the same key, the same draws. */
function seeded(key: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], rng: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A receipt in the API's format, from seeded bits; unique within its poll. */
function receipts(rng: () => number): () => string {
  const used = new Set<string>();
  return () => {
    for (;;) {
      const bytes = new Uint8Array(8);
      const view = new DataView(bytes.buffer);
      view.setUint32(0, Math.floor(rng() * 2 ** 32));
      view.setUint32(4, Math.floor(rng() * 2 ** 32));
      const receipt = receiptFromBytes(bytes);
      if (!used.has(receipt)) {
        used.add(receipt);
        return receipt;
      }
    }
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Local time on a day, `seconds` after midnight, as text for `::timestamp AT TIME ZONE`. */
const clock = (day: string, seconds: number) =>
  `${day} ${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(Math.floor(seconds) % 60)}`;
const secondsOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 3600 + Number(hhmm.slice(3, 5)) * 60;
function addDays(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const local = (column: string) => `(t.${column}::timestamp AT TIME ZONE '${TZ}')`;
/** A local time, or the moment of loading when absent (the upcoming assembly). */
const localOrNow = (column: string) => `coalesce(${local(column)}, now())`;
const nlText = (value: Tx) => value.texts.nl?.text ?? value.texts.fr?.text ?? '';

/** Rows for one table, inserted in a single INSERT … SELECT FROM unnest(…). */
class Bulk {
  readonly rows: Row[] = [];
  constructor(
    readonly table: string,
    readonly columns: Record<string, string>,
    readonly expressions: Record<string, string> = {},
    /** Columns every row gets the same SQL value in (not sent). */
    readonly constants: Record<string, string> = {},
  ) {}

  add(row: Row): void {
    this.rows.push(row);
  }

  async insert(manager: EntityManager): Promise<void> {
    if (this.rows.length === 0) return;
    const names = Object.keys(this.columns);
    const params = names.map((name) => arrayLiteral(this.columns[name], this.rows.map((r) => r[name])));
    const select = [...names.map((name) => this.expressions[name] ?? `t.${name}`), ...Object.values(this.constants)].join(', ');
    const unnest = names
      .map((name, i) => `$${i + 1}::${this.columns[name] === 'uuid[][]' ? 'text[]' : this.columns[name]}`)
      .join(', ');
    await manager.query(
      `INSERT INTO ${this.table} (${[...names, ...Object.keys(this.constants)].join(', ')}) SELECT ${select} FROM unnest(${unnest}) AS t(${names.join(', ')})`,
      params,
    );
  }
}

const QUOTED = new Set(['text[]', 'jsonb[]', 'uuid[][]']);

/**
 * A column's values as one Postgres array literal. Written here rather than by the driver, which
 * quotes and escapes every element: ids, numbers and dates need neither, and the voter lists and
 * ballots are thousands of them.
 */
function arrayLiteral(type: string, values: unknown[]): string {
  const quoted = QUOTED.has(type);
  const parts = values.map((v) => {
    if (v === undefined || v === null) return 'NULL';
    let text: string;
    if (type === 'jsonb[]') text = JSON.stringify(v);
    // uuid[] values (approvals) travel as array literals inside a text[].
    else if (type === 'uuid[][]') text = `{${(v as string[]).join(',')}}`;
    else text = String(v);
    return quoted ? `"${text.replace(/[\\"]/g, '\\$&')}"` : text;
  });
  return `{${parts.join(',')}}`;
}

/** A historic poll, before its result is counted. */
interface PastPoll {
  id: string;
  assemblyId: string;
  agendaItemId: string;
  method: 'MOTION' | 'APPROVAL';
  secret: boolean;
  cooperativeId: string;
  chairId: string;
  openedAt: string;
  closedAt: string;
  publishedAt: string;
  proposalId: string | null;
  /** ELECTION: the candidates meant to win. */
  expectElected: string[] | null;
  label: string;
}

interface Statutes {
  quorumPercent: number;
  quorumBasis: string;
  proxyCap: number;
  majority: string;
  abstentions: boolean;
  mode: string;
}

interface Proposal {
  id: string;
  title: string;
  status: string;
  cooperativeId: string;
  fullTitle: Tx;
  body: Tx;
}

/** What the builder reads from the database before it writes anything. */
interface Context {
  members: Member[];
  statutes: Map<string, Statutes>;
  person: (email: string) => Member;
  proposalOf: (coopId: string, spec: { recommendation: string; number: number }) => Proposal;
  /** The database's current date (the record date of a convocation today), and Brussels' date. */
  today: string;
  brusselsToday: string;
}

/**
 * Loads the demo general assemblies inside the demo loader's transaction, after the decision
 * cycle and before the action plan: Smart Belgium's past assemblies (2016–2019) with their frozen
 * voter lists, attendance, proxies, agenda, polls and ballots (named or secret, with receipts), each
 * result counted by the API's own tally; an upcoming assembly, convened today; Smart France's first
 * assembly. The same on every run: every draw comes from a generator seeded by the assembly's key.
 * Each adopted motion enters the action plan through ActionPlanService, as the API's would.
 */
@Injectable()
export class DemoAssembliesService {
  constructor(
    private readonly actionPlan: ActionPlanService,
    private readonly ethics: DemoEthicsService,
  ) {}

  async load(manager: EntityManager, cooperativeIds: Record<string, string>): Promise<void> {
    const coops = Object.values(cooperativeIds);
    const members = await manager.query<Member[]>(
      `SELECT p.id, p.email, p.display_name AS name, m.cooperative_id AS "cooperativeId", m.category, m.shares,
              to_char(m.joined_on, 'YYYY-MM-DD') AS joined, to_char(m.left_on, 'YYYY-MM-DD') AS "left",
              coalesce(array_agg(o.kind ORDER BY o.kind) FILTER (WHERE o.kind IS NOT NULL), '{}') AS offices
       FROM membership m JOIN person p ON p.id = m.person_id
       LEFT JOIN office o ON o.person_id = p.id AND o.cooperative_id = m.cooperative_id
       WHERE m.cooperative_id = ANY($1)
       GROUP BY p.id, m.cooperative_id, m.category, m.shares, m.joined_on, m.left_on
       ORDER BY p.email`,
      [coops],
    );
    const proposals = await manager.query<Proposal[]>(
      `SELECT id, title->'texts'->'nl'->>'text' AS title, status, cooperative_id AS "cooperativeId", title AS "fullTitle", body
       FROM action_proposal WHERE cooperative_id = ANY($1)`,
      [coops],
    );
    const [{ today, brusselsToday }] = await manager.query<{ today: string; brusselsToday: string }[]>(
      `SELECT to_char(current_date, 'YYYY-MM-DD') AS today, to_char((now() AT TIME ZONE '${TZ}')::date, 'YYYY-MM-DD') AS "brusselsToday"`,
    );
    const statutes = new Map(
      (
        await manager.query<(Omit<Statutes, 'quorumPercent'> & { id: string; quorumPercent: string })[]>(
          `SELECT id, quorum_percent AS "quorumPercent", quorum_basis AS "quorumBasis", proxy_cap_per_holder AS "proxyCap", default_majority AS majority,
                  abstentions_count AS abstentions, voting_weight_mode AS mode FROM cooperative WHERE id = ANY($1)`,
          [coops],
        )
      ).map(({ id, ...s }): [string, Statutes] => [id, { ...s, quorumPercent: Number(s.quorumPercent) }]),
    );
    const byEmail = new Map(members.map((m) => [m.email, m]));
    const person = (email: string): Member => {
      const found = byEmail.get(email);
      if (!found) throw new Error(`Demo assemblies: no demo login ${email}`);
      return found;
    };
    const proposalOf = (coopId: string, spec: { recommendation: string; number: number }): Proposal => {
      const rec = DEMO_EDITIONS.flatMap((e) => e.groups.flatMap((g) => g.recommendations)).find((r) => r.key === spec.recommendation);
      const text = rec?.proposals?.[spec.number - 1]?.title;
      const found = text && proposals.find((p) => p.cooperativeId === coopId && p.title === nlText(text));
      if (!found) throw new Error(`Demo assemblies: no proposal ${spec.recommendation} #${spec.number}`);
      return found;
    };
    const builder = new Builder({ members, statutes, person, proposalOf, today, brusselsToday });
    for (const spec of DEMO_PAST_ASSEMBLIES) {
      const coopId = cooperativeIds[spec.cooperative];
      if (coopId) builder.buildPast(spec, coopId);
    }
    const nextCoop = cooperativeIds[DEMO_NEXT_ASSEMBLY.cooperative];
    if (nextCoop) builder.buildNext(nextCoop);
    await builder.insertAll(manager);
    const { past, solidarity } = builder;

    // Every historic result is frozen by the API's own tally, at the poll's closing time.
    const closed = new Map(
      (await manager.query<{ id: string; closedAt: Date }[]>(`SELECT id, closed_at AS "closedAt" FROM poll WHERE id = ANY($1)`, [past.map((p) => p.id)])).map((r) => [r.id, r.closedAt]),
    );
    const results: FrozenPollResult[] = [];
    for (const poll of past) results.push(await tallyPoll(manager, poll, closed.get(poll.id) as Date));
    await manager.query(`UPDATE poll SET result = t.result FROM unnest($1::uuid[], $2::jsonb[]) AS t(id, result) WHERE poll.id = t.id`, [
      past.map((p) => p.id),
      results.map((r) => JSON.stringify(r)),
    ]);
    past.forEach((poll, i) => builder.checkAndAudit(poll, results[i]));
    await builder.insertAudit(manager);

    for (const s of solidarity) {
      await this.ethics.attachOpinionToAgendaItem(manager, s.coopId, s.itemId, { ...DEMO_SOLIDARITY_RATE_OPINION, writtenOn: s.writtenOn });
    }

    // Adopted motions enter the action plan as the API enters them; dated the day of the vote.
    const entered: { actionId: string; at: string }[] = [];
    for (const poll of past) {
      if (poll.proposalId) entered.push({ actionId: await this.actionPlan.enterAdoptedProposal(manager, poll.proposalId, poll.chairId), at: poll.publishedAt });
    }
    if (entered.length) {
      await manager.query(
        `UPDATE action a SET entered_at = t.at::timestamp AT TIME ZONE '${TZ}', status_changed_at = t.at::timestamp AT TIME ZONE '${TZ}'
         FROM unnest($1::uuid[], $2::text[]) AS t(id, at) WHERE a.id = t.id`,
        [entered.map((e) => e.actionId), entered.map((e) => e.at)],
      );
      // The editions' "to be placed" boxes, created by the first entry, date from it too.
      await manager.query(
        `WITH first AS (SELECT project_id, min(entered_at) AS at FROM action WHERE id = ANY($1) GROUP BY project_id),
         projects AS (UPDATE action_project p SET created_at = first.at FROM first WHERE p.id = first.project_id AND p.is_default RETURNING p.programme_id, p.created_at)
         UPDATE action_programme g SET created_at = projects.created_at FROM projects WHERE g.id = projects.programme_id AND g.default_for_edition_id IS NOT NULL`,
        [entered.map((e) => e.actionId)],
      );
    }
  }
}

/** Builds every row in memory (one generator per assembly), then writes each table in one statement. */
class Builder {
  readonly past: PastPoll[] = [];
  /** Motions the ethics committee gave its opinion on, and the day it wrote it. */
  readonly solidarity: { coopId: string; itemId: string; writtenOn: string }[] = [];

  constructor(private readonly ctx: Context) {}

  private readonly assemblies = new Bulk(
    'assembly',
    {
      id: 'uuid[]', cooperative_id: 'uuid[]', kind: 'text[]', title: 'jsonb[]', starts_at: 'text[]', ends_at: 'text[]', place: 'text[]', online_url: 'text[]', status: 'text[]',
      quorum_percent: 'numeric[]', quorum_basis: 'text[]', proxy_cap: 'int[]', record_date: 'date[]', convened_at: 'text[]', convened_by: 'uuid[]', proxies_frozen_at: 'text[]',
      opened_at: 'text[]', closed_at: 'text[]', created_by: 'uuid[]', created_at: 'text[]',
    },
    {
      starts_at: local('starts_at'), ends_at: local('ends_at'), convened_at: localOrNow('convened_at'), proxies_frozen_at: local('proxies_frozen_at'),
      opened_at: local('opened_at'), closed_at: local('closed_at'), created_at: localOrNow('created_at'),
    },
  );
  /** Voter lists are frozen in SQL from the register, as convening does: assembly, cooperative, record date. */
  private readonly voterLists: [string, string, string][] = [];
  private readonly attendance = new Bulk(
    'assembly_attendance',
    { assembly_id: 'uuid[]', person_id: 'uuid[]', mode: 'text[]', checked_in_at: 'text[]', checked_in_by: 'uuid[]' },
    { checked_in_at: local('checked_in_at') },
  );
  private readonly proxies = new Bulk(
    'proxy',
    { id: 'uuid[]', assembly_id: 'uuid[]', grantor_id: 'uuid[]', holder_id: 'uuid[]', granted_at: 'text[]', granted_by: 'uuid[]' },
    { granted_at: localOrNow('granted_at') },
  );
  private readonly items = new Bulk(
    'agenda_item',
    {
      id: 'uuid[]', assembly_id: 'uuid[]', position: 'int[]', kind: 'text[]', title: 'jsonb[]', body: 'jsonb[]', action_proposal_id: 'uuid[]', majority_rule: 'text[]',
      abstentions_count: 'bool[]', quorum_percent: 'numeric[]', quorum_basis: 'text[]', weight_mode: 'text[]', seats: 'int[]', election_method: 'text[]', secret: 'bool[]', created_at: 'text[]',
    },
    { created_at: localOrNow('created_at') },
  );
  private readonly candidates = new Bulk('candidate', { id: 'uuid[]', agenda_item_id: 'uuid[]', person_id: 'uuid[]', name: 'text[]', position: 'int[]' });
  private readonly polls = new Bulk(
    'poll',
    {
      id: 'uuid[]', assembly_id: 'uuid[]', agenda_item_id: 'uuid[]', method: 'text[]', secret: 'bool[]', status: 'text[]', opened_at: 'text[]', opened_by: 'uuid[]',
      closed_at: 'text[]', closed_by: 'uuid[]', published_at: 'text[]', published_by: 'uuid[]',
    },
    { opened_at: local('opened_at'), closed_at: local('closed_at'), published_at: local('published_at') },
  );
  private readonly ballots = new Bulk(
    'ballot',
    { poll_id: 'uuid[]', voter_id: 'uuid[]', cast_by: 'uuid[]', choice: 'text[]', approvals: 'uuid[][]', college: 'text[]', receipt: 'text[]', cast_at: 'text[]' },
    { approvals: 't.approvals::uuid[]', cast_at: local('cast_at') },
    // One member, one vote: the statutes of both demo cooperatives.
    { weight: '1' },
  );
  private readonly participation = new Bulk('poll_participation', { poll_id: 'uuid[]', voter_id: 'uuid[]', cast_by: 'uuid[]' });
  private readonly secretBallots = new Bulk(
    'secret_ballot',
    { poll_id: 'uuid[]', choice: 'text[]', approvals: 'uuid[][]', college: 'text[]', receipt: 'text[]' },
    { approvals: 't.approvals::uuid[]' },
    { weight: '1' },
  );
  private readonly audit = new Bulk(
    'audit_event',
    { occurred_at: 'text[]', actor_id: 'uuid[]', action: 'text[]', subject_type: 'text[]', subject_id: 'text[]', cooperative_id: 'uuid[]', reason: 'text[]', before: 'jsonb[]', after: 'jsonb[]' },
    { occurred_at: localOrNow('occurred_at') },
  );

  buildPast(spec: DemoAssembly, coopId: string): void {
    const ctx = this.ctx;
    const rng = seeded(spec.key);
    const statutes = ctx.statutes.get(coopId);
    if (!statutes) throw new Error(`Demo assemblies: no statutes for ${spec.cooperative}`);
    const chair = ctx.person(CHAIR[spec.cooperative]);
    const secretariat = ctx.person(SECRETARIAT[spec.cooperative]);
    const id = randomUUID();
    const days = [spec.startsAt.slice(0, 10), spec.endsAt.slice(0, 10)];
    const start = secondsOf(spec.startsAt.slice(11));
    const opened = clock(days[0], start - 45 * 60);
    const createdOn = addDays(spec.recordDate, -14);
    const isLogin = (m: Member) => !m.email.includes('@members.');

    // The voter list frozen on the record date, as convening it would.
    const voters = ctx.members.filter((m) => m.cooperativeId === coopId && m.joined <= spec.recordDate && (m.left === null || m.left > spec.recordDate));
    this.voterLists.push([id, coopId, spec.recordDate]);
    const onList = new Set(voters.map((v) => v.id));

    // Who came: the logins named, then office holders first, the rest at random.
    const present = new Map<string, AttendanceMode>();
    for (const [email, mode] of Object.entries(spec.logins.present)) {
      const p = ctx.person(email);
      if (!onList.has(p.id)) throw new Error(`Demo assemblies: ${email} is not on the voter list of ${spec.key}`);
      present.set(p.id, mode);
    }
    const generated = voters.filter((v) => !isLogin(v));
    const keen = (v: Member) => (v.offices.some((o) => o !== 'ETHICS_COMMITTEE') ? 0.7 : v.offices.length ? 0.4 : 0);
    const byKeenness = generated.map((v) => ({ v, key: rng() - keen(v) })).sort((a, b) => a.key - b.key).map((x) => x.v);
    const onlineLogins = [...present.values()].filter((m) => m === 'ONLINE').length;
    const comers = byKeenness.slice(0, spec.present - present.size);
    const online = new Set(shuffled(comers, rng).slice(0, spec.online - onlineLogins).map((v) => v.id));
    for (const v of comers) present.set(v.id, online.has(v.id) ? 'ONLINE' : 'IN_PERSON');
    const voterById = new Map(voters.map((v) => [v.id, v]));
    for (const [personId, mode] of present) {
      // Most check in as the doors open; on a second day some come only then.
      const late = days[1] !== days[0] && rng() < 0.15;
      const at = late ? clock(days[1], secondsOf('09:00') + Math.floor(rng() * 55 * 60)) : clock(days[0], start - 44 * 60 + Math.floor(rng() * 70 * 60));
      const by = mode === 'ONLINE' ? personId : secretariat.id;
      // Not replayed into the audit trail: the attendance row itself says who checked whom in, and when.
      this.attendance.add({ assembly_id: id, person_id: personId, mode, checked_in_at: at, checked_in_by: by });
    }

    // Proxies: absent members to members present, at most two per holder, no chains.
    const cap = Math.min(2, statutes.proxyCap);
    const held = new Map<string, number>();
    const grants: [grantor: string, holder: string][] = (spec.logins.proxies ?? []).map(([g, h]) => [ctx.person(g).id, ctx.person(h).id]);
    for (const [, h] of grants) held.set(h, (held.get(h) ?? 0) + 1);
    const absent = shuffled(generated.filter((v) => !present.has(v.id)), rng);
    const holders = shuffled(comers, rng);
    let h = 0;
    for (const grantor of absent.slice(0, spec.proxies - grants.length)) {
      const holder = holders[h];
      if (!holder) throw new Error(`Demo assemblies: too few members present at ${spec.key} to hold its proxies`);
      grants.push([grantor.id, holder.id]);
      held.set(holder.id, (held.get(holder.id) ?? 0) + 1);
      if ((held.get(holder.id) ?? 0) >= cap || rng() < 0.6) h++;
    }
    const represented = new Map<string, string>();
    for (const [grantor, holder] of grants) {
      if (present.has(grantor) || !present.has(holder) || (held.get(holder) ?? 0) > statutes.proxyCap)
        throw new Error(`Demo assemblies: a proxy of ${spec.key} breaks the rules`);
      represented.set(grantor, holder);
      const selfGiven = rng() < 0.35;
      const at = clock(addDays(spec.recordDate, 1 + Math.floor(rng() * 16)), secondsOf('09:00') + Math.floor(rng() * 9 * 3600));
      const by = selfGiven ? grantor : secretariat.id;
      const proxyId = randomUUID();
      this.proxies.add({ id: proxyId, assembly_id: id, grantor_id: grantor, holder_id: holder, granted_at: at, granted_by: by });
      this.audit.add({
        occurred_at: at, actor_id: by, action: 'proxy.grant', subject_type: 'assembly', subject_id: id, cooperative_id: coopId,
        after: { proxyId, grantorId: grantor, holderId: holder, registeredBySecretariat: !selfGiven },
      });
    }

    // The agenda, and a vote on each motion and election, one after the other.
    const clocks = spec.votesFrom.map((t) => secondsOf(t));
    let firstPoll: string | null = null;
    const createdAt = (i: number) => clock(createdOn, secondsOf('10:00') + i * 60);
    this.audit.add({
      occurred_at: createdAt(0), actor_id: secretariat.id, action: 'assembly.create', subject_type: 'assembly', subject_id: id, cooperative_id: coopId,
      after: { kind: 'ORDINARY', title: nlText(spec.title), quorumPercent: statutes.quorumPercent, quorumBasis: statutes.quorumBasis, proxyCap: statutes.proxyCap },
    });
    spec.items.forEach((item, i) => {
      const itemId = randomUUID();
      const day = item.day ?? 0;
      const { title, body, proposalId } = this.itemText(item, coopId, spec.key);
      const pollId = item.kind === 'INFORMATION' ? null : randomUUID();
      if (item.kind === 'MOTION' && !item.votes) throw new Error(`Demo assemblies: motion ${i + 1} of ${spec.key} has no votes`);
      this.items.add(this.itemRow(itemId, id, i + 1, item, title, body, proposalId, statutes, createdAt(i + 1)));
      this.audit.add({
        occurred_at: createdAt(i + 1), actor_id: secretariat.id, action: 'assembly.addAgendaItem', subject_type: 'assembly', subject_id: id, cooperative_id: coopId,
        after: { agendaItemId: itemId, position: i + 1, kind: item.kind, actionProposalId: proposalId, secret: item.secret ?? false, pollId },
      });
      if (!pollId) {
        clocks[day] += 15 * 60;
        return;
      }
      const election = item.kind === 'ELECTION';
      const openAt = clocks[day];
      const closeAt = openAt + (election ? 25 : 5) * 60;
      const publishAt = closeAt + (election ? 5 : 1) * 60 + 12;
      clocks[day] += (election ? 32 : 8) * 60;
      const on = days[day];
      firstPoll ??= clock(on, openAt);
      const cands = election ? this.pickCandidates(item, itemId, coopId, spec, rng) : [];
      this.polls.add({
        id: pollId, assembly_id: id, agenda_item_id: itemId, method: election ? 'APPROVAL' : 'MOTION', secret: item.secret ?? false, status: 'PUBLISHED',
        opened_at: clock(on, openAt), opened_by: chair.id, closed_at: clock(on, closeAt), closed_by: chair.id, published_at: clock(on, publishAt), published_by: chair.id,
      });
      // Ballots: nearly everyone present votes, and each holder for the members they represent.
      const turnout = 0.92 + rng() * 0.07;
      const cast: { voter: Member; by: string }[] = [];
      for (const [personId] of present) {
        const voter = voterById.get(personId) as Member;
        if (isLogin(voter) || rng() < turnout) cast.push({ voter, by: personId });
      }
      for (const [grantor, holder] of represented) {
        if (isLogin(voterById.get(holder) as Member) || rng() < turnout) cast.push({ voter: voterById.get(grantor) as Member, by: holder });
      }
      const receipt = receipts(rng);
      const choices = election ? null : this.allocate(item.votes as DemoVotes, cast.length, rng);
      const picks = election ? this.approve(cands, item.election?.seats ?? 1, cast.length, rng) : null;
      const secretRows: Row[] = [];
      cast.forEach(({ voter, by }, n) => {
        const choice = choices ? choices[n] : null;
        const approvals = picks ? picks[n] : null;
        if (item.secret) {
          this.participation.add({ poll_id: pollId, voter_id: voter.id, cast_by: by });
          secretRows.push({ poll_id: pollId, choice, approvals, college: voter.category, receipt: receipt() });
        } else {
          const at = clock(on, openAt + 10 + Math.floor(rng() * ((closeAt - openAt) - 20)));
          this.ballots.add({ poll_id: pollId, voter_id: voter.id, cast_by: by, choice, approvals, college: voter.category, receipt: receipt(), cast_at: at });
        }
      });
      // Secret ballots are stored in no particular order: nothing in their rows follows the voters.
      for (const row of shuffled(secretRows, rng)) this.secretBallots.add(row);
      this.past.push({
        id: pollId, assemblyId: id, agendaItemId: itemId, method: election ? 'APPROVAL' : 'MOTION', secret: item.secret ?? false, cooperativeId: coopId, chairId: chair.id,
        openedAt: clock(on, openAt), closedAt: clock(on, closeAt), publishedAt: clock(on, publishAt), proposalId,
        expectElected: election ? cands.slice(0, item.election?.seats ?? 1).map((c) => c.id) : null,
        label: `${spec.key} item ${i + 1}`,
      });
      if (item.ethicsOpinionOn) this.solidarity.push({ coopId, itemId, writtenOn: item.ethicsOpinionOn });
    });
    const closedAt = clock(days[1], secondsOf(spec.endsAt.slice(11)));
    this.audit.add({
      occurred_at: clock(spec.recordDate, secondsOf('18:00')), actor_id: chair.id, action: 'assembly.convene', subject_type: 'assembly', subject_id: id, cooperative_id: coopId,
      before: { status: 'DRAFT' },
      after: { status: 'CONVENED', recordDate: spec.recordDate, entitledMembers: voters.length, entitledShares: voters.reduce((n, v) => n + v.shares, 0) },
    });
    this.audit.add({ occurred_at: opened, actor_id: chair.id, action: 'assembly.open', subject_type: 'assembly', subject_id: id, cooperative_id: coopId, before: { status: 'CONVENED' }, after: { status: 'IN_SESSION' } });
    this.audit.add({ occurred_at: closedAt, actor_id: chair.id, action: 'assembly.close', subject_type: 'assembly', subject_id: id, cooperative_id: coopId, before: { status: 'IN_SESSION' }, after: { status: 'CLOSED' } });
    this.assemblies.add({
      id, cooperative_id: coopId, kind: 'ORDINARY', title: spec.title, starts_at: spec.startsAt, ends_at: spec.endsAt, place: spec.place, online_url: spec.onlineUrl ?? null,
      status: 'CLOSED', quorum_percent: statutes.quorumPercent, quorum_basis: statutes.quorumBasis, proxy_cap: statutes.proxyCap, record_date: spec.recordDate,
      convened_at: clock(spec.recordDate, secondsOf('18:00')), convened_by: chair.id, proxies_frozen_at: firstPoll, opened_at: opened, closed_at: closedAt,
      created_by: secretariat.id, created_at: createdAt(0),
    });
  }

  /** The upcoming assembly: convened today, two weeks ahead; voters frozen today, no check-in, no vote open. */
  buildNext(coopId: string): void {
    const ctx = this.ctx;
    const spec = DEMO_NEXT_ASSEMBLY;
    const rng = seeded('be-next');
    const statutes = ctx.statutes.get(coopId);
    if (!statutes) throw new Error('Demo assemblies: no statutes for the next assembly');
    const chair = ctx.person(CHAIR[spec.cooperative]);
    const secretariat = ctx.person(SECRETARIAT[spec.cooperative]);
    const id = randomUUID();
    const day = addDays(ctx.brusselsToday, spec.daysAhead);
    const voters = ctx.members.filter((m) => m.cooperativeId === coopId && m.joined <= ctx.today && (m.left === null || m.left > ctx.today));
    this.voterLists.push([id, coopId, ctx.today]);
    this.audit.add({
      actor_id: secretariat.id, action: 'assembly.create', subject_type: 'assembly', subject_id: id, cooperative_id: coopId,
      after: { kind: 'ORDINARY', title: nlText(spec.title), quorumPercent: statutes.quorumPercent, quorumBasis: statutes.quorumBasis, proxyCap: statutes.proxyCap },
    });
    spec.items.forEach((item: DemoAgendaItem, i) => {
      const itemId = randomUUID();
      const { title, body, proposalId } = this.itemText(item, coopId, 'be-next');
      const pollId = item.kind === 'INFORMATION' ? null : randomUUID();
      this.items.add(this.itemRow(itemId, id, i + 1, item, title, body, proposalId, statutes, null));
      if (item.kind === 'ELECTION') this.pickCandidates(item, itemId, coopId, { key: 'be-next', recordDate: ctx.today }, rng);
      if (pollId) this.polls.add({ id: pollId, assembly_id: id, agenda_item_id: itemId, method: item.kind === 'ELECTION' ? 'APPROVAL' : 'MOTION', secret: item.secret ?? false, status: 'DRAFT' });
      this.audit.add({
        actor_id: secretariat.id, action: 'assembly.addAgendaItem', subject_type: 'assembly', subject_id: id, cooperative_id: coopId,
        after: { agendaItemId: itemId, position: i + 1, kind: item.kind, actionProposalId: proposalId, secret: item.secret ?? false, pollId },
      });
    });
    this.audit.add({
      actor_id: chair.id, action: 'assembly.convene', subject_type: 'assembly', subject_id: id, cooperative_id: coopId, before: { status: 'DRAFT' },
      after: { status: 'CONVENED', recordDate: ctx.today, entitledMembers: voters.length, entitledShares: voters.reduce((n, v) => n + v.shares, 0) },
    });
    // A few members without a demo login have given their proxy already; the logins hold none.
    const plain = shuffled(voters.filter((v) => v.email.includes('@members.') && v.offices.length === 0), rng);
    for (let n = 0; n < spec.proxies; n++) {
      const [grantor, holder] = [plain[2 * n], plain[2 * n + 1]];
      const proxyId = randomUUID();
      this.proxies.add({ id: proxyId, assembly_id: id, grantor_id: grantor.id, holder_id: holder.id, granted_at: null, granted_by: grantor.id });
      this.audit.add({
        actor_id: grantor.id, action: 'proxy.grant', subject_type: 'assembly', subject_id: id, cooperative_id: coopId,
        after: { proxyId, grantorId: grantor.id, holderId: holder.id, registeredBySecretariat: false },
      });
    }
    this.assemblies.add({
      id, cooperative_id: coopId, kind: 'ORDINARY', title: spec.title, starts_at: `${day} ${spec.startsAt}`, ends_at: `${day} ${spec.endsAt}`, place: spec.place,
      online_url: spec.onlineUrl, status: 'CONVENED', quorum_percent: statutes.quorumPercent, quorum_basis: statutes.quorumBasis, proxy_cap: statutes.proxyCap,
      record_date: ctx.today, convened_at: null, convened_by: chair.id, proxies_frozen_at: null, opened_at: null, closed_at: null, created_by: secretariat.id, created_at: null,
    });
  }

  /** Title and body: a motion from a proposal takes the proposal's, as the API does. */
  private itemText(
    item: DemoAgendaItem,
    coopId: string,
    key: string,
  ): { title: Tx; body: Tx | null; proposalId: string | null } {
    if (item.proposal) {
      const p = this.ctx.proposalOf(coopId, item.proposal);
      return { title: p.fullTitle, body: p.body, proposalId: p.id };
    }
    if (!item.title) throw new Error(`Demo assemblies: an item of ${key} has no title`);
    return { title: item.title, body: item.body ?? null, proposalId: null };
  }

  private itemRow(
    id: string,
    assemblyId: string,
    position: number,
    item: DemoAgendaItem,
    title: Tx,
    body: Tx | null,
    proposalId: string | null,
    statutes: Statutes,
    createdAt: string | null,
  ): Row {
    const votes = item.kind !== 'INFORMATION';
    return {
      id, assembly_id: assemblyId, position, kind: item.kind, title, body, action_proposal_id: proposalId,
      majority_rule: votes ? (item.majorityRule ?? statutes.majority) : null, abstentions_count: votes ? statutes.abstentions : null,
      quorum_percent: votes ? statutes.quorumPercent : null, quorum_basis: votes ? statutes.quorumBasis : null, weight_mode: votes ? statutes.mode : null,
      seats: item.kind === 'ELECTION' ? item.election?.seats : null, election_method: item.kind === 'ELECTION' ? 'APPROVAL' : null, secret: votes ? (item.secret ?? false) : false, created_at: createdAt,
    };
  }

  /**
   * The candidates of an election, from the register: demo logins by e-mail, office holders, or
   * members with no office who had joined by the record date. Returned most approved first (each
   * with the share of ballots meant to approve them); listed on the ballot by name.
   */
  private pickCandidates(
    item: DemoAgendaItem,
    itemId: string,
    coopId: string,
    spec: { key: string; recordDate: string },
    rng: () => number,
  ): { id: string; approval: number }[] {
    const ctx = this.ctx;
    const taken = new Set<string>();
    const chosen: { person: Member; approval: number }[] = [];
    const mine = ctx.members.filter((m) => m.cooperativeId === coopId);
    for (const group of item.election?.candidates ?? ([] as DemoCandidates[])) {
      let people: Member[];
      if (group.source === 'LOGIN') {
        people = [ctx.person(group.email)];
      } else {
        const generated = mine.filter((m) => m.email.includes('@members.') && !taken.has(m.id));
        const pool =
          group.source === 'MEMBER'
            ? generated.filter((m) => m.offices.length === 0 && m.category !== 'PERMANENT_STAFF' && m.joined <= spec.recordDate)
            : group.source === 'ETHICS_COMMITTEE'
              ? mine.filter((m) => m.offices.includes('ETHICS_COMMITTEE'))
              : generated.filter((m) => m.offices.includes('BOARD_MEMBER') && !m.offices.includes('BOARD_CHAIR') && m.joined <= spec.recordDate);
        people = group.source === 'ETHICS_COMMITTEE' ? pool : shuffled(pool, rng).slice(0, group.count);
        if (people.length < group.count) throw new Error(`Demo assemblies: too few ${group.source} candidates for ${spec.key}`);
        people = shuffled(people, rng);
      }
      people.forEach((p, i) => {
        taken.add(p.id);
        const range = group.source === 'LOGIN' ? [group.approval ?? 0.5, group.approval ?? 0.5] : (group.approval ?? [0.5, 0.5]);
        const approval = people.length === 1 ? range[0] : range[0] + ((range[1] - range[0]) * i) / (people.length - 1);
        chosen.push({ person: p, approval });
      });
    }
    const ids = new Map(chosen.map((c) => [c.person.id, randomUUID()]));
    [...chosen]
      .sort((a, b) => a.person.name.localeCompare(b.person.name, 'nl') || a.person.email.localeCompare(b.person.email))
      .forEach((c, i) => this.candidates.add({ id: ids.get(c.person.id), agenda_item_id: itemId, person_id: c.person.id, name: c.person.name, position: i + 1 }));
    return chosen.sort((a, b) => b.approval - a.approval).map((c) => ({ id: ids.get(c.person.id) as string, approval: c.approval }));
  }

  /** Exactly the shares of yes, no and abstain, dealt out at random over the ballots. */
  private allocate(votes: DemoVotes, n: number, rng: () => number): BallotChoice[] {
    const yes = Math.round(n * votes[0]);
    const abstain = Math.round(n * votes[2]);
    const choices: BallotChoice[] = [
      ...Array<BallotChoice>(yes).fill('YES'),
      ...Array<BallotChoice>(Math.max(0, n - yes - abstain)).fill('NO'),
      ...Array<BallotChoice>(abstain).fill('ABSTAIN'),
    ].slice(0, n);
    return shuffled(choices, rng);
  }

  /** Approval ballots: each candidate approved with their share, at most `seats` each; a few blank. */
  private approve(candidates: { id: string; approval: number }[], seats: number, n: number, rng: () => number): string[][] {
    return Array.from({ length: n }, () => {
      if (rng() < 0.015) return [];
      const picked = candidates.filter((c) => rng() < c.approval).map((c) => c.id);
      while (picked.length > seats) picked.splice(Math.floor(rng() * picked.length), 1);
      return picked;
    });
  }

  /** The outcome the story needs (adopted motions pass, the intended candidates win), then its audit trail. */
  checkAndAudit(poll: PastPoll, result: FrozenPollResult): void {
    if (!result.passed) throw new Error(`Demo assemblies: ${poll.label} did not pass (${result.outcome})`);
    if (poll.expectElected) {
      const elected = new Set(result.election?.elected ?? []);
      if (poll.expectElected.some((c) => !elected.has(c))) throw new Error(`Demo assemblies: ${poll.label} elected others than intended`);
    }
    const base = { actor_id: poll.chairId, subject_type: 'poll', subject_id: poll.id, cooperative_id: poll.cooperativeId };
    this.audit.add({ ...base, occurred_at: poll.openedAt, action: 'poll.open', before: { status: 'DRAFT' }, after: { status: 'OPEN' } });
    this.audit.add({
      ...base, occurred_at: poll.closedAt, action: 'poll.close', before: { status: 'OPEN' },
      after: { status: 'CLOSED', outcome: result.outcome, passed: result.passed, ballots: result.ballots },
    });
    if (poll.proposalId) {
      this.audit.add({
        ...base, occurred_at: poll.publishedAt, action: 'actionProposal.adopt', subject_type: 'action_proposal', subject_id: poll.proposalId,
        reason: `General assembly vote: ${result.outcome}`, before: { status: 'ON_AGENDA' }, after: { status: 'ADOPTED', pollId: poll.id },
      });
    }
    this.audit.add({ ...base, occurred_at: poll.publishedAt, action: 'poll.publish', before: { status: 'CLOSED' }, after: { status: 'PUBLISHED', outcome: result.outcome, passed: result.passed } });
  }

  async insertAll(manager: EntityManager): Promise<void> {
    await this.assemblies.insert(manager);
    await manager.query(
      `INSERT INTO assembly_voter (assembly_id, person_id, category, shares)
       SELECT t.id, m.person_id, m.category, m.shares FROM unnest($1::uuid[], $2::uuid[], $3::date[]) AS t(id, cooperative_id, record_date)
       JOIN membership m ON m.cooperative_id = t.cooperative_id AND m.joined_on <= t.record_date AND (m.left_on IS NULL OR m.left_on > t.record_date)`,
      [0, 1, 2].map((i) => this.voterLists.map((v) => v[i])),
    );
    for (const bulk of [this.attendance, this.proxies, this.items, this.candidates, this.polls, this.ballots, this.participation, this.secretBallots]) {
      await bulk.insert(manager);
    }
  }

  /** The audit trail in the order things happened; today's events (no time given) last. */
  async insertAudit(manager: EntityManager): Promise<void> {
    this.audit.rows.sort((a, b) => (a.occurred_at ? (b.occurred_at ? String(a.occurred_at).localeCompare(String(b.occurred_at)) : -1) : b.occurred_at ? 1 : 0));
    await this.audit.insert(manager);
  }
}
