import { useQuery } from '@apollo/client/react';
import { can } from '@letscoop/domain';
import { Alert, Anchor, Badge, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import { formatDate } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { PageLoader, usePageTitle } from '../../app/page-state';
import { useSession } from '../../app/session';
import { BoardWorkspaceDocument } from '../../generated/graphql';
import { CreateBoardMeetingForm } from '../recommendations/board-meeting-picker';
import { ageInDays } from '../recommendations/cycle-view';

/** The board's review workspace: the queue across groups, and the board's meetings. */
export function BoardPage() {
  const { t } = useTranslation();
  const { actor, cooperativeId } = useSession();
  const language = currentLanguage();
  const allowed = cooperativeId !== null && can(actor, 'board.review', { cooperativeId });
  const { data, loading, error } = useQuery(BoardWorkspaceDocument, {
    variables: { cooperativeId: cooperativeId ?? '' },
    skip: !allowed,
    fetchPolicy: 'cache-and-network',
  });
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState(false);
  usePageTitle(t('board.title'));

  if (!allowed)
    return (
      <Stack>
        <Title order={1}>{t('board.title')}</Title>
        <Alert color="gray">{t('board.notOnBoard')}</Alert>
      </Stack>
    );
  if (loading && !data) return <PageLoader />;
  if (!data) return <ErrorAlert error={error} />;

  return (
    <Stack gap="lg">
      <Title order={1}>{t('board.title')}</Title>
      <section aria-labelledby="queue-heading">
        <Title order={2} size="h3" id="queue-heading" mb="xs">
          {t('board.queue', { count: data.boardQueue.length })}
        </Title>
        {data.boardQueue.length === 0 && <Text c="dimmed">{t('board.queueEmpty')}</Text>}
        <Box component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="board-queue">
          {data.boardQueue.map((rec) => {
            const days = ageInDays(rec.stageChangedAt);
            return (
              <Box component="li" key={rec.id} mb="sm">
                <Paper withBorder p="sm">
                  <Stack gap={6}>
                    <Anchor
                      component={Link}
                      to={`/recommendations/${rec.id}`}
                      fw={700}
                      lang={rec.currentVersion.title.language}
                      style={{ overflowWrap: 'anywhere' }}
                    >
                      {rec.currentVersion.title.text}
                    </Anchor>
                    <Group gap="xs" wrap="wrap">
                      <Badge variant="light" tt="none">
                        {t(`recommendations.stage.${rec.stage}`)}
                      </Badge>
                      <Text size="sm" lang={rec.group.theme.language}>
                        {rec.group.theme.text}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {t('board.age', { count: days })}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {t('board.notes', { count: rec.reviewNotes.length })}
                      </Text>
                    </Group>
                    <Group gap="xs" wrap="wrap">
                      <Button
                        component={Link}
                        size="compact-sm"
                        variant="default"
                        to={`/recommendations/${rec.id}#review-notes-heading`}
                      >
                        {t('board.openNotes')}
                      </Button>
                      {rec.availableTransitions.map((transition) => (
                        <Button
                          key={transition}
                          component={Link}
                          size="compact-sm"
                          variant="light"
                          h="auto"
                          mih={26}
                          styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                          to={`/recommendations/${rec.id}?step=${transition}`}
                        >
                          {t(`recommendations.transition.${transition}`)}
                        </Button>
                      ))}
                      {rec.availableTransitions.length === 0 && (
                        <Text size="sm" c="dimmed">
                          {t('board.noStepForYou')}
                        </Text>
                      )}
                    </Group>
                  </Stack>
                </Paper>
              </Box>
            );
          })}
        </Box>
      </section>

      <section aria-labelledby="meetings-heading">
        <Title order={2} size="h3" id="meetings-heading" mb="xs">
          {t('board.meetings')}
        </Title>
        {created && (
          <Alert color="teal" role="status" mb="xs">
            {t('board.meetingCreated')}
          </Alert>
        )}
        {creating ? (
          <CreateBoardMeetingForm
            cooperativeId={cooperativeId}
            onCreated={() => {
              setCreating(false);
              setCreated(true);
            }}
            onCancel={() => setCreating(false)}
          />
        ) : (
          <Button
            variant="default"
            onClick={() => {
              setCreated(false);
              setCreating(true);
            }}
            mb="sm"
          >
            {t('recommendations.boardMeeting.create')}
          </Button>
        )}
        {data.boardMeetings.length === 0 && <Text c="dimmed">{t('board.noMeetings')}</Text>}
        <Box component="ul" pl="md" data-testid="board-meetings">
          {data.boardMeetings.map((m) => (
            <li key={m.id}>
              <Text size="sm">
                <time dateTime={m.heldOn}>{formatDate(m.heldOn, language)}</time> — {m.title}
              </Text>
            </li>
          ))}
        </Box>
      </section>
    </Stack>
  );
}
