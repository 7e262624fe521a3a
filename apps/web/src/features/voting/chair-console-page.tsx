import './voting.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { can } from '@letscoop/domain';
import { Alert, Anchor, Badge, Box, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import { MissingPage, PageLoader, usePageTitle } from '../../app/page-state';
import { useSession } from '../../app/session';
import {
  ChairClosePollDocument,
  ChairConsoleDocument,
  ChairOpenPollDocument,
  ChairPublishPollDocument,
  type ChairConsoleQuery,
} from '../../generated/graphql';
import { useAssemblyLive } from '../assemblies/use-assembly-live';
import { useLiveParticipation } from './live';
import { OutcomeBadge, PollResults, QuorumView } from './poll-results';
import { numberText, useVotingLanguage } from './voting-format';
import { ConfirmDialog, ParticipationMeter, PollStatusBadge } from './voting-parts';

type Assembly = ChairConsoleQuery['assembly'];
type Item = Assembly['agenda'][number];
type Action = 'open' | 'close' | 'publish';

const ACTION_OF_STATUS = { DRAFT: 'open', OPEN: 'close', CLOSED: 'publish', PUBLISHED: null } as const;

function Attendance({ assembly, mode }: { assembly: Assembly; mode: 'live' | 'polling' }) {
  const { t } = useTranslation();
  const language = useVotingLanguage();
  const a = assembly.attendance;
  const n = (value: number) => numberText(value, language);
  const figures = [
    { key: 'present', value: n(a.presentMembers) },
    { key: 'represented', value: n(a.representedMembers) },
    { key: 'entitled', value: n(a.entitledMembers) },
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="attendance-heading" data-testid="console-attendance">
      <Group justify="space-between" gap="xs" wrap="wrap" mb="xs">
        <Title order={2} size="h4" id="attendance-heading">
          {t('voting.console.attendance')}
        </Title>
        <Badge variant="dot" color={mode === 'live' ? 'green' : 'gray'} tt="none">
          {mode === 'live' ? t('voting.console.live') : t('voting.console.polling')}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 3 }} spacing="xs" component="dl" m={0} mb="md">
        {figures.map((f) => (
          <Box key={f.key}>
            <Text component="dt" size="sm">
              {t(`voting.console.${f.key}`)}
            </Text>
            <Text component="dd" m={0} fz="xl" fw={700} data-testid={`attendance-${f.key}`}>
              {f.value}
            </Text>
          </Box>
        ))}
      </SimpleGrid>
      <QuorumView quorum={a.quorum} />
    </Paper>
  );
}

function CurrentPoll({ item, onChanged }: { item: Item; onChanged: () => void }) {
  const { t } = useTranslation();
  const poll = item.poll;
  const { participation } = useLiveParticipation(poll?.id, poll, onChanged);
  if (!poll) return null;
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="current-heading"
      data-testid="current-poll"
      style={{ borderColor: 'var(--mantine-color-green-7)', borderWidth: 2 }}
    >
      <Badge color="green" variant="light" tt="none" size="lg" mb={6}>
        {t('voting.console.votingNow')}
      </Badge>
      <Title
        order={2}
        size="h3"
        id="current-heading"
        lang={item.title.language}
        mb="sm"
        style={{ overflowWrap: 'anywhere' }}
      >
        {t('voting.poll.itemNumber', { position: item.position })} · {item.title.text}
      </Title>
      {participation && <ParticipationMeter participation={participation} big />}
    </Paper>
  );
}

