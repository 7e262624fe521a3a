import { useMutation, useQuery } from '@apollo/client/react';
import { can } from '@letscoop/domain';
import { Alert, Anchor, Badge, Box, Button, Card, Code, Collapse, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import { formatDate, formatDateTime } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { MissingPage, PageLoader, usePageTitle } from '../../app/page-state';
import { useSession } from '../../app/session';
import { TranslatedTextView } from '../cooperatives/translated-text-view';
import {
  AcceptJoinRequestDocument,
  EditionRecommendationsDocument,
  RequestToJoinGroupDocument,
  WorkingGroupDetailDocument,
  type WorkingGroupDetailQuery,
} from '../../generated/graphql';
import { FrameWarningBadge, stageLabel } from '../editions/labels';
import { FollowButton } from '../notifications/follow-button';
import { HostSmallTalkForm, SubmitWritingForm } from '../side-channels/side-channel-forms';
import { SmallTalkList, WritingList } from '../side-channels/side-channel-lists';
import { DocumentList, DocumentUpload } from './documents';
import { splitMeetings } from './meeting-time';
import { ScheduleMeetingForm } from './schedule-meeting-form';

type GroupDetail = WorkingGroupDetailQuery['workingGroup'];
type MeetingSummary = GroupDetail['meetings'][number];
const listStyle = { listStyle: 'none', padding: 0, margin: 0 } as const;

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} id={id} mb="sm">
        {title}
      </Title>
      {children}
    </section>
  );
}

function FrameRoles({ group }: { group: GroupDetail }) {
  const { t } = useTranslation();
  const rows: Array<[string, string]> = [
    [t('groups.role.LEAD', { count: 2 }), group.roles.leads.map((p) => p.displayName).join(', ') || '—'],
    [t('groups.role.COORDINATOR', { count: 1 }), group.roles.coordinator?.displayName ?? '—'],
    [t('groups.role.SECRETARY', { count: 1 }), group.roles.secretary?.displayName ?? '—'],
  ];
  return (
    <Stack gap="xs">
      <Box component="dl" m={0} data-testid="frame-roles">
        {rows.map(([label, value]) => (
          <Group key={label} gap="xs" wrap="wrap" mb={4}>
            <Text component="dt" fw={600} size="sm">
              {label}:
            </Text>
            <Text component="dd" m={0} size="sm" className="break-anywhere">
              {value}
            </Text>
          </Group>
        ))}
      </Box>
      <FrameWarningBadge warnings={group.frameWarnings} />
    </Stack>
  );
}

