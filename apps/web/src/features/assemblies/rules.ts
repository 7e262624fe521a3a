import {
  STAKEHOLDER_CATEGORIES,
  type AgendaItemKind,
  type AssemblyStatus,
  type ElectionMethod,
  type Language,
  type MajorityRule,
  type PollStatus,
  type QuorumBasis,
  type SeatBody,
  type StakeholderCategory,
  type VotingWeightMode,
} from '@letscoop/domain';
import type { TFunction } from 'i18next';
import { formatDateTime, formatPercent } from '../../app/format';
import { INTL_LOCALES } from '../../app/language';

/** The voting rule of an agenda item, as the API sends it. */
export interface AgendaRule {
  kind: AgendaItemKind;
  majorityRule?: MajorityRule | null;
  abstentionsCount?: boolean | null;
  quorumPercent?: number | null;
  quorumBasis?: QuorumBasis | null;
  weightMode?: VotingWeightMode | null;
  seats?: number | null;
  /** ELECTION only: how the seats are won. */
  electionMethod?: ElectionMethod | null;
}

/**
 * The rule of an agenda item in a few words, e.g. "two-thirds, abstentions not counted,
 * quorum 5% of members". Null for an information item (nothing is voted).
 */
export function ruleSummary(item: AgendaRule, t: TFunction, language: Language): string | null {
  if (item.kind === 'INFORMATION') return null;
  const parts: string[] = [];
  if (item.kind === 'ELECTION') {
    if (item.seats != null) parts.push(t('assemblies.rule.seats', { count: item.seats }));
    if (item.electionMethod) parts.push(t(`assemblies.rule.electionMethod.${item.electionMethod}`));
  }
  if (item.majorityRule) parts.push(t(`assemblies.rule.majority.${item.majorityRule}`));
  if (item.abstentionsCount != null) {
    parts.push(
      t(item.abstentionsCount ? 'assemblies.rule.abstentionsCounted' : 'assemblies.rule.abstentionsNotCounted'),
    );
  }
  if (item.quorumPercent != null) {
    parts.push(
      item.quorumPercent > 0
        ? t(`assemblies.rule.quorum.${item.quorumBasis ?? 'MEMBERS'}`, {
            percent: formatPercent(item.quorumPercent, language),
          })
        : t('assemblies.rule.noQuorum'),
    );
  }
  if (item.weightMode && item.weightMode !== 'ONE_MEMBER_ONE_VOTE')
    parts.push(t(`assemblies.rule.weight.${item.weightMode}`));
  return parts.join(', ');
}

/** Badge colours that keep AA contrast with the theme's light-variant overrides. */
export const ASSEMBLY_STATUS_COLOR: Record<AssemblyStatus, string> = {
  DRAFT: 'gray',
  CONVENED: 'blue',
  IN_SESSION: 'green',
  CLOSED: 'violet',
};

export const POLL_STATUS_COLOR: Record<PollStatus, string> = {
  DRAFT: 'gray',
  OPEN: 'green',
  CLOSED: 'orange',
  PUBLISHED: 'blue',
};

interface Dated {
  status: AssemblyStatus;
  startsAt: string;
  endsAt?: string | null;
}

/**
 * Upcoming (soonest first) and past (latest first). An assembly in session is upcoming whatever
 * the clock says; a closed one is past; otherwise it stays upcoming until its last day has ended.
 */
export function splitAssemblies<T extends Dated>(assemblies: readonly T[], now: Date): { upcoming: T[]; past: T[] } {
  const isUpcoming = (a: T) => {
    if (a.status === 'IN_SESSION') return true;
    if (a.status === 'CLOSED') return false;
    const end = new Date(a.endsAt ?? a.startsAt);
    end.setHours(23, 59, 59, 999);
    return end.getTime() >= now.getTime();
  };
  const upcoming = assemblies.filter(isUpcoming).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = assemblies.filter((a) => !isUpcoming(a)).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return { upcoming, past };
}

export interface QuorumFigures {
  reached: boolean;
  required: number;
  actual: number;
}

/** How far towards the quorum, 0–100, for a progress bar. */
export function quorumProgress(quorum: QuorumFigures): number {
  if (quorum.required <= 0) return 100;
  return Math.min(100, Math.round((quorum.actual / quorum.required) * 1000) / 10);
}

export function byPosition<T extends { position: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.position - b.position);
}

export interface StatutesDefaults {
  quorumPercent: number;
  quorumBasis: QuorumBasis;
  defaultMajority: MajorityRule;
  abstentionsCount: boolean;
  votingWeightMode: VotingWeightMode;
}

