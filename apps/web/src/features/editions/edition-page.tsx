import { useQuery } from '@apollo/client/react';
import { can } from '@letscoop/domain';
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { MissingPage, PageLoader, usePageTitle } from '../../app/page-state';
import { useSession } from '../../app/session';
import { TranslatedTextView } from '../cooperatives/translated-text-view';
import { EditionDetailDocument } from '../../generated/graphql';
import { FollowButton } from '../notifications/follow-button';
import { HostSmallTalkForm, SubmitWritingForm } from '../side-channels/side-channel-forms';
import { PendingWritings, SmallTalkList, WritingList } from '../side-channels/side-channel-lists';
import { EditionStatusBadge, FrameWarningBadge } from './labels';
import { RecommendationBoard } from './recommendation-board';

export function EditionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { actor } = useSession();
  const { data, loading, error } = useQuery(EditionDetailDocument, { variables: { id } });
  const edition = data?.edition;
  usePageTitle(edition?.title.text ?? t('editions.title'));

  if (loading && !edition) return <PageLoader />;
  if (!edition) {
    return <MissingPage error={error} notFound={t('editions.notFound')} back={{ to: '/editions', label: t('editions.backToList') }} />;
  }
  const subject = { cooperativeId: edition.cooperativeId };
  const mayHost = can(actor, 'smallTalk.host', subject);
  const maySubmit = can(actor, 'writing.submit', subject);
  const mayDecide = edition.viewerCanManage && can(actor, 'writing.decide', subject);

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Anchor component={Link} to="/editions" size="sm">
          ← {t('editions.backToList')}
        </Anchor>
        <Group gap="xs" wrap="wrap">
          <Text c="dimmed">{t('editions.numberPeriod', { number: edition.number, period: edition.period })}</Text>
          <EditionStatusBadge status={edition.status} />
        </Group>
        <Title order={1} lang={edition.title.language} className="break-anywhere">
          {edition.title.text}
        </Title>
        {(edition.title.fellBack || edition.title.machineTranslated) && <TranslatedTextView value={edition.title} />}
        <FollowButton subjectType="EDITION" subjectId={edition.id} cooperativeId={edition.cooperativeId} />
        <Anchor component={Link} to={`/editions/${edition.id}/report`} data-testid="edition-report-link">
          {t('reports.report.linkFromEdition')}
        </Anchor>
        {edition.launchedBy && (
          <Text size="sm" c="dimmed">
            {t('editions.launchedBy', { decision: edition.launchedBy })}
          </Text>
        )}
      </Stack>

      <section aria-labelledby="groups-title">
        <Title order={2} id="groups-title" mb="sm">
          {t('editions.groups')}
        </Title>
        {edition.groups.length === 0 ? (
          <Text c="dimmed">{t('editions.noGroups')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="group-cards">
            {edition.groups.map((group) => (
              <Card component="li" key={group.id} withBorder padding="md">
                <Stack gap={6}>
                  <Title order={3} size="h4">
                    <Anchor component={Link} to={`/groups/${group.id}`} lang={group.theme.language} className="break-anywhere">
                      {group.theme.text}
                    </Anchor>
                  </Title>
                  <Text size="sm" fs="italic" lang={group.question.language} className="break-anywhere">
                    {group.question.text}
                  </Text>
                  <Group gap="xs" wrap="wrap">
                    <FrameWarningBadge warnings={group.frameWarnings} />
                    {group.myStatus && (
                      <Badge variant="light" color={group.myStatus === 'ACTIVE' ? 'green' : 'yellow'} tt="none">
                        {t(`groups.myStatus.${group.myStatus}`)}
                      </Badge>
                    )}
                  </Group>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </section>

      <section aria-labelledby="board-title">
        <Title order={2} id="board-title" mb="sm">
          {t('editions.recommendations')}
        </Title>
        <RecommendationBoard editionId={edition.id} />
      </section>

      <section aria-labelledby="small-talks-title">
        <Title order={2} id="small-talks-title" mb="xs">
          {t('sideChannels.smallTalks')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('sideChannels.smallTalksIntro')}
        </Text>
        <Stack gap="sm">
          <SmallTalkList editionId={edition.id} />
          {mayHost && <HostSmallTalkForm cooperativeId={edition.cooperativeId} editionId={edition.id} />}
        </Stack>
      </section>

      <section aria-labelledby="writings-title">
        <Title order={2} id="writings-title" mb="xs">
          {t('sideChannels.writings')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('sideChannels.writingsIntro')}
        </Text>
        <Stack gap="sm">
          <WritingList editionId={edition.id} />
          {maySubmit && <SubmitWritingForm cooperativeId={edition.cooperativeId} editionId={edition.id} />}
          {mayDecide && (
            <section aria-labelledby="pending-writings-title">
              <Title order={3} size="h4" id="pending-writings-title" mb="xs">
                {t('sideChannels.pendingWritings')}
              </Title>
              <PendingWritings editionId={edition.id} />
            </section>
          )}
        </Stack>
      </section>
    </Stack>
  );
}
