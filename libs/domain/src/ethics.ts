import type { Language } from './languages.js';
import type { TranslatedTextValue } from './translated-text.js';

/** The ethics committee: 15 members elected by the general assembly for two years, advisory to it. */
export const ETHICS_COMMITTEE_SEATS = 15;
export const ETHICS_MANDATE_YEARS = 2;
/** The secretariat is reminded this many days before a mandate ends, to prepare the election. */
export const ETHICS_REMINDER_DAYS = 60;

/** The three criteria of the statutes, in the order the committee judges them. */
export const ETHICS_CRITERIA = ['WORKING_CONDITIONS_AND_PAY', 'PURPOSE_AND_CONTEXT', 'ECOLOGICAL_FOOTPRINT'] as const;
export type EthicsCriterion = (typeof ETHICS_CRITERIA)[number];

/** A finding on one criterion. NOT_APPLICABLE: the criterion does not bear on the subject. */
export const ETHICS_RATINGS = ['FAVOURABLE', 'RESERVATIONS', 'UNFAVOURABLE', 'NOT_APPLICABLE'] as const;
export type EthicsRating = (typeof ETHICS_RATINGS)[number];

/** The overall stance of an opinion's conclusion. */
export const ETHICS_STANCES = ['FAVOURABLE', 'RESERVATIONS', 'UNFAVOURABLE'] as const;
export type EthicsStance = (typeof ETHICS_STANCES)[number];

export const ETHICS_OPINION_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type EthicsOpinionStatus = (typeof ETHICS_OPINION_STATUSES)[number];

/** What an opinion is about: a motion (or other item) on an assembly's agenda, or a member's activity. */
export const ETHICS_SUBJECT_KINDS = ['AGENDA_ITEM', 'MEMBER_ACTIVITY'] as const;
export type EthicsSubjectKind = (typeof ETHICS_SUBJECT_KINDS)[number];

const SEVERITY: Record<EthicsStance, number> = { FAVOURABLE: 0, RESERVATIONS: 1, UNFAVOURABLE: 2 };

export interface EthicsFindingDraft {
  criterion: EthicsCriterion;
  rating: EthicsRating;
  /** The committee's reasoning on the criterion, in any language (null: not written yet). */
  text: TranslatedTextValue | null;
}

export interface EthicsOpinionDraft {
  findings: readonly EthicsFindingDraft[];
  conclusion: TranslatedTextValue | null;
  stance: EthicsStance | null;
}

/**
 * The stance the findings call for: the most severe applicable finding. null when no criterion
 * applies (the committee then has nothing to say on the subject under the statutes).
 */
export function stanceFromFindings(findings: readonly Pick<EthicsFindingDraft, 'rating'>[]): EthicsStance | null {
  const applicable = findings.map((f) => f.rating).filter((r): r is EthicsStance => r !== 'NOT_APPLICABLE');
  if (applicable.length === 0) return null;
  return applicable.reduce((worst, r) => (SEVERITY[r] > SEVERITY[worst] ? r : worst), 'FAVOURABLE' as EthicsStance);
}

/**
 * The conclusion may be stricter than the findings (the committee weighs them), never milder:
 * an unfavourable finding can't end in a favourable opinion.
 */
export function stanceIsConsistent(
  stance: EthicsStance,
  findings: readonly Pick<EthicsFindingDraft, 'rating'>[],
): boolean {
  const floor = stanceFromFindings(findings);
  return floor === null || SEVERITY[stance] >= SEVERITY[floor];
}

export type EthicsPublicationProblem =
  | { code: 'FINDING_MISSING'; criterion: EthicsCriterion }
  | { code: 'FINDING_TEXT_MISSING'; criterion: EthicsCriterion }
  | { code: 'NO_CRITERION_APPLIES' }
  | { code: 'CONCLUSION_MISSING' }
  | { code: 'STANCE_MISSING' }
  | { code: 'STANCE_TOO_MILD'; stance: EthicsStance; required: EthicsStance };

const hasText = (value: TranslatedTextValue | null | undefined): boolean =>
  !!value && Object.values(value.texts).some((entry) => !!entry?.text.trim());

/**
 * What stands between a draft and its publication: every criterion has a finding, with its
 * reasoning unless it does not apply; at least one applies; a conclusion and a stance no milder
 * than the findings. Empty: it may be published.
 */
export function publicationProblems(draft: EthicsOpinionDraft): EthicsPublicationProblem[] {
  const problems: EthicsPublicationProblem[] = [];
  for (const criterion of ETHICS_CRITERIA) {
    const finding = draft.findings.find((f) => f.criterion === criterion);
    if (!finding) problems.push({ code: 'FINDING_MISSING', criterion });
    else if (finding.rating !== 'NOT_APPLICABLE' && !hasText(finding.text))
      problems.push({ code: 'FINDING_TEXT_MISSING', criterion });
  }
  const complete = ETHICS_CRITERIA.every((c) => draft.findings.some((f) => f.criterion === c));
  if (complete && stanceFromFindings(draft.findings) === null) problems.push({ code: 'NO_CRITERION_APPLIES' });
  if (!hasText(draft.conclusion)) problems.push({ code: 'CONCLUSION_MISSING' });
  if (!draft.stance) problems.push({ code: 'STANCE_MISSING' });
  else if (!stanceIsConsistent(draft.stance, draft.findings)) {
    problems.push({
      code: 'STANCE_TOO_MILD',
      stance: draft.stance,
      required: stanceFromFindings(draft.findings) as EthicsStance,
    });
  }
  return problems;
}

