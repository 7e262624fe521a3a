import { DOCUMENT_MAX_BYTES, DOCUMENT_TYPES } from '@letscoop/domain';
import { Alert, Anchor, Box, Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { INTL_LOCALES } from '../../app/language';
import type { GroupDocumentFieldsFragment } from '../../generated/graphql';
import { formatBytes, uploadDocument } from './upload';

export function DocumentList({ documents }: { documents: readonly GroupDocumentFieldsFragment[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (documents.length === 0) return <Text c="dimmed">{t('groups.noDocuments')}</Text>;
  return (
    <Stack component="ul" gap={6} style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="documents">
      {documents.map((doc) => (
        <Group component="li" key={doc.id} gap="xs" wrap="wrap">
          <Anchor href={`/api/documents/${doc.id}`} download={doc.filename} className="break-anywhere">
            {doc.filename}
          </Anchor>
          <Text size="xs" c="dimmed">
            {formatBytes(doc.sizeBytes, INTL_LOCALES[language])} · {formatDate(doc.uploadedAt, language)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/** Posts one file (multipart) to the group; shows the server's own message when it refuses it. */
export function DocumentUpload({ groupId, meetingId, onUploaded }: { groupId: string; meetingId?: string; onUploaded: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const types = [...new Set(Object.values(DOCUMENT_TYPES))].join(', ');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setProblem(null);
    setDone(null);
    const result = await uploadDocument(groupId, file, meetingId);
    setBusy(false);
    if (result.ok) {
      setDone(t('groups.uploaded', { name: file.name }));
      setFile(null);
      onUploaded();
    } else {
      setProblem(result.message || t(result.code === 'NETWORK' ? 'errors.network' : 'groups.uploadFailed'));
    }
  };
  return (
    <Box component="form" onSubmit={submit} data-testid="document-upload">
      <Stack gap="xs" maw={480}>
        <FileInput
          label={t('groups.uploadLabel')}
          description={t('groups.uploadHelp', { types, size: DOCUMENT_MAX_BYTES / 1024 / 1024 })}
          value={file}
          onChange={setFile}
          clearable
          name="file"
        />
        <div aria-live="polite">
          {problem && (
            <Alert color="red" variant="light" role="alert" title={t('groups.uploadFailed')}>
              {problem}
            </Alert>
          )}
          {done && (
            <Alert color="green" variant="light">
              {done}
            </Alert>
          )}
        </div>
        <Button type="submit" size="sm" loading={busy} disabled={!file} style={{ alignSelf: 'flex-start' }}>
          {t('groups.upload')}
        </Button>
      </Stack>
    </Box>
  );
}
