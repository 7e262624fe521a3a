import { useMutation, useQuery } from '@apollo/client/react';
import { WRITING_AUTHOR_KINDS, type WritingAuthorKind } from '@letscoop/domain';
import { Box, Button, Collapse, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import { currentLanguage } from '../../app/i18n';
import { HostSmallTalkDocument, SideChannelFormOptionsDocument, SubmitWritingDocument } from '../../generated/graphql';

function useOptions(cooperativeId: string, editionId: string) {
  const { data } = useQuery(SideChannelFormOptionsDocument, { variables: { cooperativeId, editionId } });
  return {
    branches: data?.cooperative.branches ?? [],
    groups: data?.edition.groups ?? [],
  };
}

/** A button that opens a form below it (keeps pages short on phones). */
function Toggle({ label, children, testId }: { label: string; children: (close: () => void) => React.ReactNode; testId: string }) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const id = useId();
  return (
    <Box>
      <Button variant="light" size="sm" onClick={toggle} aria-expanded={opened} aria-controls={id} data-testid={testId}>
        {label}
      </Button>
      <Collapse expanded={opened} id={id}>
        {opened && <Box pt="sm">{children(close)}</Box>}
      </Collapse>
    </Box>
  );
}

export function HostSmallTalkForm({ cooperativeId, editionId, groupId }: { cooperativeId: string; editionId: string; groupId?: string }) {
  const { t } = useTranslation();
  return (
    <Toggle label={t('sideChannels.hostSmallTalk')} testId="host-small-talk">
      {() => <HostSmallTalkFields cooperativeId={cooperativeId} editionId={editionId} groupId={groupId} />}
    </Toggle>
  );
}

function HostSmallTalkFields({ cooperativeId, editionId, groupId }: { cooperativeId: string; editionId: string; groupId?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { branches, groups } = useOptions(cooperativeId, editionId);
  const [branchId, setBranchId] = useState('');
  const [heldOn, setHeldOn] = useState('');
  const [title, setTitle] = useState('');
  const [group, setGroup] = useState(groupId ?? '');
  const [host, { loading, error }] = useMutation(HostSmallTalkDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const result = await host({
        variables: {
          input: { branchId, editionId, heldOn, title: title.trim(), groupId: group || null, language: currentLanguage() },
        },
      });
      if (result.data) void navigate(`/small-talks/${result.data.hostSmallTalk.id}`);
    } catch {
      // shown below
    }
  };
  return (
    <Box component="form" onSubmit={submit} data-testid="host-small-talk-form">
      <Stack gap="sm" maw={520}>
        <NativeSelect
          label={t('sideChannels.branch')}
          required
          value={branchId}
          onChange={(event) => setBranchId(event.currentTarget.value)}
          data={[
            { value: '', label: t('sideChannels.chooseBranch') },
            ...branches.map((b) => ({ value: b.id, label: b.city && b.city !== b.name ? `${b.name} (${b.city})` : b.name })),
          ]}
        />
        <TextInput label={t('sideChannels.heldOn')} type="date" required value={heldOn} onChange={(e) => setHeldOn(e.currentTarget.value)} />
        <TextInput label={t('sideChannels.smallTalkTitle')} required maxLength={300} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
        <NativeSelect
          label={t('sideChannels.group')}
          value={group}
          onChange={(event) => setGroup(event.currentTarget.value)}
          data={[{ value: '', label: t('sideChannels.noGroup') }, ...groups.map((g) => ({ value: g.id, label: g.theme.text }))]}
        />
        <ErrorAlert error={error} />
        <Button type="submit" loading={loading} disabled={!branchId || !heldOn || !title.trim()} style={{ alignSelf: 'flex-start' }}>
          {t('sideChannels.hostSubmit')}
        </Button>
      </Stack>
    </Box>
  );
}

export function SubmitWritingForm({ cooperativeId, editionId, groupId }: { cooperativeId: string; editionId: string; groupId?: string }) {
  const { t } = useTranslation();
  return (
    <Toggle label={t('sideChannels.submitWriting')} testId="submit-writing">
      {() => <SubmitWritingFields cooperativeId={cooperativeId} editionId={editionId} groupId={groupId} />}
    </Toggle>
  );
}

function SubmitWritingFields({ cooperativeId, editionId, groupId }: { cooperativeId: string; editionId: string; groupId?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { groups } = useOptions(cooperativeId, editionId);
  const [title, setTitle] = useState('');
  const [authorName, setAuthorName] = useState('');
  const [authorKind, setAuthorKind] = useState<WritingAuthorKind>('OTHER');
  const [body, setBody] = useState('');
  const [group, setGroup] = useState(groupId ?? '');
  const [submitWriting, { loading, error }] = useMutation(SubmitWritingDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const result = await submitWriting({
        variables: {
          input: {
            editionId,
            title: title.trim(),
            authorName: authorName.trim(),
            authorKind,
            body: body.trim(),
            groupId: group || null,
            language: currentLanguage(),
          },
        },
      });
      if (result.data) void navigate(`/writings/${result.data.submitWriting.id}`);
    } catch {
      // shown below
    }
  };
  return (
    <Box component="form" onSubmit={submit} data-testid="submit-writing-form">
      <Stack gap="sm" maw={640}>
        <TextInput label={t('sideChannels.writingTitle')} required maxLength={300} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
        <TextInput
          label={t('sideChannels.authorName')}
          description={t('sideChannels.authorNameHelp')}
          required
          maxLength={200}
          value={authorName}
          onChange={(e) => setAuthorName(e.currentTarget.value)}
        />
        <NativeSelect
          label={t('sideChannels.authorKindLabel')}
          value={authorKind}
          onChange={(event) => setAuthorKind(event.currentTarget.value as WritingAuthorKind)}
          data={WRITING_AUTHOR_KINDS.map((kind) => ({ value: kind, label: t(`sideChannels.authorKind.${kind}`) }))}
        />
        <NativeSelect
          label={t('sideChannels.group')}
          value={group}
          onChange={(event) => setGroup(event.currentTarget.value)}
          data={[{ value: '', label: t('sideChannels.noGroup') }, ...groups.map((g) => ({ value: g.id, label: g.theme.text }))]}
        />
        <Textarea label={t('sideChannels.writingBody')} required autosize minRows={6} value={body} onChange={(e) => setBody(e.currentTarget.value)} />
        <ErrorAlert error={error} />
        <Button type="submit" loading={loading} disabled={!title.trim() || !authorName.trim() || !body.trim()} style={{ alignSelf: 'flex-start' }}>
          {t('sideChannels.submitWritingConfirm')}
        </Button>
      </Stack>
    </Box>
  );
}