function Membership({ group, refetch }: { group: GroupDetail; refetch: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [join, joinState] = useMutation(RequestToJoinGroupDocument);
  const [accept, acceptState] = useMutation(AcceptJoinRequestDocument);
  return (
    <Stack gap="md">
      {group.myStatus === 'ACTIVE' && (
        <Badge color="green" variant="light" tt="none">
          {t('groups.youAreMember', { role: t(`groups.role.${group.myRole ?? 'PARTICIPANT'}`, { count: 1 }) })}
        </Badge>
      )}
      {group.myStatus === 'REQUESTED' && (
        <Alert color="yellow" variant="light" data-testid="join-pending">
          {t('groups.requestPending')}
        </Alert>
      )}
      {!group.myStatus && group.viewerCan.join && (
        <Box>
          <Button
            data-testid="ask-to-join"
            loading={joinState.loading}
            onClick={() => {
              join({ variables: { groupId: group.id } }).then(refetch, () => undefined);
            }}
          >
            {t('groups.askToJoin')}
          </Button>
          <ErrorAlert error={joinState.error} />
        </Box>
      )}
      {group.viewerCan.acceptMembers && group.pendingRequests.length > 0 && (
        <Box>
          <Title order={3} size="h4" mb="xs">
            {t('groups.pendingRequests', { count: group.pendingRequests.length })}
          </Title>
          <Stack component="ul" gap="xs" style={listStyle} data-testid="pending-requests">
            {group.pendingRequests.map((request) => (
              <Group component="li" key={request.person.id} gap="xs" wrap="wrap" justify="space-between">
                <Text size="sm">
                  {request.person.displayName}
                  {request.category && ` · ${t(`category.${request.category}`)}`} ·{' '}
                  {t('groups.requestedOn', { date: formatDate(request.requestedAt, language) })}
                </Text>
                <Button
                  size="xs"
                  loading={acceptState.loading}
                  aria-label={t('groups.acceptPerson', { name: request.person.displayName })}
                  onClick={() => {
                    accept({ variables: { input: { groupId: group.id, personId: request.person.id } } }).then(refetch, () => undefined);
                  }}
                >
                  {t('groups.accept')}
                </Button>
              </Group>
            ))}
          </Stack>
          <ErrorAlert error={acceptState.error} />
        </Box>
      )}
      {group.membersByCategory.length === 0 ? (
        <Text c="dimmed">{t('groups.noMembers')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {group.membersByCategory.map((category) => (
            <Card key={category.category ?? 'none'} withBorder padding="sm">
              <Title order={3} size="h5" mb={4}>
                {category.category ? t(`category.${category.category}`) : t('groups.noCategory')} ({category.count})
              </Title>
              <Stack component="ul" gap={2} style={listStyle}>
                {category.members.map((member) => (
                  <Text component="li" key={member.person.id} size="sm">
                    {member.person.displayName}
                    {member.role !== 'PARTICIPANT' && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        · {t(`groups.role.${member.role}`, { count: 1 })}
                      </Text>
                    )}
                  </Text>
                ))}
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

export function MeetingCard({ meeting }: { meeting: MeetingSummary }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const present = meeting.attendance.filter((a) => a.present).length;
  return (
    <Card component="li" withBorder padding="sm">
      <Anchor component={Link} to={`/meetings/${meeting.id}`} fw={600}>
        <time dateTime={meeting.startsAt}>{formatDateTime(meeting.startsAt, language)}</time>
      </Anchor>
      <Text size="sm" className="break-anywhere">
        {meeting.place ?? ''}
        {meeting.place && meeting.onlineUrl ? ' · ' : ''}
        {meeting.onlineUrl && (
          <Anchor href={meeting.onlineUrl} target="_blank" rel="noopener noreferrer" size="sm">
            {t('meetings.online')}
          </Anchor>
        )}
      </Text>
      <Text size="sm" c="dimmed" lineClamp={2} lang={meeting.agenda.language}>
        {meeting.agenda.text}
      </Text>
      <Group gap="xs" mt={4} wrap="wrap">
        {meeting.guests.length > 0 && (
          <Text size="xs">{t('meetings.guestCount', { count: meeting.guests.length })}</Text>
        )}
        {meeting.attendance.length > 0 && <Text size="xs">{t('meetings.presentCount', { count: present })}</Text>}
        {meeting.minutes && (
          <Badge size="xs" variant="light" color={meeting.minutes.status === 'APPROVED' ? 'green' : 'yellow'} tt="none">
            {t(`meetings.minutesStatus.${meeting.minutes.status}`)}
          </Badge>
        )}
      </Group>
    </Card>
  );
}

function Meetings({ group }: { group: GroupDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, { toggle }] = useDisclosure(false);
  const { upcoming, past } = useMemo(() => splitMeetings(group.meetings, new Date()), [group.meetings]);
  return (
    <Stack gap="md">
      {group.viewerCan.manageMeetings && (
        <Box>
          <Button variant="light" onClick={toggle} aria-expanded={opened} aria-controls="schedule-meeting" data-testid="open-schedule-meeting">
            {t('meetings.scheduleNew')}
          </Button>
          <Collapse expanded={opened} id="schedule-meeting">
            {opened && (
              <Box pt="sm">
                <ScheduleMeetingForm groupId={group.id} onScheduled={(id) => void navigate(`/meetings/${id}`)} />
              </Box>
            )}
          </Collapse>
        </Box>
      )}
      <Box>
        <Title order={3} size="h4" mb="xs">
          {t('meetings.upcoming')}
        </Title>
        {upcoming.length === 0 ? (
          <Text c="dimmed">{t('meetings.noUpcoming')}</Text>
        ) : (
          <Stack component="ul" gap="xs" style={listStyle} data-testid="upcoming-meetings">
            {upcoming.map((m) => (
              <MeetingCard key={m.id} meeting={m} />
            ))}
          </Stack>
        )}
      </Box>
      <Box>
        <Title order={3} size="h4" mb="xs">
          {t('meetings.past')}
        </Title>
        {past.length === 0 ? (
          <Text c="dimmed">{t('meetings.noPast')}</Text>
        ) : (
          <Stack component="ul" gap="xs" style={listStyle} data-testid="past-meetings">
            {past.map((m) => (
              <MeetingCard key={m.id} meeting={m} />
            ))}
          </Stack>
        )}
      </Box>
    </Stack>
  );
}

function GroupRecommendations({ group }: { group: GroupDetail }) {
  const { t } = useTranslation();
  const { actor } = useSession();
  const { data, error } = useQuery(EditionRecommendationsDocument, {
    variables: { editionId: group.editionId, groupId: group.id },
  });
  const mayDraft = group.myStatus === 'ACTIVE' && can(actor, 'recommendation.draft', {
    cooperativeId: group.cooperativeId,
    group: {
      leads: group.roles.leads.map((p) => p.id),
      coordinator: group.roles.coordinator?.id ?? null,
      secretary: group.roles.secretary?.id ?? null,
      participants: actor ? [actor.personId] : [],
    },
  });
  return (
    <Stack gap="sm">
      {mayDraft && (
        <Button component={Link} to={`/groups/${group.id}/recommendations/new`} variant="light" style={{ alignSelf: 'flex-start' }}>
          {t('groups.newRecommendation')}
        </Button>
      )}
      {error && <ErrorAlert error={error} />}
      {data && data.recommendations.length === 0 && <Text c="dimmed">{t('groups.noRecommendations')}</Text>}
      {data && data.recommendations.length > 0 && (
        <Stack component="ul" gap="xs" style={listStyle} data-testid="group-recommendations">
          {data.recommendations.map((rec) => (
            <Card component="li" key={rec.id} withBorder padding="sm">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Anchor component={Link} to={`/recommendations/${rec.id}`} fw={600} lang={rec.currentVersion.title.language} className="break-anywhere">
                  {rec.currentVersion.title.text}
                </Anchor>
                <Badge variant="light" tt="none">
                  {stageLabel(t, rec.stage)}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed">
                {t('editions.versionCount', { count: rec.versionCount })} · {t('editions.proposalCount', { count: rec.proposals.length })}
              </Text>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

export function GroupPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { actor } = useSession();
  const { data, loading, error, refetch } = useQuery(WorkingGroupDetailDocument, { variables: { id } });
  const group = data?.workingGroup;
  usePageTitle(group?.theme.text ?? t('groups.title'));

  if (loading && !group) return <PageLoader />;
  if (!group) {
    return <MissingPage error={error} notFound={t('groups.notFound')} back={{ to: '/editions', label: t('editions.backToList') }} />;
  }
  const reload = () => void refetch();
  const subject = { cooperativeId: group.cooperativeId };

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Anchor component={Link} to={`/editions/${group.editionId}`} size="sm" lang={group.edition.title.language}>
          ← {t('editions.numberPeriod', { number: group.edition.number, period: group.edition.period })}: {group.edition.title.text}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t('groups.kicker')}
        </Text>
        <Title order={1} lang={group.theme.language} className="break-anywhere">
          {group.theme.text}
        </Title>
        <Text size="lg" fs="italic" lang={group.question.language} className="break-anywhere">
          {group.question.text}
        </Text>
        <TranslatedTextView value={group.description} />
        <FollowButton subjectType="GROUP" subjectId={group.id} cooperativeId={group.cooperativeId} />
      </Stack>

      <Section id="frame-title" title={t('groups.frame')}>
        <FrameRoles group={group} />
      </Section>

      <Section id="members-title" title={t('groups.members')}>
        <Membership group={group} refetch={reload} />
      </Section>

      <Section id="meetings-title" title={t('meetings.title')}>
        <Meetings group={group} />
      </Section>

      <Section id="documents-title" title={t('groups.documents')}>
        <Stack gap="md">
          <DocumentList documents={group.documents} />
          {group.viewerCan.manageMeetings && <DocumentUpload groupId={group.id} onUploaded={reload} />}
        </Stack>
      </Section>

      <Section id="recommendations-title" title={t('groups.recommendations')}>
        <GroupRecommendations group={group} />
      </Section>

      <Section id="side-channels-title" title={t('sideChannels.title')}>
        <Stack gap="md">
          <Title order={3} size="h4">
            {t('sideChannels.smallTalks')}
          </Title>
          <SmallTalkList editionId={group.editionId} groupId={group.id} />
          {can(actor, 'smallTalk.host', subject) && (
            <HostSmallTalkForm cooperativeId={group.cooperativeId} editionId={group.editionId} groupId={group.id} />
          )}
          <Title order={3} size="h4">
            {t('sideChannels.writings')}
          </Title>
          <WritingList editionId={group.editionId} groupId={group.id} />
          {can(actor, 'writing.submit', subject) && (
            <SubmitWritingForm cooperativeId={group.cooperativeId} editionId={group.editionId} groupId={group.id} />
          )}
        </Stack>
      </Section>

      {group.calendarUrl && (
        <Section id="calendar-title" title={t('groups.calendar')}>
          <Stack gap="xs">
            <Text size="sm">{t('groups.calendarHelp')}</Text>
            <Code block className="break-anywhere" data-testid="calendar-url" style={{ whiteSpace: 'pre-wrap' }}>
              {new URL(group.calendarUrl, window.location.origin).toString()}
            </Code>
            <Text size="xs" c="dimmed">
              {t('groups.calendarPrivate')}
            </Text>
          </Stack>
        </Section>
      )}
    </Stack>
  );
}
