import { Badge, Box, Button, CopyButton, Group, Modal, Stack, Text, Title } from '@mantine/core';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  PollStatus,
  VotingAgendaItemFieldsFragment,
  VotingParticipationFieldsFragment,
} from '../../generated/graphql';
import { numberText, percentText, shareOf, thresholdPercent, useVotingLanguage } from './voting-format';

const STATUS_COLORS: Record<PollStatus, string> = {
  DRAFT: 'gray',
  OPEN: 'green',
  CLOSED: 'orange',
  PUBLISHED: 'blue',
};

export function PollStatusBadge({ status, size = 'lg' }: { status: PollStatus; size?: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" tt="none" size={size} data-testid="poll-status">
      {t(`voting.status.${status}`)}
    </Badge>
  );
}

/** "123 of 456 ballots cast", with a bar. */
export function ParticipationMeter({
  participation,
  big = false,
}: {
  participation: VotingParticipationFieldsFragment;
  big?: boolean;
}) {
  const { t } = useTranslation();
  const language = useVotingLanguage();
  const share = shareOf(participation.ballotsCast, participation.eligible);
  return (
    <Stack gap={6} data-testid="participation">
      <Text fz={big ? 'xl' : 'md'} fw={600}>
        {t('voting.participation.count', {
          cast: numberText(participation.ballotsCast, language),
          eligible: numberText(participation.eligible, language),
        })}
        <Text component="span" fw={400} c="dimmed" fz={big ? 'lg' : 'sm'}>
          {' '}
          ({percentText(share, language)})
        </Text>
      </Text>
      <Box aria-hidden style={{ height: big ? 18 : 10, borderRadius: 9, background: 'var(--mantine-color-gray-2)' }}>
        <Box
          style={{
            width: `${Math.min(100, share)}%`,
            height: '100%',
            borderRadius: 9,
            background: 'var(--mantine-color-blue-7)',
          }}
        />
      </Box>
    </Stack>
  );
}

/** How the item is decided, in plain words: majority, abstentions, quorum, weights, secrecy. */
export function RuleInWords({ item, method }: { item: VotingAgendaItemFieldsFragment; method: string }) {
  const { t } = useTranslation();
  const language = useVotingLanguage();
  const lines: string[] = [];
  if (method === 'APPROVAL' || item.kind === 'ELECTION') {
    const seats = item.seats ?? 1;
    lines.push(t('voting.rule.election', { count: seats, formatted: numberText(seats, language) }));
    if (item.electionMethod === 'MAJORITY_PER_SEAT') lines.push(t('voting.rule.majorityPerSeat'));
  } else if (item.majorityRule) {
    lines.push(
      t(`voting.rule.majority.${item.majorityRule}`, {
        percent: percentText(thresholdPercent(item.majorityRule), language),
      }),
    );
    lines.push(t(item.abstentionsCount ? 'voting.rule.abstentionsCount' : 'voting.rule.abstentionsDoNotCount'));
  }
  if (item.quorumPercent !== null && item.quorumBasis) {
    lines.push(
      t('voting.rule.quorum', {
        percent: percentText(item.quorumPercent, language),
        basis: t(`voting.quorum.basis.${item.quorumBasis}`),
      }),
    );
  }
  if (item.weightMode) lines.push(t(`voting.rule.weight.${item.weightMode}`));
  lines.push(t(item.secret ? 'voting.rule.secret' : 'voting.rule.named'));
  return (
    <Box component="ul" m={0} pl="md" data-testid="rule-in-words">
      {lines.map((line) => (
        <li key={line}>
          <Text size="sm">{line}</Text>
        </li>
      ))}
    </Box>
  );
}

/** The receipt, large, with a copy button and what to do with it. */
export function ReceiptCard({
  receipt,
  secret,
  headingRef,
  heading,
}: {
  receipt: string;
  secret: boolean;
  headingRef?: Ref<HTMLHeadingElement>;
  heading: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="receipt">
      <Title order={3} size="h4" ref={headingRef} tabIndex={-1}>
        {heading}
      </Title>
      <Text
        fz={{ base: 26, sm: 32 }}
        fw={700}
        ff="monospace"
        style={{ letterSpacing: '0.08em', overflowWrap: 'anywhere' }}
        data-testid="receipt-code"
      >
        {receipt}
      </Text>
      <CopyButton value={receipt} timeout={3000}>
        {({ copied, copy }) => (
          <Button
            variant={copied ? 'light' : 'default'}
            color={copied ? 'green' : undefined}
            onClick={copy}
            style={{ alignSelf: 'flex-start' }}
            aria-live="polite"
          >
            {copied ? t('voting.receipt.copied') : t('voting.receipt.copy')}
          </Button>
        )}
      </CopyButton>
      <Text size="sm">{t(secret ? 'voting.receipt.keepSecret' : 'voting.receipt.keepNamed')}</Text>
    </Stack>
  );
}

/**
 * A confirmation dialog: Mantine's Modal traps the focus inside and gives it back to the
 * button that opened it when it closes.
 */
export function ConfirmDialog({
  opened,
  title,
  children,
  confirmLabel,
  cancelLabel,
  busy,
  onConfirm,
  onCancel,
  color,
}: {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  color?: string;
}) {
  return (
    <Modal
      opened={opened}
      onClose={() => {
        if (!busy) onCancel();
      }}
      title={title}
      centered
      size="md"
      closeButtonProps={{ 'aria-label': cancelLabel }}
      data-testid="confirm-dialog"
    >
      <Stack gap="md">
        {children}
        <Group justify="flex-end" gap="sm" wrap="wrap">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {cancelLabel}
          </Button>
          <Button onClick={onConfirm} loading={busy} color={color} data-autofocus data-testid="confirm">
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
