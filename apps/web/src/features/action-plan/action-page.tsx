import { useMutation, useQuery } from '@apollo/client/react';
import { can, moveNeedsReason, type ActionStatus } from '@letscoop/domain';
import {
  Anchor,
  Box,
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
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import { formatDate, formatPercent } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { MissingPage, PageLoader, usePageTitle } from '../../app/page-state';
import { useSession } from '../../app/session';
import {
  ActionDetailDocument,
  ActionOwnerCandidatesDocument,
  ActionPlacementOptionsDocument,
  AddMilestoneDocument,
  AssignActionOwnerDocument,
  CompleteMilestoneDocument,
  MoveActionDocument,
  PostProgressUpdateDocument,
  SetActionStatusDocument,
  type ActionDetailQuery,
} from '../../generated/graphql';
import { TranslatedTextView } from '../cooperatives/translated-text-view';
import { ActionStatusBadge, OverdueBadge, ownerName, ProgressBar } from './action-plan-parts';
import { actionStepper } from './action-plan-view';
import { Stepper, StepperExit } from '../../app/stepper';

type ActionDetail = ActionDetailQuery['action'];

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-labelledby={`${id}-heading`} data-testid={`section-${id}`}>
      <Title order={2} size="h3" id={`${id}-heading`} mb="xs">
        {title}
      </Title>
      {children}
    </Box>
  );
}

export function ActionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const language = currentLanguage();
  const { actor } = useSession();
  const { data, loading, error, refetch } = useQuery(ActionDetailDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const action = data?.action;
  usePageTitle(action?.title.text ?? t('actionPlan.action'));

  if (loading && !action) return <PageLoader />;
  if (!action) {
    return (
      <MissingPage
        error={error}
        notFound={t('actionPlan.notFound')}
        back={{ to: '/action-plan', label: t('actionPlan.backToPlan') }}
      />
    );
  }
  const reload = async () => {
    await refetch();
  };
  const mayManage = can(actor, 'actionPlan.manage', { cooperativeId: action.cooperativeId });
  const lastOpen = action.statusChanges.find((c) => c.toStatus === 'ABANDONED')?.fromStatus ?? null;

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Text size="sm">
          <Anchor component={Link} to="/action-plan">
            {t('actionPlan.title')}
          </Anchor>
          {' · '}
          <span lang={action.placement.programme.language}>{action.placement.programme.text}</span>
          {' · '}
          <span lang={action.placement.project.language}>{action.placement.project.text}</span>
        </Text>
        <Title order={1} lang={action.title.language} className="break-anywhere">
          {action.title.text}
        </Title>
        <Group gap="xs" wrap="wrap">
          <ActionStatusBadge status={action.status} />
          {action.overdue && <OverdueBadge />}
          <Text size="sm" c="dimmed">
            {t('actionPlan.since', { date: formatDate(action.statusChangedAt, language) })}
          </Text>
        </Group>
      </Stack>

      <StatusStepper status={action.status} lastOpen={lastOpen} reason={action.statusReason} />

      <Paper withBorder p="md">
        <Stack gap="xs">
          {action.status !== 'ABANDONED' && <ProgressBar value={action.progress} label={t('actionPlan.progress')} />}
          <Text size="sm">
            <strong>{t('actionPlan.owner')}:</strong> {ownerName(action.owner, t('actionPlan.noOwner'))}
          </Text>
          <Text size="sm">
            <strong>{t('actionPlan.entered')}:</strong> {formatDate(action.enteredAt, language)}
            {action.edition &&
              ` · ${t('actionPlan.editionLabel', { number: action.edition.number, period: action.edition.period })}`}
          </Text>
          <TranslatedTextView value={action.description} />
        </Stack>
      </Paper>

      <Origin action={action} />

      <Section id="milestones" title={t('actionPlan.milestones.heading')}>
        <Milestones action={action} onChanged={reload} />
      </Section>

      <Section id="updates" title={t('actionPlan.updates.heading')}>
        <Stack gap="md">
          {action.mayUpdate && (action.status === 'PLANNED' || action.status === 'IN_PROGRESS') && (
            <PostUpdateForm action={action} onDone={reload} />
          )}
          <Updates action={action} />
        </Stack>
      </Section>

      <Section id="status" title={t('actionPlan.statusSection.heading')}>
        <Stack gap="md">
          {action.mayUpdate && action.availableStatuses.length > 0 && <StatusForm action={action} onDone={reload} />}
          <StatusHistory action={action} />
        </Stack>
      </Section>

      {mayManage && (
        <Section id="manage" title={t('actionPlan.manage.heading')}>
          <Stack gap="md">
            <MoveForm action={action} onDone={reload} />
            <AssignOwnerForm action={action} onDone={reload} />
          </Stack>
        </Section>
      )}
    </Stack>
  );
}

