import { useMutation } from '@apollo/client/react';
import { can } from '@letscoop/domain';
import {
  Alert,
  Button,
  Card,
  Code,
  FileInput,
  Group,
  List,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/error-alert';
import { formatNumber } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { usePageTitle } from '../../app/page-state';
import { useSession } from '../../app/session';
import { ImportMemberRegisterDocument, type ImportMemberRegisterMutation } from '../../generated/graphql';
import { countDataLines, readFileAsText } from './read-file';

type Report = ImportMemberRegisterMutation['importMemberRegister'];

const COLUMNS = ['email', 'name', 'language', 'category', 'shares', 'share_class', 'branch'] as const;
const EXAMPLE = `email,name,language,category,shares,share_class,branch
an.peeters@example.org,An Peeters,nl,WORKER_MEMBER,2,A,Gent
luc.dubois@example.org,Luc Dubois,fr,PARTNER,10,B,`;

function ExpectedColumns() {
  const { t } = useTranslation();
  return (
    <Card withBorder component="section" aria-labelledby="columns-title">
      <Title order={2} size="h4" id="columns-title" mb="xs">
        {t('registerImport.columnsTitle')}
      </Title>
      <Text size="sm" mb="xs">
        {t('registerImport.columnsIntro')}
      </Text>
      <List size="sm" spacing={4}>
        {COLUMNS.map((column) => (
          <List.Item key={column}>
            <Code>{column}</Code> — {t(`registerImport.column.${column}`)}
          </List.Item>
        ))}
      </List>
      <Text size="sm" mt="sm" mb={4}>
        {t('registerImport.example')}
      </Text>
      <Code block className="break-anywhere" style={{ whiteSpace: 'pre-wrap' }}>
        {EXAMPLE}
      </Code>
    </Card>
  );
}

function ImportReport({ report }: { report: Report }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const figures: Array<[string, number]> = [
    [t('registerImport.rows'), report.rows],
    [t('registerImport.created'), report.created],
    [t('registerImport.updated'), report.updated],
    [t('registerImport.unchanged'), report.unchanged],
  ];
  return (
    <Stack component="section" aria-labelledby="report-title" data-testid="import-report">
      <Title order={2} size="h3" id="report-title">
        {t('registerImport.reportTitle')}
      </Title>
      {report.imported ? (
        <Alert color="green" role="status" title={t('registerImport.importedTitle')}>
          {t('registerImport.imported')}
        </Alert>
      ) : (
        <Alert color="red" role="alert" title={t('registerImport.notImportedTitle')}>
          {t('registerImport.notImported', { count: report.errors.length })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {figures.map(([label, value]) => (
          <Card withBorder padding="sm" key={label}>
            <Text size="sm" c="dimmed">
              {label}
            </Text>
            <Text fz="xl" fw={700}>
              {formatNumber(value, language)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      {report.errors.length > 0 && (
        <Table withTableBorder striped layout="fixed" captionSide="top" data-testid="import-errors">
          <Table.Caption>{t('registerImport.errorsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={64}>{t('registerImport.line')}</Table.Th>
              <Table.Th w={110}>{t('registerImport.columnHeader')}</Table.Th>
              <Table.Th>{t('registerImport.message')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.errors.map((e, index) => (
              <Table.Tr key={`${e.line}-${e.column ?? ''}-${index}`}>
                <Table.Td>{formatNumber(e.line, language)}</Table.Td>
                <Table.Td className="break-anywhere">{e.column ?? '—'}</Table.Td>
                <Table.Td className="break-anywhere">{e.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

export function RegisterImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('registerImport.title'));
  const { actor, cooperativeId, cooperatives } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [readError, setReadError] = useState(false);
  const [importRegister, { data, loading, error, reset }] = useMutation(ImportMemberRegisterDocument);

  if (!cooperativeId || !can(actor, 'register.import', { cooperativeId })) {
    return (
      <Stack>
        <Title order={1}>{t('registerImport.title')}</Title>
        <Alert color="orange" role="alert">
          {t('registerImport.forbidden')}
        </Alert>
      </Stack>
    );
  }
  const cooperativeName = cooperatives.find((c) => c.id === cooperativeId)?.name ?? '';

  const pick = async (picked: File | null) => {
    setFile(picked);
    setCsv(null);
    setReadError(false);
    reset();
    if (!picked) return;
    try {
      setCsv(await readFileAsText(picked));
    } catch {
      setReadError(true);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!csv) return;
    await importRegister({ variables: { input: { cooperativeId, csv } } }).catch(() => undefined);
  };

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('registerImport.title')}</Title>
        <Text c="dimmed">{t('registerImport.intro', { cooperative: cooperativeName })}</Text>
      </div>
      <ExpectedColumns />
      <Card withBorder component="section" aria-labelledby="upload-title">
        <Title order={2} size="h4" id="upload-title" mb="sm">
          {t('registerImport.uploadTitle')}
        </Title>
        <form onSubmit={submit}>
          <Stack>
            <FileInput
              label={t('registerImport.file')}
              description={t('registerImport.fileHelp')}
              placeholder={t('registerImport.filePlaceholder')}
              accept=".csv,text/csv,text/plain"
              value={file}
              onChange={(picked) => void pick(picked)}
              clearable
              error={readError ? t('registerImport.readError') : undefined}
            />
            {csv !== null && (
              <Text size="sm" role="status">
                {t('registerImport.linesFound', { count: countDataLines(csv) })}
              </Text>
            )}
            <Group>
              <Button type="submit" loading={loading} disabled={!csv}>
                {t('registerImport.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      <ErrorAlert error={error} />
      {data && <ImportReport report={data.importMemberRegister} />}
    </Stack>
  );
}
