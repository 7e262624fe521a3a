import './voting.css';
import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../app/format';
import { MissingPage, PageLoader, usePageTitle } from '../../app/page-state';
import { TranslatedTextView } from '../cooperatives/translated-text-view';
import { VotingAssemblyDocument, VotingPollDocument, type VotingPollQuery } from '../../generated/graphql';
import { BallotCard } from './ballot-card';
import { useLiveParticipation, useLiveResults } from './live';
import { PollResults } from './poll-results';
import { PublishedBallots } from './published-ballots';
import { storedReceipts } from './receipt-storage';
import { useVotingLanguage } from './voting-format';
import { ParticipationMeter, PollStatusBadge, ReceiptCard, RuleInWords } from './voting-parts';

type Poll = VotingPollQuery['poll'];

/** Polled every 5 s while open when the live connection is not available. */
const FALLBACK_POLL_MS = 5000;

function Situation({ poll, assemblyId }: { poll: Poll; assemblyId: string }) {
  const { t } = useTranslation();
  const assembly = useQuery(VotingAssemblyDocument, { variables: { id: assemblyId } });
  const me = assembly.data?.assembly.me;
  if (!me) return null;
  const notes = [];
  if (!me.entitled) {
    notes.push(
      <Alert key="entitled" color="orange" variant="light" data-testid="not-entitled">
        {t('voting.situation.notEntitled')}
      </Alert>,
    );
  } else if (me.proxyGiven) {
    notes.push(
      <Alert key="proxy" color="blue" variant="light" data-testid="proxy-given">
        {t('voting.situation.proxyGiven', { name: me.proxyGiven.holder.displayName })}
      </Alert>,
    );
  }
  if (poll.status === 'OPEN' && !me.checkedIn && (me.entitled || me.proxiesHeld.length > 0) && !me.proxyGiven) {
    notes.push(
      <Alert key="checkin" color="orange" variant="light" data-testid="check-in-first">
        <Text size="sm">{t('voting.situation.checkInFirst')}</Text>
        <Anchor component={Link} to={`/assemblies/${assemblyId}`} size="sm" fw={600} c="inherit" underline="always">
          {t('voting.errors.goCheckIn')}
        </Anchor>
      </Alert>,
    );
  }
  return notes.length > 0 ? <Stack gap="xs">{notes}</Stack> : null;
}

/** The receipts this device kept for the poll, once voting has closed. */
function KeptReceipts({ poll }: { poll: Poll }) {
  const { t } = useTranslation();
  const kept = useMemo(() => storedReceipts(poll.id), [poll.id]);
  if (kept.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="kept-heading">
      <Title order={2} size="h4" id="kept-heading" mb="xs">
        {t('voting.receipt.keptListHeading')}
      </Title>
      <Stack gap="md">
        {kept.map((k) => (
          <ReceiptCard
            key={k.receipt}
            receipt={k.receipt}
            secret={poll.secret}
            heading={k.onBehalf ? t('voting.ballot.onBehalfOf', { name: k.voterName }) : t('voting.ballot.mine')}
          />
        ))}
      </Stack>
    </Paper>
  );
}

/**
 * /polls/:id — the member's voting page, made for a phone: the motion and how it is decided;
 * while open, one ballot per voting right (mine, and one for each member I represent), each
 * confirmed in a dialog and answered with a receipt; after publication, the result and the list
 * where the receipt can be checked.
 */
