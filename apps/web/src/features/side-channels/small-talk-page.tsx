import { useMutation, useQuery } from '@apollo/client/react';
import { can } from '@letscoop/domain';
import { Anchor, Badge, Box, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import { formatDate } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { MissingPage, PageLoader, usePageTitle } from '../../app/page-state';
import { useSession } from '../../app/session';
import { CommentThread } from '../comments/comment-thread';
import { TranslatedTextView } from '../cooperatives/translated-text-view';
import { ReportSmallTalkDocument, SmallTalkDetailDocument } from '../../generated/graphql';

function ReportForm({ smallTalkId, initial, onDone }: { smallTalkId: string; initial: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const [save, { loading, error }] = useMutation(ReportSmallTalkDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await save({ variables: { input: { smallTalkId, report: text.trim(), language: currentLanguage() } } });
      onDone();
    } catch {
      // shown below
    }
  };
  return (
    <Box component="form" onSubmit={submit} data-testid="small-talk-report-form">
      <Stack gap="xs">
        <Textarea
          label={t('sideChannels.reportText')}
          description={t('sideChannels.reportHelp')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          autosize
          minRows={6}
          required
        />
        <ErrorAlert error={error} />
        <Button type="submit" loading={loading} disabled={!text.trim()} style={{ alignSelf: 'flex-start' }}>
          {t('sideChannels.saveReport')}
        </Button>
      </Stack>
    </Box>
  );
}

export function SmallTalkPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { id = '' } = useParams();
  const { actor } = useSession();
  const { data, loading, error, refetch } = useQuery(SmallTalkDetailDocument, { variables: { id } });
  const [editing, setEditing] = useState(false);
  const talk = data?.smallTalk;
  usePageTitle(talk?.title.text ?? t('sideChannels.smallTalk'));

  if (loading && !talk) return <PageLoader />;
  if (!talk) {
    return <MissingPage error={error} notFound={t('sideChannels.smallTalkNotFound')} />;
  }
  const mayReport = can(actor, 'smallTalk.report', {
    cooperativeId: talk.cooperativeId,
    authors: talk.host ? [talk.host.id] : [],
  });
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Group gap="md" wrap="wrap">
          <Anchor component={Link} to={`/editions/${talk.editionId}`} size="sm">
            ← {t('sideChannels.backToEdition')}
          </Anchor>
          {talk.groupId && talk.theme && (
            <Anchor component={Link} to={`/groups/${talk.groupId}`} size="sm" lang={talk.theme.language}>
              {talk.theme.text}
            </Anchor>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('sideChannels.smallTalk')}
        </Text>
        <Title order={1} lang={talk.title.language} className="break-anywhere">
          {talk.title.text}
        </Title>
        <Text>
          {[formatDate(talk.heldOn, language), talk.branch ? `${talk.branch.name}` : null, talk.host ? t('sideChannels.hostedBy', { name: talk.host.displayName }) : null]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Stack>
      <section aria-labelledby="report-title">
        <Title order={2} id="report-title" mb="xs">
          {t('sideChannels.report')}
        </Title>
        {talk.report && !editing ? (
          <Stack gap="xs">
            <TranslatedTextView value={talk.report} />
            {mayReport && (
              <Button variant="default" size="xs" onClick={() => setEditing(true)} style={{ alignSelf: 'flex-start' }}>
                {t('sideChannels.rewriteReport')}
              </Button>
            )}
          </Stack>
        ) : (
          <Stack gap="xs">
            {!talk.report && (
              <Badge color="gray" variant="light" tt="none">
                {t('sideChannels.noReportYet')}
              </Badge>
            )}
            {mayReport && (
              <ReportForm
                smallTalkId={talk.id}
                initial={talk.report?.text ?? ''}
                onDone={() => {
                  setEditing(false);
                  void refetch();
                }}
              />
            )}
          </Stack>
        )}
      </section>
      <CommentThread subjectType="SMALL_TALK" subjectId={talk.id} />
    </Stack>
  );
}
