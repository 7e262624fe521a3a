import { useMutation } from '@apollo/client/react';
import { ASSEMBLY_KINDS, type AssemblyKind } from '@letscoop/domain';
import { Box, Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/error-alert';
import { currentLanguage } from '../../app/i18n';
import { CreateAssemblyDocument } from '../../generated/graphql';
import { localInputToIso } from '../groups/meeting-time';

/** A new assembly, in DRAFT: the agenda comes next, then the convocation. */
export function NewAssemblyForm({
  cooperativeId,
  onCreated,
  onCancel,
}: {
  cooperativeId: string;
  onCreated: (id: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<AssemblyKind>('ORDINARY');
  const [title, setTitle] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [place, setPlace] = useState('');
  const [onlineUrl, setOnlineUrl] = useState('');
  const [create, { loading, error }] = useMutation(CreateAssemblyDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const start = localInputToIso(startsAt);
    if (!start || !title.trim()) return;
    try {
      const result = await create({
        variables: {
          input: {
            cooperativeId,
            kind,
            title: title.trim(),
            language: currentLanguage(),
            startsAt: start,
            endsAt: localInputToIso(endsAt),
            place: place.trim() || null,
            onlineUrl: onlineUrl.trim() || null,
          },
        },
      });
      if (result.data) onCreated(result.data.createAssembly.id);
    } catch {
      // shown below
    }
  };

  return (
    <Box component="form" onSubmit={submit} data-testid="new-assembly-form">
      <Stack gap="sm" maw={640}>
        <NativeSelect
          label={t('assemblies.form.kind')}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as AssemblyKind)}
          data={ASSEMBLY_KINDS.map((k) => ({ value: k, label: t(`assemblies.kind.${k}`) }))}
        />
        <TextInput
          label={t('assemblies.form.title')}
          placeholder={t('assemblies.form.titlePlaceholder')}
          required
          maxLength={300}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('assemblies.form.startsAt')}
            type="datetime-local"
            required
            value={startsAt}
            onChange={(e) => setStartsAt(e.currentTarget.value)}
          />
          <TextInput
            label={t('assemblies.form.endsAt')}
            type="datetime-local"
            value={endsAt}
            onChange={(e) => setEndsAt(e.currentTarget.value)}
          />
        </SimpleGrid>
        <TextInput
          label={t('assemblies.form.place')}
          maxLength={300}
          value={place}
          onChange={(e) => setPlace(e.currentTarget.value)}
        />
        <TextInput
          label={t('assemblies.form.onlineUrl')}
          type="url"
          placeholder="https://"
          value={onlineUrl}
          onChange={(e) => setOnlineUrl(e.currentTarget.value)}
        />
        <ErrorAlert error={error} />
        <Group gap="xs">
          <Button
            className="assemblies-wrap"
            type="submit"
            loading={loading}
            disabled={!title.trim() || !startsAt}
            data-testid="create-assembly"
          >
            {t('assemblies.form.create')}
          </Button>
          <Button className="assemblies-wrap" variant="default" onClick={onCancel}>
            {t('assemblies.cancel')}
          </Button>
        </Group>
      </Stack>
    </Box>
  );
}
