import { useApolloClient, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, MultiSelect, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import { describeError } from '../../app/errors';
import { currentLanguage } from '../../app/i18n';
import { PageLoader, usePageTitle } from '../../app/page-state';
import { useSession } from '../../app/session';
import {
  AddRecommendationCoAuthorDocument,
  DraftRecommendationDocument,
  RecommendationDetailDocument,
  RecommendationGroupContextDocument,
  SaveRecommendationVersionDocument,
  type RecommendationDetailQuery,
} from '../../generated/graphql';
import { AddTestimonyForm } from './recommendation-parts';
import { EMPTY_TEXT, RecommendationTextFields, textInput, type RecText } from './text-fields';

type Rec = RecommendationDetailQuery['recommendation'];

function fromVersion(rec: Rec): RecText {
  const v = rec.groupVersion ?? rec.currentVersion;
  return {
    language: v.body.language,
    title: v.title.text,
    body: v.body.text,
    rationale: v.rationale?.text ?? '',
    expectedOutcome: v.expectedOutcome?.text ?? '',
    proposedOwner: v.proposedOwner ?? '',
    successIndicator: v.successIndicator?.text ?? '',
  };
}

/** Drafting a new recommendation in a group, or saving a new version of a draft. */
function Editor({ groupId, rec }: { groupId: string; rec: Rec | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { viewer } = useSession();
  const { data, loading, error: groupError } = useQuery(RecommendationGroupContextDocument, { variables: { groupId } });
  const [text, setText] = useState<RecText>(() => (rec ? fromVersion(rec) : EMPTY_TEXT(currentLanguage())));
  const [coAuthors, setCoAuthors] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const group = data?.workingGroup;
  usePageTitle(t(rec ? 'recommendations.editor.editTitle' : 'recommendations.editor.newTitle'));

  const existing = useMemo(() => new Set(rec?.coAuthors.map((p) => p.id) ?? []), [rec]);
  const options = useMemo(() => {
    const seen = new Map<string, string>();
    for (const category of group?.membersByCategory ?? [])
      for (const m of category.members) seen.set(m.person.id, m.person.displayName);
    return [...seen.entries()]
      .filter(([id]) => id !== viewer?.person.id && !existing.has(id))
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [group, viewer, existing]);

  if (loading && !group) return <PageLoader />;
  if (!group) return <ErrorAlert error={groupError} />;

  const described = error ? describeError(error) : null;

  async function save() {
    setBusy(true);
    setError(null);
    try {
      if (rec) {
        await client.mutate({
          mutation: SaveRecommendationVersionDocument,
          variables: { input: { recommendationId: rec.id, ...textInput(text) } },
        });
        for (const personId of coAuthors)
          await client.mutate({
            mutation: AddRecommendationCoAuthorDocument,
            variables: { input: { recommendationId: rec.id, personId } },
          });
        await client.refetchQueries({ include: ['RecommendationDetail'] });
        await navigate(`/recommendations/${rec.id}`);
      } else {
        const result = await client.mutate({
          mutation: DraftRecommendationDocument,
          variables: { input: { groupId, coAuthorIds: coAuthors, ...textInput(text) } },
        });
        const id = result.data?.draftRecommendation.id;
        if (id) await navigate(`/recommendations/${id}`);
      }
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="md">
      <Text size="sm">
        <Anchor component={Link} to={`/groups/${group.id}`} lang={group.theme.language}>
          {group.theme.text}
        </Anchor>
        {rec && (
          <>
            {' · '}
            <Anchor component={Link} to={`/recommendations/${rec.id}`}>
              {rec.currentVersion.title.text}
            </Anchor>
          </>
        )}
      </Text>
      <Title order={1}>{t(rec ? 'recommendations.editor.editTitle' : 'recommendations.editor.newTitle')}</Title>
      <form
        aria-labelledby="editor-heading"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
        data-testid="recommendation-editor"
      >
        <Title order={2} size="h4" id="editor-heading" mb="xs">
          {t('recommendations.editor.textHeading')}
        </Title>
        <Stack gap="md">
          <RecommendationTextFields value={text} onChange={setText} fieldErrors={described?.fields} idPrefix="draft" />
          <MultiSelect
            label={t('recommendations.editor.coAuthors')}
            description={
              rec && rec.coAuthors.length > 0
                ? t('recommendations.editor.coAuthorsExisting', {
                    names: rec.coAuthors.map((p) => p.displayName).join(', '),
                  })
                : t('recommendations.editor.coAuthorsHelp')
            }
            placeholder={t('recommendations.editor.searchMembers')}
            searchable
            clearable
            nothingFoundMessage={t('recommendations.editor.noMember')}
            data={options}
            value={coAuthors}
            onChange={setCoAuthors}
            name="coAuthors"
          />
          <ErrorAlert error={error} />
          <Group gap="xs">
            <Button
              type="submit"
              loading={busy}
              disabled={!text.title.trim() || !text.body.trim()}
              data-testid="save-draft"
            >
              {t(rec ? 'recommendations.editor.saveVersion' : 'recommendations.editor.create')}
            </Button>
            <Button variant="default" component={Link} to={rec ? `/recommendations/${rec.id}` : `/groups/${group.id}`}>
              {t('recommendations.action.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
      {rec && (
        <section aria-labelledby="testimony-heading">
          <Title order={2} size="h4" id="testimony-heading" mb="xs">
            {t('recommendations.testimony.add')}
          </Title>
          <AddTestimonyForm
            recommendationId={rec.id}
            onAdded={() => client.refetchQueries({ include: ['RecommendationDetail'] })}
          />
        </section>
      )}
    </Stack>
  );
}

export function NewRecommendationPage() {
  const { groupId = '' } = useParams();
  return <Editor groupId={groupId} rec={null} />;
}

export function EditRecommendationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(RecommendationDetailDocument, { variables: { id } });
  const rec = data?.recommendation;
  if (loading && !rec) return <PageLoader />;
  if (!rec) return <ErrorAlert error={error} />;
  if (rec.stage !== 'DRAFT')
    return (
      <Stack>
        <Title order={1}>{t('recommendations.editor.editTitle')}</Title>
        <Text>{t('recommendations.editor.notDraft')}</Text>
        <Anchor component={Link} to={`/recommendations/${rec.id}`}>
          {rec.currentVersion.title.text}
        </Anchor>
      </Stack>
    );
  return <Editor groupId={rec.groupId} rec={rec} />;
}
