import { useQuery } from '@apollo/client/react';
import { RECOMMENDATION_STAGES, type Language } from '@letscoop/domain';
import { Anchor, Box, Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BarChart, type BarChartWords } from '../../app/bar-chart';
import { ErrorAlert } from '../../app/error-alert';
import { formatNumber, formatPercent } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { INTL_LOCALES } from '../../app/language';
import { PageLoader, usePageTitle } from '../../app/page-state';
import { useSession } from '../../app/session';
import { TransparencyDashboardDocument, type TransparencyDashboardQuery } from '../../generated/graphql';
import { editionLabels, stagesWithCounts } from './report-view';

type Figures = TransparencyDashboardQuery['transparencyDashboard']['editions'][number];

/** "140 days" / "140 dagen" / "140 jours", one decimal at most. */
function formatDays(days: number, language: Language): string {
  return new Intl.NumberFormat(INTL_LOCALES[language], {
    style: 'unit',
    unit: 'day',
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(days);
}

/**
 * The transparency dashboard: per edition, where the recommendations stand, how long they took
 * from draft to the assembly's vote, and how many proposals were adopted and carried out. Each
 * chart says its figures to screen readers and opens as a table; all the figures are in one
 * table at the end.
 */
export function TransparencyPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { cooperativeId } = useSession();
  usePageTitle(t('reports.dashboard.title'));
  const { data, loading, error } = useQuery(TransparencyDashboardDocument, {
    variables: { cooperativeId: cooperativeId ?? '' },
    skip: !cooperativeId,
    fetchPolicy: 'cache-and-network',
  });
  const editions = data?.transparencyDashboard.editions ?? [];
  const labels = editionLabels(
    editions.map((e) => e.edition),
    (n) => t('reports.dashboard.editionNumber', { number: n }),
  );
  const label = (e: Figures) => labels.get(e.edition.id) ?? e.edition.period;
  const words = (noValue: string): BarChartWords => ({
    noValue,
    noValues: t('reports.dashboard.noValues'),
    showFigures: t('reports.dashboard.showFigures'),
    category: t('reports.dashboard.edition'),
    value: t('reports.dashboard.value'),
  });
  const percent = (value: number) => formatPercent(value, language);

  return (
    <Stack gap="xl" data-testid="transparency-dashboard">
      <div>
        <Title order={1}>{t('reports.dashboard.title')}</Title>
        <Text c="dimmed">{t('reports.dashboard.intro')}</Text>
      </div>
      {error && <ErrorAlert error={error} />}
      {loading && !data && <PageLoader />}
      {data && editions.length === 0 && <Text c="dimmed">{t('reports.dashboard.empty')}</Text>}

      {editions.length > 0 && (
        <Box component="section" aria-labelledby="dashboard-across">
          <Title order={2} size="h3" id="dashboard-across" mb="sm">
            {t('reports.dashboard.acrossEditions')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" data-testid="dashboard-charts">
            <BarChart
              title={t('reports.dashboard.median')}
              subtitle={t('reports.dashboard.medianHelp')}
              orientation="horizontal"
              bars={editions.map((e) => ({ key: e.edition.id, label: label(e), value: e.medianDaysToVote ?? null }))}
              format={(v) => formatDays(v, language)}
              words={words(t('reports.dashboard.notVoted'))}
              testId="chart-median"
            />
            <BarChart
              title={t('reports.dashboard.adopted')}
              subtitle={t('reports.dashboard.adoptedHelp')}
              orientation="horizontal"
              max={100}
              bars={editions.map((e) => ({ key: e.edition.id, label: label(e), value: e.adoptedPercent ?? null }))}
              format={percent}
              words={words(t('reports.dashboard.notVoted'))}
              testId="chart-adopted"
            />
            <BarChart
              title={t('reports.dashboard.implemented')}
              subtitle={t('reports.dashboard.implementedHelp')}
              orientation="horizontal"
              max={100}
              bars={editions.map((e) => ({ key: e.edition.id, label: label(e), value: e.implementedPercent ?? null }))}
              format={percent}
              words={words(t('reports.dashboard.noneAdopted'))}
              testId="chart-implemented"
            />
          </SimpleGrid>
        </Box>
      )}

      {editions.length > 0 && (
        <Box component="section" aria-labelledby="dashboard-stages">
          <Title order={2} size="h3" id="dashboard-stages" mb="sm">
            {t('reports.dashboard.perStage')}
          </Title>
          <SimpleGrid
            cols={{ base: 1, sm: 2 }}
            spacing="md"
            component="ul"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {editions.map((e) => (
              <Card component="li" key={e.edition.id} withBorder padding="md" data-testid="dashboard-edition">
                <Stack gap="xs">
                  <BarChart
                    title={t('reports.dashboard.editionTitle', { number: e.edition.number, period: e.edition.period })}
                    subtitle={
                      <span lang={e.edition.title.language} className="break-anywhere">
                        {e.edition.title.text}
                      </span>
                    }
                    orientation="horizontal"
                    bars={stagesWithCounts(e.stageCounts).map((s) => ({
                      key: s.stage,
                      label: t(`recommendations.stage.${s.stage}`),
                      value: s.count,
                    }))}
                    format={(v) => formatNumber(v, language)}
                    words={{
                      ...words('—'),
                      category: t('reports.dashboard.stage'),
                      noValues: t('reports.dashboard.noRecommendations'),
                    }}
                  />
                  <Anchor
                    component={Link}
                    to={`/editions/${e.edition.id}/report`}
                    size="sm"
                    data-testid="dashboard-report-link"
                  >
                    {t('reports.dashboard.openReport')}
                  </Anchor>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        </Box>
      )}

      {editions.length > 0 && (
        <Box component="section" aria-labelledby="dashboard-figures">
          <Title order={2} size="h3" id="dashboard-figures" mb="xs">
            {t('reports.dashboard.allFigures')}
          </Title>
          <Box component="details" data-testid="dashboard-figures">
            <Text component="summary" size="sm" style={{ cursor: 'pointer' }}>
              {t('reports.dashboard.showFigures')}
            </Text>
            <FiguresTable editions={editions} label={label} language={language} />
          </Box>
          <Text size="sm" c="dimmed" mt="sm">
            {t('reports.dashboard.definitions')}
          </Text>
        </Box>
      )}
    </Stack>
  );
}

/** "2015/2016" may wrap after its slash in a narrow column (the text stays the same). */
function BreakAfterSlash({ text }: { text: string }) {
  return text.split('/').map((part, i) => (
    <Fragment key={i}>
      {i > 0 && (
        <>
          /<wbr />
        </>
      )}
      {part}
    </Fragment>
  ));
}

/** Every figure: a row per measure, a column per edition (narrow enough for a phone). */
function FiguresTable({
  editions,
  label,
  language,
}: {
  editions: Figures[];
  label: (e: Figures) => string;
  language: Language;
}) {
  const { t } = useTranslation();
  const n = (v: number) => formatNumber(v, language);
  const rows: [string, (e: Figures) => string][] = [
    [t('reports.dashboard.table.recommendations'), (e) => n(e.recommendations)],
    [
      t('reports.dashboard.table.medianDays'),
      (e) =>
        e.medianDaysToVote === null || e.medianDaysToVote === undefined
          ? '—'
          : formatDays(e.medianDaysToVote, language),
    ],
    [t('reports.dashboard.table.voted'), (e) => n(e.votedRecommendations)],
    [t('reports.dashboard.table.proposals'), (e) => n(e.proposals)],
    [t('reports.dashboard.table.putToAssembly'), (e) => n(e.putToAssembly)],
    [t('reports.dashboard.table.decided'), (e) => n(e.decided)],
    [t('reports.dashboard.table.adopted'), (e) => n(e.adopted)],
    [
      t('reports.dashboard.table.adoptedPercent'),
      (e) =>
        e.adoptedPercent === null || e.adoptedPercent === undefined ? '—' : formatPercent(e.adoptedPercent, language),
    ],
    [t('reports.dashboard.table.actions'), (e) => n(e.actions)],
    [t('reports.dashboard.table.actionsDone'), (e) => n(e.actionsDone)],
    [
      t('reports.dashboard.table.implementedPercent'),
      (e) =>
        e.implementedPercent === null || e.implementedPercent === undefined
          ? '—'
          : formatPercent(e.implementedPercent, language),
    ],
    ...RECOMMENDATION_STAGES.map((stage): [string, (e: Figures) => string] => [
      t('reports.dashboard.table.atStage', { stage: t(`recommendations.stage.${stage}`) }),
      (e) => n(e.stageCounts.find((s) => s.stage === stage)?.count ?? 0),
    ]),
  ];
  return (
    <Table withTableBorder verticalSpacing={4} horizontalSpacing={6} fz="xs" mt="xs" data-testid="dashboard-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('reports.dashboard.table.figure')}</Table.Th>
          {editions.map((e) => (
            <Table.Th scope="col" key={e.edition.id}>
              <BreakAfterSlash text={label(e)} />
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(([name, value]) => (
          <Table.Tr key={name}>
            <Table.Th scope="row" fw={400}>
              {name}
            </Table.Th>
            {editions.map((e) => (
              <Table.Td key={e.edition.id}>{value(e)}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
