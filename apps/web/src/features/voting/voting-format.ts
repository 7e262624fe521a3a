import { isLanguage, majorityThreshold, type Language, type MajorityRule } from '@letscoop/domain';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../app/format';

/**
 * The UI language from react-i18next's own instance (not app/i18n, which loads every locale file):
 * the voting components then render the same in the app and in unit tests.
 */
export function useVotingLanguage(): Language {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : 'en';
}

/** The locale key for a poll's outcome (the API sends it as a string, see PollResult.outcome). */
export type OutcomeKind = 'adopted' | 'rejected' | 'tie' | 'quorumNotReached' | 'elected' | 'tieAtCutoff' | 'other';

export function outcomeKind(outcome: string): OutcomeKind {
  switch (outcome) {
    case 'MAJORITY_REACHED':
      return 'adopted';
    case 'MAJORITY_NOT_REACHED':
      return 'rejected';
    case 'TIE':
      return 'tie';
    case 'QUORUM_NOT_REACHED':
      return 'quorumNotReached';
    case 'ELECTED':
      return 'elected';
    case 'TIE_AT_CUTOFF':
      return 'tieAtCutoff';
    default:
      return 'other';
  }
}

/** Dark enough for white text above 4.5:1 (Mantine's filled green and orange are not). */
export const OUTCOME_COLORS: Record<OutcomeKind, string> = {
  adopted: '#1f6b33',
  elected: '#1f6b33',
  rejected: '#b01d1d',
  tie: '#8f3a00',
  tieAtCutoff: '#8f3a00',
  quorumNotReached: '#495057',
  other: '#495057',
};

/** A share of a whole as a percentage with one decimal (0 when the whole is 0). */
export function shareOf(part: number, whole: number): number {
  return whole > 0 ? Math.round((part * 1000) / whole) / 10 : 0;
}

/** "60.00" (as the API writes percentages) in the reader's locale; '' when absent. */
export function percentText(value: string | number | null | undefined, language: Language): string {
  if (value === null || value === undefined || value === '') return '';
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? formatPercent(n, language) : String(value);
}

export function numberText(value: number, language: Language): string {
  return formatNumber(value, language);
}

/** Where the threshold of a majority sits, in percent of the counted votes (50, 66.67, 75). */
export function thresholdPercent(rule: MajorityRule): number {
  const { numerator, denominator } = majorityThreshold(rule);
  return Math.round((numerator * 10000) / denominator) / 100;
}