/** What the agenda form holds; numbers as typed, parsed on submit. */
export interface AgendaForm {
  kind: AgendaItemKind;
  title: string;
  body: string;
  majorityRule: MajorityRule;
  abstentionsCount: boolean;
  quorumPercent: string;
  quorumBasis: QuorumBasis;
  weightMode: VotingWeightMode;
  collegeWeights: Record<StakeholderCategory, string>;
  secret: boolean;
  seats: string;
  /** ELECTION: the most approved take the seats, or each also needs more than half of the ballots. */
  electionMethod: ElectionMethod;
  /** Typed names, for an election that fills no body's seats. */
  candidates: string[];
  /** ELECTION: the body whose seats it fills; its candidates are then members, chosen by search. */
  fillsSeatsOf: SeatBody | null;
  memberCandidates: CandidateMember[];
}

/** A member chosen as a candidate: the name is the one the search showed. */
export interface CandidateMember {
  personId: string;
  name: string;
}

/** A new agenda item starts from the statutes' settings; elections are secret unless the convenor says otherwise. */
export function agendaFormDefaults(statutes: StatutesDefaults, kind: AgendaItemKind = 'MOTION'): AgendaForm {
  return {
    kind,
    title: '',
    body: '',
    majorityRule: statutes.defaultMajority,
    abstentionsCount: statutes.abstentionsCount,
    quorumPercent: String(statutes.quorumPercent),
    quorumBasis: statutes.quorumBasis,
    weightMode: statutes.votingWeightMode,
    collegeWeights: Object.fromEntries(STAKEHOLDER_CATEGORIES.map((c) => [c, '1'])) as Record<
      StakeholderCategory,
      string
    >,
    secret: kind === 'ELECTION',
    seats: '1',
    electionMethod: 'APPROVAL',
    candidates: ['', ''],
    fillsSeatsOf: null,
    memberCandidates: [],
  };
}

