import { useMutation, useQuery } from '@apollo/client/react';
import { ACTION_STATUSES, can, type ActionStatus } from '@letscoop/domain';
import { Anchor, Box, Button, Card, Checkbox, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import { currentLanguage } from '../../app/i18n';
import { PageLoader, usePageTitle } from '../../app/page-state';
import { useSession } from '../../app/session';
import {
  ActionPlanDocument,
  CreateProgrammeDocument,
  CreateProjectDocument,
  type ActionPlanQuery,
} from '../../generated/graphql';
import { ActionStatusBadge, OverdueBadge, ownerName, ProgressBar, RollUp } from './action-plan-parts';
import { onlyOverdue, ownerFilter, ownerKey } from './action-plan-view';

type Plan = ActionPlanQuery['actionPlan'];
type Programme = Plan['programmes'][number];
type Project = Programme['projects'][number];
type ActionItem = Project['actions'][number];

const listStyle = { listStyle: 'none', padding: 0, margin: 0 } as const;

export function ActionPlanPage() {
  const { t } = useTranslation();
  const { cooperativeId, actor } = useSession();
  const [params, setParams] = useSearchParams();
  usePageTitle(t('actionPlan.title'));
  const edition = params.get('edition') ?? '';
  const status = (params.get('status') ?? '') as ActionStatus | '';
  const owner = params.get('owner') ?? '';
  const overdue = params.get('overdue') === '1';
  const { data, loading, error, refetch } = useQuery(ActionPlanDocument, {
    variables: {
      cooperativeId: cooperativeId ?? '',
      editionId: edition || null,
      status: status || null,
      ...ownerFilter(owner),
    },
    skip: !cooperativeId,
    fetchPolicy: 'cache-and-network',
  });
  const mayManage = !!cooperativeId && can(actor, 'actionPlan.manage', { cooperativeId });
  const plan = data?.actionPlan;
  const programmes = plan ? (overdue ? onlyOverdue(plan.programmes) : plan.programmes) : [];
  const filtered = !!(edition || status || owner || overdue);

  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('actionPlan.title')}</Title>
        <Text c="dimmed">{t('actionPlan.intro')}</Text>
      </div>
      {error && <ErrorAlert error={error} />}
      {plan && (
        <Paper withBorder p="md">
          <Text fw={600} id="plan-progress">
            {t('actionPlan.overall')}
          </Text>
          <RollUp progress={plan.progress} label={t('actionPlan.overall')} />
        </Paper>
      )}
      {plan && (
        <Box component="form" role="search" aria-label={t('actionPlan.filters.label')} onSubmit={(e: FormEvent) => e.preventDefault()}>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <NativeSelect
              label={t('actionPlan.filters.edition')}
              value={edition}
              onChange={(e) => setFilter('edition', e.currentTarget.value)}
              data={[
                { value: '', label: t('actionPlan.filters.allEditions') },
                ...plan.editions.map((e) => ({ value: e.id, label: t('actionPlan.editionLabel', { number: e.number, period: e.period }) })),
              ]}
            />
            <NativeSelect
              label={t('actionPlan.filters.status')}
              value={status}
              onChange={(e) => setFilter('status', e.currentTarget.value)}
              data={[
                { value: '', label: t('actionPlan.filters.allStatuses') },
                ...ACTION_STATUSES.map((s) => ({ value: s, label: t(`actionPlan.status.${s}`) })),
              ]}
            />
            <NativeSelect
              label={t('actionPlan.filters.owner')}
              value={owner}
              onChange={(e) => setFilter('owner', e.currentTarget.value)}
              data={[
                { value: '', label: t('actionPlan.filters.allOwners') },
                ...plan.owners.map((o) => ({ value: ownerKey(o), label: ownerName(o, '') })),
              ]}
              maw={320}
            />
            <Checkbox
              label={t('actionPlan.filters.overdueOnly')}
              checked={overdue}
              onChange={(e) => setFilter('overdue', e.currentTarget.checked ? '1' : '')}
              mb={8}
            />
          </Group>
        </Box>
      )}
      {loading && !data && <PageLoader />}
      {mayManage && cooperativeId && <CreateProgrammeForm cooperativeId={cooperativeId} onDone={() => void refetch()} />}
      {plan && programmes.length === 0 && (
        <Text c="dimmed" data-testid="plan-empty">
          {filtered ? t('actionPlan.emptyFiltered') : t('actionPlan.empty')}
        </Text>
      )}
      <Stack component="ul" gap="lg" style={listStyle} data-testid="programmes">
        {programmes.map((programme) => (
          <li key={programme.id}>
            <ProgrammeCard programme={programme} mayManage={mayManage} onChanged={() => void refetch()} />
          </li>
        ))}
      </Stack>
    </Stack>
  );
}

