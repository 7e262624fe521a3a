import { useQuery } from '@apollo/client/react';
import { can, type CycleTransition, type RecommendationStage } from '@letscoop/domain';
import { Anchor, Badge, Blockquote, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import { formatDate, formatPercent } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { PageLoader, usePageTitle } from '../../app/page-state';
import { useSession } from '../../app/session';
import { CommentThread } from '../comments/comment-thread';
import { TranslatedTextView } from '../cooperatives/translated-text-view';
import { RecommendationDetailDocument, RecommendationGroupContextDocument } from '../../generated/graphql';
import { FollowButton } from '../notifications/follow-button';
import { CycleStepper } from './cycle-stepper';
import { formatCents } from './cycle-view';
import { AddTestimonyForm, BoardTextToggle, ReviewNotes, Timeline, VersionList } from './recommendation-parts';
import { TransitionPanel } from './transition-panel';

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Box component="section" aria-labelledby={`${id}-heading`} data-testid={`section-${id}`}>
      <Title order={2} size="h3" id={`${id}-heading`} mb="xs">
        {title}
      </Title>
      {children}
    </Box>
  );
}

export function RecommendationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const language = currentLanguage();
  const { actor } = useSession();
  const { data, loading, error, refetch } = useQuery(RecommendationDetailDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const rec = data?.recommendation;
  const groupContext = useQuery(RecommendationGroupContextDocument, {
    variables: { groupId: rec?.groupId ?? '' },
    skip: !rec,
  });
  const [addingTestimony, setAddingTestimony] = useState(false);
  const { hash } = useLocation();
  const loaded = !!rec;
  // A link to a section (#review-notes-heading from the board's queue) lands there once the data is in.
  useEffect(() => {
    if (!loaded || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (target) {
      target.setAttribute('tabindex', '-1');
      target.scrollIntoView();
      target.focus();
    }
  }, [loaded, hash]);
  usePageTitle(rec?.currentVersion.title.text ?? t('recommendations.title'));

  if (loading && !rec) return <PageLoader />;
  if (!rec) return <ErrorAlert error={error} />;

  const group = groupContext.data?.workingGroup;
  const roles = group
    ? {
        leads: group.roles.leads.map((p) => p.id),
        coordinator: group.roles.coordinator?.id ?? null,
        secretary: group.roles.secretary?.id ?? null,
        participants: [],
      }
    : undefined;
  const subject = { cooperativeId: rec.cooperativeId, group: roles, authors: rec.coAuthors.map((p) => p.id) };
  const mayEdit = can(actor, 'recommendation.edit', subject);
  const onBoard = can(actor, 'board.review', { cooperativeId: rec.cooperativeId });
  const stage = rec.stage as RecommendationStage;
  const history = rec.timeline.filter((s) => s.recommendationId === rec.id).flatMap((s) => [s.fromStage, s.toStage]);
  const exitStep = [...rec.timeline].reverse().find((s) => s.recommendationId === rec.id && s.toStage === stage);
  const reload = () => refetch();
  const initial = search.get('step') as CycleTransition | null;

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Text size="sm">
          <Anchor component={Link} to={`/editions/${rec.edition.id}`}>
            {t('recommendations.editionLink', { number: rec.edition.number, period: rec.edition.period })}
          </Anchor>
          {' · '}
          <Anchor component={Link} to={`/groups/${rec.group.id}`} lang={rec.group.theme.language}>
            {rec.group.theme.text}
          </Anchor>
        </Text>
        <Title order={1} lang={rec.currentVersion.title.language} style={{ overflowWrap: 'anywhere' }}>
          {rec.currentVersion.title.text}
        </Title>
        <Group gap="xs" wrap="wrap">
          <Badge size="lg" variant="light" tt="none" data-testid="stage">
            {t(`recommendations.stage.${rec.stage}`)}
          </Badge>
          <Text size="sm" c="dimmed">
            {t('recommendations.since', { date: formatDate(rec.stageChangedAt, language) })}
          </Text>
        </Group>
        {rec.currentVersion.title.machineTranslated && (
          <Text size="sm" c="dimmed">
            {t('translation.machine', { original: t(`language.name.${rec.currentVersion.title.original}`) })}
          </Text>
        )}
        {rec.currentVersion.title.fellBack && (
          <Text size="sm" c="dimmed">
            {t('translation.fellBack', {
              shown: t(`language.name.${rec.currentVersion.title.language}`),
              requested: t(`language.name.${rec.currentVersion.title.requested}`),
            })}
          </Text>
        )}
        <FollowButton subjectType="RECOMMENDATION" subjectId={rec.id} cooperativeId={rec.cooperativeId} />
      </Stack>

      <CycleStepper
        stage={stage}
        history={history}
        exitReason={exitStep && (stage === 'MERGED' || stage === 'DECLINED') ? exitStep.reason : null}
        mergedInto={
          rec.mergedInto ? { id: rec.mergedInto.id, title: rec.mergedInto.title?.text ?? rec.mergedInto.id } : null
        }
      />

      {mayEdit && rec.stage === 'DRAFT' && (
        <Button
          component={Link}
          to={`/recommendations/${rec.id}/edit`}
          variant="default"
          style={{ alignSelf: 'flex-start' }}
          data-testid="edit-draft"
        >
          {t('recommendations.action.edit')}
        </Button>
      )}
      {/* Always mounted: after a step the person may have no step left, but still sees that it was recorded. */}
      <TransitionPanel rec={rec} groupMeetings={group?.meetings ?? []} onChanged={reload} initial={initial} />

      <Section id="timeline" title={t('recommendations.timeline.heading')}>
        <Timeline rec={rec} language={language} />
      </Section>

      <Section
        id="text"
        title={t(rec.boardVersion ? 'recommendations.text.headingBoard' : 'recommendations.text.heading')}
      >
        <BoardTextToggle rec={rec} />
      </Section>

      {rec.mergedFrom.length > 0 && (
        <Section id="merged-from" title={t('recommendations.mergedFrom')}>
          <Box component="ul" m={0} pl="md">
            {rec.mergedFrom.map((m) => (
              <li key={m.id}>
                <Anchor component={Link} to={`/recommendations/${m.id}`}>
                  {m.title?.text ?? m.id}
                </Anchor>
              </li>
            ))}
          </Box>
        </Section>
      )}

      <Section id="authors" title={t('recommendations.coAuthors')}>
        <Group gap="xs">
          {rec.coAuthors.map((p) => (
            <Badge key={p.id} variant="outline" tt="none" size="lg">
              {p.displayName}
            </Badge>
          ))}
        </Group>
      </Section>

      <Section id="testimonies" title={t('recommendations.testimony.heading')}>
        <Stack gap="xs">
          {rec.testimonies.length === 0 && <Text c="dimmed">{t('recommendations.testimony.empty')}</Text>}
          {rec.testimonies.map((testimony) => (
            <Blockquote key={testimony.id} p="sm" cite={`— ${testimony.attributedTo}`} color="blue">
              <TranslatedTextView value={testimony.quote} />
            </Blockquote>
          ))}
          {mayEdit &&
            (addingTestimony ? (
              <AddTestimonyForm
                recommendationId={rec.id}
                onAdded={async () => {
                  await reload();
                  setAddingTestimony(false);
                }}
              />
            ) : (
              <Button
                variant="default"
                size="sm"
                style={{ alignSelf: 'flex-start' }}
                onClick={() => setAddingTestimony(true)}
              >
                {t('recommendations.testimony.add')}
              </Button>
            ))}
        </Stack>
      </Section>

      {rec.proposals.length > 0 && (
        <Section id="proposals" title={t('recommendations.proposal.heading')}>
          <Stack gap="sm" data-testid="proposals">
            {rec.proposals.map((p) => (
              <Paper withBorder p="sm" key={p.id} component="article" aria-labelledby={`proposal-${p.id}`}>
                <Title order={3} size="h5" id={`proposal-${p.id}`} lang={p.title.language}>
                  {t('recommendations.proposal.numbered', { number: p.number })} {p.title.text}
                </Title>
                <TranslatedTextView value={p.body} />
                <Group gap="md" mt={4} wrap="wrap">
                  <Badge variant="light" tt="none">
                    {t(`recommendations.proposal.status.${p.status}`)}
                  </Badge>
                  {p.proposedOwner && (
                    <Text size="sm">
                      {t('recommendations.proposal.owner')}: {p.proposedOwner}
                    </Text>
                  )}
                  {p.budgetEstimateCents && (
                    <Text size="sm">
                      {t('recommendations.proposal.budget')}: {formatCents(p.budgetEstimateCents, language)}
                    </Text>
                  )}
                  {p.action && (
                    <Anchor component={Link} to={`/actions/${p.action.id}`} size="sm" data-testid="proposal-action">
                      {t('actionPlan.proposalAction', {
                        status: t(`actionPlan.status.${p.action.status}`),
                        progress: formatPercent(p.action.progress, language),
                      })}
                    </Anchor>
                  )}
                </Group>
              </Paper>
            ))}
          </Stack>
        </Section>
      )}

      <Section id="versions" title={t('recommendations.versions.heading')}>
        <VersionList rec={rec} language={language} />
      </Section>

      {onBoard && (
        <Section id="review-notes" title={t('recommendations.reviewNotes.heading')}>
          <ReviewNotes rec={rec} language={language} onAdded={reload} />
        </Section>
      )}

      {/* The thread renders its own h2. */}
      <CommentThread subjectType="RECOMMENDATION" subjectId={rec.id} />
    </Stack>
  );
}