/** "5", "5,5", "12.5 %" → 5, 5.5, 12.5; NaN when it is not a number. */
export function parseDecimal(value: string): number {
  const cleaned = value.replace(/[%\s]/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return Number.NaN;
  return Number(cleaned);
}

export interface AgendaItemInputShape {
  assemblyId: string;
  kind: AgendaItemKind;
  title: string;
  body: string | null;
  language: Language;
  majorityRule?: MajorityRule;
  abstentionsCount?: boolean;
  quorumPercent?: number;
  quorumBasis?: QuorumBasis;
  weightMode?: VotingWeightMode;
  collegeWeights?: { college: StakeholderCategory; weight: number }[];
  secret: boolean;
  seats?: number;
  electionMethod?: ElectionMethod;
  candidates?: { name: string; personId?: string }[];
  fillsSeatsOf?: SeatBody;
}

/** Locale keys (under assemblies.agendaForm.problem) of what is wrong with the form. */
export type AgendaFormProblem = 'title' | 'quorum' | 'seats' | 'candidates' | 'memberCandidates' | 'collegeWeights';

/** The AddAgendaItemInput for the form, or what must be fixed first. */
export function toAgendaItemInput(
  form: AgendaForm,
  assemblyId: string,
  language: Language,
): { input: AgendaItemInputShape; problems: [] } | { input: null; problems: AgendaFormProblem[] } {
  const problems: AgendaFormProblem[] = [];
  const title = form.title.trim();
  if (!title) problems.push('title');
  const base = { assemblyId, kind: form.kind, title, body: form.body.trim() || null, language };
  if (form.kind === 'INFORMATION') {
    return problems.length ? { input: null, problems } : { input: { ...base, secret: false }, problems: [] };
  }
  const quorumPercent = parseDecimal(form.quorumPercent);
  if (Number.isNaN(quorumPercent) || quorumPercent > 100) problems.push('quorum');
  let collegeWeights: { college: StakeholderCategory; weight: number }[] | undefined;
  if (form.weightMode === 'COLLEGES') {
    collegeWeights = STAKEHOLDER_CATEGORIES.map((college) => ({
      college,
      weight: Number(form.collegeWeights[college]),
    }));
    if (
      collegeWeights.some((w) => !Number.isInteger(w.weight) || w.weight < 0) ||
      collegeWeights.every((w) => w.weight === 0)
    ) {
      problems.push('collegeWeights');
    }
  }
  const rule = {
    majorityRule: form.majorityRule,
    abstentionsCount: form.abstentionsCount,
    quorumPercent,
    quorumBasis: form.quorumBasis,
    weightMode: form.weightMode,
    ...(collegeWeights ? { collegeWeights } : {}),
    secret: form.secret,
  };
  if (form.kind === 'ELECTION') {
    const seats = Number(form.seats);
    if (!Number.isInteger(seats) || seats < 1) problems.push('seats');
    if (form.fillsSeatsOf) {
      // Seats on a body go to members only: each candidate is a person, never a typed name.
      const candidates = form.memberCandidates.filter(
        (c, i, all) => all.findIndex((d) => d.personId === c.personId) === i,
      );
      if (candidates.length === 0) problems.push('memberCandidates');
      if (problems.length) return { input: null, problems };
      return {
        input: {
          ...base,
          ...rule,
          seats,
          electionMethod: form.electionMethod,
          fillsSeatsOf: form.fillsSeatsOf,
          candidates: candidates.map(({ name, personId }) => ({ name, personId })),
        },
        problems: [],
      };
    }
    const candidates = form.candidates.map((name) => name.trim()).filter(Boolean);
    if (candidates.length === 0) problems.push('candidates');
    if (problems.length) return { input: null, problems };
    return {
      input: {
        ...base,
        ...rule,
        seats,
        electionMethod: form.electionMethod,
        candidates: candidates.map((name) => ({ name })),
      },
      problems: [],
    };
  }
  if (problems.length) return { input: null, problems };
  return { input: { ...base, ...rule }, problems: [] };
}

export interface ProposalLike {
  id: string;
  status: string;
}

/**
 * The recommendations whose proposals can still be put on this agenda: those the board put to the
 * assembly (ON_AGENDA) and that are not on it yet.
 */
export function proposalsToOffer<R extends { proposals: readonly ProposalLike[] }>(
  recommendations: readonly R[],
  onAgenda: ReadonlySet<string>,
): { recommendation: R; proposals: R['proposals'][number][]; none: boolean }[] {
  return recommendations
    .map((recommendation) => ({
      recommendation,
      proposals: recommendation.proposals.filter((p) => p.status === 'ON_AGENDA' && !onAgenda.has(p.id)),
      // None of its proposals is on this agenda yet: "add them all" adds exactly those offered.
      none: !recommendation.proposals.some((p) => onAgenda.has(p.id)),
    }))
    .filter((entry) => entry.proposals.length > 0);
}

export interface Participation {
  entitled: boolean;
  proxyGiven?: { id: string } | null;
  proxiesHeld: readonly { id: string }[];
  checkedIn: boolean;
}

/**
 * What the "give my proxy" part of the participation card offers: the form, or why not.
 * The API decides in the end (cap, chains); this only hides what cannot work.
 */
export function proxyOffer(
  me: Participation | null | undefined,
  assembly: { status: AssemblyStatus; proxiesOpen: boolean },
): 'form' | 'notEntitled' | 'given' | 'holdsProxies' | 'closed' | 'notYet' {
  if (!me?.entitled) return 'notEntitled';
  if (me.proxyGiven) return 'given';
  if (assembly.status === 'DRAFT') return 'notYet';
  if (assembly.status === 'CLOSED' || !assembly.proxiesOpen) return 'closed';
  if (me.proxiesHeld.length > 0) return 'holdsProxies';
  return 'form';
}

/** The minutes as the API serves them beside GraphQL (REST, with the session cookie). */
export function minutesUrl(assemblyId: string, format: 'pdf' | 'csv'): string {
  return `/api/assemblies/${encodeURIComponent(assemblyId)}/minutes.${format}`;
}

/** "17 Jun 2019, 09:30 – 18 Jun 2019, 17:00" or, on one day, "17 Jun 2019, 09:30 – 17:00", in the reader's locale. */
export function formatAssemblyDates(startsAt: string, endsAt: string | null | undefined, language: Language): string {
  const start = new Date(startsAt);
  const end = endsAt ? new Date(endsAt) : null;
  if (!end || Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end <= start) {
    return formatDateTime(startsAt, language);
  }
  return new Intl.DateTimeFormat(INTL_LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' }).formatRange(
    start,
    end,
  );
}

/** The edition to look in first: the newest one at the assembly stage, else the newest. */
export function defaultSourceEdition<E extends { number: number; status: string }>(editions: readonly E[]): E | null {
  const newest = [...editions].sort((a, b) => b.number - a.number);
  return newest.find((e) => e.status === 'AT_ASSEMBLY') ?? newest[0] ?? null;
}
