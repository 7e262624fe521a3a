import { useMutation, useQuery } from '@apollo/client/react';
import { can, INDICATOR_FIRST_YEAR, INDICATOR_LAST_YEAR, LANGUAGES, type Language } from '@letscoop/domain';
import {
  Alert,
  Anchor,
  Box,
  Button,
  Collapse,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import { describeError } from '../../app/errors';
import { formatNumber } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { PageLoader, usePageTitle } from '../../app/page-state';
import { useSession } from '../../app/session';
import { TranslatedTextView } from '../cooperatives/translated-text-view';
import {
  DefineSocialIndicatorDocument,
  RecordSocialIndicatorValueDocument,
  RemoveSocialIndicatorValueDocument,
  SocialIndicatorsDocument,
  UpdateSocialIndicatorDocument,
  type SocialIndicatorFieldsFragment,
} from '../../generated/graphql';
import { textIn } from './opinion-draft';

/** A button that opens a form below it (keeps the page short on phones). */
function Toggle({
  label,
  children,
  testId,
}: {
  label: string;
  children: (close: () => void) => ReactNode;
  testId: string;
}) {
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

interface Texts {
  name: string;
  unit: string;
  method: string;
}

/** Name, unit and method in one language (define, or edit and translate). */
function IndicatorTextsForm({
  initial,
  submitLabel,
  onSubmit,
  loading,
  error,
}: {
  initial: (language: Language) => Texts;
  submitLabel: string;
  onSubmit: (language: Language, texts: Texts) => Promise<boolean>;
  loading: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState<Language>(currentLanguage());
  const [texts, setTexts] = useState<Texts>(() => initial(currentLanguage()));
  const fields = error ? describeError(error).fields : {};
  const err = (field: string) => fields[field]?.join(' ') || undefined;
  const set = (key: keyof Texts) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setTexts((x) => ({ ...x, [key]: value }));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await onSubmit(language, texts)) setTexts(initial(language));
  };
  return (
    <Box component="form" onSubmit={submit}>
      <Stack gap="sm" maw={560}>
        <NativeSelect
          label={t('ethics.editor.language')}
          value={language}
          data={LANGUAGES.map((l) => ({ value: l, label: t(`language.name.${l}`) }))}
          onChange={(event) => {
            const next = event.currentTarget.value as Language;
            setLanguage(next);
            setTexts(initial(next));
          }}
        />
        <TextInput
          label={t('ethics.indicators.name')}
          required
          maxLength={200}
          lang={language}
          value={texts.name}
          onChange={set('name')}
          error={err('name')}
        />
        <TextInput
          label={t('ethics.indicators.unit')}
          description={t('ethics.indicators.unitHelp')}
          required
          maxLength={60}
          lang={language}
          value={texts.unit}
          onChange={set('unit')}
          error={err('unit')}
        />
        <Textarea
          label={t('ethics.indicators.method')}
          description={t('ethics.indicators.methodHelp')}
          required
          autosize
          minRows={2}
          maxLength={5000}
          lang={language}
          value={texts.method}
          onChange={set('method')}
          error={err('method')}
        />
        <ErrorAlert error={error} />
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {submitLabel}
        </Button>
      </Stack>
    </Box>
  );
}

function RecordValueForm({ indicatorId }: { indicatorId: string }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [record, { loading, error }] = useMutation(RecordSocialIndicatorValueDocument);
  const fields = error ? describeError(error).fields : {};
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await record({
      variables: {
        input: {
          indicatorId,
          year: Number(year),
          value: Number(value.replace(',', '.')),
          language: currentLanguage(),
          note: note.trim() || null,
        },
      },
    }).catch(() => null);
    if (done?.data) {
      setValue('');
      setNote('');
    }
  };
  return (
    <Box component="form" onSubmit={submit} data-testid="record-value-form">
      <Stack gap="sm" maw={560}>
        <Group gap="sm" wrap="wrap" align="flex-start">
          <TextInput
            label={t('ethics.indicators.year')}
            type="number"
            required
            min={INDICATOR_FIRST_YEAR}
            max={INDICATOR_LAST_YEAR}
            step={1}
            w={120}
            value={year}
            onChange={(e) => setYear(e.currentTarget.value)}
            error={fields.year?.join(' ')}
          />
          <TextInput
            label={t('ethics.indicators.value')}
            inputMode="decimal"
            required
            w={160}
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            error={fields.value?.join(' ')}
          />
        </Group>
        <TextInput
          label={t('ethics.indicators.note')}
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fields.note?.join(' ')}
        />
        <ErrorAlert error={error} />
        <Button
          type="submit"
          loading={loading}
          disabled={!value.trim() || Number.isNaN(Number(value.replace(',', '.')))}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('ethics.indicators.record')}
        </Button>
      </Stack>
    </Box>
  );
}

