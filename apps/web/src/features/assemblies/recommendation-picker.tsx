import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, Checkbox, Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import { currentLanguage } from '../../app/i18n';
import { PageLoader } from '../../app/page-state';
import {
  AddAgendaItemDocument,
  AddRecommendationToAgendaDocument,
  AgendaSourceEditionsDocument,
  AgendaSourceRecommendationsDocument,
} from '../../generated/graphql';
import { defaultSourceEdition, proposalsToOffer } from './rules';

/**
 * The board's action proposals waiting for an assembly (ON_AGENDA, put there from the
 * recommendation page with "put to the assembly"), per edition: add a recommendation's proposals
 * at once, or one proposal as a motion.
 */
export function RecommendationPicker({
  assemblyId,
  cooperativeId,
  onAgenda,
  onAdded,
}: {
  assemblyId: string;
  cooperativeId: string;
  /** Action proposal ids already on this agenda. */
  onAgenda: ReadonlySet<string>;
  onAdded: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const editions = useQuery(AgendaSourceEditionsDocument, { variables: { cooperativeId } });
  const [chosenEdition, setChosenEdition] = useState<string | null>(null);
  const editionId = chosenEdition ?? defaultSourceEdition(editions.data?.editions ?? [])?.id ?? null;
  const recommendations = useQuery(AgendaSourceRecommendationsDocument, {
    variables: { editionId: editionId ?? '' },
    skip: !editionId,
    fetchPolicy: 'cache-and-network',
  });
  const [addAll, addAllState] = useMutation(AddRecommendationToAgendaDocument);
  const [addOne, addOneState] = useMutation(AddAgendaItemDocument);
  const [busy, setBusy] = useState<string | null>(null);
  // Motions from proposals take the statutes' rule; the convenor may still make them secret ballots.
  const [secret, setSecret] = useState(false);

  if (editions.loading && !editions.data) return <PageLoader />;
  if (!editions.data) return <ErrorAlert error={editions.error} />;
  if (editions.data.editions.length === 0) return <Text c="dimmed">{t('assemblies.picker.noEditions')}</Text>;

  const offers = proposalsToOffer(recommendations.data?.recommendations ?? [], onAgenda);
  const done = () => {
    setBusy(null);
    onAdded();
    void recommendations.refetch();
  };
  const addProposal = (proposalId: string) =>
    addOne({ variables: { input: { assemblyId, kind: 'MOTION', actionProposalId: proposalId, language, secret } } });
  // A secret ballot is set per motion: one after the other (any one added stays, the rest can be added again).
  const addProposals = async (recommendationId: string, proposalIds: readonly string[]) => {
    if (!secret) {
      await addAll({ variables: { assemblyId, recommendationId } });
      return;
    }
    for (const proposalId of proposalIds) await addProposal(proposalId);
  };

  return (
    <Stack gap="sm" data-testid="recommendation-picker">
      <Text size="sm" c="dimmed">
        {t('assemblies.picker.intro')}
      </Text>
      <NativeSelect
        label={t('assemblies.picker.edition')}
        value={editionId ?? ''}
        onChange={(e) => setChosenEdition(e.currentTarget.value)}
        data={editions.data.editions.map((edition) => ({
          value: edition.id,
          label: t('assemblies.picker.editionOption', {
            number: edition.number,
            period: edition.period,
            title: edition.title.text,
          }),
        }))}
        maw={480}
      />
      <Checkbox
        label={t('assemblies.agendaForm.secret')}
        description={t('assemblies.agendaForm.secretHint')}
        checked={secret}
        onChange={(e) => setSecret(e.currentTarget.checked)}
        data-testid="picker-secret"
      />
      <ErrorAlert error={recommendations.error} />
      <ErrorAlert error={addAllState.error ?? addOneState.error} />
      {recommendations.loading && !recommendations.data ? (
        <PageLoader />
      ) : offers.length === 0 ? (
        <Alert color="gray" variant="light">
          {t('assemblies.picker.none')}
        </Alert>
      ) : (
        <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {offers.map(({ recommendation, proposals, none }) => (
            <li key={recommendation.id}>
              <Card withBorder padding="sm" data-testid="proposal-source">
                <Stack gap="xs">
                  <Title order={4} size="h6">
                    <Anchor
                      component={Link}
                      to={`/recommendations/${recommendation.id}`}
                      lang={recommendation.currentVersion.title.language}
                      className="break-anywhere"
                    >
                      {recommendation.currentVersion.title.text}
                    </Anchor>
                  </Title>
                  <List size="sm" spacing={4}>
                    {proposals.map((proposal) => (
                      <List.Item key={proposal.id}>
                        <Group gap="xs" wrap="wrap">
                          <Text size="sm" lang={proposal.title.language} className="break-anywhere">
                            {t('assemblies.picker.proposal', { number: proposal.number, title: proposal.title.text })}
                          </Text>
                          {(!none || proposals.length > 1) && (
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              loading={busy === proposal.id}
                              disabled={busy !== null && busy !== proposal.id}
                              aria-label={t('assemblies.picker.addOneLabel', { number: proposal.number })}
                              onClick={() => {
                                setBusy(proposal.id);
                                addProposal(proposal.id)
                                  .then(done)
                                  .catch(() => setBusy(null));
                              }}
                            >
                              {t('assemblies.picker.addOne')}
                            </Button>
                          )}
                        </Group>
                      </List.Item>
                    ))}
                  </List>
                  {none && (
                    <Button
                      className="assemblies-wrap"
                      size="sm"
                      variant="light"
                      style={{ alignSelf: 'flex-start' }}
                      loading={busy === recommendation.id}
                      disabled={busy !== null && busy !== recommendation.id}
                      onClick={() => {
                        setBusy(recommendation.id);
                        addProposals(
                          recommendation.id,
                          proposals.map((p) => p.id),
                        )
                          .then(done)
                          .catch(() => {
                            setBusy(null);
                            onAdded();
                            void recommendations.refetch();
                          });
                      }}
                      data-testid="add-recommendation"
                    >
                      {t('assemblies.picker.addAll', { count: proposals.length })}
                    </Button>
                  )}
                </Stack>
              </Card>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
