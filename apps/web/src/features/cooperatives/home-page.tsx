import { useQuery } from '@apollo/client/react';
import { Badge, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/error-alert';
import { countryName, formatNumber, formatPercent } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { PageLoader, usePageTitle } from '../../app/page-state';
import { useSession } from '../../app/session';
import { CooperativeHomeDocument } from '../../generated/graphql';
import { TranslatedTextView } from './translated-text-view';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder padding="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {value}
      </Text>
    </Card>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { cooperativeId } = useSession();
  const { data, loading, error } = useQuery(CooperativeHomeDocument, {
    variables: { id: cooperativeId ?? '' },
    skip: !cooperativeId,
  });
  const cooperative = data?.cooperative;
  usePageTitle(cooperative?.name ?? t('nav.home'));

  if (!cooperativeId) return <Text>{t('home.noCooperative')}</Text>;
  if (loading && !cooperative) return <PageLoader />;
  if (!cooperative) return <ErrorAlert error={error} />;
  const statutes = cooperative.statutes;

  return (
    <Stack gap="lg">
      <ErrorAlert error={error} />
      <div>
        <Title order={1}>{cooperative.name}</Title>
        <Group gap="xs" mt={4}>
          <Text c="dimmed">{countryName(cooperative.country, language)}</Text>
          {cooperative.languages.map((l) => (
            <Badge
              key={l}
              variant="outline"
              color="gray"
              tt="none"
              aria-label={t('home.workingLanguage', { language: t(`language.name.${l}`) })}
            >
              {l.toUpperCase()}
            </Badge>
          ))}
        </Group>
      </div>

      <section aria-labelledby="about-title">
        <Title order={2} size="h3" id="about-title" mb="xs">
          {t('home.about')}
        </Title>
        <TranslatedTextView value={cooperative.description} />
      </section>

      <SimpleGrid cols={{ base: 2, md: 3 }} spacing="sm">
        <Figure label={t('home.memberCount')} value={formatNumber(cooperative.memberCount, language)} />
        <Figure label={t('home.branchCount')} value={formatNumber(cooperative.branches.length, language)} />
        <Figure label={t('statutes.quorum')} value={formatPercent(statutes.quorumPercent, language)} />
      </SimpleGrid>

      <section aria-labelledby="statutes-title">
        <Title order={2} size="h3" id="statutes-title" mb="xs">
          {t('statutes.title')}
        </Title>
        <Table withTableBorder variant="vertical" layout="fixed">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w="50%">{t('statutes.quorum')}</Table.Th>
              <Table.Td>
                {t('statutes.quorumValue', {
                  percent: formatPercent(statutes.quorumPercent, language),
                  basis: t(`statutes.quorumBasis.${statutes.quorumBasis}`),
                })}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('statutes.defaultMajority')}</Table.Th>
              <Table.Td>{t(`statutes.majority.${statutes.defaultMajority}`)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('statutes.abstentions')}</Table.Th>
              <Table.Td>
                {statutes.abstentionsCount ? t('statutes.abstentionsCount') : t('statutes.abstentionsNotCounted')}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('statutes.proxyCap')}</Table.Th>
              <Table.Td>{formatNumber(statutes.proxyCapPerHolder, language)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('statutes.votingWeight')}</Table.Th>
              <Table.Td>{t(`statutes.weight.${statutes.votingWeightMode}`)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </section>

      <section aria-labelledby="branches-title">
        <Title order={2} size="h3" id="branches-title" mb="xs">
          {t('home.branches')}
        </Title>
        {cooperative.branches.length === 0 ? (
          <Text c="dimmed">{t('home.noBranches')}</Text>
        ) : (
          <List spacing={4}>
            {cooperative.branches.map((b) => (
              <List.Item key={b.id}>
                <Text span fw={500}>
                  {b.name}
                </Text>
                {b.city && b.city !== b.name ? ` (${b.city})` : ''}
              </List.Item>
            ))}
          </List>
        )}
      </section>
    </Stack>
  );
}
