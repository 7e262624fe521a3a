import { useMutation, useQuery } from '@apollo/client/react';
import {
  AGENDA_ITEM_KINDS,
  ELECTION_METHODS,
  MAJORITY_RULES,
  QUORUM_BASES,
  SEAT_BODIES,
  STAKEHOLDER_CATEGORIES,
  VOTING_WEIGHT_MODES,
  type AgendaItemKind,
  type AssemblyStatus,
  type ElectionMethod,
  type MajorityRule,
  type QuorumBasis,
  type SeatBody,
  type VotingWeightMode,
} from '@letscoop/domain';
import {
  ActionIcon,
  Alert,
  Box,
  Button,
  Checkbox,
  Fieldset,
  Group,
  List,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/error-alert';
import { currentLanguage } from '../../app/i18n';
import { PageLoader } from '../../app/page-state';
import { AddAgendaItemDocument, AssemblyStatutesDocument } from '../../generated/graphql';
import {
  agendaFormDefaults,
  ruleSummary,
  toAgendaItemInput,
  type AgendaForm,
  type AgendaFormProblem,
  type StatutesDefaults,
} from './rules';
import { SeatCandidatePicker } from './seat-candidate-picker';

/** Add a motion, an election or an information item; the voting rule starts from the statutes. */
export function AgendaItemForm({
  assemblyId,
  assemblyStatus,
  cooperativeId,
  onAdded,
  onCancel,
}: {
  assemblyId: string;
  assemblyStatus: AssemblyStatus;
  cooperativeId: string;
  onAdded: () => void;
  onCancel: () => void;
}) {
  const statutes = useQuery(AssemblyStatutesDocument, { variables: { cooperativeId } });
  if (statutes.loading && !statutes.data) return <PageLoader />;
  if (!statutes.data) return <ErrorAlert error={statutes.error} />;
  return (
    <AgendaItemFormFields
      assemblyId={assemblyId}
      draft={assemblyStatus === 'DRAFT'}
      cooperativeId={cooperativeId}
      statutes={statutes.data.cooperative.statutes}
      onAdded={onAdded}
      onCancel={onCancel}
    />
  );
}

function AgendaItemFormFields({
  assemblyId,
  draft,
  cooperativeId,
  statutes,
  onAdded,
  onCancel,
}: {
  assemblyId: string;
  draft: boolean;
  cooperativeId: string;
  statutes: StatutesDefaults;
  onAdded: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [form, setForm] = useState<AgendaForm>(() => agendaFormDefaults(statutes));
  const [problems, setProblems] = useState<AgendaFormProblem[]>([]);
  const [add, { loading, error }] = useMutation(AddAgendaItemDocument);
  const set = <K extends keyof AgendaForm>(key: K, value: AgendaForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const has = (problem: AgendaFormProblem) => problems.includes(problem);
  const problemText = (problem: AgendaFormProblem) =>
    has(problem) ? t(`assemblies.agendaForm.problem.${problem}`) : undefined;
  const voted = form.kind !== 'INFORMATION';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = toAgendaItemInput(form, assemblyId, language);
    setProblems(result.problems);
    if (!result.input) return;
    try {
      await add({ variables: { input: result.input } });
      setForm(agendaFormDefaults(statutes, form.kind));
      onAdded();
    } catch {
      // shown below
    }
  };

  const statutesRule = ruleSummary(
    {
      kind: 'MOTION',
      majorityRule: statutes.defaultMajority,
      abstentionsCount: statutes.abstentionsCount,
      quorumPercent: statutes.quorumPercent,
      quorumBasis: statutes.quorumBasis,
      weightMode: statutes.votingWeightMode,
    },
    t,
    language,
  );

  return (
    <Box component="form" onSubmit={submit} noValidate data-testid="agenda-item-form">
      <Stack gap="sm" maw={640}>
        <NativeSelect
          label={t('assemblies.agendaForm.kind')}
          value={form.kind}
          onChange={(e) => {
            const kind = e.currentTarget.value as AgendaItemKind;
            setForm((f) => ({
              ...f,
              kind,
              secret: kind === 'ELECTION' ? true : f.kind === 'ELECTION' ? false : f.secret,
            }));
          }}
          data={AGENDA_ITEM_KINDS.map((k) => ({ value: k, label: t(`assemblies.agendaKind.${k}`) }))}
        />
        <TextInput
          label={t('assemblies.agendaForm.title')}
          required
          maxLength={300}
          value={form.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={problemText('title')}
        />
        <Textarea
          label={t('assemblies.agendaForm.body')}
          autosize
          minRows={3}
          value={form.body}
          onChange={(e) => set('body', e.currentTarget.value)}
        />

        {form.kind === 'ELECTION' && (
          <Fieldset legend={t('assemblies.agendaForm.election')}>
            <Stack gap="xs">
              <TextInput
                label={t('assemblies.agendaForm.seats')}
                type="number"
                min={1}
                inputMode="numeric"
                value={form.seats}
                onChange={(e) => set('seats', e.currentTarget.value)}
                error={problemText('seats')}
                maw={160}
              />
              <Radio.Group
                label={t('assemblies.agendaForm.electionMethod')}
                description={
                  form.electionMethod === 'MAJORITY_PER_SEAT'
                    ? t('assemblies.agendaForm.electionMethodHint.MAJORITY_PER_SEAT')
                    : undefined
                }
                value={form.electionMethod}
                onChange={(value) => set('electionMethod', value as ElectionMethod)}
                data-testid="election-method"
              >
                <Stack gap={6} mt="xs">
                  {ELECTION_METHODS.map((m) => (
                    <Radio key={m} value={m} label={t(`assemblies.agendaForm.electionMethodOption.${m}`)} />
                  ))}
                </Stack>
              </Radio.Group>
              <NativeSelect
                label={t('assemblies.agendaForm.fillsSeatsOf')}
                description={form.fillsSeatsOf ? t('assemblies.agendaForm.fillsSeatsOfHint') : undefined}
                value={form.fillsSeatsOf ?? ''}
                onChange={(e) => set('fillsSeatsOf', (e.currentTarget.value || null) as SeatBody | null)}
                data={[
                  { value: '', label: t('assemblies.agendaForm.fillsSeatsOfNone') },
                  ...SEAT_BODIES.map((b) => ({ value: b, label: t(`assemblies.agendaForm.seatBody.${b}`) })),
                ]}
                data-testid="fills-seats-of"
              />
              <Text size="sm" fw={500} id="candidates-label">
                {t('assemblies.agendaForm.candidates')}
              </Text>
              {form.fillsSeatsOf ? (
                <>
                  {form.memberCandidates.length > 0 ? (
                    <Stack
                      component="ol"
                      gap={4}
                      aria-labelledby="candidates-label"
                      style={{ paddingInlineStart: '1.25rem', margin: 0 }}
                      data-testid="seat-candidates"
                    >
                      {form.memberCandidates.map((candidate) => (
                        <li key={candidate.personId}>
                          <Group gap="xs" wrap="nowrap" justify="space-between">
                            <Text size="sm" className="break-anywhere" style={{ minWidth: 0 }}>
                              {candidate.name}
                            </Text>
                            <ActionIcon
                              variant="default"
                              size="lg"
                              aria-label={t('assemblies.agendaForm.removeMember', { name: candidate.name })}
                              onClick={() =>
                                setForm((f) => ({
                                  ...f,
                                  memberCandidates: f.memberCandidates.filter((c) => c.personId !== candidate.personId),
                                }))
                              }
                            >
                              ×
                            </ActionIcon>
                          </Group>
                        </li>
                      ))}
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('assemblies.agendaForm.noMemberYet')}
                    </Text>
                  )}
                  {has('memberCandidates') && (
                    <Text size="sm" c="var(--mantine-color-error)">
                      {t('assemblies.agendaForm.problem.memberCandidates')}
                    </Text>
                  )}
                  <SeatCandidatePicker
                    assemblyId={assemblyId}
                    cooperativeId={cooperativeId}
                    draft={draft}
                    chosenIds={form.memberCandidates.map((c) => c.personId)}
                    onAdd={(candidate) =>
                      setForm((f) =>
                        f.memberCandidates.some((c) => c.personId === candidate.personId)
                          ? f
                          : { ...f, memberCandidates: [...f.memberCandidates, candidate] },
                      )
                    }
                  />
                </>
              ) : (
                <>
                  {form.candidates.map((name, index) => (
                    <Group key={index} gap="xs" wrap="nowrap" align="flex-end">
                      <TextInput
                        aria-label={t('assemblies.agendaForm.candidateName', { number: index + 1 })}
                        placeholder={t('assemblies.agendaForm.candidatePlaceholder')}
                        value={name}
                        onChange={(e) => {
                          const value = e.currentTarget.value;
                          setForm((f) => ({ ...f, candidates: f.candidates.map((c, i) => (i === index ? value : c)) }));
                        }}
                        style={{ flex: 1, minWidth: 0 }}
                      />
                      <ActionIcon
                        variant="default"
                        size="lg"
                        aria-label={t('assemblies.agendaForm.removeCandidate', { number: index + 1 })}
                        onClick={() =>
                          setForm((f) => ({ ...f, candidates: f.candidates.filter((_, i) => i !== index) }))
                        }
                      >
                        ×
                      </ActionIcon>
                    </Group>
                  ))}
                  {has('candidates') && (
                    <Text size="sm" c="var(--mantine-color-error)">
                      {t('assemblies.agendaForm.problem.candidates')}
                    </Text>
                  )}
                  <Button
                    className="assemblies-wrap"
                    variant="subtle"
                    size="xs"
                    style={{ alignSelf: 'flex-start' }}
                    onClick={() => setForm((f) => ({ ...f, candidates: [...f.candidates, ''] }))}
                  >
                    {t('assemblies.agendaForm.addCandidate')}
                  </Button>
                </>
              )}
            </Stack>
          </Fieldset>
        )}

        {voted && (
          <Fieldset legend={t('assemblies.agendaForm.rule')}>
            <Stack gap="xs">
              {statutesRule && (
                <Text size="sm" c="dimmed">
                  {t('assemblies.agendaForm.statutesDefaults', { rule: statutesRule })}
                </Text>
              )}
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <NativeSelect
                  label={t('assemblies.agendaForm.majority')}
                  value={form.majorityRule}
                  onChange={(e) => set('majorityRule', e.currentTarget.value as MajorityRule)}
                  data={MAJORITY_RULES.map((m) => ({ value: m, label: t(`statutes.majority.${m}`) }))}
                />
                <NativeSelect
                  label={t('assemblies.agendaForm.weightMode')}
                  value={form.weightMode}
                  onChange={(e) => set('weightMode', e.currentTarget.value as VotingWeightMode)}
                  data={VOTING_WEIGHT_MODES.map((m) => ({ value: m, label: t(`statutes.weight.${m}`) }))}
                />
                <TextInput
                  label={t('assemblies.agendaForm.quorumPercent')}
                  inputMode="decimal"
                  value={form.quorumPercent}
                  onChange={(e) => set('quorumPercent', e.currentTarget.value)}
                  error={problemText('quorum')}
                  rightSection={<span aria-hidden="true">%</span>}
                />
                <NativeSelect
                  label={t('assemblies.agendaForm.quorumBasis')}
                  value={form.quorumBasis}
                  onChange={(e) => set('quorumBasis', e.currentTarget.value as QuorumBasis)}
                  data={QUORUM_BASES.map((b) => ({ value: b, label: t(`assemblies.agendaForm.basis.${b}`) }))}
                />
              </SimpleGrid>
              {form.weightMode === 'COLLEGES' && (
                <Fieldset legend={t('assemblies.agendaForm.collegeWeights')} variant="unstyled">
                  <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
                    {STAKEHOLDER_CATEGORIES.map((college) => (
                      <TextInput
                        key={college}
                        label={t(`category.${college}`)}
                        type="number"
                        min={0}
                        inputMode="numeric"
                        value={form.collegeWeights[college]}
                        onChange={(e) => {
                          const value = e.currentTarget.value;
                          setForm((f) => ({ ...f, collegeWeights: { ...f.collegeWeights, [college]: value } }));
                        }}
                      />
                    ))}
                  </SimpleGrid>
                  {has('collegeWeights') && (
                    <Text size="sm" c="var(--mantine-color-error)" mt={4}>
                      {t('assemblies.agendaForm.problem.collegeWeights')}
                    </Text>
                  )}
                </Fieldset>
              )}
              <Checkbox
                label={t('assemblies.agendaForm.abstentionsCount')}
                checked={form.abstentionsCount}
                onChange={(e) => set('abstentionsCount', e.currentTarget.checked)}
              />
              <Checkbox
                label={t('assemblies.agendaForm.secret')}
                description={t('assemblies.agendaForm.secretHint')}
                checked={form.secret}
                onChange={(e) => set('secret', e.currentTarget.checked)}
              />
            </Stack>
          </Fieldset>
        )}

        {problems.length > 0 && (
          <Alert color="red" variant="light" role="alert" title={t('assemblies.agendaForm.fix')}>
            <List size="sm">
              {problems.map((p) => (
                <List.Item key={p}>{t(`assemblies.agendaForm.problem.${p}`)}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <ErrorAlert error={error} />
        <Group gap="xs">
          <Button className="assemblies-wrap" type="submit" loading={loading} data-testid="agenda-item-submit">
            {t('assemblies.agendaForm.submit')}
          </Button>
          <Button className="assemblies-wrap" variant="default" onClick={onCancel}>
            {t('assemblies.cancel')}
          </Button>
        </Group>
      </Stack>
    </Box>
  );
}