function ProgrammeCard({ programme, mayManage, onChanged }: { programme: Programme; mayManage: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const headingId = `programme-${programme.id}`;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId} data-testid="programme">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3" id={headingId} lang={programme.title.language} className="break-anywhere">
            {programme.title.text}
          </Title>
          {programme.defaultForEdition && (
            <Text size="sm" c="dimmed">
              {t('actionPlan.defaultProgramme', { period: programme.defaultForEdition.period })}
            </Text>
          )}
          {programme.description && (
            <Text size="sm" lang={programme.description.language}>
              {programme.description.text}
            </Text>
          )}
        </div>
        <RollUp progress={programme.progress} label={t('actionPlan.progressOf', { name: programme.title.text })} />
        <Stack component="ul" gap="md" style={listStyle}>
          {programme.projects.map((project) => (
            <li key={project.id}>
              <ProjectBlock project={project} />
            </li>
          ))}
        </Stack>
        {mayManage && <CreateProjectForm programmeId={programme.id} onDone={onChanged} />}
      </Stack>
    </Card>
  );
}

function ProjectBlock({ project }: { project: Project }) {
  const { t } = useTranslation();
  const headingId = `project-${project.id}`;
  return (
    <Box component="section" aria-labelledby={headingId} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }} data-testid="project">
      <Title order={3} size="h4" id={headingId} lang={project.title.language} className="break-anywhere">
        {project.title.text}
      </Title>
      {project.isDefault && (
        <Text size="sm" c="dimmed">
          {t('actionPlan.toBePlaced')}
        </Text>
      )}
      <RollUp progress={project.progress} label={t('actionPlan.progressOf', { name: project.title.text })} />
      {project.actions.length === 0 ? (
        <Text size="sm" c="dimmed" mt="xs">
          {t('actionPlan.noActions')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" mt="xs" style={listStyle}>
          {project.actions.map((action) => (
            <li key={action.id}>
              <ActionRow action={action} />
            </li>
          ))}
        </Stack>
      )}
    </Box>
  );
}

function ActionRow({ action }: { action: ActionItem }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xs" data-testid="action">
      <Stack gap={4}>
        <Anchor component={Link} to={`/actions/${action.id}`} fw={600} lang={action.title.language} className="break-anywhere">
          {action.title.text}
        </Anchor>
        <Group gap="xs" wrap="wrap">
          <ActionStatusBadge status={action.status} />
          {action.overdue && <OverdueBadge />}
          {action.edition && (
            <Text size="xs" c="dimmed">
              {t('actionPlan.editionLabel', { number: action.edition.number, period: action.edition.period })}
            </Text>
          )}
          <Text size="xs" c="dimmed" className="break-anywhere">
            {t('actionPlan.owner')}: {ownerName(action.owner, t('actionPlan.noOwner'))}
          </Text>
        </Group>
        {action.status !== 'ABANDONED' && (
          <ProgressBar value={action.progress} label={t('actionPlan.progressOf', { name: action.title.text })} />
        )}
      </Stack>
    </Paper>
  );
}

function CreateProgrammeForm({ cooperativeId, onDone }: { cooperativeId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [create, { loading, error }] = useMutation(CreateProgrammeDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await create({ variables: { input: { cooperativeId, language: currentLanguage(), title: title.trim(), description: description.trim() || null } } });
      setTitle('');
      setDescription('');
      onDone();
    } catch {
      // shown below
    }
  };
  return (
    <Box component="form" onSubmit={submit} data-testid="create-programme">
      <Stack gap="xs" maw={560}>
        <Title order={2} size="h5">
          {t('actionPlan.manage.newProgramme')}
        </Title>
        <TextInput label={t('actionPlan.manage.title')} required minLength={3} maxLength={300} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
        <TextInput label={t('actionPlan.manage.description')} maxLength={10000} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
        <ErrorAlert error={error} />
        <Button type="submit" loading={loading} disabled={title.trim().length < 3} style={{ alignSelf: 'flex-start' }}>
          {t('actionPlan.manage.createProgramme')}
        </Button>
      </Stack>
    </Box>
  );
}

function CreateProjectForm({ programmeId, onDone }: { programmeId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [create, { loading, error }] = useMutation(CreateProjectDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await create({ variables: { input: { programmeId, language: currentLanguage(), title: title.trim() } } });
      setTitle('');
      onDone();
    } catch {
      // shown below
    }
  };
  return (
    <Box component="form" onSubmit={submit} data-testid="create-project">
      <Group gap="xs" align="flex-end" wrap="wrap">
        <TextInput label={t('actionPlan.manage.newProject')} required minLength={3} maxLength={300} value={title} onChange={(e) => setTitle(e.currentTarget.value)} style={{ flex: 1, minWidth: 180 }} />
        <Button type="submit" variant="light" loading={loading} disabled={title.trim().length < 3}>
          {t('actionPlan.manage.createProject')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
    </Box>
  );
}
