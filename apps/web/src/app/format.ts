import type { Language } from '@letscoop/domain';
import { INTL_LOCALES } from './language';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date ("2019-06-17") or a timestamp, in the reader's locale. Calendar dates never shift by time zone. */
export function formatDate(value: string | null | undefined, language: Language): string {
  if (!value) return '';
  const dateOnly = DATE_ONLY.test(value);
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(INTL_LOCALES[language], {
    dateStyle: 'long',
    ...(dateOnly ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

export function formatDateTime(value: string | null | undefined, language: Language): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(INTL_LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(INTL_LOCALES[language]).format(value);
}

/** 50 -> "50 %" / "50%" as the locale writes it. */
export function formatPercent(percent: number, language: Language): string {
  return new Intl.NumberFormat(INTL_LOCALES[language], { style: 'percent', maximumFractionDigits: 2 }).format(
    percent / 100,
  );
}

/** A wait: seconds below 90 s, whole minutes (rounded up) above. */
export function formatDuration(seconds: number, language: Language): string {
  const long = (value: number, unit: 'second' | 'minute') =>
    new Intl.NumberFormat(INTL_LOCALES[language], { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  return seconds < 90 ? long(Math.max(1, Math.ceil(seconds)), 'second') : long(Math.ceil(seconds / 60), 'minute');
}

/** "BE" -> "België" / "Belgique" / "Belgium". */
export function countryName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([INTL_LOCALES[language]], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
