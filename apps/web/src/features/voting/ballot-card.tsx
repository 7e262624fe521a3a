import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Box, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import { describeError } from '../../app/errors';
import {
  CastBallotDocument,
  type BallotChoice,
  type CastBallotMutation,
  type VotingPollQuery,
} from '../../generated/graphql';
import { rememberReceipt, storedReceipts, type StoredReceipt } from './receipt-storage';
import { ConfirmDialog, ReceiptCard } from './voting-parts';

type Poll = VotingPollQuery['poll'];
type Right = Poll['myVotingRights'][number];

const CHOICES: { value: BallotChoice; key: 'yes' | 'no' | 'abstain' }[] = [
  { value: 'YES', key: 'yes' },
  { value: 'NO', key: 'no' },
  { value: 'ABSTAIN', key: 'abstain' },
];

/** The voting errors this card explains itself, with what to do; others go to the generic alert. */
function BallotError({ error, assemblyId, voterName }: { error: unknown; assemblyId: string; voterName: string }) {
  const { t } = useTranslation();
  const code = describeError(error).code;
  const text: Partial<Record<string, string>> = {
    ALREADY_VOTED: t('voting.errors.alreadyVoted', { name: voterName }),
    POLL_NOT_OPEN: t('voting.errors.pollNotOpen'),
    NOT_CHECKED_IN: t('voting.errors.notCheckedIn'),
    NOT_ENTITLED: t('voting.errors.notEntitled', { name: voterName }),
  };
  const message = text[code];
  if (!message) return <ErrorAlert error={error} />;
  return (
    <Alert color="red" variant="light" role="alert" title={t('voting.errors.title')} data-testid="ballot-error">
      <Text size="sm">{message}</Text>
      {code === 'NOT_CHECKED_IN' && (
        <Anchor
          component={Link}
          to={`/assemblies/${assemblyId}`}
          size="sm"
          fw={600}
          c="inherit"
          underline="always"
          data-testid="check-in-link"
        >
          {t('voting.errors.goCheckIn')}
        </Anchor>
      )}
    </Alert>
  );
}

/**
 * One ballot: for the viewer, or on behalf of a member they represent. Choose, confirm in a
 * dialog, then the receipt is shown (and kept on this device). A ballot already cast shows the
 * receipt this device kept for it.
 */
