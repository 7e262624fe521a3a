import { useMutation } from '@apollo/client/react';
import { ActionIcon, Box, Button, Fieldset, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/error-alert';
import { currentLanguage } from '../../app/i18n';
import { ScheduleMeetingDocument } from '../../generated/graphql';
import { localInputToIso } from './meeting-time';

export function ScheduleMeetingForm({ groupId, onScheduled }: { groupId: string; onScheduled: (id: string) => void }) {
  const { t } = useTranslation();
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [place, setPlace] = useState('');
  const [onlineUrl, setOnlineUrl] = useState('');
  const [agenda, setAgenda] = useState('');
  const [guests, setGuests] = useState<{ name: string; role: string }[]>([]);
  const [schedule, { loading, error }] = useMutation(ScheduleMeetingDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const start = localInputToIso(startsAt);
    if (!start) return;
    try {
      const result = await schedule({
        variables: {
          input: {
            groupId,
            startsAt: start,
            endsAt: localInputToIso(endsAt),
            place: place.trim() || null,
            onlineUrl: onlineUrl.trim() || null,
            agenda: agenda.trim(),
            guests: guests.filter((g) => g.name.trim()).map((g) => ({ name: g.name.trim(), role: g.role.trim() })),
            language: currentLanguage(),
          },
        },
      });
      if (result.data) onScheduled(result.data.scheduleMeeting.id);
    } catch {
      // shown below
    }
  };
  return (
    <Box component="form" onSubmit={submit} data-testid="schedule-meeting-form">
      <Stack gap="sm" maw={560}>
        <Group grow wrap="wrap" align="flex-start">
          <TextInput
            label={t('meetings.startsAt')}
            type="datetime-local"
            required
            name="startsAt"
            value={startsAt}
            onChange={(e) => setStartsAt(e.currentTarget.value)}
            miw={200}
          />
          <TextInput
            label={t('meetings.endsAt')}
            type="datetime-local"
            name="endsAt"
            value={endsAt}
            onChange={(e) => setEndsAt(e.currentTarget.value)}
            miw={200}
          />
        </Group>
        <TextInput label={t('meetings.place')} name="place" maxLength={300} value={place} onChange={(e) => setPlace(e.currentTarget.value)} />
        <TextInput
          label={t('meetings.onlineUrl')}
          type="url"
          name="onlineUrl"
          placeholder="https://"
          value={onlineUrl}
          onChange={(e) => setOnlineUrl(e.currentTarget.value)}
        />
        <Textarea label={t('meetings.agenda')} name="agenda" required autosize minRows={3} value={agenda} onChange={(e) => setAgenda(e.currentTarget.value)} />
        <Fieldset legend={t('meetings.guests')} variant="unstyled">
          <Stack gap="xs">
            {guests.map((guest, index) => (
              <Group key={index} gap="xs" align="flex-end" wrap="wrap">
                <TextInput
                  label={t('meetings.guestName')}
                  value={guest.name}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setGuests((list) => list.map((g, i) => (i === index ? { ...g, name: value } : g)));
                  }}
                  style={{ flex: '1 1 160px' }}
                />
                <TextInput
                  label={t('meetings.guestRole')}
                  value={guest.role}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setGuests((list) => list.map((g, i) => (i === index ? { ...g, role: value } : g)));
                  }}
                  style={{ flex: '1 1 160px' }}
                />
                <ActionIcon
                  variant="default"
                  size="lg"
                  aria-label={t('meetings.removeGuest', { number: index + 1 })}
                  onClick={() => setGuests((list) => list.filter((_, i) => i !== index))}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Button variant="subtle" size="xs" onClick={() => setGuests((list) => [...list, { name: '', role: '' }])} style={{ alignSelf: 'flex-start' }}>
              {t('meetings.addGuest')}
            </Button>
          </Stack>
        </Fieldset>
        <ErrorAlert error={error} />
        <Button type="submit" loading={loading} disabled={!startsAt || !agenda.trim()} style={{ alignSelf: 'flex-start' }}>
          {t('meetings.schedule')}
        </Button>
      </Stack>
    </Box>
  );
}