export function PollPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const language = useVotingLanguage();
  const query = useQuery(VotingPollDocument, { variables: { id } });
  const poll = query.data?.poll;
  const { refetch } = query;
  const reload = useCallback(() => refetch(), [refetch]);
  const { participation, liveError } = useLiveParticipation(poll?.id, poll, () => void reload().catch(() => undefined));
  useLiveResults(poll?.id, poll?.status);
  // Without a live connection, ask again while something can change.
  useQuery(VotingPollDocument, {
    variables: { id },
    skip: !liveError || !poll || poll.status === 'PUBLISHED',
    pollInterval: FALLBACK_POLL_MS,
    fetchPolicy: 'network-only',
  });
  usePageTitle(poll?.agendaItem.title.text ?? t('voting.poll.title'));

  if (query.loading && !poll) return <PageLoader />;
  if (!poll)
    return (
      <MissingPage error={query.error} notFound={t('voting.poll.notFound')} back={{ to: '/', label: t('nav.home') }} />
    );

  const item = poll.agendaItem;
  const rights = poll.myVotingRights;

  return (
    <Stack gap="lg" maw={720}>
      <Stack gap={6}>
        <Text size="sm">
          <Anchor component={Link} to={`/assemblies/${poll.assemblyId}`}>
            {t('voting.poll.backToAssembly')}
          </Anchor>
        </Text>
        <Text size="sm" c="dimmed">
          {t('voting.poll.itemNumber', { position: item.position })} · {t(`voting.kind.${item.kind}`)}
        </Text>
        <Title order={1} fz={{ base: 28, sm: 34 }} lang={item.title.language} style={{ overflowWrap: 'anywhere' }}>
          {item.title.text}
        </Title>
        <Group gap="xs" wrap="wrap">
          <PollStatusBadge status={poll.status} />
          <Badge variant="outline" tt="none" size="lg" color="gray">
            {poll.secret ? t('voting.poll.secret') : t('voting.poll.named')}
          </Badge>
        </Group>
      </Stack>

      <Box component="section" aria-labelledby="motion-heading">
        <Title order={2} size="h3" id="motion-heading" mb="xs">
          {item.kind === 'ELECTION' ? t('voting.poll.electionHeading') : t('voting.poll.motionHeading')}
        </Title>
        <Stack gap="sm">
          {item.body && <TranslatedTextView value={item.body} />}
          <Text fw={600} size="sm">
            {t('voting.poll.howDecided')}
          </Text>
          <RuleInWords item={item} method={poll.method} />
        </Stack>
      </Box>

      {poll.status === 'DRAFT' && (
        <Alert color="gray" variant="light" data-testid="not-open-yet">
          {t('voting.poll.notOpenYet')}
        </Alert>
      )}

      {poll.status === 'OPEN' && (
        <>
          {participation && (
            <Paper withBorder p="md" component="section" aria-labelledby="participation-heading">
              <Title order={2} size="h4" id="participation-heading" mb="xs">
                {t('voting.participation.heading')}
              </Title>
              <ParticipationMeter participation={participation} />
            </Paper>
          )}
          <Situation poll={poll} assemblyId={poll.assemblyId} />
          {rights.length === 0 ? (
            <Alert color="gray" variant="light" data-testid="no-rights">
              {t('voting.poll.noRights')}
            </Alert>
          ) : (
            rights.map((right) => <BallotCard key={right.voter.id} poll={poll} right={right} onChanged={reload} />)
          )}
        </>
      )}

      {poll.status === 'CLOSED' && (
        <>
          <Alert color="orange" variant="light" data-testid="closed">
            {t('voting.poll.closed', { time: formatDateTime(poll.closedAt, language) })}
          </Alert>
          {poll.results && (
            <Paper withBorder p="md">
              <Text size="sm" fw={600} mb="sm">
                {t('voting.poll.chairOnly')}
              </Text>
              <PollResults result={poll.results} method={poll.method} />
            </Paper>
          )}
          <KeptReceipts poll={poll} />
        </>
      )}

      {poll.status === 'PUBLISHED' && (
        <>
          {poll.results ? (
            <PollResults result={poll.results} method={poll.method} />
          ) : (
            <Alert color="gray" variant="light">
              {t('voting.poll.noResults')}
            </Alert>
          )}
          <PublishedBallots pollId={poll.id} candidates={item.candidates} weightMode={poll.weightMode} />
        </>
      )}
    </Stack>
  );
}
