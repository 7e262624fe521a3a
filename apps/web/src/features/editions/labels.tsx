import type { EditionStatus, RecommendationStage } from '@letscoop/domain';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const STATUS_COLOR: Record<EditionStatus, string> = {
  PLANNED: 'gray',
  OPEN: 'green',
  DRAFTING: 'blue',
  BOARD_REVIEW: 'grape',
  AT_ASSEMBLY: 'orange',
  CLOSED: 'dark',
};

export function EditionStatusBadge({ status }: { status: EditionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" tt="none">
      {t(`editions.status.${status}`)}
    </Badge>
  );
}

export function stageLabel(t: (key: string) => string, stage: RecommendationStage): string {
  return t(`editions.stage.${stage}`);
}

/** "2 leads missing", one badge text per missing frame role. */
export function FrameWarningBadge({ warnings }: { warnings: readonly { role: string; missing: number }[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  const parts = warnings.map((w) => t(`groups.frameMissing.${w.role}`, { count: w.missing }));
  return (
    <Badge color="orange" variant="light" tt="none" data-testid="frame-warning" style={{ whiteSpace: 'normal', height: 'auto' }}>
      {t('groups.frameIncomplete')}: {parts.join(', ')}
    </Badge>
  );
}
