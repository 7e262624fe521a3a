import { isLanguage, STAKEHOLDER_CATEGORIES, type Language, type StakeholderCategory } from '@letscoop/domain';
import { isEmail } from 'class-validator';
import type { RegisterImportError } from './register-import.model.js';

export const REQUIRED_COLUMNS = ['email', 'name', 'language', 'category', 'shares'] as const;
export const OPTIONAL_COLUMNS = ['share_class', 'branch'] as const;

export interface RegisterRow {
  line: number;
  email: string;
  name: string;
  language: Language;
  category: StakeholderCategory;
  shares: number;
  shareClass: string;
  branchId: string | null;
}

/** Checks one line of the share register; returns the row or every problem found on it. */
export function parseRegisterRow(
  line: number,
  value: (column: string) => string,
  branchIdByName: Map<string, string>,
): RegisterRow | RegisterImportError[] {
  const errors: RegisterImportError[] = [];
  const bad = (column: string, message: string) => errors.push({ line, column, message });

  const email = value('email').toLowerCase();
  if (!email) bad('email', 'The e-mail address is empty.');
  else if (!isEmail(email)) bad('email', `"${email}" is not an e-mail address.`);

  const name = value('name');
  if (!name) bad('name', 'The name is empty.');
  else if (name.length > 200) bad('name', 'The name is longer than 200 characters.');

  const language = value('language').toLowerCase();
  if (!isLanguage(language)) bad('language', `"${value('language')}" is not a language: use nl, fr or en.`);

  const category = value('category').toUpperCase().replace(/[\s-]+/g, '_');
  if (!(STAKEHOLDER_CATEGORIES as readonly string[]).includes(category)) {
    bad('category', `"${value('category')}" is not a category: use one of ${STAKEHOLDER_CATEGORIES.join(', ')}.`);
  }

  const sharesText = value('shares');
  const shares = Number(sharesText);
  if (!/^\d+$/.test(sharesText) || shares < 1 || shares > 1_000_000) {
    bad('shares', `"${sharesText}" is not a number of shares: use a whole number from 1 to 1000000.`);
  }

  const shareClass = value('share_class') || 'A';
  if (shareClass.length > 20) bad('share_class', 'The share class is longer than 20 characters.');

  const branchName = value('branch');
  const branchId = branchName ? (branchIdByName.get(branchName.toLowerCase()) ?? null) : null;
  if (branchName && !branchId) {
    bad('branch', `"${branchName}" is not a branch of this cooperative: use one of ${[...branchIdByName.keys()].join(', ')}, or leave it empty.`);
  }

  if (errors.length) return errors;
  return { line, email, name, language: language as Language, category: category as StakeholderCategory, shares, shareClass, branchId };
}
