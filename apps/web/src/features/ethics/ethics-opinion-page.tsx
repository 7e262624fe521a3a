import { useMutation, useQuery } from '@apollo/client/react';
import { publicationProblems } from '@letscoop/domain';
import { Alert, Anchor, Badge, Box, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import { formatDate } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { MissingPage, PageLoader, usePageTitle } from '../../app/page-state';
import { TranslatedTextView } from '../cooperatives/translated-text-view';
import {
  DiscardEthicsOpinionDraftDocument,
  EthicsOpinionDocument,
  PublishEthicsOpinionDocument,
  type EthicsOpinionDetailFragment,
} from '../../generated/graphql';
import { publicationProblemText, RATING_COLOR } from './ethics-labels';
import { EthicsOpinionBadge } from './ethics-opinion-badge';
import { draftOf } from './opinion-draft';
import { OpinionSubject } from './opinion-subject';

function CommitteeActions({ opinion }: { opinion: EthicsOpinionDetailFragment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [publish, publishing] = useMutation(PublishEthicsOpinionDocument);
  const [discard, discarding] = useMutation(DiscardEthicsOpinionDraftDocument, {
    refetchQueries: ['EthicsOverview'],
  });
  const problems = publicationProblems(draftOf(opinion));
  return (
    <Paper withBorder p="sm" data-testid="opinion-actions">
      <Stack gap="xs">
        <Text fw={600}>{t('ethics.opinion.draftFor')}</Text>
        {problems.length > 0 ? (
          <Box>
            <Text size="sm">{t('ethics.opinion.beforePublishing')}</Text>
            <List size="sm" data-testid="publication-problems">
              {problems.map((p) => (
                <List.Item key={JSON.stringify(p)}>{publicationProblemText(t, p)}</List.Item>
              ))}
            </List>
          </Box>
        ) : (
          <Text size="sm">{t('ethics.opinion.readyToPublish')}</Text>
        )}
        <ErrorAlert error={publishing.error ?? discarding.error} />
        <Group gap="xs" wrap="wrap">
          <Button component={Link} to={`/ethics/opinions/${opinion.id}/edit`} variant="default">
            {t('ethics.opinion.edit')}
          </Button>
          <Button
            disabled={problems.length > 0}
            loading={publishing.loading}
            data-testid="publish-opinion"
            onClick={() => void publish({ variables: { opinionId: opinion.id } }).catch(() => undefined)}
          >
            {t('ethics.opinion.publish')}
          </Button>
          {confirmDiscard ? (
            <>
              <Button
                color="red"
                loading={discarding.loading}
                onClick={async () => {
                  const done = await discard({ variables: { opinionId: opinion.id } }).catch(() => null);
                  if (done?.data?.discardEthicsOpinionDraft) void navigate('/ethics');
                }}
              >
                {t('ethics.opinion.confirmDiscard')}
              </Button>
              <Button variant="subtle" onClick={() => setConfirmDiscard(false)}>
                {t('ethics.opinion.cancel')}
              </Button>
            </>
          ) : (
            <Button variant="subtle" color="red" onClick={() => setConfirmDiscard(true)}>
              {t('ethics.opinion.discard')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/** One opinion of the ethics committee: its subject, a finding per criterion, the conclusion. */
export function EthicsOpinionPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(EthicsOpinionDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const opinion = data?.ethicsOpinion;
  const subject = opinion?.agendaItem?.title.text ?? opinion?.activity?.text;
  usePageTitle(subject ?? t('ethics.opinion.title'));

  if (loading && !opinion) return <PageLoader />;
  if (!opinion) {
    return (
      <MissingPage
        error={error}
        notFound={t('ethics.opinion.notFound')}
        back={{ to: '/ethics', label: t('ethics.back') }}
      />
    );
  }

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Anchor component={Link} to="/ethics" size="sm">
          ← {t('ethics.back')}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t('ethics.opinion.kicker')}
        </Text>
        <Title order={1} className="break-anywhere">
          <OpinionSubject opinion={opinion} />
        </Title>
        {opinion.activityPerson && (
          <Text>{t('ethics.opinions.activityOf', { name: opinion.activityPerson.displayName })}</Text>
        )}
        <Group gap="xs" wrap="wrap">
          <EthicsOpinionBadge stance={opinion.stance} status={opinion.status} />
          <Text size="sm" c="dimmed">
            {opinion.publishedAt
              ? t('ethics.opinion.publishedBy', {
                  date: formatDate(opinion.publishedAt, language),
                  name: opinion.publishedBy?.displayName ?? '',
                })
              : t('ethics.opinion.draftBy', {
                  date: formatDate(opinion.updatedAt, language),
                  name: opinion.createdBy?.displayName ?? '',
                })}
          </Text>
        </Group>
        {opinion.status === 'PUBLISHED' && (
          <Text size="sm" c="dimmed">
            {t('ethics.opinion.advisory')}
          </Text>
        )}
      </Stack>

      {opinion.mayEdit && <CommitteeActions opinion={opinion} />}

      <Box component="section" aria-labelledby="findings-heading">
        <Title order={2} size="h3" id="findings-heading" mb="sm">
          {t('ethics.opinion.findings')}
        </Title>
        <Stack gap="md" data-testid="opinion-findings">
          {opinion.findings.map((f) => (
            <Paper key={f.criterion} withBorder p="sm">
              <Stack gap="xs">
                <Group gap="xs" wrap="wrap" justify="space-between">
                  <Title order={3} size="h5">
                    {t(`ethics.criterion.${f.criterion}`)}
                  </Title>
                  <Badge color={RATING_COLOR[f.rating]} variant="light" tt="none">
                    {t(`ethics.rating.${f.rating}`)}
                  </Badge>
                </Group>
                {f.text ? (
                  <TranslatedTextView value={f.text} />
                ) : (
                  <Text size="sm" c="dimmed">
                    {f.rating === 'NOT_APPLICABLE' ? t('ethics.opinion.notApplicable') : t('ethics.opinion.notWritten')}
                  </Text>
                )}
              </Stack>
            </Paper>
          ))}
        </Stack>
      </Box>

      <Box component="section" aria-labelledby="conclusion-heading">
        <Title order={2} size="h3" id="conclusion-heading" mb="sm">
          {t('ethics.opinion.conclusion')}
        </Title>
        {opinion.conclusion ? (
          <Stack gap="xs">
            {opinion.stance && (
              <Text fw={600}>{t('ethics.opinion.stanceIs', { stance: t(`ethics.stance.${opinion.stance}`) })}</Text>
            )}
            <TranslatedTextView value={opinion.conclusion} />
          </Stack>
        ) : (
          <Alert color="gray">{t('ethics.opinion.noConclusion')}</Alert>
        )}
      </Box>
    </Stack>
  );
}
