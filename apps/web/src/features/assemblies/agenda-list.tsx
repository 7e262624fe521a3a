import { Anchor, Badge, Box, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../app/i18n';
import { TranslatedTextView } from '../cooperatives/translated-text-view';
import type { AgendaItemFieldsFragment } from '../../generated/graphql';
import { PollStatusBadge } from './assembly-parts';
import { byPosition, ruleSummary } from './rules';
import { EthicsOpinionsForAgendaItem, type AgendaItemOpinion } from '../ethics/ethics-opinions-for-agenda-item';

function AgendaItemCard({
  item,
  canChair,
  opinions,
}: {
  item: AgendaItemFieldsFragment;
  canChair: boolean;
  opinions?: readonly AgendaItemOpinion[];
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const rule = ruleSummary(item, t, language);
  const recommendationId = item.recommendationId ?? item.actionProposal?.recommendationId ?? null;
  const poll = item.poll;
  // A draft poll only matters to the chair, who opens it from the poll page.
  const pollLink = poll && (poll.status !== 'DRAFT' || canChair);
  return (
    <Card withBorder padding="sm" data-testid="agenda-item">
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" color="gray" tt="none">
            {t(`assemblies.agendaKind.${item.kind}`)}
          </Badge>
          {item.kind !== 'INFORMATION' && (
            <Badge variant="light" color={item.secret ? 'violet' : 'blue'} tt="none" data-testid="ballot-kind">
              {item.secret ? t('assemblies.agenda.secret') : t('assemblies.agenda.named')}
            </Badge>
          )}
          {item.kind === 'ELECTION' && item.fillsSeatsOf && (
            <Badge variant="light" color="yellow" tt="none" data-testid="fills-seats-of">
              {t(`assemblies.agenda.fillsSeatsOf.${item.fillsSeatsOf}`)}
            </Badge>
          )}
          {poll && <PollStatusBadge status={poll.status} />}
        </Group>
        <Title order={3} size="h5" lang={item.title.language} className="break-anywhere">
          {t('assemblies.agenda.itemTitle', { position: item.position, title: item.title.text })}
        </Title>
        {rule && (
          <Text size="sm" data-testid="rule-summary">
            {rule}
          </Text>
        )}
        {item.kind === 'ELECTION' && item.candidates.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              {t('assemblies.agenda.candidates', { count: item.candidates.length })}
            </Text>
            <List size="sm">
              {byPosition(item.candidates).map((candidate) => (
                <List.Item key={candidate.id} className="break-anywhere">
                  {candidate.person ? (
                    <Anchor component={Link} to={`/members/${candidate.person.id}`}>
                      {candidate.name}
                    </Anchor>
                  ) : (
                    candidate.name
                  )}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        {item.body && item.body.text.trim() && (
          <Box component="details">
            <Text component="summary" size="sm" style={{ cursor: 'pointer' }}>
              {t('assemblies.agenda.details')}
            </Text>
            <Box mt={4}>
              <TranslatedTextView value={item.body} />
            </Box>
          </Box>
        )}
        {opinions && opinions.length > 0 && <EthicsOpinionsForAgendaItem opinions={opinions} />}
        {(recommendationId || pollLink) && (
          <Group gap="xs" wrap="wrap">
            {recommendationId && (
              <Anchor component={Link} to={`/recommendations/${recommendationId}`} size="sm">
                {item.actionProposal
                  ? t('assemblies.agenda.fromProposal', { number: item.actionProposal.number })
                  : t('assemblies.agenda.fromRecommendation')}
              </Anchor>
            )}
            {poll && pollLink && (
              <Button
                component={Link}
                to={`/polls/${poll.id}`}
                size="compact-sm"
                variant={poll.status === 'OPEN' ? 'filled' : 'light'}
              >
                {poll.status === 'OPEN' ? t('assemblies.agenda.goVote') : t('assemblies.agenda.seePoll')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** The agenda in order, each item with its rule, ballot kind and poll. */
export function AgendaList({
  items,
  canChair,
  opinionsByItem,
}: {
  items: readonly AgendaItemFieldsFragment[];
  canChair: boolean;
  /** The ethics committee's opinions, shown beside the items they are about. */
  opinionsByItem?: ReadonlyMap<string, readonly AgendaItemOpinion[]>;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text c="dimmed">{t('assemblies.agenda.empty')}</Text>;
  return (
    <Stack component="ol" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="agenda">
      {byPosition(items).map((item) => (
        <li key={item.id}>
          <AgendaItemCard item={item} canChair={canChair} opinions={opinionsByItem?.get(item.id)} />
        </li>
      ))}
    </Stack>
  );
}
