import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import {
  humanText,
  type AgendaItemKind,
  type AssemblyStatus,
  type ElectionMethod,
  type MajorityRule,
  type PollStatus,
  type QuorumBasis,
  type StakeholderCategory,
  type VotingWeightMode,
} from '@letscoop/domain';
import { PASSWORD } from './fixtures.js';
import type { TestApp } from './test-app.js';

/**
 * General assemblies straight in SQL, fast enough for thousands of voters (a few set-based
 * INSERTs, one password hash for all), for the tests of any assembly feature.
 *
 *   const a = await seedAssembly(t, { cooperativeId, voters: 20, status: 'IN_SESSION', checkedIn: 10,
 *                                     proxies: [[10, 0]], items: [{ kind: 'MOTION', secret: true, pollStatus: 'OPEN' }] });
 *   // a.voters[i] = { id, email, shares, category }; sign in with { email, password: PASSWORD }.
 *   // a.items[0].pollId is the motion's poll.
 *
 * The voters are new people with a membership in the cooperative (joined 2020-01-01); with a
 * status past DRAFT they are on the frozen voter list (record date today), together with
 * `alsoEntitled` (people seeded before, e.g. the chair; their membership's category and shares
 * are copied). In DRAFT nobody is on the list, as before a real convocation.
 */
export interface SeedAgendaItem {
  kind?: AgendaItemKind; // default MOTION
  title?: string;
  majorityRule?: MajorityRule; // default SIMPLE
  abstentionsCount?: boolean; // default false
  quorumPercent?: number; // default: the assembly's
  quorumBasis?: QuorumBasis; // default: the assembly's
  weightMode?: VotingWeightMode; // default ONE_MEMBER_ONE_VOTE
  collegeWeights?: Partial<Record<StakeholderCategory, number>>; // with COLLEGES
  secret?: boolean; // default false
  seats?: number; // ELECTION, default 1
  electionMethod?: ElectionMethod; // ELECTION, default APPROVAL
  candidates?: string[]; // ELECTION, names; default two candidates
  /** The poll's status (DRAFT by default); OPEN and later set opened_at (and freeze the proxies). */
  pollStatus?: PollStatus;
  /** Makes it the motion of this action proposal (its status is left as it is). */
  actionProposalId?: string;
}

export interface SeedAssemblyOptions {
  cooperativeId: string;
  /** How many new entitled members to create (default 10). */
  voters?: number;
  /** Default CONVENED. */
  status?: AssemblyStatus;
  /** People already in the cooperative to put on the voter list too (category and shares from their membership). */
  alsoEntitled?: string[];
  shares?: number | ((index: number) => number); // default 1
  category?: StakeholderCategory | ((index: number) => StakeholderCategory); // default WORKER_MEMBER
  quorumPercent?: number; // default 5
  quorumBasis?: QuorumBasis; // default MEMBERS
  proxyCap?: number; // default 2
  title?: string;
  /** Agenda items, in order; each vote gets its poll (default: one MOTION, DRAFT poll). */
  items?: SeedAgendaItem[];
  /** Voters checked in IN_PERSON: the first n, or these indexes of `voters`. */
  checkedIn?: number | number[];
  /** Proxies in force: [grantor index, holder index] into `voters`. */
  proxies?: [number, number][];
  /** Freeze the proxies as an opened poll does (default: when a poll is OPEN or later). */
  proxiesFrozen?: boolean;
  /** Give the voters the test password, so they can sign in (default true; one hash for all). */
  passwords?: boolean;
}

export interface SeededVoter {
  id: string;
  email: string;
  shares: number;
  category: StakeholderCategory;
}

export interface SeededAssembly {
  id: string;
  cooperativeId: string;
  voters: SeededVoter[];
  items: { id: string; kind: AgendaItemKind; pollId: string | null; candidateIds: string[] }[];
  proxyIds: string[];
}

let hashed: Promise<string> | undefined;
const passwordHash = (): Promise<string> => (hashed ??= argon2.hash(PASSWORD, { type: argon2.argon2id }));