/** Planned → in progress → done as an ordered list; the current step carries aria-current. */
function StatusStepper({
  status,
  lastOpen,
  reason,
}: {
  status: ActionStatus;
  lastOpen: ActionStatus | null;
  reason: string | null;
}) {
  const { t } = useTranslation();
  const model = actionStepper(status, lastOpen);
  return (
    <Stepper
      label={t('actionPlan.stepper.label')}
      testId="action-stepper"
      steps={model.steps.map((step) => ({
        key: step.status,
        state: step.state,
        label: t(`actionPlan.status.${step.status}`),
        stateLabel: t(`actionPlan.stepper.${step.state}`),
      }))}
    >
      {model.abandonedFrom && (
        <StepperExit testId="action-abandoned">
          <Text fw={700}>
            {t('actionPlan.stepper.abandoned', { from: t(`actionPlan.status.${model.abandonedFrom}`) })}
          </Text>
          {reason && (
            <Text size="sm" className="break-anywhere">
              {t('actionPlan.reason')}: {reason}
            </Text>
          )}
        </StepperExit>
      )}
    </Stepper>
  );
}

/** Where the action came from: the recommendation, the proposal, the vote. */
function Origin({ action }: { action: ActionDetail }) {
  const { t } = useTranslation();
  if (!action.recommendation && !action.proposal) return null;
  return (
    <Section id="origin" title={t('actionPlan.origin.heading')}>
      <Stack gap={4}>
        {action.recommendation && (
          <Text size="sm">
            {t('actionPlan.origin.recommendation')}:{' '}
            <Anchor
              component={Link}
              to={`/recommendations/${action.recommendation.id}`}
              lang={action.recommendation.currentVersion.title.language}
            >
              {action.recommendation.currentVersion.title.text}
            </Anchor>
          </Text>
        )}
        {action.proposal && (
          <Text size="sm">
            {t('actionPlan.origin.proposal', { number: action.proposal.number })}:{' '}
            <span lang={action.proposal.title.language}>{action.proposal.title.text}</span> (
            {t(`recommendations.proposal.status.${action.proposal.status}`)})
          </Text>
        )}
        {action.assemblyPollId && (
          <Text size="sm" data-testid="assembly-vote">
            <Anchor component={Link} to={`/polls/${action.assemblyPollId}`}>
              {t('actionPlan.origin.vote')}
            </Anchor>
          </Text>
        )}
      </Stack>
    </Section>
  );
}

