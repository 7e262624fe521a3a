import './assemblies.css';
import { useQuery } from '@apollo/client/react';
import { agendaEditable } from '@letscoop/domain';
import { Alert, Anchor, Badge, Box, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { MissingPage, PageLoader, usePageTitle } from '../../app/page-state';
import { AssemblyDetailDocument, type AssemblyDetailQuery } from '../../generated/graphql';
import { AgendaItemForm } from './agenda-item-form';
import { AgendaList } from './agenda-list';
import { AssemblyActions } from './assembly-actions';
import { AssemblyDates, AssemblyStatusBadge, AttendanceCard } from './assembly-parts';
import { MyParticipationCard } from './my-participation';
import { RecommendationPicker } from './recommendation-picker';
import { minutesUrl } from './rules';
import { useAssemblyLive } from './use-assembly-live';
import { FollowButton } from '../notifications/follow-button';
import { useEthicsOpinionsByItem } from '../ethics/ethics-opinions-for-agenda-item';

type Assembly = AssemblyDetailQuery['assembly'];

function Facts({ assembly }: { assembly: Assembly }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const rows: [string, ReactNode][] = [
    [
      t('assemblies.facts.when'),
      <AssemblyDates key="when" startsAt={assembly.startsAt} endsAt={assembly.endsAt} language={language} />,
    ],
  ];
  if (assembly.place) rows.push([t('assemblies.facts.place'), assembly.place]);
  if (assembly.onlineUrl) {
    rows.push([
      t('assemblies.facts.online'),
      <Anchor
        key="online"
        href={assembly.onlineUrl}
        target="_blank"
        rel="noopener noreferrer"
        className="break-anywhere"
      >
        {assembly.onlineUrl}
      </Anchor>,
    ]);
  }
  rows.push([
    t('assemblies.facts.recordDate'),
    assembly.recordDate ? formatDate(assembly.recordDate, language) : t('assemblies.facts.recordDatePending'),
  ]);
  if (assembly.convenedAt) rows.push([t('assemblies.facts.convenedAt'), formatDateTime(assembly.convenedAt, language)]);
  rows.push([
    t('assemblies.facts.quorum'),
    t(`assemblies.facts.quorumValue.${assembly.quorumBasis}`, {
      percent: formatPercent(assembly.quorumPercent, language),
    }),
  ]);
  rows.push([t('assemblies.facts.proxyCap'), formatNumber(assembly.proxyCap, language)]);
  rows.push([
    t('assemblies.facts.proxies'),
    assembly.proxiesOpen ? t('assemblies.facts.proxiesOpen') : t('assemblies.facts.proxiesClosed'),
  ]);
  // A definition list rather than a table: at 360 px each label sits above its value, nothing is cut.
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="facts-heading" data-testid="assembly-facts">
      <Title order={2} size="h4" id="facts-heading" mb="sm">
        {t('assemblies.facts.title')}
      </Title>
      <Stack component="dl" gap="xs" m={0}>
        {rows.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="sm" c="dimmed">
              {label}
            </Text>
            <Text component="dd" m={0} className="break-anywhere">
              {value}
            </Text>
          </div>
        ))}
      </Stack>
    </Card>
  );
}

type Tool = 'item' | 'recommendation' | null;

