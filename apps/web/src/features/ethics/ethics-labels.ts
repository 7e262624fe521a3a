import type { EthicsPublicationProblem, EthicsRating } from '@letscoop/domain';
import type { TFunction } from 'i18next';

/**
 * Badge colours of ratings and stances (a stance is a rating without NOT_APPLICABLE): colours whose
 * light variant the theme darkens to pass WCAG AA contrast (app/theme.ts).
 */
export const RATING_COLOR: Record<EthicsRating, string> = {
  FAVOURABLE: 'green',
  RESERVATIONS: 'orange',
  UNFAVOURABLE: 'red',
  NOT_APPLICABLE: 'gray',
};

/** What to complete before publishing, in the reader's language. */
export function publicationProblemText(t: TFunction, problem: EthicsPublicationProblem): string {
  switch (problem.code) {
    case 'FINDING_MISSING':
      return t('ethics.problem.findingMissing', { criterion: t(`ethics.criterion.${problem.criterion}`) });
    case 'FINDING_TEXT_MISSING':
      return t('ethics.problem.findingTextMissing', { criterion: t(`ethics.criterion.${problem.criterion}`) });
    case 'NO_CRITERION_APPLIES':
      return t('ethics.problem.noCriterionApplies');
    case 'CONCLUSION_MISSING':
      return t('ethics.problem.conclusionMissing');
    case 'STANCE_MISSING':
      return t('ethics.problem.stanceMissing');
    case 'STANCE_TOO_MILD':
      return t('ethics.problem.stanceTooMild', { required: t(`ethics.stance.${problem.required}`) });
  }
}