const CRITERION_WORDS: Record<EthicsCriterion, string> = {
  WORKING_CONDITIONS_AND_PAY: 'working conditions and pay',
  PURPOSE_AND_CONTEXT: 'purpose and context of production',
  ECOLOGICAL_FOOTPRINT: 'ecological footprint',
};

/** A sentence in English saying what to do (API messages; the web has its own translated texts). */
export function describePublicationProblem(problem: EthicsPublicationProblem): string {
  switch (problem.code) {
    case 'FINDING_MISSING':
      return `Give a finding on ${CRITERION_WORDS[problem.criterion]} (or mark it not applicable).`;
    case 'FINDING_TEXT_MISSING':
      return `Explain the finding on ${CRITERION_WORDS[problem.criterion]}.`;
    case 'NO_CRITERION_APPLIES':
      return 'At least one of the three criteria must apply for the committee to give an opinion.';
    case 'CONCLUSION_MISSING':
      return 'Write the conclusion.';
    case 'STANCE_MISSING':
      return 'Choose the overall stance of the conclusion.';
    case 'STANCE_TOO_MILD':
      return `The findings call for a stance of at least ${problem.required}; the conclusion can be stricter, not milder.`;
  }
}

// ── Mandates ──────────────────────────────────────────────────────────────────────────────────

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The last day of a mandate starting on `startsOn`: two years later, the day before (2025-06-16 → 2027-06-15). */
export function ethicsMandateEndsOn(startsOn: string): string {
  const d = new Date(`${startsOn}T00:00:00Z`);
  const start = { y: d.getUTCFullYear(), m: d.getUTCMonth(), day: d.getUTCDate() };
  // 29 February + 2 years: the mandate runs to 28 February.
  const end = new Date(Date.UTC(start.y + ETHICS_MANDATE_YEARS, start.m, start.day));
  if (end.getUTCMonth() !== start.m) end.setUTCDate(0);
  else end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

/** Whole days from `today` to `day` (negative when past). Both are calendar days (YYYY-MM-DD). */
export function daysBetween(today: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** A mandate ends within the reminder window: from today up to 60 days ahead, both included. */
export function mandateEndingSoon(endsOn: string | null, today: string, days = ETHICS_REMINDER_DAYS): boolean {
  return endsOn !== null && endsOn >= today && endsOn <= addDays(today, days);
}

/** The last day of the reminder window that starts on `today`. */
export function reminderHorizon(today: string, days = ETHICS_REMINDER_DAYS): string {
  return addDays(today, days);
}

export interface MandatePeriod {
  startsOn: string;
  endsOn: string | null;
}

/**
 * The most seats in force on any one day of `period`, counting `existing` mandates and the new
 * one. Occupancy only rises when a mandate starts, so the start days are the days to check.
 */
export function peakSeats(existing: readonly MandatePeriod[], period: MandatePeriod): number {
  const overlaps = (m: MandatePeriod, day: string) => m.startsOn <= day && (m.endsOn === null || m.endsOn >= day);
  const inPeriod = (day: string) => overlaps(period, day);
  const days = [period.startsOn, ...existing.map((m) => m.startsOn).filter(inPeriod)];
  return Math.max(...days.map((day) => 1 + existing.filter((m) => overlaps(m, day)).length));
}

// ── Social impact indicators ──────────────────────────────────────────────────────────────────

export const INDICATOR_FIRST_YEAR = 1990;
export const INDICATOR_LAST_YEAR = 2100;

/** The years from the first to the last with a value, every year in between included (gaps stay visible). */
export function seriesYears(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const from = Math.min(...years);
  const to = Math.max(...years);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

// ── Editing a text in one language ───────────────────────────────────────────────────────────

/**
 * Sets one language of a text people write: a new text replaces that language (written by a
 * person); an empty one removes it. null when nothing is left. The original language moves to
 * a remaining human version when its own is removed.
 */
export function setTextInLanguage(
  previous: TranslatedTextValue | null,
  language: Language,
  text: string | null | undefined,
): TranslatedTextValue | null {
  if (text === undefined) return previous;
  const trimmed = (text ?? '').trim();
  const texts = { ...(previous?.texts ?? {}) };
  if (trimmed) texts[language] = { text: trimmed, origin: 'HUMAN' };
  else delete texts[language];
  const remaining = (Object.keys(texts) as Language[]).filter((l) => texts[l]?.text);
  if (remaining.length === 0) return null;
  const keep = previous && remaining.includes(previous.original) ? previous.original : null;
  const original = keep ?? (trimmed ? language : (remaining.find((l) => texts[l]?.origin === 'HUMAN') ?? remaining[0]));
  return { original, texts };
}
