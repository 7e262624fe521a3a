import { useQuery } from '@apollo/client/react';
import { can } from '@letscoop/domain';
import { Alert, Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { MissingPage, PageLoader, usePageTitle } from '../../app/page-state';
import { useSession } from '../../app/session';
import { CommentThread } from '../comments/comment-thread';
import { TranslatedTextView } from '../cooperatives/translated-text-view';
import { WritingDetailDocument } from '../../generated/graphql';
import { DecideWritingControls } from './side-channel-lists';

export function WritingPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { id = '' } = useParams();
  const { actor } = useSession();
  const { data, loading, error, refetch } = useQuery(WritingDetailDocument, { variables: { id } });
  const writing = data?.writing;
  usePageTitle(writing?.title.text ?? t('sideChannels.writing'));

  if (loading && !writing) return <PageLoader />;
  if (!writing) {
    return <MissingPage error={error} notFound={t('sideChannels.writingNotFound')} absentCodes={['NOT_FOUND', 'VALIDATION', 'FORBIDDEN']} />;
  }
  const mayDecide = writing.status === 'SUBMITTED' && can(actor, 'writing.decide', { cooperativeId: writing.cooperativeId });
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Group gap="md" wrap="wrap">
          <Anchor component={Link} to={`/editions/${writing.editionId}`} size="sm">
            ← {t('sideChannels.backToEdition')}
          </Anchor>
          {writing.groupId && writing.theme && (
            <Anchor component={Link} to={`/groups/${writing.groupId}`} size="sm" lang={writing.theme.language}>
              {writing.theme.text}
            </Anchor>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('sideChannels.writing')}
        </Text>
        <Title order={1} lang={writing.title.language} className="break-anywhere">
          {writing.title.text}
        </Title>
        <Text>
          {t('sideChannels.writingBy', { name: writing.authorName, kind: t(`sideChannels.authorKind.${writing.authorKind}`) })} ·{' '}
          {formatDate(writing.submittedAt, language)}
        </Text>
        {writing.submittedBy && (
          <Text size="sm" c="dimmed">
            {t('sideChannels.submittedBy', { name: writing.submittedBy.displayName })}
          </Text>
        )}
        {writing.status !== 'ACCEPTED' && (
          <Badge color={writing.status === 'DECLINED' ? 'red' : 'orange'} variant="light" tt="none" style={{ alignSelf: 'flex-start' }}>
            {t(`sideChannels.writingStatus.${writing.status}`)}
          </Badge>
        )}
        {writing.status === 'DECLINED' && writing.decisionReason && (
          <Alert color="red" variant="light" title={t('sideChannels.declinedBecause')}>
            {writing.decisionReason}
          </Alert>
        )}
        {mayDecide && <DecideWritingControls writingId={writing.id} onDone={() => void refetch()} />}
      </Stack>
      <section aria-labelledby="writing-body-title">
        <Title order={2} id="writing-body-title" mb="xs">
          {t('sideChannels.text')}
        </Title>
        <TranslatedTextView value={writing.body} />
      </section>
      {writing.status === 'ACCEPTED' && <CommentThread subjectType="WRITING" subjectId={writing.id} />}
    </Stack>
  );
}
