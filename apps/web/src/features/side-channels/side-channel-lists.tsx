import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import { formatDate } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import {
  DecideWritingDocument,
  SmallTalksDocument,
  WritingsDocument,
  type WritingSummaryFragment,
} from '../../generated/graphql';

const listStyle = { listStyle: 'none', padding: 0, margin: 0 } as const;

export function SmallTalkList({ editionId, groupId }: { editionId: string; groupId?: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { data, error } = useQuery(SmallTalksDocument, { variables: { editionId, groupId: groupId ?? null } });
  if (error) return <ErrorAlert error={error} />;
  if (!data) return <Text c="dimmed">{t('common.loading')}</Text>;
  if (data.smallTalks.length === 0) return <Text c="dimmed">{t('sideChannels.noSmallTalks')}</Text>;
  return (
    <Stack component="ul" gap="xs" style={listStyle} data-testid="small-talks">
      {data.smallTalks.map((talk) => (
        <Card component="li" key={talk.id} withBorder padding="sm">
          <Anchor component={Link} to={`/small-talks/${talk.id}`} fw={600} lang={talk.title.language} className="break-anywhere">
            {talk.title.text}
          </Anchor>
          <Text size="sm" c="dimmed">
            {[
              formatDate(talk.heldOn, language),
              talk.branch?.name,
              talk.host ? t('sideChannels.hostedBy', { name: talk.host.displayName }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Group gap="xs" mt={4} wrap="wrap">
            {!groupId && talk.theme && (
              <Badge variant="light" tt="none" lang={talk.theme.language} style={{ whiteSpace: 'normal', height: 'auto' }}>
                {talk.theme.text}
              </Badge>
            )}
            <Badge variant="light" color={talk.report ? 'green' : 'gray'} tt="none">
              {talk.report ? t('sideChannels.reported') : t('sideChannels.noReportYet')}
            </Badge>
            <Text size="xs" c="dimmed">
              {t('sideChannels.commentCount', { count: talk.commentCount })}
            </Text>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

function WritingCard({ writing, showTheme }: { writing: WritingSummaryFragment; showTheme: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <>
      <Anchor component={Link} to={`/writings/${writing.id}`} fw={600} lang={writing.title.language} className="break-anywhere">
        {writing.title.text}
      </Anchor>
      <Text size="sm" c="dimmed">
        {t('sideChannels.writingBy', { name: writing.authorName, kind: t(`sideChannels.authorKind.${writing.authorKind}`) })} ·{' '}
        {formatDate(writing.submittedAt, language)}
      </Text>
      <Group gap="xs" mt={4} wrap="wrap">
        {showTheme && writing.theme && (
          <Badge variant="light" tt="none" lang={writing.theme.language} style={{ whiteSpace: 'normal', height: 'auto' }}>
            {writing.theme.text}
          </Badge>
        )}
        {writing.status !== 'ACCEPTED' && (
          <Badge variant="light" color={writing.status === 'DECLINED' ? 'red' : 'orange'} tt="none">
            {t(`sideChannels.writingStatus.${writing.status}`)}
          </Badge>
        )}
        <Text size="xs" c="dimmed">
          {t('sideChannels.commentCount', { count: writing.commentCount })}
        </Text>
      </Group>
    </>
  );
}

export function WritingList({ editionId, groupId }: { editionId: string; groupId?: string }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(WritingsDocument, {
    variables: { editionId, groupId: groupId ?? null, status: 'ACCEPTED' },
  });
  if (error) return <ErrorAlert error={error} />;
  if (!data) return <Text c="dimmed">{t('common.loading')}</Text>;
  if (data.writings.length === 0) return <Text c="dimmed">{t('sideChannels.noWritings')}</Text>;
  return (
    <Stack component="ul" gap="xs" style={listStyle} data-testid="writings">
      {data.writings.map((writing) => (
        <Card component="li" key={writing.id} withBorder padding="sm">
          <WritingCard writing={writing} showTheme={!groupId} />
        </Card>
      ))}
    </Stack>
  );
}

/** Accept, or decline with a reason the submitter will read. */
export function DecideWritingControls({ writingId, onDone }: { writingId: string; onDone?: () => void }) {
  const { t } = useTranslation();
  const [decide, { loading, error }] = useMutation(DecideWritingDocument);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const send = async (accept: boolean) => {
    try {
      await decide({ variables: { input: { writingId, accept, reason: accept ? null : reason.trim() } } });
    } catch {
      return;
    }
    onDone?.();
  };
  return (
    <Stack gap="xs" mt="xs">
      <Group gap="xs">
        <Button size="xs" loading={loading && !declining} onClick={() => send(true)}>
          {t('sideChannels.accept')}
        </Button>
        {!declining && (
          <Button size="xs" variant="default" onClick={() => setDeclining(true)}>
            {t('sideChannels.decline')}
          </Button>
        )}
      </Group>
      {declining && (
        <Stack gap="xs">
          <Textarea
            label={t('sideChannels.declineReason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            required
            autosize
            minRows={2}
          />
          <Group gap="xs">
            <Button size="xs" color="red.9" disabled={!reason.trim()} loading={loading} onClick={() => send(false)}>
              {t('sideChannels.confirmDecline')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setDeclining(false)}>
              {t('comments.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
      <ErrorAlert error={error} />
    </Stack>
  );
}

/** For the edition's coordinators: writings waiting for a decision. */
export function PendingWritings({ editionId }: { editionId: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(WritingsDocument, { variables: { editionId, status: 'SUBMITTED' } });
  if (error) return <ErrorAlert error={error} />;
  if (!data) return null;
  if (data.writings.length === 0) return <Text c="dimmed">{t('sideChannels.noPendingWritings')}</Text>;
  return (
    <Stack component="ul" gap="xs" style={listStyle} data-testid="pending-writings">
      {data.writings.map((writing) => (
        <Card component="li" key={writing.id} withBorder padding="sm">
          <WritingCard writing={writing} showTheme />
          <DecideWritingControls writingId={writing.id} onDone={() => void refetch()} />
        </Card>
      ))}
    </Stack>
  );
}
