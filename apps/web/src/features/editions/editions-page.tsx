import { useQuery } from '@apollo/client/react';
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import { PageLoader, usePageTitle } from '../../app/page-state';
import { useSession } from '../../app/session';
import { EditionsDocument } from '../../generated/graphql';
import { newestFirst } from './board';
import { EditionStatusBadge } from './labels';

export function EditionsPage() {
  const { t } = useTranslation();
  const { cooperativeId } = useSession();
  usePageTitle(t('editions.title'));
  const { data, loading, error } = useQuery(EditionsDocument, {
    variables: { cooperativeId: cooperativeId ?? '' },
    skip: !cooperativeId,
  });
  const editions = newestFirst(data?.editions ?? []);
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('editions.title')}</Title>
        <Text c="dimmed">{t('editions.intro')}</Text>
      </div>
      {error && <ErrorAlert error={error} />}
      {loading && !data && <PageLoader />}
      {data && editions.length === 0 && <Text c="dimmed">{t('editions.empty')}</Text>}
      <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="editions-list">
        {editions.map((edition) => (
          <li key={edition.id}>
            <Card withBorder padding="md">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Text size="sm" c="dimmed">
                  {t('editions.numberPeriod', { number: edition.number, period: edition.period })}
                </Text>
                <EditionStatusBadge status={edition.status} />
              </Group>
              <Title order={2} size="h4" mt={4}>
                <Anchor component={Link} to={`/editions/${edition.id}`} lang={edition.title.language} className="break-anywhere">
                  {edition.title.text}
                </Anchor>
              </Title>
            </Card>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}
