import { useApolloClient, useQuery } from '@apollo/client/react';
import { TRANSITIONS, type CycleTransition } from '@letscoop/domain';
import {
  Alert,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/error-alert';
import { describeError } from '../../app/errors';
import { formatDateTime } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import {
  AmendAndEndorseRecommendationDocument,
  ConvertToActionProposalsDocument,
  DeclineRecommendationDocument,
  EndorseRecommendationDocument,
  MergeRecommendationDocument,
  PutToAssemblyDocument,
  RecommendationSiblingsDocument,
  SendBackRecommendationDocument,
  StartBoardReviewDocument,
  SubmitRecommendationDocument,
  type RecommendationDetailQuery,
} from '../../generated/graphql';
import { BoardMeetingPicker } from './board-meeting-picker';
import { parseEurosToCents } from './cycle-view';
import { RecommendationTextFields, textInput, type RecText } from './text-fields';

type Rec = RecommendationDetailQuery['recommendation'];
type Version = NonNullable<Rec['groupVersion']>;

interface ProposalDraft {
  title: string;
  body: string;
  proposedOwner: string;
  budget: string;
}
const EMPTY_PROPOSAL: ProposalDraft = { title: '', body: '', proposedOwner: '', budget: '' };

function prefill(version: Version): RecText {
  return {
    language: version.body.language,
    title: version.title.text,
    body: version.body.text,
    rationale: version.rationale?.text ?? '',
    expectedOutcome: version.expectedOutcome?.text ?? '',
    proposedOwner: version.proposedOwner ?? '',
    successIndicator: version.successIndicator?.text ?? '',
  };
}

function VoteFields({
  value,
  onChange,
  error,
}: {
  value: { inFavour: number; against: number; abstaining: number };
  onChange: (v: { inFavour: number; against: number; abstaining: number }) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const field = (key: 'inFavour' | 'against' | 'abstaining') => (
    <NumberInput
      label={t(`recommendations.vote.${key}`)}
      name={`vote-${key}`}
      min={0}
      max={99}
      allowDecimal={false}
      allowNegative={false}
      required
      value={value[key]}
      onChange={(n) => onChange({ ...value, [key]: typeof n === 'number' ? n : Number(n) || 0 })}
      w={130}
    />
  );
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend>
        <Text fw={600} size="sm">
          {t('recommendations.vote.legend')}
        </Text>
      </legend>
      <Group gap="sm" align="flex-start">
        {field('inFavour')}
        {field('against')}
        {field('abstaining')}
      </Group>
      {error && (
        <Text c="red.8" size="sm" role="alert">
          {error}
        </Text>
      )}
    </fieldset>
  );
}

function MergeTargetSelect({
  rec,
  value,
  onChange,
  error,
}: {
  rec: Rec;
  value: string;
  onChange: (id: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(RecommendationSiblingsDocument, { variables: { editionId: rec.editionId } });
  const options = (data?.recommendations ?? []).filter(
    (r) => r.id !== rec.id && r.stage !== 'MERGED' && r.stage !== 'DECLINED' && r.stage !== 'DRAFT',
  );
  return (
    <NativeSelect
      label={t('recommendations.step.mergeTarget')}
      required
      name="intoRecommendationId"
      disabled={loading}
      value={value}
      error={error}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[
        { value: '', label: t('recommendations.step.chooseTarget') },
        ...options.map((r) => ({
          value: r.id,
          label: `${r.currentVersion.title.text} (${t(`recommendations.stage.${r.stage}`)})`,
        })),
      ]}
    />
  );
}

function TransitionForm({
  rec,
  transition,
  groupMeetings,
  onDone,
  onCancel,
  onConflict,
}: {
  rec: Rec;
  transition: CycleTransition;
  groupMeetings: readonly { id: string; startsAt: string }[];
  onDone: () => Promise<unknown>;
  onCancel: () => void;
  onConflict: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const language = currentLanguage();
  const rule = TRANSITIONS[transition];
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [reason, setReason] = useState('');
  const [meetingId, setMeetingId] = useState('');
  const [boardMeetingId, setBoardMeetingId] = useState('');
  const [vote, setVote] = useState({ inFavour: 0, against: 0, abstaining: 0 });
  const [target, setTarget] = useState('');
  const sourceVersion = rec.groupVersion ?? rec.currentVersion;
  const [text, setText] = useState<RecText>(() => prefill(sourceVersion));
  const [proposals, setProposals] = useState<ProposalDraft[]>([{ ...EMPTY_PROPOSAL }]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => headingRef.current?.focus(), []);

  const described = error ? describeError(error) : null;
  const fieldError = (key: string) => described?.fields[key]?.join(' ') || undefined;
  const reasonValue = reason.trim() || null;

  async function run() {
    setBusy(true);
    setError(null);
    const id = rec.id;
    const decision = { recommendationId: id, boardMeetingId, vote, reason: reasonValue };
    try {
      switch (transition) {
        case 'submit':
          await client.mutate({
            mutation: SubmitRecommendationDocument,
            variables: { input: { recommendationId: id, meetingId, reason: reasonValue } },
          });
          break;
        case 'startReview':
          await client.mutate({ mutation: StartBoardReviewDocument, variables: { recommendationId: id } });
          break;
        case 'endorse':
          await client.mutate({ mutation: EndorseRecommendationDocument, variables: { input: decision } });
          break;
        case 'decline':
          await client.mutate({ mutation: DeclineRecommendationDocument, variables: { input: decision } });
          break;
        case 'merge':
          await client.mutate({
            mutation: MergeRecommendationDocument,
            variables: { input: { ...decision, intoRecommendationId: target } },
          });
          break;
        case 'amendAndEndorse':
          await client.mutate({
            mutation: AmendAndEndorseRecommendationDocument,
            variables: { input: { ...decision, ...textInput(text) } },
          });
          break;
        case 'sendBack':
          await client.mutate({
            mutation: SendBackRecommendationDocument,
            variables: { input: { recommendationId: id, reason: reasonValue } },
          });
          break;
        case 'convert': {
          const cents = proposals.map((p) => parseEurosToCents(p.budget));
          if (cents.some((c) => c !== null && Number.isNaN(c))) {
            setError({
              errors: [
                {
                  message: t('recommendations.proposal.budgetInvalid'),
                  extensions: {
                    code: 'VALIDATION',
                    fields: [{ field: 'budget', messages: [t('recommendations.proposal.budgetInvalid')] }],
                  },
                },
              ],
            });
            return;
          }
          await client.mutate({
            mutation: ConvertToActionProposalsDocument,
            variables: {
              input: {
                recommendationId: id,
                proposals: proposals.map((p, i) => ({
                  title: p.title.trim(),
                  body: p.body.trim(),
                  proposedOwner: p.proposedOwner.trim() || null,
                  budgetEstimateCents: cents[i] ?? null,
                  language,
                })),
              },
            },
          });
          break;
        }
        case 'putToAssembly':
          await client.mutate({ mutation: PutToAssemblyDocument, variables: { recommendationId: id } });
          break;
      }
      await onDone();
    } catch (caught) {
      if (describeError(caught).code === 'CONFLICT') {
        await onConflict();
        return;
      }
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const proposalsValid = proposals.every((p) => p.title.trim() && p.body.trim());
  const ready =
    (!rule.reasonRequired || !!reasonValue) &&
    (transition !== 'submit' || !!meetingId) &&
    (!rule.boardDecision || !!boardMeetingId) &&
    (transition !== 'merge' || !!target) &&
    (transition !== 'convert' || proposalsValid) &&
    (transition !== 'amendAndEndorse' || (!!text.title.trim() && !!text.body.trim()));

  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-labelledby={`step-${transition}-heading`}
      data-testid={`step-form-${transition}`}
      onSubmit={(event) => {
        event.preventDefault();
        void run();
      }}
    >
      <Stack gap="sm">
        <Title order={3} id={`step-${transition}-heading`} ref={headingRef} tabIndex={-1}>
          {t(`recommendations.transition.${transition}`)}
        </Title>
        <Text size="sm">{t(`recommendations.transitionHelp.${transition}`)}</Text>

        {transition === 'submit' && (
          <NativeSelect
            label={t('recommendations.step.groupMeeting')}
            description={groupMeetings.length === 0 ? t('recommendations.step.noGroupMeeting') : undefined}
            required
            name="meetingId"
            value={meetingId}
            error={fieldError('meetingId')}
            onChange={(e) => setMeetingId(e.currentTarget.value)}
            data={[
              { value: '', label: t('recommendations.step.chooseMeeting') },
              ...[...groupMeetings]
                .sort((a, b) => b.startsAt.localeCompare(a.startsAt))
                .map((m) => ({ value: m.id, label: formatDateTime(m.startsAt, language) })),
            ]}
          />
        )}

        {transition === 'merge' && (
          <MergeTargetSelect rec={rec} value={target} onChange={setTarget} error={fieldError('intoRecommendationId')} />
        )}

        {transition === 'amendAndEndorse' && (
          <RecommendationTextFields value={text} onChange={setText} fieldErrors={described?.fields} idPrefix="amend" />
        )}

        {transition === 'convert' && (
          <Stack gap="sm">
            {proposals.map((p, index) => {
              const set = (key: keyof ProposalDraft) => (e: { currentTarget: { value: string } }) =>
                setProposals(proposals.map((q, i) => (i === index ? { ...q, [key]: e.currentTarget.value } : q)));
              return (
                <Paper withBorder p="sm" key={index} component="fieldset" data-testid="proposal-fields">
                  <legend>
                    <Text fw={600}>{t('recommendations.proposal.legend', { number: index + 1 })}</Text>
                  </legend>
                  <Stack gap="xs">
                    <TextInput
                      label={t('recommendations.proposal.title')}
                      required
                      value={p.title}
                      onChange={set('title')}
                      name={`proposal-${index}-title`}
                    />
                    <Textarea
                      label={t('recommendations.proposal.body')}
                      required
                      autosize
                      minRows={2}
                      value={p.body}
                      onChange={set('body')}
                      name={`proposal-${index}-body`}
                    />
                    <TextInput
                      label={t('recommendations.proposal.owner')}
                      value={p.proposedOwner}
                      onChange={set('proposedOwner')}
                      name={`proposal-${index}-owner`}
                    />
                    <TextInput
                      label={t('recommendations.proposal.budget')}
                      description={t('recommendations.proposal.budgetHelp')}
                      inputMode="decimal"
                      value={p.budget}
                      onChange={set('budget')}
                      name={`proposal-${index}-budget`}
                      error={
                        p.budget && Number.isNaN(parseEurosToCents(p.budget) ?? 0)
                          ? t('recommendations.proposal.budgetInvalid')
                          : undefined
                      }
                    />
                    {proposals.length > 1 && (
                      <Button
                        variant="subtle"
                        color="red"
                        size="compact-sm"
                        style={{ alignSelf: 'flex-start' }}
                        onClick={() => setProposals(proposals.filter((_, i) => i !== index))}
                      >
                        {t('recommendations.proposal.remove', { number: index + 1 })}
                      </Button>
                    )}
                  </Stack>
                </Paper>
              );
            })}
            <Button
              variant="default"
              style={{ alignSelf: 'flex-start' }}
              onClick={() => setProposals([...proposals, { ...EMPTY_PROPOSAL }])}
            >
              {t('recommendations.proposal.add')}
            </Button>
          </Stack>
        )}

        {rule.boardDecision && (
          <>
            <BoardMeetingPicker
              cooperativeId={rec.cooperativeId}
              value={boardMeetingId}
              onChange={setBoardMeetingId}
              error={fieldError('boardMeetingId')}
            />
            <VoteFields value={vote} onChange={setVote} error={fieldError('vote')} />
          </>
        )}

        {transition !== 'startReview' && transition !== 'putToAssembly' && transition !== 'convert' && (
          <Textarea
            label={t(transition === 'sendBack' ? 'recommendations.step.questions' : 'recommendations.step.reason')}
            description={
              rule.reasonRequired ? t('recommendations.step.reasonRequired') : t('recommendations.step.reasonOptional')
            }
            required={rule.reasonRequired}
            name="reason"
            autosize
            minRows={2}
            value={reason}
            error={fieldError('reason')}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
        )}

        <ErrorAlert error={error} />
        <Group gap="xs">
          <Button type="submit" loading={busy} disabled={!ready} data-testid="step-confirm">
            {t(`recommendations.transition.${transition}`)}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('recommendations.action.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The steps the signed-in person may take now (the API's availableTransitions), each with its form. */
export function TransitionPanel({
  rec,
  groupMeetings,
  onChanged,
  initial,
}: {
  rec: Rec;
  groupMeetings: readonly { id: string; startsAt: string }[];
  onChanged: () => Promise<unknown>;
  initial?: CycleTransition | null;
}) {
  const { t } = useTranslation();
  const available = rec.availableTransitions as CycleTransition[];
  const [open, setOpen] = useState<CycleTransition | null>(initial && available.includes(initial) ? initial : null);
  const [notice, setNotice] = useState<'done' | 'conflict' | null>(null);
  if (available.length === 0 && !notice) return null;
  return (
    <section aria-labelledby="steps-heading" data-testid="transition-panel">
      <Title order={2} id="steps-heading" size="h3" mb="xs">
        {t('recommendations.step.heading')}
      </Title>
      <Stack gap="sm">
        {notice === 'conflict' && (
          <Alert color="orange" role="alert" data-testid="conflict-notice">
            {t('recommendations.step.conflict')}
          </Alert>
        )}
        {notice === 'done' && (
          <Alert color="teal" role="status" data-testid="step-done">
            {t('recommendations.step.done')}
          </Alert>
        )}
        <Group gap="xs">
          {available.map((transition) => (
            <Button
              key={transition}
              variant={open === transition ? 'filled' : 'light'}
              color={transition === 'decline' ? 'red' : undefined}
              h="auto"
              mih={36}
              styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
              aria-expanded={open === transition}
              data-testid={`transition-${transition}`}
              onClick={() => {
                setNotice(null);
                setOpen(open === transition ? null : transition);
              }}
            >
              {t(`recommendations.transition.${transition}`)}
            </Button>
          ))}
        </Group>
        {open && available.includes(open) && (
          <TransitionForm
            key={open}
            rec={rec}
            transition={open}
            groupMeetings={groupMeetings}
            onCancel={() => setOpen(null)}
            onDone={async () => {
              await onChanged();
              setOpen(null);
              setNotice('done');
            }}
            onConflict={async () => {
              await onChanged();
              setOpen(null);
              setNotice('conflict');
            }}
          />
        )}
      </Stack>
    </section>
  );
}
