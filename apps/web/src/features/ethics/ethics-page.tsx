import { useQuery } from '@apollo/client/react';
import { can, ETHICS_CRITERIA } from '@letscoop/domain';
import { Alert, Anchor, Badge, Box, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import { formatDate } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { PageLoader, usePageTitle } from '../../app/page-state';
import { useSession } from '../../app/session';
import {
  EthicsOverviewDocument,
  type EthicsMandateFieldsFragment,
  type EthicsOverviewQuery,
} from '../../generated/graphql';
import { EthicsOpinionBadge } from './ethics-opinion-badge';
import { IndicatorChart } from './indicator-chart';
import { OpinionSubject } from './opinion-subject';

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Box component="section" aria-labelledby={`${id}-heading`} data-testid={`ethics-${id}`}>
      <Title order={2} size="h3" id={`${id}-heading`} mb="xs">
        {title}
      </Title>
      {children}
    </Box>
  );
}

function MandateLine({ mandate }: { mandate: EthicsMandateFieldsFragment }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Box component="li">
      <Text fw={500} className="break-anywhere">
        {mandate.person.displayName}
      </Text>
      <Text size="sm" c="dimmed">
        {mandate.endsOn
          ? t('ethics.committee.until', { date: formatDate(mandate.endsOn, language) })
          : t('ethics.committee.noEnd')}
      </Text>
      {mandate.endingSoon && mandate.daysLeft !== null && mandate.daysLeft !== undefined && (
        <Badge color="orange" variant="light" tt="none" size="sm">
          {t('ethics.committee.endsIn', { count: mandate.daysLeft })}
        </Badge>
      )}
    </Box>
  );
}

function Committee({ committee }: { committee: EthicsOverviewQuery['ethicsCommittee'] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Stack gap="sm">
      <Text>{t('ethics.committee.intro')}</Text>
      <Group gap="sm" wrap="wrap" align="center">
        <Text fw={600} id="seats-label">
          {t('ethics.committee.seats', { filled: committee.seatsFilled, seats: committee.seats })}
        </Text>
        <meter
          aria-labelledby="seats-label"
          min={0}
          max={committee.seats}
          value={committee.seatsFilled}
          style={{ width: 160, maxWidth: '100%' }}
        />
      </Group>
      {committee.endingSoon.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          title={t('ethics.committee.endingSoonTitle', { count: committee.endingSoon.length })}
        >
          {t('ethics.committee.endingSoon', {
            date: formatDate(committee.endingSoon[0].endsOn, language),
          })}
        </Alert>
      )}
      {committee.members.length === 0 ? (
        <Text c="dimmed">{t('ethics.committee.empty')}</Text>
      ) : (
        <SimpleGrid
          component="ul"
          cols={{ base: 1, xs: 2, md: 3 }}
          spacing="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          data-testid="ethics-members"
        >
          {committee.members.map((m) => (
            <MandateLine key={m.officeId} mandate={m} />
          ))}
        </SimpleGrid>
      )}
      {committee.upcoming.length > 0 && (
        <Box>
          <Title order={3} size="h5" mb={4}>
            {t('ethics.committee.upcoming')}
          </Title>
          <List size="sm">
            {committee.upcoming.map((m) => (
              <List.Item key={m.officeId}>
                {t('ethics.committee.startsOn', { name: m.person.displayName, date: formatDate(m.startsOn, language) })}
              </List.Item>
            ))}
          </List>
        </Box>
      )}
    </Stack>
  );
}