function IndicatorCard({ indicator }: { indicator: SocialIndicatorFieldsFragment }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [update, updating] = useMutation(UpdateSocialIndicatorDocument);
  const [remove, removing] = useMutation(RemoveSocialIndicatorValueDocument);
  const headingId = useId();
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={headingId} data-testid="indicator-card">
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId} lang={indicator.name.language} className="break-anywhere">
          {indicator.name.text}
        </Title>
        <Text size="sm">
          {t('ethics.indicators.unit')}: <span lang={indicator.unit.language}>{indicator.unit.text}</span>
        </Text>
        <TranslatedTextView value={indicator.method} />
        <Box>
          <Title order={3} size="h5" mb={4}>
            {t('ethics.indicators.values')}
          </Title>
          {indicator.values.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('ethics.indicators.noValues')}
            </Text>
          )}
          <Box component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {indicator.values.map((v) => (
              <Box component="li" key={v.year} py={4}>
                <Group gap="xs" wrap="wrap">
                  <Text fw={600}>{v.year}</Text>
                  <Text>{formatNumber(v.value, language)}</Text>
                  {v.note && (
                    <Text size="sm" c="dimmed" lang={v.note.language}>
                      {v.note.text}
                    </Text>
                  )}
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    loading={removing.loading}
                    aria-label={t('ethics.indicators.removeYear', { year: v.year })}
                    onClick={() =>
                      void remove({ variables: { indicatorId: indicator.id, year: v.year } }).catch(() => undefined)
                    }
                  >
                    {t('ethics.indicators.remove')}
                  </Button>
                </Group>
              </Box>
            ))}
          </Box>
          <ErrorAlert error={removing.error} />
        </Box>
        <Toggle label={t('ethics.indicators.recordValue')} testId="record-value">
          {() => <RecordValueForm indicatorId={indicator.id} />}
        </Toggle>
        <Toggle label={t('ethics.indicators.editTexts')} testId="edit-indicator">
          {(close) => (
            <IndicatorTextsForm
              initial={(l) => ({
                name: textIn(indicator.name, l),
                unit: textIn(indicator.unit, l),
                method: textIn(indicator.method, l),
              })}
              submitLabel={t('ethics.indicators.saveTexts')}
              loading={updating.loading}
              error={updating.error}
              onSubmit={async (l, texts) => {
                const done = await update({
                  variables: { input: { indicatorId: indicator.id, language: l, ...texts } },
                }).catch(() => null);
                if (done?.data) close();
                return false;
              }}
            />
          )}
        </Toggle>
      </Stack>
    </Paper>
  );
}

/** Managing the social impact indicators: definitions and values per year (committee and secretariat). */
export function IndicatorsPage() {
  const { t } = useTranslation();
  const { actor, cooperativeId } = useSession();
  const allowed = cooperativeId !== null && can(actor, 'indicator.manage', { cooperativeId });
  const { data, loading, error } = useQuery(SocialIndicatorsDocument, {
    variables: { cooperativeId: cooperativeId ?? '' },
    skip: !allowed,
    fetchPolicy: 'cache-and-network',
  });
  const [define, defining] = useMutation(DefineSocialIndicatorDocument, {
    refetchQueries: ['SocialIndicators', 'EthicsOverview'],
  });
  const [defined, setDefined] = useState(false);
  usePageTitle(t('ethics.indicators.manageTitle'));

  const header = (
    <Stack gap="xs">
      <Anchor component={Link} to="/ethics" size="sm">
        ← {t('ethics.back')}
      </Anchor>
      <Title order={1}>{t('ethics.indicators.manageTitle')}</Title>
    </Stack>
  );
  if (!allowed)
    return (
      <Stack>
        {header}
        <Alert color="gray">{t('ethics.indicators.notAllowed')}</Alert>
      </Stack>
    );
  if (loading && !data) return <PageLoader />;
  if (!data || !cooperativeId) return <ErrorAlert error={error} />;

  return (
    <Stack gap="lg">
      {header}
      <Text>{t('ethics.indicators.manageIntro')}</Text>
      {defined && (
        <Alert color="teal" role="status">
          {t('ethics.indicators.defined')}
        </Alert>
      )}
      <Toggle label={t('ethics.indicators.define')} testId="define-indicator">
        {(close) => (
          <IndicatorTextsForm
            initial={() => ({ name: '', unit: '', method: '' })}
            submitLabel={t('ethics.indicators.define')}
            loading={defining.loading}
            error={defining.error}
            onSubmit={async (language, texts) => {
              const done = await define({ variables: { input: { cooperativeId, language, ...texts } } }).catch(
                () => null,
              );
              if (!done?.data) return false;
              setDefined(true);
              close();
              return true;
            }}
          />
        )}
      </Toggle>
      {data.socialIndicators.length === 0 && <Text c="dimmed">{t('ethics.indicators.none')}</Text>}
      {data.socialIndicators.map((indicator) => (
        <IndicatorCard key={indicator.id} indicator={indicator} />
      ))}
    </Stack>
  );
}
