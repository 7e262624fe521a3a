import { Alert, Badge, Box, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PollMethod, AssemblyQuorumFieldsFragment, VotingResultFieldsFragment } from '../../generated/graphql';
import {
  numberText,
  OUTCOME_COLORS,
  outcomeKind,
  percentText,
  shareOf,
  thresholdPercent,
  useVotingLanguage,
} from './voting-format';

/**
 * A horizontal bar. Decorative (aria-hidden): the figures it draws are always written next to it.
 * Plain elements rather than a chart library: lighter, and prints the same everywhere.
 */
function Bar({ percent, color, marker }: { percent: number; color: string; marker?: number }) {
  return (
    <Box
      aria-hidden
      style={{
        position: 'relative',
        height: 14,
        borderRadius: 7,
        background: 'var(--mantine-color-gray-2)',
        overflow: 'visible',
      }}
    >
      <Box
        style={{
          width: `${Math.min(100, Math.max(0, percent))}%`,
          height: '100%',
          borderRadius: 7,
          background: `var(--mantine-color-${color}-7)`,
        }}
      />
      {marker !== undefined && (
        <Box
          data-testid="threshold-marker"
          style={{
            position: 'absolute',
            left: `${marker}%`,
            top: -4,
            bottom: -4,
            width: 3,
            marginLeft: -1,
            background: 'var(--mantine-color-dark-9)',
          }}
        />
      )}
    </Box>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap" component="div">
      <Text component="dt" size="sm">
        {label}
      </Text>
      <Text component="dd" m={0} fw={600} ta="right" data-testid={testId}>
        {value}
      </Text>
    </Group>
  );
}

/** The quorum with its figures: required, actual and entitled, and on which basis. */
export function QuorumView({
  quorum,
  headingLevel = 3,
}: {
  quorum: AssemblyQuorumFieldsFragment;
  /** The level of the "Quorum" heading; null for none (when the surrounding section names it). */
  headingLevel?: 3 | 4 | 5 | null;
}) {
  const { t } = useTranslation();
  const language = useVotingLanguage();
  const basis = t(`voting.quorum.basis.${quorum.basis}`);
  const n = (value: number) => numberText(value, language);
  return (
    <Stack gap={6} data-testid="quorum">
      {headingLevel && (
        <Title order={headingLevel} size="h5">
          {t('voting.quorum.heading')}
        </Title>
      )}
      <Group gap="xs" wrap="wrap">
        <Badge color={quorum.reached ? 'green' : 'orange'} variant="light" tt="none" size="lg">
          {quorum.reached ? t('voting.quorum.reached') : t('voting.quorum.notReached')}
        </Badge>
      </Group>
      <Text size="sm">
        {t('voting.quorum.figures', {
          actual: n(quorum.actual),
          required: n(quorum.required),
          basis,
          percent: percentText(quorum.percent, language),
          entitled: n(quorum.entitled),
        })}
      </Text>
      {!quorum.reached && quorum.shortBy > 0 && (
        <Text size="sm">
          {t('voting.quorum.shortBy', { count: quorum.shortBy, formatted: n(quorum.shortBy), basis })}
        </Text>
      )}
      <Bar
        percent={shareOf(quorum.actual, Math.max(quorum.required, quorum.actual, 1))}
        color={quorum.reached ? 'green' : 'orange'}
      />
    </Stack>
  );
}