function Milestones({ action, onChanged }: { action: ActionDetail; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [complete, { loading, error }] = useMutation(CompleteMilestoneDocument);
  const markDone = async (milestoneId: string) => {
    try {
      await complete({ variables: { input: { milestoneId } } });
      await onChanged();
    } catch {
      // shown below
    }
  };
  return (
    <Stack gap="sm">
      {action.milestones.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('actionPlan.milestones.none')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {action.milestones.map((m) => (
            <Paper component="li" withBorder p="xs" key={m.id} data-testid="milestone">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Stack gap={2}>
                  <Text fw={600} lang={m.title.language} className="break-anywhere">
                    {m.title.text}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('actionPlan.milestones.due', { date: formatDate(m.dueOn, language) })}
                    {m.doneOn && ` · ${t('actionPlan.milestones.done', { date: formatDate(m.doneOn, language) })}`}
                  </Text>
                </Stack>
                <Group gap="xs">
                  {m.overdue && <OverdueBadge />}
                  {!m.doneOn && action.mayUpdate && (
                    <Button size="xs" variant="light" loading={loading} onClick={() => void markDone(m.id)}>
                      {t('actionPlan.milestones.markDone')}
                    </Button>
                  )}
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      <ErrorAlert error={error} />
      {action.mayUpdate && (action.status === 'PLANNED' || action.status === 'IN_PROGRESS') && (
        <AddMilestoneForm actionId={action.id} onDone={onChanged} />
      )}
    </Stack>
  );
}

function AddMilestoneForm({ actionId, onDone }: { actionId: string; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [add, { loading, error }] = useMutation(AddMilestoneDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await add({ variables: { input: { actionId, language: currentLanguage(), title: title.trim(), dueOn } } });
      setTitle('');
      setDueOn('');
      await onDone();
    } catch {
      // shown below
    }
  };
  return (
    <Box component="form" onSubmit={submit} data-testid="add-milestone">
      <Group gap="xs" align="flex-end" wrap="wrap">
        <TextInput
          label={t('actionPlan.milestones.title')}
          required
          minLength={3}
          maxLength={300}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          style={{ flex: 1, minWidth: 180 }}
        />
        <TextInput
          label={t('actionPlan.milestones.dueOn')}
          type="date"
          required
          value={dueOn}
          onChange={(e) => setDueOn(e.currentTarget.value)}
        />
        <Button type="submit" variant="light" loading={loading} disabled={title.trim().length < 3 || !dueOn}>
          {t('actionPlan.milestones.add')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
    </Box>
  );
}

function PostUpdateForm({ action, onDone }: { action: ActionDetail; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [progress, setProgress] = useState<number>(action.progress);
  const [post, { loading, error }] = useMutation(PostProgressUpdateDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await post({
        variables: { input: { actionId: action.id, language: currentLanguage(), text: text.trim(), progress } },
      });
      setText('');
      await onDone();
    } catch {
      // shown below
    }
  };
  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} data-testid="post-update">
      <Stack gap="xs" maw={640}>
        <Textarea
          label={t('actionPlan.updates.text')}
          required
          minLength={3}
          maxLength={10000}
          autosize
          minRows={3}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <NumberInput
          label={t('actionPlan.updates.progress')}
          description={t('actionPlan.updates.progressHelp')}
          min={0}
          max={100}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="strict"
          required
          value={progress}
          onChange={(n) => setProgress(typeof n === 'number' ? n : Number(n) || 0)}
          w={200}
        />
        <ErrorAlert error={error} />
        <Button type="submit" loading={loading} disabled={text.trim().length < 3} style={{ alignSelf: 'flex-start' }}>
          {t('actionPlan.updates.post')}
        </Button>
      </Stack>
    </Paper>
  );
}

function Updates({ action }: { action: ActionDetail }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (action.updates.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('actionPlan.updates.none')}
      </Text>
    );
  }
  return (
    <Box component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="updates">
      {action.updates.map((u) => (
        <Box component="li" key={u.id} pl="md" pb="md" style={{ borderLeft: '3px solid var(--mantine-color-blue-3)' }}>
          <Text size="sm" fw={600}>
            {formatDate(u.postedAt, language)} ·{' '}
            {t('actionPlan.updates.at', { progress: formatPercent(u.progress, language) })}
          </Text>
          {u.author && (
            <Text size="xs" c="dimmed">
              {u.author.displayName}
            </Text>
          )}
          <TranslatedTextView value={u.body} />
        </Box>
      ))}
    </Box>
  );
}

function StatusForm({ action, onDone }: { action: ActionDetail; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const [to, setTo] = useState<ActionStatus | ''>('');
  const [reason, setReason] = useState('');
  const [setStatus, { loading, error }] = useMutation(SetActionStatusDocument);
  const needsReason = to !== '' && moveNeedsReason(action.status, to);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!to) return;
    try {
      await setStatus({ variables: { input: { actionId: action.id, status: to, reason: reason.trim() || null } } });
      setTo('');
      setReason('');
      await onDone();
    } catch {
      // shown below
    }
  };
  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} data-testid="status-form">
      <Stack gap="xs" maw={640}>
        <NativeSelect
          label={t('actionPlan.statusSection.moveTo')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value as ActionStatus | '')}
          data={[
            { value: '', label: t('actionPlan.statusSection.choose') },
            ...action.availableStatuses.map((s) => ({ value: s, label: t(`actionPlan.status.${s}`) })),
          ]}
        />
        <Textarea
          label={t('actionPlan.reason')}
          description={
            needsReason ? t('actionPlan.statusSection.reasonRequired') : t('actionPlan.statusSection.reasonOptional')
          }
          required={needsReason}
          maxLength={5000}
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <ErrorAlert error={error} />
        <Button
          type="submit"
          loading={loading}
          disabled={!to || (needsReason && !reason.trim())}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('actionPlan.statusSection.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}

function StatusHistory({ action }: { action: ActionDetail }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (action.statusChanges.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('actionPlan.statusSection.noChanges')}
      </Text>
    );
  }
  return (
    <Stack component="ol" gap={6} style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="status-history">
      {action.statusChanges.map((c) => (
        <Text component="li" size="sm" key={c.id} className="break-anywhere">
          {formatDate(c.occurredAt, language)}:{' '}
          {t('actionPlan.statusSection.change', {
            from: t(`actionPlan.status.${c.fromStatus}`),
            to: t(`actionPlan.status.${c.toStatus}`),
          })}
          {c.actor && ` (${c.actor.displayName})`}
          {c.reason && ` — ${c.reason}`}
        </Text>
      ))}
    </Stack>
  );
}

