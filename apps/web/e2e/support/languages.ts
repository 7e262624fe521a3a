import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

type Tree = { [key: string]: string | Tree };
const load = (language: string): Tree =>
  JSON.parse(readFileSync(new URL(`../../src/locales/${language}.json`, import.meta.url), 'utf8')) as Tree;

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const english = leaves(load('en'));
const translations = { nl: leaves(load('nl')), fr: leaves(load('fr')) };

/**
 * The English UI strings that would betray a missing translation on an nl or fr screen: every
 * English value without placeholders whose translation differs (names such as "LetsCoop" or
 * "OK" are the same in every language and can't be told apart, so they are left out).
 */
function telltales(language: 'nl' | 'fr'): string[] {
  const out = new Set<string>();
  for (const [key, value] of english) {
    const translated = translations[language].get(key);
    if (value.includes('{{') || translated === undefined || translated.trim() === value.trim()) continue;
    if (!/[a-z]{2}/i.test(value)) continue;
    out.add(value.trim());
  }
  return [...out];
}

/**
 * English UI text rendered on a page that should be in `language`: visible text nodes, and the
 * labels a screen reader reads (aria-label, placeholder, title, alt), that are exactly an
 * English UI string. Content people wrote in English and marked with its own `lang` is fine.
 */
export async function englishLeaks(page: Page, language: 'nl' | 'fr'): Promise<string[]> {
  return page.evaluate(
    ({ strings, language }) => {
      const wanted = new Set(strings);
      const found = new Set<string>();
      const inOtherLanguage = (el: Element | null) => {
        const tagged = el?.closest('[lang]');
        return !!tagged && tagged !== document.documentElement && tagged.getAttribute('lang') !== language;
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
        const el = node.parentElement;
        if (!text || !el || !wanted.has(text) || inOtherLanguage(el)) continue;
        if (el.closest('script, style, [hidden], [aria-hidden="true"]')) continue;
        found.add(text);
      }
      for (const el of document.querySelectorAll('[aria-label], [placeholder], [title], img[alt]')) {
        if (inOtherLanguage(el)) continue;
        for (const attr of ['aria-label', 'placeholder', 'title', 'alt']) {
          const value = el.getAttribute(attr)?.trim();
          if (value && wanted.has(value)) found.add(`${attr}="${value}"`);
        }
      }
      return [...found];
    },
    { strings: telltales(language), language },
  );
}

/**
 * Dates shown in <time> elements that are not written the way the locale writes them: each must
 * equal the browser's Intl formatting of its datetime attribute in that locale (long date, or
 * medium date with short time), so no English month and no ISO date slips onto an nl or fr screen.
 */
export async function misformattedDates(page: Page, locale: string): Promise<string[]> {
  return page.evaluate((locale) => {
    const problems: string[] = [];
    for (const el of document.querySelectorAll('time[datetime]')) {
      const value = el.getAttribute('datetime') ?? '';
      const text = (el.textContent ?? '').trim();
      const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
      const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
      if (Number.isNaN(date.getTime())) continue;
      const accepted = [
        new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(date),
        new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date),
        new Intl.DateTimeFormat(locale, { dateStyle: 'medium', ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(date),
      ];
      if (!accepted.includes(text)) problems.push(`${value} shown as "${text}"`);
    }
    return problems;
  }, locale);
}