function MotionFigures({ result }: { result: VotingResultFieldsFragment }) {
  const { t } = useTranslation();
  const language = useVotingLanguage();
  const n = (value: number) => numberText(value, language);
  const unit = (count: number) =>
    t(result.weightMode === 'SHARE_WEIGHTED' ? 'voting.unit.shares' : 'voting.unit.votes', {
      count,
      formatted: n(count),
    });
  const rows = [
    { key: 'yes', value: result.yes, color: 'green' },
    { key: 'no', value: result.no, color: 'red' },
    { key: 'abstain', value: result.abstain, color: 'gray' },
  ] as const;
  const threshold = result.majorityRule ? thresholdPercent(result.majorityRule) : undefined;
  const yesShare = result.yesPercent !== null ? Number(result.yesPercent) : null;

  return (
    <Stack gap="md">
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="choice-bars">
        {rows.map((row) => (
          <Box component="li" key={row.key} data-testid={`bar-${row.key}`}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text fw={600}>{t(`voting.choice.${row.key}`)}</Text>
              <Text>
                {unit(row.value)} · {percentText(shareOf(row.value, result.cast), language)}
              </Text>
            </Group>
            <Bar percent={shareOf(row.value, result.cast)} color={row.color} />
          </Box>
        ))}
      </Stack>
      <Text size="xs" c="dimmed">
        {t('voting.results.barsOfCast')}
      </Text>

      {yesShare !== null && threshold !== undefined && !result.colleges && (
        <Stack gap={4} data-testid="yes-share">
          <Text size="sm">
            {t('voting.results.yesShare', {
              percent: percentText(yesShare, language),
              threshold: percentText(threshold, language),
              rule: t(`voting.threshold.${result.majorityRule}`),
            })}
          </Text>
          <Bar percent={yesShare} color={result.passed ? 'green' : 'red'} marker={threshold} />
        </Stack>
      )}

      <Box component="dl" m={0} style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
        <Figure label={t('voting.results.ballots')} value={n(result.ballots)} testId="figure-ballots" />
        <Figure label={t('voting.results.cast')} value={unit(result.cast)} testId="figure-cast" />
        <Figure
          label={t(result.abstentionsCount ? 'voting.results.countedWithAbstentions' : 'voting.results.counted')}
          value={unit(result.counted)}
          testId="figure-counted"
        />
        {result.yesNeeded !== null && (
          <Figure label={t('voting.results.yesNeeded')} value={unit(result.yesNeeded)} testId="figure-yes-needed" />
        )}
        {result.yesPercent !== null && (
          <Figure
            label={t('voting.results.yesPercent')}
            value={percentText(result.yesPercent, language)}
            testId="figure-yes-percent"
          />
        )}
        {result.majorityRule && (
          <Figure
            label={t('voting.results.threshold')}
            value={t(`voting.threshold.${result.majorityRule}`)}
            testId="figure-threshold"
          />
        )}
        <Figure label={t('voting.results.entitled')} value={unit(result.entitled)} testId="figure-entitled" />
      </Box>

      {result.colleges && result.colleges.length > 0 && (
        // A wide table scrolls by itself on a phone; focusable so the keyboard can scroll it too.
        <Box style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={t('voting.results.colleges')}>
          <Table striped withTableBorder data-testid="colleges" fz="sm" miw={0}>
            <Table.Caption>{t('voting.results.colleges')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('voting.results.college')}</Table.Th>
                <Table.Th scope="col">{t('voting.results.collegeWeight')}</Table.Th>
                <Table.Th scope="col">{t('voting.choice.yes')}</Table.Th>
                <Table.Th scope="col">{t('voting.choice.no')}</Table.Th>
                <Table.Th scope="col">{t('voting.choice.abstain')}</Table.Th>
                <Table.Th scope="col">{t('voting.results.yesPercent')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.colleges.map((c) => (
                <Table.Tr key={c.college}>
                  <Table.Th scope="row" fw={400}>
                    {t(`category.${c.college}`)}
                    {!c.included && (
                      <Text component="span" size="xs" c="dimmed" display="block">
                        {t('voting.results.collegeLeftOut')}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td>{n(c.collegeWeight)}</Table.Td>
                  <Table.Td>{n(c.yes)}</Table.Td>
                  <Table.Td>{n(c.no)}</Table.Td>
                  <Table.Td>{n(c.abstain)}</Table.Td>
                  <Table.Td>{c.yesPercent !== null ? percentText(c.yesPercent, language) : '–'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      )}
    </Stack>
  );
}

function ElectionFigures({ election }: { election: NonNullable<VotingResultFieldsFragment['election']> }) {
  const { t } = useTranslation();
  const language = useVotingLanguage();
  const n = (value: number) => numberText(value, language);
  const names = new Map(election.ranking.map((r) => [r.candidate.id, r.candidate.name]));
  const tied = election.tieCandidateIds.map((id) => names.get(id) ?? id);
  return (
    <Stack gap="sm">
      <Text>{t('voting.election.seats', { count: election.seats, formatted: n(election.seats) })}</Text>
      {tied.length > 0 && (
        <Alert color="orange" variant="light" title={t('voting.election.tieTitle')} data-testid="tie-warning">
          {t('voting.election.tie', { names: tied.join(', ') })}
        </Alert>
      )}
      {election.vacantSeats > 0 && (
        <Text size="sm">
          {t('voting.election.vacant', { count: election.vacantSeats, formatted: n(election.vacantSeats) })}
        </Text>
      )}
      <Table withTableBorder striped data-testid="ranking" fz="sm">
        <Table.Caption>{t('voting.election.ranking')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('voting.election.rank')}</Table.Th>
            <Table.Th scope="col">{t('voting.election.candidate')}</Table.Th>
            <Table.Th scope="col">{t('voting.election.approvals')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {election.ranking.map((r) => (
            <Table.Tr key={r.candidate.id} data-elected={r.elected || undefined}>
              <Table.Td>{n(r.rank)}</Table.Td>
              <Table.Th scope="row" fw={r.elected ? 700 : 400} style={{ overflowWrap: 'anywhere' }}>
                {r.candidate.name}{' '}
                {r.elected && (
                  <Badge color="green" variant="light" tt="none" size="sm">
                    {t('voting.election.elected')}
                  </Badge>
                )}
                {election.tieCandidateIds.includes(r.candidate.id) && (
                  <Badge color="orange" variant="light" tt="none" size="sm">
                    {t('voting.election.tied')}
                  </Badge>
                )}
              </Table.Th>
              <Table.Td>{n(r.approvals)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** The badge saying how the poll ended: Adopted, Rejected, Tie, Quorum not reached, Elected. */
export function OutcomeBadge({ outcome, size = 'xl' }: { outcome: string; size?: string }) {
  const { t } = useTranslation();
  const kind = outcomeKind(outcome);
  return (
    <Badge color={OUTCOME_COLORS[kind]} variant="filled" tt="none" size={size} data-testid="outcome">
      {kind === 'other' ? outcome : t(`voting.outcome.${kind}`)}
    </Badge>
  );
}

/**
 * The result of a closed or published poll, every figure written out: the outcome, the votes per
 * choice (or the election ranking), what was counted and what was needed, the quorum, and the
 * rule as the minutes print it.
 */
export function PollResults({
  result,
  method,
  headingLevel = 2,
}: {
  result: VotingResultFieldsFragment;
  method: PollMethod;
  /** The level of the "Result" heading; the headings inside it are one level below. */
  headingLevel?: 2 | 3 | 4;
}) {
  const { t } = useTranslation();
  const kind = outcomeKind(result.outcome);
  return (
    <Stack gap="lg" data-testid="poll-results">
      <Stack gap="xs">
        <Title order={headingLevel} size={headingLevel === 2 ? 'h3' : 'h4'}>
          {t('voting.results.heading')}
        </Title>
        <Group gap="sm" wrap="wrap">
          <OutcomeBadge outcome={result.outcome} />
        </Group>
        {kind !== 'other' && <Text>{t(`voting.outcomeExplained.${kind}`)}</Text>}
      </Stack>

      {method === 'APPROVAL' && result.election ? (
        <ElectionFigures election={result.election} />
      ) : (
        <MotionFigures result={result} />
      )}

      <QuorumView quorum={result.quorum} headingLevel={(headingLevel + 1) as 3 | 4 | 5} />

      <Box component="details">
        <Text component="summary" size="sm" fw={600} style={{ cursor: 'pointer' }}>
          {t('voting.results.ruleApplied')}
        </Text>
        {/* Written by the API in English, as the minutes print it. */}
        <Text size="sm" mt="xs" lang="en" data-testid="rule-applied">
          {result.ruleApplied}
        </Text>
      </Box>
    </Stack>
  );
}
