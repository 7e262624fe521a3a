import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, NativeSelect, Paper, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/error-alert';
import { formatDate } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { BoardMeetingOptionsDocument, CreateBoardMeetingDocument } from '../../generated/graphql';

/** Today as YYYY-MM-DD (the board usually records a meeting on the day it met). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A form to record a board meeting; calls onCreated with its id. */
export function CreateBoardMeetingForm({
  cooperativeId,
  onCreated,
  onCancel,
}: {
  cooperativeId: string;
  onCreated: (id: string) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [heldOn, setHeldOn] = useState(today());
  const [create, { loading, error }] = useMutation(CreateBoardMeetingDocument, {
    refetchQueries: ['BoardMeetingOptions', 'BoardWorkspace'],
    awaitRefetchQueries: true,
  });
  return (
    <Paper withBorder p="sm" component="fieldset" style={{ border: undefined }}>
      <legend>{t('recommendations.boardMeeting.create')}</legend>
      <Stack gap="xs">
        <TextInput
          label={t('recommendations.boardMeeting.title')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          name="boardMeetingTitle"
        />
        <TextInput
          type="date"
          label={t('recommendations.boardMeeting.heldOn')}
          required
          value={heldOn}
          onChange={(e) => setHeldOn(e.currentTarget.value)}
          name="boardMeetingHeldOn"
        />
        <ErrorAlert error={error} />
        <Group gap="xs">
          <Button
            loading={loading}
            disabled={!title.trim() || !heldOn}
            onClick={async () => {
              const result = await create({
                variables: { input: { cooperativeId, title: title.trim(), heldOn } },
              }).catch(() => null);
              const id = result?.data?.createBoardMeeting.id;
              if (id) {
                setTitle('');
                onCreated(id);
              }
            }}
          >
            {t('recommendations.boardMeeting.save')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('recommendations.action.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/** Picks the board meeting a decision cites, or records a new one on the spot. */
export function BoardMeetingPicker({
  cooperativeId,
  value,
  onChange,
  error,
}: {
  cooperativeId: string;
  value: string;
  onChange: (id: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { data, loading } = useQuery(BoardMeetingOptionsDocument, { variables: { cooperativeId } });
  const [creating, setCreating] = useState(false);
  const meetings = data?.boardMeetings ?? [];
  return (
    <Stack gap="xs">
      <NativeSelect
        label={t('recommendations.boardMeeting.pick')}
        required
        name="boardMeetingId"
        value={value}
        error={error}
        disabled={loading}
        onChange={(e) => onChange(e.currentTarget.value)}
        data={[
          { value: '', label: t('recommendations.boardMeeting.choose') },
          ...meetings.map((m) => ({ value: m.id, label: `${formatDate(m.heldOn, language)} — ${m.title}` })),
        ]}
      />
      {creating ? (
        <CreateBoardMeetingForm
          cooperativeId={cooperativeId}
          onCreated={(id) => {
            onChange(id);
            setCreating(false);
          }}
          onCancel={() => setCreating(false)}
        />
      ) : (
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => setCreating(true)}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('recommendations.boardMeeting.create')}
        </Button>
      )}
    </Stack>
  );
}
