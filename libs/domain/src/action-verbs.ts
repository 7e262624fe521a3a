import type { Language } from './languages.js';

/**
 * Recommendations are built around an action verb ("Open up to all profiles", "Set up an
 * internal ethics committee"). The UI suggests these and warns when a title starts otherwise;
 * it never blocks.
 */
export const ACTION_VERBS: Record<Language, readonly string[]> = {
  nl: ['aanpassen', 'analyseren', 'behouden', 'houden', 'maken', 'richten', 'stellen', 'zetten', 'bevorderen', 'creëren', 'delen', 'evalueren', 'invoeren', 'meten', 'ontwikkelen', 'openstellen', 'opbouwen', 'opleiden', 'opstarten', 'oprichten', 'organiseren', 'stimuleren', 'uitbouwen', 'vereenvoudigen', 'verbeteren', 'versterken', 'voortzetten'],
  fr: ['adapter', 'analyser', 'améliorer', 'créer', 'développer', 'encourager', 'évaluer', 'former', 'garder', 'instaurer', 'maintenir', 'mesurer', 'mettre', 'organiser', 'ouvrir', 'partager', 'poursuivre', 'promouvoir', 'renforcer', 'simplifier', 'soutenir'],
  en: ['adapt', 'analyse', 'build', 'create', 'develop', 'encourage', 'evaluate', 'improve', 'introduce', 'keep', 'measure', 'open', 'organise', 'promote', 'set', 'share', 'simplify', 'start', 'strengthen', 'support', 'train'],
};

function normalize(word: string): string {
  return word.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** True when the title's first word is (a form of) a listed action verb. */
export function startsWithActionVerb(title: string, language: Language): boolean {
  const first = normalize(title.trim().split(/[\s,:;.!?]+/)[0] ?? '');
  if (!first) return false;
  // Dutch imperatives drop the infinitive ending ("Versterk", "Richt … op"): compare stems.
  return ACTION_VERBS[language].some((verb) => {
    const v = normalize(verb);
    return first === v || (first.length >= 4 && v.startsWith(first)) || (language === 'nl' && first.length >= 4 && v.replace(/en$/, '').startsWith(first));
  });
}