function AgendaEntry({
  item,
  assembly,
  onAction,
}: {
  item: Item;
  assembly: Assembly;
  onAction: (action: Action, item: Item) => void;
}) {
  const { t } = useTranslation();
  const language = useVotingLanguage();
  const poll = item.poll;
  const [showResult, setShowResult] = useState(false);
  const action = poll ? ACTION_OF_STATUS[poll.status] : null;
  const anotherOpen = !!assembly.currentPoll && assembly.currentPoll.id !== poll?.id;
  const inSession = assembly.status === 'IN_SESSION';
  const blocked =
    action === 'open' && !inSession
      ? t('voting.console.notInSession')
      : action === 'open' && anotherOpen
        ? t('voting.console.anotherOpen')
        : null;
  const headingId = `item-${item.id}-heading`;
  return (
    <Paper
      withBorder
      p="md"
      component="li"
      aria-labelledby={headingId}
      data-testid="console-item"
      style={{ listStyle: 'none' }}
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Title
            order={3}
            size="h5"
            id={headingId}
            tabIndex={-1}
            lang={item.title.language}
            style={{ overflowWrap: 'anywhere', flex: '1 1 14rem' }}
          >
            {item.position}. {item.title.text}
          </Title>
          <Group gap={6} wrap="wrap">
            <Badge variant="outline" color="gray" tt="none">
              {t(`voting.kind.${item.kind}`)}
            </Badge>
            {poll && <PollStatusBadge status={poll.status} size="md" />}
          </Group>
        </Group>
        {!poll && <Text size="sm">{t('voting.console.informationOnly')}</Text>}
        {poll && (poll.status === 'OPEN' || poll.status === 'CLOSED' || poll.status === 'PUBLISHED') && (
          <Text size="sm">
            {t('voting.participation.count', {
              cast: numberText(poll.participation.ballotsCast, language),
              eligible: numberText(poll.participation.eligible, language),
            })}
          </Text>
        )}
        {poll && action && (
          <Group gap="sm" wrap="wrap">
            <Button
              color={action === 'close' ? 'red' : undefined}
              disabled={!!blocked}
              aria-describedby={blocked ? `${headingId}-blocked` : undefined}
              onClick={() => onAction(action, item)}
              data-testid={`${action}-poll`}
            >
              {t(`voting.console.action.${action}`)}
            </Button>
            {blocked && (
              <Text size="sm" id={`${headingId}-blocked`}>
                {blocked}
              </Text>
            )}
          </Group>
        )}
        {poll && poll.status === 'CLOSED' && poll.results && (
          <Box mt="xs">
            <PollResults result={poll.results} method={poll.method} headingLevel={4} />
          </Box>
        )}
        {poll && poll.status === 'PUBLISHED' && (
          <Stack gap="xs">
            <Group gap="sm" wrap="wrap">
              {poll.results && <OutcomeBadge outcome={poll.results.outcome} size="lg" />}
              <Anchor component={Link} to={`/polls/${poll.id}`} size="sm">
                {t('voting.console.pollPage')}
              </Anchor>
              {poll.results && (
                <Button
                  variant="subtle"
                  size="compact-sm"
                  onClick={() => setShowResult((s) => !s)}
                  aria-expanded={showResult}
                >
                  {showResult ? t('voting.console.hideResult') : t('voting.console.showResult')}
                </Button>
              )}
            </Group>
            {showResult && poll.results && <PollResults result={poll.results} method={poll.method} headingLevel={4} />}
          </Stack>
        )}
        {poll && poll.status === 'OPEN' && (
          <Anchor component={Link} to={`/polls/${poll.id}`} size="sm">
            {t('voting.console.pollPage')}
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * /assemblies/:id/console — the chair runs the votes: the agenda with each poll's status and the
 * one next step (open, close, publish, each confirmed), the poll open now with its live count,
 * attendance and quorum live, and each result once closed (before the members see it).
 */
export function ChairConsolePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { actor } = useSession();
  const query = useQuery(ChairConsoleDocument, { variables: { id } });
  const assembly = query.data?.assembly;
  const { refetch } = query;
  const reload = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  const mayChair =
    !!assembly && assembly.viewerCanChair && can(actor, 'assembly.chair', { cooperativeId: assembly.cooperativeId });
  const mode = useAssemblyLive(id, {
    skip: !mayChair,
    knownPollId: assembly ? (assembly.currentPoll?.id ?? null) : undefined,
    onPollChange: reload,
  });
  const [pending, setPending] = useState<{ action: Action; item: Item } | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [openPoll, opening] = useMutation(ChairOpenPollDocument);
  const [closePoll, closing] = useMutation(ChairClosePollDocument);
  const [publishPoll, publishing] = useMutation(ChairPublishPollDocument);
  usePageTitle(t('voting.console.title'));

  if (query.loading && !assembly) return <PageLoader />;
  if (!assembly)
    return (
      <MissingPage
        error={query.error}
        notFound={t('voting.console.notFound')}
        back={{ to: '/', label: t('nav.home') }}
      />
    );

  const agenda = [...assembly.agenda].sort((a, b) => a.position - b.position);
  const current = assembly.currentPoll ? agenda.find((i) => i.poll?.id === assembly.currentPoll?.id) : undefined;
  const busy = opening.loading || closing.loading || publishing.loading;

  async function run() {
    if (!pending?.item.poll) return;
    const pollId = pending.item.poll.id;
    setActionError(null);
    try {
      if (pending.action === 'open') await openPoll({ variables: { pollId } });
      if (pending.action === 'close') await closePoll({ variables: { pollId } });
      if (pending.action === 'publish') await publishPoll({ variables: { pollId } });
      setPending(null);
      await refetch();
      // The button that opened the dialog may be gone (a published poll has no next step): land on its item.
      document.getElementById(`item-${pending.item.id}-heading`)?.focus();
    } catch (error) {
      setActionError(error);
    }
  }

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Text size="sm">
          <Anchor component={Link} to={`/assemblies/${assembly.id}`}>
            {t('voting.poll.backToAssembly')}
          </Anchor>
        </Text>
        <Title order={1}>{t('voting.console.title')}</Title>
        <Text fz="lg" lang={assembly.title.language} style={{ overflowWrap: 'anywhere' }}>
          {assembly.title.text}
        </Text>
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" tt="none" size="lg" data-testid="assembly-status">
            {t(`voting.assemblyStatus.${assembly.status}`)}
          </Badge>
          <Anchor
            component={Link}
            to={`/assemblies/${assembly.id}/projector`}
            target="_blank"
            rel="noopener"
            data-testid="projector-link"
          >
            {t('voting.console.projector')}
          </Anchor>
        </Group>
      </Stack>

      {!mayChair ? (
        <Alert color="orange" variant="light" data-testid="not-chair">
          {t('voting.console.notChair')}
        </Alert>
      ) : (
        <>
          {assembly.status !== 'IN_SESSION' && (
            <Alert color="gray" variant="light">
              {t(assembly.status === 'CLOSED' ? 'voting.console.assemblyClosed' : 'voting.console.openSessionFirst')}{' '}
              <Anchor component={Link} to={`/assemblies/${assembly.id}`} c="inherit" underline="always">
                {t('voting.console.assemblyPage')}
              </Anchor>
            </Alert>
          )}
          {current && <CurrentPoll item={current} onChanged={reload} />}
          <Attendance assembly={assembly} mode={mode} />
          <Box component="section" aria-labelledby="agenda-heading">
            <Title order={2} size="h3" id="agenda-heading" mb="xs">
              {t('voting.console.agenda')}
            </Title>
            {agenda.length === 0 ? (
              <Text c="dimmed">{t('voting.console.emptyAgenda')}</Text>
            ) : (
              <Stack gap="sm" component="ol" p={0} m={0}>
                {agenda.map((item) => (
                  <AgendaEntry
                    key={item.id}
                    item={item}
                    assembly={assembly}
                    onAction={(action, target) => {
                      setActionError(null);
                      setPending({ action, item: target });
                    }}
                  />
                ))}
              </Stack>
            )}
          </Box>
        </>
      )}

      <ConfirmDialog
        opened={!!pending}
        title={pending ? t(`voting.console.confirm.${pending.action}.title`) : ''}
        confirmLabel={pending ? t(`voting.console.action.${pending.action}`) : ''}
        cancelLabel={t('voting.confirm.back')}
        busy={busy}
        color={pending?.action === 'close' ? 'red' : undefined}
        onConfirm={() => void run()}
        onCancel={() => {
          setPending(null);
          setActionError(null);
        }}
      >
        {pending && (
          <Stack gap="xs">
            <Text fw={600} lang={pending.item.title.language} style={{ overflowWrap: 'anywhere' }}>
              {pending.item.position}. {pending.item.title.text}
            </Text>
            <Text>{t(`voting.console.confirm.${pending.action}.body`)}</Text>
            {actionError ? <ErrorAlert error={actionError} /> : null}
          </Stack>
        )}
      </ConfirmDialog>
    </Stack>
  );
}
