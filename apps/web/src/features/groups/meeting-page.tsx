import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Box, Button, Card, Checkbox, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import { formatDateTime } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { MissingPage, PageLoader, usePageTitle } from '../../app/page-state';
import { TranslatedTextView } from '../cooperatives/translated-text-view';
import {
  AddMinutesAddendumDocument,
  ApproveMinutesDocument,
  MeetingDetailDocument,
  RecordAttendanceDocument,
  WriteMinutesDocument,
  type MeetingDetailQuery,
} from '../../generated/graphql';
import { DocumentList, DocumentUpload } from './documents';

type MeetingDetail = MeetingDetailQuery['meeting'];
const listStyle = { listStyle: 'none', padding: 0, margin: 0 } as const;

function TextSubmit({
  label,
  submitLabel,
  initial = '',
  onSubmit,
  loading,
  error,
  testId,
}: {
  label: string;
  submitLabel: string;
  initial?: string;
  onSubmit: (text: string) => Promise<unknown>;
  loading: boolean;
  error: unknown;
  testId: string;
}) {
  const [text, setText] = useState(initial);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await onSubmit(text.trim());
      setText('');
    } catch {
      // shown below
    }
  };
  return (
    <Box component="form" onSubmit={submit} data-testid={testId}>
      <Stack gap="xs">
        <Textarea label={label} value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={5} required />
        <ErrorAlert error={error} />
        <Button type="submit" loading={loading} disabled={!text.trim()} style={{ alignSelf: 'flex-start' }}>
          {submitLabel}
        </Button>
      </Stack>
    </Box>
  );
}

/** Who came: one checkbox per member of the group; saving replaces the list. */
function AttendanceForm({ meeting, onSaved }: { meeting: MeetingDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const people = meeting.group.membersByCategory
    .flatMap((c) => c.members.map((m) => m.person))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
  const [present, setPresent] = useState<string[]>(() => meeting.attendance.filter((a) => a.present).map((a) => a.person.id));
  const [saved, setSaved] = useState(false);
  const [record, { loading, error }] = useMutation(RecordAttendanceDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    try {
      await record({
        variables: {
          input: {
            meetingId: meeting.id,
            present,
            absent: people.map((p) => p.id).filter((id) => !present.includes(id)),
          },
        },
      });
      setSaved(true);
      onSaved();
    } catch {
      // shown below
    }
  };
  if (people.length === 0) return null;
  return (
    <Box component="form" onSubmit={submit} data-testid="attendance-form" mt="sm">
      <Checkbox.Group label={t('meetings.recordAttendance')} value={present} onChange={setPresent}>
        <Stack gap={4} mt="xs">
          {people.map((person) => (
            <Checkbox key={person.id} value={person.id} label={person.displayName} />
          ))}
        </Stack>
      </Checkbox.Group>
      <ErrorAlert error={error} />
      <div aria-live="polite">
        {saved && (
          <Alert color="green" variant="light" py="xs" mt="xs">
            {t('meetings.attendanceSaved')}
          </Alert>
        )}
      </div>
      <Button type="submit" size="sm" mt="sm" loading={loading}>
        {t('meetings.saveAttendance')}
      </Button>
    </Box>
  );
}

function MinutesSection({ meeting, refetch }: { meeting: MeetingDetail; refetch: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [write, writeState] = useMutation(WriteMinutesDocument);
  const [approve, approveState] = useMutation(ApproveMinutesDocument);
  const [addendum, addendumState] = useMutation(AddMinutesAddendumDocument);
  const [editing, setEditing] = useState(false);
  const minutes = meeting.minutes;
  const may = meeting.group.viewerCan;

  const writeForm = (initial?: string) => (
    <TextSubmit
      testId="minutes-form"
      label={t('meetings.minutesText')}
      submitLabel={t('meetings.saveMinutes')}
      initial={initial}
      loading={writeState.loading}
      error={writeState.error}
      onSubmit={async (text) => {
        await write({ variables: { input: { meetingId: meeting.id, text, language } } });
        setEditing(false);
        refetch();
      }}
    />
  );

  if (!minutes) {
    return (
      <Stack gap="sm">
        <Text c="dimmed">{t('meetings.noMinutes')}</Text>
        {may.manageMeetings && writeForm()}
      </Stack>
    );
  }
  return (
    <Stack gap="sm" data-testid="minutes">
      <Group gap="xs" wrap="wrap">
        <Badge color={minutes.status === 'APPROVED' ? 'green' : 'yellow'} variant="light" tt="none">
          {t(`meetings.minutesStatus.${minutes.status}`)}
        </Badge>
        {minutes.writtenBy && (
          <Text size="sm" c="dimmed">
            {t('meetings.writtenBy', { name: minutes.writtenBy.displayName })}
          </Text>
        )}
        {minutes.approvedAt && (
          <Text size="sm" c="dimmed">
            {t('meetings.approvedOn', {
              date: formatDateTime(minutes.approvedAt, language),
              name: minutes.approvedBy?.displayName ?? '—',
            })}
          </Text>
        )}
      </Group>
      {editing ? (
        writeForm(minutes.text.text)
      ) : (
        <Card withBorder padding="sm">
          <TranslatedTextView value={minutes.text} />
        </Card>
      )}
      {minutes.status === 'DRAFT' && (
        <Group gap="xs">
          {may.approveMinutes && (
            <Button
              loading={approveState.loading}
              data-testid="approve-minutes"
              onClick={() => {
                approve({ variables: { meetingId: meeting.id } }).then(refetch, () => undefined);
              }}
            >
              {t('meetings.approve')}
            </Button>
          )}
          {may.manageMeetings && !editing && (
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('meetings.editMinutes')}
            </Button>
          )}
        </Group>
      )}
      <ErrorAlert error={approveState.error} />
      {minutes.status === 'APPROVED' && (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('meetings.approvedReadOnly')}
          </Text>
          <Title order={3} size="h4">
            {t('meetings.addenda')}
          </Title>
          {minutes.addenda.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('meetings.noAddenda')}
            </Text>
          ) : (
            <Stack component="ol" gap="xs" style={listStyle}>
              {minutes.addenda.map((a) => (
                <Card component="li" key={a.id} withBorder padding="sm">
                  <Text size="xs" c="dimmed">
                    {formatDateTime(a.createdAt, language)}
                    {a.author && ` · ${a.author.displayName}`}
                  </Text>
                  <TranslatedTextView value={a.text} />
                </Card>
              ))}
            </Stack>
          )}
          {may.manageMeetings && (
            <TextSubmit
              testId="addendum-form"
              label={t('meetings.addendumText')}
              submitLabel={t('meetings.addAddendum')}
              loading={addendumState.loading}
              error={addendumState.error}
              onSubmit={async (text) => {
                await addendum({ variables: { input: { meetingId: meeting.id, text, language } } });
                refetch();
              }}
            />
          )}
        </Stack>
      )}
    </Stack>
  );
}

