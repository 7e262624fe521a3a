import { useTranslation } from 'react-i18next';
import type { EthicsOpinionSummaryFragment } from '../../generated/graphql';

/** What an opinion is about, as one line: the agenda item's title or the member activity. */
export function OpinionSubject({
  opinion,
}: {
  opinion: Pick<EthicsOpinionSummaryFragment, 'agendaItem' | 'activity'>;
}) {
  const { t } = useTranslation();
  const text = opinion.agendaItem?.title ?? opinion.activity;
  if (!text) return <>{t('ethics.opinion.untitled')}</>;
  return (
    <span lang={text.language}>
      {opinion.agendaItem ? t('ethics.opinion.onAgendaItem', { title: text.text }) : text.text}
    </span>
  );
}
