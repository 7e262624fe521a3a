import { useQuery } from '@apollo/client/react';
import { Anchor, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import { formatDate } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { PageLoader, usePageTitle } from '../../app/page-state';
import { RecommendationCompareDocument } from '../../generated/graphql';
import { fromApiDiff } from './cycle-view';
import { DiffLegend, DiffText } from './diff-text';

/** Two versions side by side as one word diff: /recommendations/:id/compare?from=1&to=3. */
export function CompareVersionsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const language = currentLanguage();
  const from = Number(search.get('from') ?? '1') || 1;
  const to = Number(search.get('to') ?? '2') || 2;
  const { data, loading, error, previousData } = useQuery(RecommendationCompareDocument, {
    variables: { id, from, to },
  });
  const rec = (data ?? previousData)?.recommendation;
  usePageTitle(t('recommendations.compare.title'));
  if (loading && !rec) return <PageLoader />;
  if (!rec) return <ErrorAlert error={error} />;
  const options = rec.versions.map((v) => ({
    value: String(v.number),
    label: `${t('recommendations.versions.number', { number: v.number })} · ${t(`recommendations.versions.by${v.authoredBy}`)} · ${formatDate(v.createdAt, language)}`,
  }));
  const diff = data?.recommendation.compare;
  const choose = (key: 'from' | 'to') => (e: { currentTarget: { value: string } }) => {
    const next = new URLSearchParams(search);
    next.set(key, e.currentTarget.value);
    setSearch(next, { replace: true });
  };
  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/recommendations/${rec.id}`} size="sm" lang={rec.currentVersion.title.language}>
        {rec.currentVersion.title.text}
      </Anchor>
      <Title order={1}>{t('recommendations.compare.title')}</Title>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('recommendations.compare.from')}
          value={String(from)}
          data={options}
          onChange={choose('from')}
        />
        <NativeSelect
          label={t('recommendations.compare.to')}
          value={String(to)}
          data={options}
          onChange={choose('to')}
        />
      </Group>
      {error && <ErrorAlert error={error} />}
      {diff && (
        <Stack gap="xs" data-testid="compare-diff" aria-live="polite">
          {!diff.changed && <Text>{t('recommendations.text.noChange')}</Text>}
          <DiffLegend />
          <Title order={2} size="h4">
            {t('recommendations.form.title')}
          </Title>
          <DiffText parts={fromApiDiff(diff.title)} />
          <Title order={2} size="h4">
            {t('recommendations.field.body')}
          </Title>
          <DiffText parts={fromApiDiff(diff.body)} />
        </Stack>
      )}
    </Stack>
  );
}