function MoveForm({ action, onDone }: { action: ActionDetail; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const { data } = useQuery(ActionPlacementOptionsDocument, { variables: { cooperativeId: action.cooperativeId } });
  const [projectId, setProjectId] = useState(action.projectId);
  const [move, { loading, error }] = useMutation(MoveActionDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await move({ variables: { input: { actionId: action.id, projectId } } });
      await onDone();
    } catch {
      // shown below
    }
  };
  const options = (data?.actionPlan.programmes ?? []).flatMap((g) =>
    g.projects.map((p) => ({ value: p.id, label: `${g.title.text} › ${p.title.text}` })),
  );
  return (
    <Box component="form" onSubmit={submit} data-testid="move-action">
      <Group gap="xs" align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('actionPlan.manage.project')}
          value={projectId}
          onChange={(e) => setProjectId(e.currentTarget.value)}
          data={options.length ? options : [{ value: action.projectId, label: action.placement.project.text }]}
          style={{ flex: 1, minWidth: 200, maxWidth: '100%' }}
        />
        <Button type="submit" variant="light" loading={loading} disabled={projectId === action.projectId}>
          {t('actionPlan.manage.move')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
    </Box>
  );
}

function AssignOwnerForm({ action, onDone }: { action: ActionDetail; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'unit' | 'person'>(action.owner?.person ? 'person' : 'unit');
  const [unit, setUnit] = useState(action.owner?.unit ?? '');
  const [search, setSearch] = useState('');
  const [personId, setPersonId] = useState(action.owner?.person?.id ?? '');
  const candidates = useQuery(ActionOwnerCandidatesDocument, {
    variables: { cooperativeId: action.cooperativeId, search: search.trim() || null },
    skip: kind !== 'person' || search.trim().length < 2,
  });
  const [assign, { loading, error }] = useMutation(AssignActionOwnerDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await assign({
        variables: {
          input: kind === 'unit' ? { actionId: action.id, unit: unit.trim() } : { actionId: action.id, personId },
        },
      });
      await onDone();
    } catch {
      // shown below
    }
  };
  const people = candidates.data?.members.items.map((m) => m.person) ?? [];
  return (
    <Box component="form" onSubmit={submit} data-testid="assign-owner">
      <Stack gap="xs" maw={560}>
        <NativeSelect
          label={t('actionPlan.manage.ownerKind')}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as 'unit' | 'person')}
          data={[
            { value: 'unit', label: t('actionPlan.manage.ownerUnit') },
            { value: 'person', label: t('actionPlan.manage.ownerPerson') },
          ]}
        />
        {kind === 'unit' ? (
          <TextInput
            label={t('actionPlan.manage.unit')}
            required
            maxLength={300}
            value={unit}
            onChange={(e) => setUnit(e.currentTarget.value)}
          />
        ) : (
          <>
            <TextInput
              label={t('actionPlan.manage.searchPerson')}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
            />
            <NativeSelect
              label={t('actionPlan.manage.person')}
              required
              value={personId}
              onChange={(e) => setPersonId(e.currentTarget.value)}
              data={[
                { value: '', label: t('actionPlan.manage.choosePerson') },
                ...(action.owner?.person && !people.some((p) => p.id === action.owner?.person?.id)
                  ? [{ value: action.owner.person.id, label: action.owner.person.displayName }]
                  : []),
                ...people.map((p) => ({ value: p.id, label: p.displayName })),
              ]}
            />
          </>
        )}
        <ErrorAlert error={error} />
        <Button
          type="submit"
          variant="light"
          loading={loading}
          disabled={kind === 'unit' ? !unit.trim() : !personId}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('actionPlan.manage.assign')}
        </Button>
      </Stack>
    </Box>
  );
}