export async function seedAssembly(t: TestApp, o: SeedAssemblyOptions): Promise<SeededAssembly> {
  const n = o.voters ?? 10;
  const status = o.status ?? 'CONVENED';
  const tag = randomBytes(4).toString('hex');
  const sharesOf = (i: number) => (typeof o.shares === 'function' ? o.shares(i) : (o.shares ?? 1));
  const categoryOf = (i: number) =>
    typeof o.category === 'function' ? o.category(i) : (o.category ?? 'WORKER_MEMBER');
  const items = o.items ?? [{}];
  const pollsStarted = items.some((i) => i.pollStatus && i.pollStatus !== 'DRAFT');
  const frozen = o.proxiesFrozen ?? pollsStarted;

  const hash = o.passwords === false ? null : await passwordHash();
  const people = await t.sql<{ id: string; i: number }>(
    `WITH rows AS (SELECT i, 'voter' || i || '-' || $2 || '@example.org' AS email FROM generate_series(0, $1 - 1) AS i),
          inserted AS (
            INSERT INTO person (email, display_name, search_name, preferred_language, password_hash)
            SELECT email, 'Voter ' || i || ' ' || $2, 'voter ' || i || ' ' || $2, 'nl', $3 FROM rows RETURNING id, email)
     SELECT inserted.id, rows.i FROM inserted JOIN rows USING (email) ORDER BY rows.i`,
    [n, tag, hash],
  );
  const voters: SeededVoter[] = people.map((p) => ({
    id: p.id,
    email: `voter${p.i}-${tag}@example.org`,
    shares: sharesOf(p.i),
    category: categoryOf(p.i),
  }));
  if (n > 0) {
    await t.sql(
      `INSERT INTO membership (person_id, cooperative_id, category, shares, share_class, joined_on)
       SELECT person_id, $1, category, shares, 'A', '2020-01-01' FROM unnest($2::uuid[], $3::text[], $4::int[]) AS v(person_id, category, shares)`,
      [o.cooperativeId, voters.map((v) => v.id), voters.map((v) => v.category), voters.map((v) => v.shares)],
    );
  }

  const convened = status !== 'DRAFT';
  const [{ id }] = await t.sql<{ id: string }>(
    `INSERT INTO assembly (cooperative_id, kind, title, starts_at, status, quorum_percent, quorum_basis, proxy_cap,
                           record_date, convened_at, opened_at, closed_at, proxies_frozen_at)
     VALUES ($1, 'ORDINARY', $2, now(), $3, $4, $5, $6,
             CASE WHEN $7 THEN current_date END, CASE WHEN $7 THEN now() END,
             CASE WHEN $3 IN ('IN_SESSION', 'CLOSED') THEN now() END, CASE WHEN $3 = 'CLOSED' THEN now() END,
             CASE WHEN $8 THEN now() END)
     RETURNING id`,
    [
      o.cooperativeId,
      humanText('en', o.title ?? `General assembly ${tag}`),
      status,
      o.quorumPercent ?? 5,
      o.quorumBasis ?? 'MEMBERS',
      o.proxyCap ?? 2,
      convened,
      frozen,
    ],
  );
  if (convened) {
    await t.sql(
      `INSERT INTO assembly_voter (assembly_id, person_id, category, shares)
       SELECT $1, person_id, category, shares FROM membership WHERE cooperative_id = $2 AND person_id = ANY($3::uuid[])`,
      [id, o.cooperativeId, [...voters.map((v) => v.id), ...(o.alsoEntitled ?? [])]],
    );
  }

  const seededItems: SeededAssembly['items'] = [];
  for (const [index, item] of items.entries()) {
    const kind = item.kind ?? 'MOTION';
    const votes = kind !== 'INFORMATION';
    const weightMode = item.weightMode ?? 'ONE_MEMBER_ONE_VOTE';
    const [row] = await t.sql<{ id: string }>(
      `INSERT INTO agenda_item (assembly_id, position, kind, title, action_proposal_id, majority_rule, abstentions_count,
                                quorum_percent, quorum_basis, weight_mode, college_weights, seats, secret, election_method)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [
        id,
        index + 1,
        kind,
        humanText(
          'en',
          item.title ??
            `${kind === 'ELECTION' ? 'Election' : kind === 'INFORMATION' ? 'Report' : 'Motion'} ${index + 1}`,
        ),
        item.actionProposalId ?? null,
        votes ? (item.majorityRule ?? 'SIMPLE') : null,
        votes ? (item.abstentionsCount ?? false) : null,
        votes ? (item.quorumPercent ?? o.quorumPercent ?? 5) : null,
        votes ? (item.quorumBasis ?? o.quorumBasis ?? 'MEMBERS') : null,
        votes ? weightMode : null,
        votes && weightMode === 'COLLEGES' ? JSON.stringify(item.collegeWeights ?? {}) : null,
        kind === 'ELECTION' ? (item.seats ?? 1) : null,
        votes ? (item.secret ?? false) : false,
        kind === 'ELECTION' ? (item.electionMethod ?? 'APPROVAL') : null,
      ],
    );
    let candidateIds: string[] = [];
    if (kind === 'ELECTION') {
      const names = item.candidates ?? ['Candidate A', 'Candidate B'];
      const rows = await t.sql<{ id: string; position: number }>(
        `INSERT INTO candidate (agenda_item_id, name, position)
         SELECT $1, name, ord::int FROM unnest($2::text[]) WITH ORDINALITY AS c(name, ord) RETURNING id, position`,
        [row.id, names],
      );
      candidateIds = rows.sort((a, b) => a.position - b.position).map((c) => c.id);
    }
    let pollId: string | null = null;
    if (votes) {
      const pollStatus = item.pollStatus ?? 'DRAFT';
      const [poll] = await t.sql<{ id: string }>(
        `INSERT INTO poll (assembly_id, agenda_item_id, method, secret, status, opened_at, closed_at, published_at)
         VALUES ($1, $2, $3, $4, $5,
                 CASE WHEN $5 <> 'DRAFT' THEN now() END,
                 CASE WHEN $5 IN ('CLOSED', 'PUBLISHED') THEN now() END,
                 CASE WHEN $5 = 'PUBLISHED' THEN now() END) RETURNING id`,
        [id, row.id, kind === 'ELECTION' ? 'APPROVAL' : 'MOTION', item.secret ?? false, pollStatus],
      );
      pollId = poll.id;
    }
    seededItems.push({ id: row.id, kind, pollId, candidateIds });
  }

  if (convened && o.checkedIn !== undefined) {
    const indexes = typeof o.checkedIn === 'number' ? [...Array(o.checkedIn).keys()] : o.checkedIn;
    const ids = indexes.map((i) => voters[i].id);
    await t.sql(
      `INSERT INTO assembly_attendance (assembly_id, person_id, mode, checked_in_by)
       SELECT $1, person_id, 'IN_PERSON', person_id FROM unnest($2::uuid[]) AS v(person_id)`,
      [id, ids],
    );
  }
  const proxyIds: string[] = [];
  for (const [grantor, holder] of o.proxies ?? []) {
    const [p] = await t.sql<{ id: string }>(
      `INSERT INTO proxy (assembly_id, grantor_id, holder_id, granted_by) VALUES ($1, $2, $3, $2) RETURNING id`,
      [id, voters[grantor].id, voters[holder].id],
    );
    proxyIds.push(p.id);
  }
  return { id, cooperativeId: o.cooperativeId, voters, items: seededItems, proxyIds };
}

/** An action proposal of a recommendation (status ON_AGENDA by default), for motions from the cycle. */
export async function seedActionProposal(
  t: TestApp,
  recommendationId: string,
  opts: { number?: number; title?: string; status?: 'PROPOSED' | 'ON_AGENDA' | 'ADOPTED' | 'REJECTED' } = {},
): Promise<string> {
  const [{ id }] = await t.sql<{ id: string }>(
    `INSERT INTO action_proposal (cooperative_id, recommendation_id, number, title, body, status)
     SELECT cooperative_id, id, $2, $3, $4, $5 FROM recommendation WHERE id = $1 RETURNING id`,
    [
      recommendationId,
      opts.number ?? 1,
      humanText('en', opts.title ?? 'Create a solidarity fund'),
      humanText('en', 'The cooperative sets aside 1 % of turnover.'),
      opts.status ?? 'ON_AGENDA',
    ],
  );
  return id;
}
