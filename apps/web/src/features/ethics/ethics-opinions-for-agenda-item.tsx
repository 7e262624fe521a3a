import { useQuery } from '@apollo/client/react';
import { Anchor, Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { EthicsOpinionsForAssemblyDocument, type EthicsOpinionsForAssemblyQuery } from '../../generated/graphql';
import { EthicsOpinionBadge } from './ethics-opinion-badge';

export type AgendaItemOpinion = EthicsOpinionsForAssemblyQuery['ethicsOpinionsForAssembly'][number];

/**
 * The ethics committee's opinions on an assembly's agenda, by agenda item: one query for the
 * whole agenda (not one per motion). `failed` when they could not be loaded.
 */
export function useEthicsOpinionsByItem(assemblyId: string): {
  byItem: ReadonlyMap<string, AgendaItemOpinion[]>;
  failed: boolean;
} {
  const { data, error } = useQuery(EthicsOpinionsForAssemblyDocument, { variables: { assemblyId } });
  const byItem = new Map<string, AgendaItemOpinion[]>();
  for (const opinion of data?.ethicsOpinionsForAssembly ?? []) {
    if (!opinion.agendaItemId) continue;
    byItem.set(opinion.agendaItemId, [...(byItem.get(opinion.agendaItemId) ?? []), opinion]);
  }
  return { byItem, failed: !!error };
}

/**
 * The ethics committee's opinions on one agenda item, for the assembly page to show beside the
 * motion: the stance, the start of the conclusion and a link to the whole opinion. Renders
 * nothing when the committee gave none (drafts appear only for the committee).
 */
export function EthicsOpinionsForAgendaItem({ opinions }: { opinions: readonly AgendaItemOpinion[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (opinions.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="ethics-opinions-for-agenda-item">
      {opinions.map((opinion) => (
        <Box key={opinion.id} p="xs" style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }}>
          <Group gap="xs" wrap="wrap">
            <EthicsOpinionBadge stance={opinion.stance} status={opinion.status} size="sm" />
            {opinion.publishedAt && (
              <Text size="sm" c="dimmed">
                {formatDate(opinion.publishedAt, language)}
              </Text>
            )}
          </Group>
          {opinion.conclusion && (
            <Text size="sm" mt={4} lineClamp={3} lang={opinion.conclusion.language}>
              {opinion.conclusion.text}
            </Text>
          )}
          <Anchor component={Link} to={`/ethics/opinions/${opinion.id}`} size="sm">
            {t('ethics.forAgendaItem.read')}
          </Anchor>
        </Box>
      ))}
    </Stack>
  );
}
