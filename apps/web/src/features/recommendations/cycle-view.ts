import { FINAL_STAGES, MAIN_PATH, type DiffPart, type Language, type RecommendationStage } from '@letscoop/domain';
import { INTL_LOCALES } from '../../app/language';

import type { StepState } from '../../app/stepper';

export type { StepState };

export interface StepperModel {
  steps: { stage: RecommendationStage; state: StepState }[];
  /** Merged or declined: the stage of the main path it left from, and where it went. */
  exit: { from: RecommendationStage; to: RecommendationStage } | null;
}

/** Where a stage sits on the main path: an amended text counts as endorsed (with the board's changes). */
function pathIndex(stage: RecommendationStage): number {
  return MAIN_PATH.indexOf(stage === 'AMENDED' ? 'ENDORSED' : stage);
}

/**
 * The stepper of the cycle. `history` is the stages the recommendation went through (from the
 * timeline, oldest first); a merged or declined one leaves the path from the last stage it held.
 */
export function stepperModel(stage: RecommendationStage, history: readonly RecommendationStage[] = []): StepperModel {
  if (FINAL_STAGES.includes(stage)) {
    const onPath = [...history].reverse().find((s) => pathIndex(s) >= 0) ?? 'UNDER_REVIEW';
    const last = pathIndex(onPath);
    return {
      steps: MAIN_PATH.map((s, i) => ({ stage: s, state: i <= last ? 'done' : 'todo' })),
      exit: { from: MAIN_PATH[last] ?? 'UNDER_REVIEW', to: stage },
    };
  }
  const current = pathIndex(stage);
  return {
    steps: MAIN_PATH.map((s, i) => ({
      stage: s,
      state: i < current ? 'done' : i === current ? 'current' : 'todo',
    })),
    exit: null,
  };
}

/** The API writes diff kinds in capitals; the domain (and wordDiff) in lower case. */
export function fromApiDiff(parts: readonly { kind: string; text: string }[]): DiffPart[] {
  return parts.map((p) => ({
    kind: p.kind === 'ADDED' ? 'added' : p.kind === 'REMOVED' ? 'removed' : 'same',
    text: p.text,
  }));
}

/** A budget in cents (the API sends a bigint as a string) as euros, the way the locale writes money. */
export function formatCents(cents: string | number | null | undefined, language: Language): string {
  if (cents === null || cents === undefined || cents === '') return '';
  const value = Number(cents);
  if (!Number.isFinite(value)) return String(cents);
  return new Intl.NumberFormat(INTL_LOCALES[language], { style: 'currency', currency: 'EUR' }).format(value / 100);
}

/** "1.250,50", "1250.5", "1 250" -> cents; null when empty, NaN when not a number. */
export function parseEurosToCents(input: string): number | null {
  const trimmed = input.replace(/[\s\u00a0\u202f€]/g, '');
  if (!trimmed) return null;
  // The last , or . followed by 1–2 digits is the decimal separator; other separators group thousands.
  const match = /^(.*?)(?:[.,](\d{1,2}))?$/.exec(trimmed);
  const whole = (match?.[1] ?? '').replace(/[.,]/g, '');
  const decimals = match?.[2] ?? '';
  if (!/^\d+$/.test(whole) || (decimals && !/^\d+$/.test(decimals))) return Number.NaN;
  return Number(whole) * 100 + (decimals ? Number(decimals.padEnd(2, '0')) : 0);
}

/** Whole days between a timestamp and now (the age of an item in the queue). */
export function ageInDays(since: string, now: Date = new Date()): number {
  const ms = now.getTime() - new Date(since).getTime();
  return Math.max(0, Math.floor(ms / 86_400_000));
}
