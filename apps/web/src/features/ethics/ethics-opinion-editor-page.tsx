import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  can,
  ETHICS_CRITERIA,
  ETHICS_RATINGS,
  ETHICS_STANCES,
  LANGUAGES,
  publicationProblems,
  stanceFromFindings,
  stanceIsConsistent,
  type EthicsCriterion,
  type EthicsRating,
  type EthicsStance,
  type Language,
  type TranslatedTextValue,
} from '@letscoop/domain';
import {
  Alert,
  Anchor,
  Box,
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  Radio,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import { describeError } from '../../app/errors';
import { currentLanguage } from '../../app/i18n';
import { MissingPage, PageLoader, usePageTitle } from '../../app/page-state';
import { useSession } from '../../app/session';
import {
  CreateEthicsOpinionDocument,
  EthicsMemberSearchDocument,
  EthicsOpinionDocument,
  PublishEthicsOpinionDocument,
  UpdateEthicsOpinionDocument,
  type EthicsOpinionDetailFragment,
} from '../../generated/graphql';
import { publicationProblemText } from './ethics-labels';
import { textIn } from './opinion-draft';

/** The texts of an opinion in one language. */
interface Texts {
  activity: string;
  findings: Record<EthicsCriterion, string>;
  conclusion: string;
}

interface Form {
  language: Language;
  texts: Record<Language, Texts>;
  /** Languages whose texts were changed here (each is saved). */
  dirty: Language[];
  ratings: Record<EthicsCriterion, EthicsRating>;
  stance: EthicsStance | null;
  activityPerson: { id: string; name: string } | null;
}

const emptyTexts = (): Texts => ({
  activity: '',
  findings: { WORKING_CONDITIONS_AND_PAY: '', PURPOSE_AND_CONTEXT: '', ECOLOGICAL_FOOTPRINT: '' },
  conclusion: '',
});

function initialForm(opinion: EthicsOpinionDetailFragment | null): Form {
  const texts = Object.fromEntries(
    LANGUAGES.map((l) => [
      l,
      opinion
        ? {
            activity: textIn(opinion.activity, l),
            findings: Object.fromEntries(
              ETHICS_CRITERIA.map((c) => [c, textIn(opinion.findings.find((f) => f.criterion === c)?.text, l)]),
            ) as Texts['findings'],
            conclusion: textIn(opinion.conclusion, l),
          }
        : emptyTexts(),
    ]),
  ) as Record<Language, Texts>;
  const ui = currentLanguage();
  // Edit in the reader's language when the opinion has it, else in its original language.
  const original =
    opinion?.conclusion?.original ??
    opinion?.activity?.original ??
    opinion?.findings.find((f) => f.text)?.text?.original;
  const hasUi = opinion
    ? texts[ui].conclusion || texts[ui].activity || Object.values(texts[ui].findings).some(Boolean)
    : true;
  return {
    language: hasUi || !original ? ui : original,
    texts,
    dirty: [],
    ratings: Object.fromEntries(
      ETHICS_CRITERIA.map((c) => [c, opinion?.findings.find((f) => f.criterion === c)?.rating ?? 'NOT_APPLICABLE']),
    ) as Record<EthicsCriterion, EthicsRating>,
    stance: opinion?.stance ?? null,
    activityPerson: opinion?.activityPerson
      ? { id: opinion.activityPerson.id, name: opinion.activityPerson.displayName }
      : null,
  };
}

/** Any language has text: what the publication rules need. */
const anyText = (values: string[], language: Language): TranslatedTextValue | null =>
  values.some((v) => v.trim()) ? { original: language, texts: { [language]: { text: 'x', origin: 'HUMAN' } } } : null;

function MemberPicker({
  cooperativeId,
  value,
  onChange,
}: {
  cooperativeId: string;
  value: Form['activityPerson'];
  onChange: (next: Form['activityPerson']) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const { data } = useQuery(EthicsMemberSearchDocument, {
    variables: { cooperativeId, search: debounced || null },
    skip: debounced.trim().length < 2,
  });
  const options = new Map<string, string>();
  if (value) options.set(value.id, value.name);
  for (const m of data?.members.items ?? []) options.set(m.person.id, m.person.displayName);
  return (
    <Select
      label={t('ethics.editor.activityPerson')}
      description={t('ethics.editor.activityPersonHelp')}
      searchable
      clearable
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      data={[...options].map(([id, name]) => ({ value: id, label: name }))}
      nothingFoundMessage={
        debounced.trim().length < 2 ? t('ethics.editor.typeToSearch') : t('ethics.editor.noMemberFound')
      }
      onChange={(id) => onChange(id ? { id, name: options.get(id) ?? '' } : null)}
    />
  );
}

function Editor({
  cooperativeId,
  opinion,
  agendaItemId,
}: {
  cooperativeId: string;
  opinion: EthicsOpinionDetailFragment | null;
  agendaItemId: string | null;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [form, setForm] = useState<Form>(() => initialForm(opinion));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const kind = opinion?.subjectKind ?? (agendaItemId ? 'AGENDA_ITEM' : 'MEMBER_ACTIVITY');
  const l = form.language;
  const current = form.texts[l];
  const fieldErrors = error ? describeError(error).fields : {};
  const err = (field: string) => fieldErrors[field]?.join(' ') || undefined;

  const setTexts = (change: (texts: Texts) => Texts) =>
    setForm((f) => ({
      ...f,
      texts: { ...f.texts, [f.language]: change(f.texts[f.language]) },
      dirty: f.dirty.includes(f.language) ? f.dirty : [...f.dirty, f.language],
    }));

  const findingsForRules = ETHICS_CRITERIA.map((criterion) => ({
    criterion,
    rating: form.ratings[criterion],
    text: anyText(
      LANGUAGES.map((lang) => form.texts[lang].findings[criterion]),
      l,
    ),
  }));
  const suggested = stanceFromFindings(findingsForRules);
  const problems = publicationProblems({
    findings: findingsForRules,
    conclusion: anyText(
      LANGUAGES.map((lang) => form.texts[lang].conclusion),
      l,
    ),
    stance: form.stance,
  });
  const tooMild = form.stance !== null && !stanceIsConsistent(form.stance, findingsForRules);

  const inputFor = (language: Language) => {
    const texts = form.texts[language];
    return {
      language,
      ...(kind === 'MEMBER_ACTIVITY' ? { activity: texts.activity } : {}),
      findings: ETHICS_CRITERIA.map((criterion) => ({
        criterion,
        rating: form.ratings[criterion],
        text: texts.findings[criterion],
      })),
      conclusion: texts.conclusion,
      stance: form.stance,
    };
  };

  async function save(andPublish: boolean) {
    setBusy(true);
    setError(null);
    try {
      const others = form.dirty.filter((lang) => lang !== l);
      let id = opinion?.id;
      const person = kind === 'MEMBER_ACTIVITY' ? { activityPersonId: form.activityPerson?.id ?? null } : {};
      if (!id) {
        const created = await client.mutate({
          mutation: CreateEthicsOpinionDocument,
          variables: {
            input: {
              cooperativeId,
              agendaItemId: kind === 'AGENDA_ITEM' ? agendaItemId : null,
              ...inputFor(l),
              ...person,
            },
          },
        });
        id = created.data?.createEthicsOpinion.id;
      } else {
        await client.mutate({
          mutation: UpdateEthicsOpinionDocument,
          variables: { input: { opinionId: id, ...inputFor(l), ...person } },
        });
      }
      if (!id) return;
      for (const lang of others) {
        await client.mutate({
          mutation: UpdateEthicsOpinionDocument,
          variables: { input: { opinionId: id, ...inputFor(lang) } },
        });
      }
      if (andPublish) await client.mutate({ mutation: PublishEthicsOpinionDocument, variables: { opinionId: id } });
      await client.refetchQueries({ include: ['EthicsOverview'] });
      void navigate(`/ethics/opinions/${id}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Box
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        void save(false);
      }}
      data-testid="opinion-editor"
    >
      <Stack gap="lg">
        <NativeSelect
          label={t('ethics.editor.language')}
          description={t('ethics.editor.languageHelp')}
          value={l}
          data={LANGUAGES.map((lang) => ({ value: lang, label: t(`language.name.${lang}`) }))}
          onChange={(event) => {
            const language = event.currentTarget.value as Language;
            setForm((f) => ({ ...f, language }));
          }}
          style={{ maxWidth: 320 }}
        />

        <Box component="fieldset" p={0} m={0} style={{ border: 0 }}>
          <Text component="legend" fw={700} size="lg" mb="xs">
            {t('ethics.editor.subject')}
          </Text>
          {kind === 'AGENDA_ITEM' ? (
            <Text>
              {opinion?.agendaItem
                ? t('ethics.opinion.onAgendaItem', { title: opinion.agendaItem.title.text })
                : t('ethics.editor.onAgendaItem')}
            </Text>
          ) : (
            <Stack gap="sm">
              <Textarea
                label={t('ethics.editor.activity')}
                description={t('ethics.editor.activityHelp')}
                required={!opinion}
                autosize
                minRows={2}
                maxLength={2000}
                lang={l}
                value={current.activity}
                error={err('activity')}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setTexts((x) => ({ ...x, activity: value }));
                }}
              />
              <MemberPicker
                cooperativeId={cooperativeId}
                value={form.activityPerson}
                onChange={(activityPerson) => setForm((f) => ({ ...f, activityPerson }))}
              />
            </Stack>
          )}
        </Box>

        {ETHICS_CRITERIA.map((criterion) => (
          <Paper key={criterion} withBorder p="sm" data-testid={`criterion-${criterion}`}>
            <Stack gap="xs">
              <Radio.Group
                label={t(`ethics.criterion.${criterion}`)}
                description={t(`ethics.criterionHelp.${criterion}`)}
                value={form.ratings[criterion]}
                onChange={(value) =>
                  setForm((f) => ({ ...f, ratings: { ...f.ratings, [criterion]: value as EthicsRating } }))
                }
                error={err(`findings.${criterion}`)}
              >
                <Group gap="md" mt={6} wrap="wrap">
                  {ETHICS_RATINGS.map((rating) => (
                    <Radio key={rating} value={rating} label={t(`ethics.rating.${rating}`)} />
                  ))}
                </Group>
              </Radio.Group>
              <Textarea
                label={t('ethics.editor.findingText')}
                autosize
                minRows={2}
                maxLength={20000}
                lang={l}
                value={current.findings[criterion]}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setTexts((x) => ({ ...x, findings: { ...x.findings, [criterion]: value } }));
                }}
              />
            </Stack>
          </Paper>
        ))}

        <Paper withBorder p="sm">
          <Stack gap="xs">
            <Textarea
              label={t('ethics.opinion.conclusion')}
              autosize
              minRows={3}
              maxLength={20000}
              lang={l}
              value={current.conclusion}
              error={err('conclusion')}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setTexts((x) => ({ ...x, conclusion: value }));
              }}
            />
            <Radio.Group
              label={t('ethics.editor.stance')}
              description={
                suggested
                  ? t('ethics.editor.suggested', { stance: t(`ethics.stance.${suggested}`) })
                  : t('ethics.editor.noSuggestion')
              }
              value={form.stance ?? ''}
              onChange={(value) => setForm((f) => ({ ...f, stance: (value || null) as EthicsStance | null }))}
              error={
                err('stance') ??
                (tooMild ? t('ethics.problem.stanceTooMild', { required: t(`ethics.stance.${suggested}`) }) : undefined)
              }
            >
              <Group gap="md" mt={6} wrap="wrap">
                {ETHICS_STANCES.map((stance) => (
                  <Radio key={stance} value={stance} label={t(`ethics.stance.${stance}`)} />
                ))}
              </Group>
            </Radio.Group>
          </Stack>
        </Paper>

        {problems.length > 0 && (
          <Alert color="gray" title={t('ethics.opinion.beforePublishing')}>
            <List size="sm">
              {problems.map((p) => (
                <List.Item key={JSON.stringify(p)}>{publicationProblemText(t, p)}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <ErrorAlert error={error} />
        <Group gap="xs" wrap="wrap">
          <Button type="submit" loading={busy} data-testid="save-opinion">
            {t('ethics.editor.saveDraft')}
          </Button>
          <Button
            variant="light"
            disabled={problems.length > 0}
            loading={busy}
            onClick={() => void save(true)}
            data-testid="save-publish-opinion"
          >
            {t('ethics.editor.saveAndPublish')}
          </Button>
          <Button component={Link} to={opinion ? `/ethics/opinions/${opinion.id}` : '/ethics'} variant="subtle">
            {t('ethics.opinion.cancel')}
          </Button>
        </Group>
      </Stack>
    </Box>
  );
}

function NotAllowed() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Alert color="gray">{t('ethics.editor.notCommittee')}</Alert>
      <Anchor component={Link} to="/ethics">
        {t('ethics.back')}
      </Anchor>
    </Stack>
  );
}

/** A new opinion of the committee (on a member activity, or on an agenda item given as ?agendaItemId=). */
export function NewEthicsOpinionPage() {
  const { t } = useTranslation();
  const { actor, cooperativeId } = useSession();
  const [search] = useSearchParams();
  usePageTitle(t('ethics.editor.newTitle'));
  const allowed = cooperativeId !== null && can(actor, 'ethics.write', { cooperativeId });
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/ethics" size="sm">
        ← {t('ethics.back')}
      </Anchor>
      <Title order={1}>{t('ethics.editor.newTitle')}</Title>
      {allowed && cooperativeId ? (
        <Editor cooperativeId={cooperativeId} opinion={null} agendaItemId={search.get('agendaItemId')} />
      ) : (
        <NotAllowed />
      )}
    </Stack>
  );
}

/** Editing a draft of the committee. */
export function EditEthicsOpinionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(EthicsOpinionDocument, { variables: { id }, fetchPolicy: 'network-only' });
  const opinion = data?.ethicsOpinion;
  usePageTitle(t('ethics.editor.editTitle'));
  if (loading && !opinion) return <PageLoader />;
  if (!opinion)
    return (
      <MissingPage
        error={error}
        notFound={t('ethics.opinion.notFound')}
        back={{ to: '/ethics', label: t('ethics.back') }}
      />
    );
  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/ethics/opinions/${opinion.id}`} size="sm">
        ← {t('ethics.editor.backToOpinion')}
      </Anchor>
      <Title order={1}>{t('ethics.editor.editTitle')}</Title>
      {opinion.mayEdit ? (
        <Editor
          key={opinion.id}
          cooperativeId={opinion.cooperativeId}
          opinion={opinion}
          agendaItemId={opinion.agendaItem?.id ?? null}
        />
      ) : (
        <NotAllowed />
      )}
    </Stack>
  );
}