export function MeetingPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(MeetingDetailDocument, { variables: { id } });
  const meeting = data?.meeting;
  const when = meeting ? formatDateTime(meeting.startsAt, language) : '';
  usePageTitle(meeting ? t('meetings.titleOn', { date: when }) : t('meetings.title'));

  if (loading && !meeting) return <PageLoader />;
  if (!meeting) {
    return <MissingPage error={error} notFound={t('meetings.notFound')} />;
  }
  const reload = () => void refetch();
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Anchor component={Link} to={`/groups/${meeting.groupId}`} size="sm" lang={meeting.group.theme.language}>
          ← {meeting.group.theme.text}
        </Anchor>
        <Title order={1}>{t('meetings.titleOn', { date: when })}</Title>
        {meeting.endsAt && (
          <Text size="sm" c="dimmed">
            {t('meetings.until', { date: formatDateTime(meeting.endsAt, language) })}
          </Text>
        )}
        {meeting.place && <Text className="break-anywhere">{t('meetings.atPlace', { place: meeting.place })}</Text>}
        {meeting.onlineUrl && (
          <Anchor href={meeting.onlineUrl} target="_blank" rel="noopener noreferrer" className="break-anywhere">
            {t('meetings.joinOnline')}
          </Anchor>
        )}
      </Stack>

      <section aria-labelledby="agenda-title">
        <Title order={2} id="agenda-title" mb="xs">
          {t('meetings.agenda')}
        </Title>
        <TranslatedTextView value={meeting.agenda} />
      </section>

      <section aria-labelledby="people-title">
        <Title order={2} id="people-title" mb="xs">
          {t('meetings.people')}
        </Title>
        <Title order={3} size="h4" mb={4}>
          {t('meetings.guests')}
        </Title>
        {meeting.guests.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('meetings.noGuests')}
          </Text>
        ) : (
          <Stack component="ul" gap={2} style={listStyle}>
            {meeting.guests.map((g, i) => (
              <Text component="li" size="sm" key={i}>
                {g.name}
                {g.role && ` · ${g.role}`}
              </Text>
            ))}
          </Stack>
        )}
        <Title order={3} size="h4" mt="sm" mb={4}>
          {t('meetings.attendance')}
        </Title>
        {meeting.attendance.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('meetings.noAttendance')}
          </Text>
        ) : (
          <Stack component="ul" gap={2} style={listStyle} data-testid="attendance">
            {meeting.attendance.map((a) => (
              <Text component="li" size="sm" key={a.person.id}>
                {a.person.displayName} — {a.present ? t('meetings.present') : t('meetings.absent')}
              </Text>
            ))}
          </Stack>
        )}
        {meeting.group.viewerCan.manageMeetings && <AttendanceForm meeting={meeting} onSaved={reload} />}
      </section>

      <section aria-labelledby="minutes-title">
        <Title order={2} id="minutes-title" mb="xs">
          {t('meetings.minutes')}
        </Title>
        <MinutesSection meeting={meeting} refetch={reload} />
      </section>

      <section aria-labelledby="meeting-documents-title">
        <Title order={2} id="meeting-documents-title" mb="xs">
          {t('groups.documents')}
        </Title>
        <Stack gap="md">
          <DocumentList documents={meeting.documents} />
          {meeting.group.viewerCan.manageMeetings && (
            <DocumentUpload groupId={meeting.groupId} meetingId={meeting.id} onUploaded={reload} />
          )}
        </Stack>
      </section>
    </Stack>
  );
}
