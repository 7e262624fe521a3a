import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Box, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import { EditionRecommendationsDocument } from '../../generated/graphql';
import { boardColumns } from './board';
import { stageLabel } from './labels';

/**
 * The edition's recommendations by stage: one column per step of the main path, then merged and
 * declined. The columns scroll sideways inside their own labelled region (never the page).
 */
export function RecommendationBoard({ editionId }: { editionId: string }) {
  const { t } = useTranslation();
  const labelId = useId();
  const { data, error } = useQuery(EditionRecommendationsDocument, { variables: { editionId } });
  if (error) return <ErrorAlert error={error} />;
  if (!data) return <Text c="dimmed">{t('common.loading')}</Text>;
  const columns = boardColumns(data.recommendations);
  return (
    <Box>
      <Text id={labelId} size="sm" c="dimmed" mb="xs">
        {t('editions.boardHelp', { count: data.recommendations.length })}
      </Text>
      <Box
        role="region"
        aria-labelledby={labelId}
        tabIndex={0}
        data-testid="recommendation-board"
        style={{ overflowX: 'auto', paddingBottom: 'var(--mantine-spacing-xs)' }}
      >
        <Group align="flex-start" wrap="nowrap" gap="sm">
          {columns.map((column) => (
            <Box
              key={column.stage}
              component="section"
              aria-label={stageLabel(t, column.stage)}
              style={{ flex: '0 0 220px', background: 'var(--mantine-color-gray-0)', borderRadius: 'var(--mantine-radius-sm)' }}
              p="xs"
              data-stage={column.stage}
            >
              <Group justify="space-between" mb="xs" wrap="nowrap">
                <Title order={3} size="h6">
                  {stageLabel(t, column.stage)}
                </Title>
                <Badge variant="light" color="gray" size="sm">
                  {column.items.length}
                </Badge>
              </Group>
              <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {column.items.map((rec) => (
                  <Card component="li" key={rec.id} withBorder padding="xs" radius="sm">
                    <Anchor
                      component={Link}
                      to={`/recommendations/${rec.id}`}
                      size="sm"
                      fw={600}
                      lang={rec.currentVersion.title.language}
                      className="break-anywhere"
                    >
                      {rec.currentVersion.title.text}
                    </Anchor>
                    <Text size="xs" c="dimmed" lang={rec.group.theme.language} className="break-anywhere">
                      {rec.group.theme.text}
                    </Text>
                    <Group gap={6} mt={4} wrap="wrap">
                      {rec.stage === 'AMENDED' && (
                        <Badge size="xs" color="grape" variant="light" tt="none">
                          {t('editions.stage.AMENDED')}
                        </Badge>
                      )}
                      <Text size="xs">{t('editions.versionCount', { count: rec.versionCount })}</Text>
                      <Text size="xs">{t('editions.proposalCount', { count: rec.proposals.length })}</Text>
                    </Group>
                  </Card>
                ))}
              </Stack>
            </Box>
          ))}
        </Group>
      </Box>
    </Box>
  );
}
