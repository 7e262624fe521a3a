import type { AssemblyStatus, Language, PollStatus } from '@letscoop/domain';
import { Badge, Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber, formatPercent } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import type { AssemblyAttendanceFieldsFragment } from '../../generated/graphql';
import { ASSEMBLY_STATUS_COLOR, formatAssemblyDates, POLL_STATUS_COLOR, quorumProgress } from './rules';

/**
 * When the assembly takes place, in the reader's locale. A <time> names one moment, so only a
 * lone start is one; a range ("23 Nov 2026, 12:00–15:00") is written as text.
 */
export function AssemblyDates({
  startsAt,
  endsAt,
  language,
}: {
  startsAt: string;
  endsAt?: string | null;
  language: Language;
}) {
  const text = formatAssemblyDates(startsAt, endsAt, language);
  return text === formatDateTime(startsAt, language) ? <time dateTime={startsAt}>{text}</time> : <span>{text}</span>;
}

export function AssemblyStatusBadge({ status }: { status: AssemblyStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={ASSEMBLY_STATUS_COLOR[status]} variant="light" tt="none" data-testid="assembly-status">
      {t(`assemblies.status.${status}`)}
    </Badge>
  );
}

export function PollStatusBadge({ status }: { status: PollStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={POLL_STATUS_COLOR[status]} variant="light" tt="none" data-testid="poll-status">
      {t(`assemblies.pollStatus.${status}`)}
    </Badge>
  );
}

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="break-anywhere">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="xl">
        {value}
      </Text>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </div>
  );
}

/** Present, represented, entitled and the quorum: updated live by useAssemblyLive. */
export function AttendanceCard({ attendance }: { attendance: AssemblyAttendanceFieldsFragment }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { quorum } = attendance;
  const number = (value: number) => formatNumber(value, language);
  const byShares = quorum.basis === 'SHARES';
  const shares = (value: number) =>
    byShares ? t('assemblies.attendance.shares', { count: value, formatted: number(value) }) : undefined;
  const progress = quorumProgress(quorum);
  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-labelledby="attendance-heading"
      data-testid="attendance-card"
    >
      <Title order={2} size="h4" id="attendance-heading" mb="sm">
        {t('assemblies.attendance.title')}
      </Title>
      <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="xs">
        <Figure
          label={t('assemblies.attendance.present')}
          value={number(attendance.presentMembers)}
          detail={shares(attendance.presentShares)}
        />
        <Figure
          label={t('assemblies.attendance.represented')}
          value={number(attendance.representedMembers)}
          detail={shares(attendance.representedShares)}
        />
        <Figure
          label={t('assemblies.attendance.entitled')}
          value={number(attendance.entitledMembers)}
          detail={shares(attendance.entitledShares)}
        />
      </SimpleGrid>
      <Stack gap={6} mt="md">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text size="sm">
            {t(`assemblies.attendance.quorumRule.${quorum.basis}`, {
              percent: formatPercent(quorum.percent, language),
            })}
          </Text>
          <Badge color={quorum.reached ? 'green' : 'orange'} variant="light" tt="none" data-testid="quorum-badge">
            {quorum.reached ? t('assemblies.attendance.quorumReached') : t('assemblies.attendance.quorumNotReached')}
          </Badge>
        </Group>
        <Progress
          value={progress}
          color={quorum.reached ? 'green' : 'orange'}
          size="lg"
          aria-label={t('assemblies.attendance.progressLabel')}
        />
        {/* Announced when it changes: the desk and the chair hear the quorum arrive. */}
        <Text size="sm" aria-live="polite" data-testid="quorum-figures">
          {quorum.reached
            ? t(`assemblies.attendance.reachedFigures.${quorum.basis}`, {
                actual: number(quorum.actual),
                required: number(quorum.required),
              })
            : t(`assemblies.attendance.shortBy.${quorum.basis}`, {
                count: quorum.shortBy,
                formatted: number(quorum.shortBy),
                actual: number(quorum.actual),
                required: number(quorum.required),
              })}
        </Text>
      </Stack>
    </Card>
  );
}
