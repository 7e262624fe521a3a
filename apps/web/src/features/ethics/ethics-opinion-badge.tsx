import type { EthicsOpinionStatus, EthicsStance } from '@letscoop/domain';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RATING_COLOR } from './ethics-labels';

/**
 * The ethics committee's stance on a subject, as a badge ("Ethics committee: favourable"); a
 * draft says so. Reusable beside a motion on the assembly page.
 */
export function EthicsOpinionBadge({
  stance,
  status = 'PUBLISHED',
  size = 'md',
}: {
  stance: EthicsStance | null;
  status?: EthicsOpinionStatus;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { t } = useTranslation();
  if (status === 'DRAFT') {
    return (
      <Badge color="gray" variant="outline" tt="none" size={size}>
        {t('ethics.badge.draft')}
      </Badge>
    );
  }
  if (!stance) return null;
  return (
    <Badge color={RATING_COLOR[stance]} variant="light" tt="none" size={size}>
      {t(`ethics.badge.${stance}`)}
    </Badge>
  );
}