function Opinions({
  opinions,
  mayWrite,
}: {
  opinions: EthicsOverviewQuery['ethicsOpinionsOfCooperative'];
  mayWrite: boolean;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Stack gap="sm">
      <Text>{t('ethics.opinions.intro')}</Text>
      <List size="sm">
        {ETHICS_CRITERIA.map((c) => (
          <List.Item key={c}>{t(`ethics.criterion.${c}`)}</List.Item>
        ))}
      </List>
      {mayWrite && (
        <Button
          component={Link}
          to="/ethics/opinions/new"
          variant="light"
          style={{ alignSelf: 'flex-start' }}
          data-testid="new-opinion"
        >
          {t('ethics.opinions.new')}
        </Button>
      )}
      {opinions.length === 0 && <Text c="dimmed">{t('ethics.opinions.none')}</Text>}
      <Box component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="ethics-opinion-list">
        {opinions.map((o) => (
          <Box component="li" key={o.id} mb="sm">
            <Paper withBorder p="sm">
              <Stack gap={6}>
                <Anchor component={Link} to={`/ethics/opinions/${o.id}`} fw={700} className="break-anywhere">
                  <OpinionSubject opinion={o} />
                </Anchor>
                <Group gap="xs" wrap="wrap">
                  <EthicsOpinionBadge stance={o.stance} status={o.status} size="sm" />
                  {o.activityPerson && (
                    <Text size="sm">{t('ethics.opinions.activityOf', { name: o.activityPerson.displayName })}</Text>
                  )}
                  <Text size="sm" c="dimmed">
                    {o.publishedAt
                      ? t('ethics.opinions.publishedOn', { date: formatDate(o.publishedAt, language) })
                      : t('ethics.opinions.savedOn', { date: formatDate(o.updatedAt, language) })}
                  </Text>
                </Group>
              </Stack>
            </Paper>
          </Box>
        ))}
      </Box>
    </Stack>
  );
}

function Indicators({
  series,
  mayManage,
}: {
  series: EthicsOverviewQuery['socialIndicatorSeries'];
  mayManage: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text>{t('ethics.indicators.intro')}</Text>
      {mayManage && (
        <Button
          component={Link}
          to="/ethics/indicators"
          variant="light"
          style={{ alignSelf: 'flex-start' }}
          data-testid="manage-indicators"
        >
          {t('ethics.indicators.manage')}
        </Button>
      )}
      {series.lines.length === 0 && <Text c="dimmed">{t('ethics.indicators.none')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" data-testid="ethics-indicator-charts">
        {series.lines.map((line) => (
          <IndicatorChart
            key={line.indicator.id}
            name={line.indicator.name.text}
            nameLanguage={line.indicator.name.language}
            unit={line.indicator.unit.text}
            years={series.years}
            values={line.values}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** The ethics committee: its members and mandates, its published opinions, and the social impact indicators. */
export function EthicsPage() {
  const { t } = useTranslation();
  const { actor, cooperativeId } = useSession();
  const subject = { cooperativeId: cooperativeId ?? '' };
  const allowed = cooperativeId !== null && can(actor, 'ethics.view', subject);
  const { data, loading, error } = useQuery(EthicsOverviewDocument, {
    variables: { cooperativeId: cooperativeId ?? '' },
    skip: !allowed,
    fetchPolicy: 'cache-and-network',
  });
  usePageTitle(t('ethics.title'));

  if (!allowed)
    return (
      <Stack>
        <Title order={1}>{t('ethics.title')}</Title>
        <Alert color="gray">{t('ethics.notMember')}</Alert>
      </Stack>
    );
  if (loading && !data) return <PageLoader />;
  if (!data) return <ErrorAlert error={error} />;

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>{t('ethics.title')}</Title>
        <Text>{t('ethics.lead')}</Text>
      </Stack>
      <Section id="committee" title={t('ethics.committee.title')}>
        <Committee committee={data.ethicsCommittee} />
      </Section>
      <Section id="opinions" title={t('ethics.opinions.title')}>
        <Opinions opinions={data.ethicsOpinionsOfCooperative} mayWrite={can(actor, 'ethics.write', subject)} />
      </Section>
      <Section id="indicators" title={t('ethics.indicators.title')}>
        <Indicators series={data.socialIndicatorSeries} mayManage={can(actor, 'indicator.manage', subject)} />
      </Section>
    </Stack>
  );
}
