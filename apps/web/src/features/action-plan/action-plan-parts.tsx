import type { ActionStatus } from '@letscoop/domain';
import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import type { ActionOwnerFieldsFragment, ActionProgressFieldsFragment } from '../../generated/graphql';

const STATUS_COLOR: Record<ActionStatus, string> = {
  PLANNED: 'gray',
  IN_PROGRESS: 'blue',
  DONE: 'green',
  ABANDONED: 'orange',
};

export function ActionStatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" tt="none" data-testid="action-status">
      {t(`actionPlan.status.${status}`)}
    </Badge>
  );
}

export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red" variant="light" tt="none" data-testid="overdue">
      {t('actionPlan.overdue')}
    </Badge>
  );
}

/** A progress bar with its figure in words, named for screen readers. */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  const language = currentLanguage();
  return (
    <Group gap="xs" wrap="nowrap" align="center">
      <Progress value={value} aria-label={label} style={{ flex: 1, minWidth: 60 }} size="md" />
      <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }} aria-hidden>
        {formatPercent(value, language)}
      </Text>
    </Group>
  );
}

/** A roll-up with how it is computed: the average of N actions, the abandoned ones left out. */
export function RollUp({ progress, label }: { progress: ActionProgressFieldsFragment; label: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Stack gap={2}>
      {progress.percent === null ? (
        <Text size="sm" c="dimmed">
          {t('actionPlan.rollUp.none')}
        </Text>
      ) : (
        <ProgressBar value={progress.percent} label={label} />
      )}
      {(progress.counted > 0 || progress.abandoned > 0) && (
        <Text size="xs" c="dimmed" data-testid="roll-up-explanation">
          {progress.counted > 0 && t('actionPlan.rollUp.explained', { count: progress.counted, sum: formatNumber(progress.sum, language) })}
          {progress.abandoned > 0 && ` ${t('actionPlan.rollUp.abandoned', { count: progress.abandoned })}`}
        </Text>
      )}
    </Stack>
  );
}

export function ownerName(owner: ActionOwnerFieldsFragment | null | undefined, none: string): string {
  if (!owner) return none;
  return owner.person?.displayName ?? owner.unit ?? none;
}
