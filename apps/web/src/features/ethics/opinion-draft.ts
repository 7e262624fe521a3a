import type { EthicsOpinionDraft, Language, TranslatedTextValue } from '@letscoop/domain';
import type { EthicsOpinionDetailFragment } from '../../generated/graphql';

interface TextWithTranslations {
  original: Language;
  translations: { language: Language; status: string; text?: string | null }[];
}

/** A presented text back to the stored shape the domain rules read (every language that has text). */
export function toValue(text: TextWithTranslations | null | undefined): TranslatedTextValue | null {
  if (!text) return null;
  const texts: TranslatedTextValue['texts'] = {};
  for (const tr of text.translations) {
    if (tr.status !== 'MISSING' && tr.text)
      texts[tr.language] = { text: tr.text, origin: tr.status === 'MACHINE' ? 'MACHINE' : 'HUMAN' };
  }
  return Object.keys(texts).length ? { original: text.original, texts } : null;
}

/** The opinion as the publication rules of @letscoop/domain see it. */
export function draftOf(opinion: EthicsOpinionDetailFragment): EthicsOpinionDraft {
  return {
    findings: opinion.findings.map((f) => ({ criterion: f.criterion, rating: f.rating, text: toValue(f.text) })),
    conclusion: toValue(opinion.conclusion),
    stance: opinion.stance ?? null,
  };
}

/** The text of one language, from a presented text's translations ('' when missing). */
export function textIn(text: TextWithTranslations | null | undefined, language: Language): string {
  return text?.translations.find((tr) => tr.language === language)?.text ?? '';
}