export function BallotCard({
  poll,
  right,
  onChanged,
}: {
  poll: Poll;
  right: Right;
  /** After a cast (or a refusal that says the poll moved on): refetch the poll. */
  onChanged: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const item = poll.agendaItem;
  const election = poll.method === 'APPROVAL';
  const seats = item.seats ?? 1;
  const voterName = right.voter.displayName;
  const [choice, setChoice] = useState<BallotChoice | null>(null);
  const [approvals, setApprovals] = useState<string[]>([]);
  const [missing, setMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [cast, setCast] = useState<CastBallotMutation['castBallot'] | null>(null);
  const [kept, setKept] = useState<StoredReceipt | null>(
    () => storedReceipts(poll.id).find((r) => r.voterId === right.voter.id) ?? null,
  );
  const [castBallot, { loading }] = useMutation(CastBallotDocument);
  const receiptHeading = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (cast) receiptHeading.current?.focus();
  }, [cast]);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const heading = right.onBehalf ? t('voting.ballot.onBehalfOf', { name: voterName }) : t('voting.ballot.mine');
  const headingId = `${id}-heading`;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!election && !choice) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setConfirming(true);
  }

  async function confirm() {
    setError(null);
    try {
      const result = await castBallot({
        variables: {
          input: {
            pollId: poll.id,
            ...(election ? { approvals } : { choice }),
            ...(right.onBehalf ? { onBehalfOf: right.voter.id } : {}),
          },
        },
      });
      const receipt = result.data?.castBallot;
      setConfirming(false);
      if (receipt) {
        const entry: StoredReceipt = {
          receipt: receipt.receipt,
          voterId: right.voter.id,
          voterName,
          onBehalf: right.onBehalf,
          receivedAt: new Date().toISOString(),
        };
        rememberReceipt(poll.id, entry);
        setKept(entry);
        setCast(receipt);
      }
      await onChanged().catch(() => undefined);
    } catch (caught) {
      setConfirming(false);
      setError(caught);
      const code = describeError(caught).code;
      if (code === 'ALREADY_VOTED' || code === 'POLL_NOT_OPEN') await onChanged().catch(() => undefined);
    }
  }

  const candidates = [...item.candidates].sort((a, b) => a.position - b.position);
  const chosenText = election
    ? approvals.length === 0
      ? t('voting.ballot.noneApproved')
      : candidates
          .filter((c) => approvals.includes(c.id))
          .map((c) => c.name)
          .join(', ')
    : choice
      ? t(`voting.choice.${CHOICES.find((c) => c.value === choice)?.key ?? 'yes'}`)
      : '';

  let content;
  if (cast) {
    content = (
      <Stack gap="sm">
        <Alert color="green" variant="light" role="status" data-testid="ballot-cast">
          {t('voting.ballot.castDone', { choice: chosenText })}
        </Alert>
        <ReceiptCard
          receipt={cast.receipt}
          secret={cast.secret}
          heading={t('voting.receipt.heading')}
          headingRef={receiptHeading}
        />
      </Stack>
    );
  } else if (right.alreadyVoted) {
    content = (
      <Stack gap="sm">
        <Alert color="green" variant="light" data-testid="already-voted">
          {right.onBehalf ? t('voting.ballot.alreadyCastFor', { name: voterName }) : t('voting.ballot.alreadyCast')}
        </Alert>
        {kept ? (
          <ReceiptCard receipt={kept.receipt} secret={poll.secret} heading={t('voting.receipt.keptHeading')} />
        ) : (
          <Text size="sm">{t('voting.receipt.notOnThisDevice')}</Text>
        )}
      </Stack>
    );
  } else {
    content = (
      <Box component="form" onSubmit={submit} noValidate>
        <fieldset className="voting-choices" aria-describedby={missing ? `${id}-missing` : undefined}>
          <legend>
            {election ? t('voting.ballot.chooseCandidates', { count: seats, seats }) : t('voting.ballot.chooseOne')}
          </legend>
          {election ? (
            <>
              {candidates.map((candidate) => {
                const checked = approvals.includes(candidate.id);
                const full = !checked && approvals.length >= seats;
                return (
                  <label className="voting-choice" key={candidate.id}>
                    <input
                      type="checkbox"
                      name={`${id}-approvals`}
                      value={candidate.id}
                      checked={checked}
                      disabled={full}
                      onChange={(event) => {
                        const on = event.currentTarget.checked;
                        setApprovals((current) =>
                          on ? [...current, candidate.id] : current.filter((c) => c !== candidate.id),
                        );
                      }}
                      data-testid={`approve-${candidate.position}`}
                    />
                    <span className="voting-choice-label">
                      {candidate.name}
                      {candidate.statement && (
                        <span className="voting-choice-hint" lang={candidate.statement.language}>
                          {candidate.statement.text}
                        </span>
                      )}
                    </span>
                  </label>
                );
              })}
              <Text size="sm" aria-live="polite" data-testid="approvals-count">
                {t('voting.ballot.approvalsCount', { chosen: approvals.length, seats })}
              </Text>
            </>
          ) : (
            CHOICES.map((c) => (
              <label className="voting-choice" key={c.value}>
                <input
                  type="radio"
                  name={`${id}-choice`}
                  value={c.value}
                  checked={choice === c.value}
                  onChange={() => {
                    setChoice(c.value);
                    setMissing(false);
                  }}
                  data-testid={`choice-${c.value}`}
                />
                <span className="voting-choice-label">
                  {t(`voting.choice.${c.key}`)}
                  <span className="voting-choice-hint">{t(`voting.choiceHint.${c.key}`)}</span>
                </span>
              </label>
            ))
          )}
        </fieldset>
        {missing && (
          <Text c="red.9" size="sm" id={`${id}-missing`} role="alert" mb="xs">
            {t('voting.ballot.chooseFirst')}
          </Text>
        )}
        <Button type="submit" size="lg" fullWidth data-testid="continue">
          {t('voting.ballot.continue')}
        </Button>
      </Box>
    );
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId} data-testid="ballot">
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId} style={{ overflowWrap: 'anywhere' }}>
          {heading}
        </Title>
        {error ? (
          <div ref={errorRef} tabIndex={-1}>
            <BallotError error={error} assemblyId={poll.assemblyId} voterName={voterName} />
          </div>
        ) : null}
        {content}
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('voting.confirm.title')}
        confirmLabel={t('voting.confirm.cast')}
        cancelLabel={t('voting.confirm.back')}
        busy={loading}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      >
        <Stack gap="xs" data-testid="confirm-summary">
          <Text>
            <Text span fw={600}>
              {t('voting.confirm.item')}
            </Text>{' '}
            <span lang={item.title.language}>{item.title.text}</span>
          </Text>
          {right.onBehalf && (
            <Text>
              <Text span fw={600}>
                {t('voting.confirm.onBehalfOf')}
              </Text>{' '}
              {voterName}
            </Text>
          )}
          <Text fz="xl" fw={700}>
            {t('voting.confirm.yourChoice', { choice: chosenText })}
          </Text>
          <Text size="sm">{t('voting.confirm.final')}</Text>
        </Stack>
      </ConfirmDialog>
    </Paper>
  );
}