/** One assembly: facts, live attendance, my participation, the agenda, and the convenor's and chair's steps. */
export function AssemblyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AssemblyDetailDocument, { variables: { id } });
  const assembly = data?.assembly;
  const [tool, setTool] = useState<Tool>(null);
  const opinions = useEthicsOpinionsByItem(id);
  usePageTitle(assembly?.title.text ?? t('assemblies.title'));
  const reload = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  const live = assembly?.status === 'CONVENED' || assembly?.status === 'IN_SESSION';
  useAssemblyLive(id, {
    skip: !live,
    knownPollId: assembly ? (assembly.currentPoll?.id ?? null) : undefined,
    onPollChange: reload,
  });
  const onAgenda = useMemo(
    () => new Set((assembly?.agenda ?? []).flatMap((item) => (item.actionProposal ? [item.actionProposal.id] : []))),
    [assembly?.agenda],
  );

  if (loading && !data) return <PageLoader />;
  if (!assembly) {
    return (
      <MissingPage
        error={error}
        notFound={t('assemblies.notFound')}
        back={{ to: '/assemblies', label: t('assemblies.back') }}
      />
    );
  }

  const editable = assembly.viewerCanConvene && agendaEditable(assembly.status);
  const current = assembly.currentPoll?.status === 'OPEN' ? assembly.currentPoll : null;
  const showMinutes = assembly.status === 'IN_SESSION' || assembly.status === 'CLOSED';

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/assemblies" size="sm">
        {t('assemblies.back')}
      </Anchor>
      <div>
        <Group gap="xs" mb={4}>
          <Badge variant="light" color="gray" tt="none">
            {t(`assemblies.kind.${assembly.kind}`)}
          </Badge>
          <AssemblyStatusBadge status={assembly.status} />
        </Group>
        <Title order={1} lang={assembly.title.language} className="break-anywhere">
          {assembly.title.text}
        </Title>
        <Box mt="xs">
          <FollowButton subjectType="ASSEMBLY" subjectId={assembly.id} cooperativeId={assembly.cooperativeId} />
        </Box>
      </div>

      {current && (
        <Alert color="green" variant="light" title={t('assemblies.currentPoll.title')} data-testid="current-poll">
          <Text size="sm" lang={current.agendaItem.title.language} className="break-anywhere">
            {t('assemblies.agenda.itemTitle', {
              position: current.agendaItem.position,
              title: current.agendaItem.title.text,
            })}
          </Text>
          <Button
            className="assemblies-wrap"
            component={Link}
            to={`/polls/${current.id}`}
            mt="xs"
            data-testid="current-poll-link"
          >
            {t('assemblies.currentPoll.go')}
          </Button>
        </Alert>
      )}

      <AssemblyActions assembly={assembly} onDone={reload} />

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Facts assembly={assembly} />
        {(assembly.status !== 'DRAFT' || assembly.me) && (
          <Stack gap="md">
            {assembly.status !== 'DRAFT' && <AttendanceCard attendance={assembly.attendance} />}
            {assembly.me && <MyParticipationCard assembly={assembly} onChanged={reload} />}
          </Stack>
        )}
      </SimpleGrid>

      <section aria-labelledby="agenda-heading">
        <Title order={2} size="h3" id="agenda-heading" mb="xs">
          {t('assemblies.agenda.title')}
        </Title>
        <AgendaList items={assembly.agenda} canChair={assembly.viewerCanChair} opinionsByItem={opinions.byItem} />
        {opinions.failed && (
          <Text size="sm" c="dimmed" role="status" mt="xs">
            {t('ethics.forAgendaItem.unavailable')}
          </Text>
        )}
        {editable && (
          <Stack gap="sm" mt="md" data-testid="agenda-tools">
            {tool === null && (
              <Group gap="xs" wrap="wrap">
                <Button
                  className="assemblies-wrap"
                  variant="light"
                  onClick={() => setTool('item')}
                  data-testid="add-agenda-item"
                >
                  {t('assemblies.agendaForm.heading')}
                </Button>
                <Button
                  className="assemblies-wrap"
                  variant="light"
                  onClick={() => setTool('recommendation')}
                  data-testid="add-proposals"
                >
                  {t('assemblies.picker.heading')}
                </Button>
              </Group>
            )}
            {tool === 'item' && (
              <section aria-labelledby="agenda-form-heading">
                <Title order={3} size="h4" id="agenda-form-heading" mb="xs">
                  {t('assemblies.agendaForm.heading')}
                </Title>
                <AgendaItemForm
                  assemblyId={assembly.id}
                  assemblyStatus={assembly.status}
                  cooperativeId={assembly.cooperativeId}
                  onAdded={reload}
                  onCancel={() => setTool(null)}
                />
              </section>
            )}
            {tool === 'recommendation' && (
              <section aria-labelledby="picker-heading">
                <Group justify="space-between" mb="xs" wrap="wrap">
                  <Title order={3} size="h4" id="picker-heading">
                    {t('assemblies.picker.heading')}
                  </Title>
                  <Button className="assemblies-wrap" variant="default" size="xs" onClick={() => setTool(null)}>
                    {t('assemblies.done')}
                  </Button>
                </Group>
                <RecommendationPicker
                  assemblyId={assembly.id}
                  cooperativeId={assembly.cooperativeId}
                  onAgenda={onAgenda}
                  onAdded={reload}
                />
              </section>
            )}
          </Stack>
        )}
      </section>

      {showMinutes && (
        <section aria-labelledby="minutes-heading">
          <Title order={2} size="h3" id="minutes-heading" mb="xs">
            {t('assemblies.minutes.title')}
          </Title>
          <Text size="sm" mb="xs">
            {assembly.status === 'CLOSED' ? t('assemblies.minutes.final') : t('assemblies.minutes.provisional')}
          </Text>
          <Group gap="xs">
            <Button
              className="assemblies-wrap"
              component="a"
              href={minutesUrl(assembly.id, 'pdf')}
              variant="default"
              download
              data-testid="minutes-pdf"
            >
              {t('assemblies.minutes.pdf')}
            </Button>
            <Button
              className="assemblies-wrap"
              component="a"
              href={minutesUrl(assembly.id, 'csv')}
              variant="default"
              download
              data-testid="minutes-csv"
            >
              {t('assemblies.minutes.csv')}
            </Button>
          </Group>
        </section>
      )}
    </Stack>
  );
}
