import './assemblies.css';
import { useQuery } from '@apollo/client/react';
import { can } from '@letscoop/domain';
import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import { currentLanguage } from '../../app/i18n';
import { PageLoader, usePageTitle } from '../../app/page-state';
import { useSession } from '../../app/session';
import { AssembliesDocument, type AssembliesQuery } from '../../generated/graphql';
import { AssemblyDates, AssemblyStatusBadge } from './assembly-parts';
import { NewAssemblyForm } from './new-assembly-form';
import { splitAssemblies } from './rules';

type AssemblyRow = AssembliesQuery['assemblies'][number];

function AssemblyCard({ assembly }: { assembly: AssemblyRow }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const where = [assembly.place, assembly.onlineUrl ? t('assemblies.online') : null].filter(Boolean).join(' · ');
  return (
    <Card withBorder padding="md" data-testid="assembly-card">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm">
          <AssemblyDates startsAt={assembly.startsAt} endsAt={assembly.endsAt} language={language} />
        </Text>
        <Group gap="xs">
          <Badge variant="light" color="gray" tt="none">
            {t(`assemblies.kind.${assembly.kind}`)}
          </Badge>
          <AssemblyStatusBadge status={assembly.status} />
        </Group>
      </Group>
      <Title order={3} size="h4" mt={4}>
        <Anchor
          component={Link}
          to={`/assemblies/${assembly.id}`}
          lang={assembly.title.language}
          className="break-anywhere"
        >
          {assembly.title.text}
        </Anchor>
      </Title>
      <Text size="sm" c="dimmed" className="break-anywhere">
        {[where, t('assemblies.agendaCount', { count: assembly.agenda.length })].filter(Boolean).join(' · ')}
      </Text>
    </Card>
  );
}

function AssemblyList({ assemblies, empty, testId }: { assemblies: AssemblyRow[]; empty: string; testId: string }) {
  if (assemblies.length === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid={testId}>
      {assemblies.map((assembly) => (
        <li key={assembly.id}>
          <AssemblyCard assembly={assembly} />
        </li>
      ))}
    </Stack>
  );
}

/** The cooperative's general assemblies: upcoming first, then past; convenors can create one. */
export function AssembliesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { actor, cooperativeId } = useSession();
  usePageTitle(t('assemblies.title'));
  const mayConvene = cooperativeId !== null && can(actor, 'assembly.convene', { cooperativeId });
  const [creating, setCreating] = useState(false);
  const { data, loading, error } = useQuery(AssembliesDocument, {
    variables: { cooperativeId: cooperativeId ?? '' },
    skip: !cooperativeId,
  });

  if (!cooperativeId) return <Text>{t('home.noCooperative')}</Text>;
  const { upcoming, past } = splitAssemblies(data?.assemblies ?? [], new Date());

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('assemblies.title')}</Title>
        <Text c="dimmed">{t('assemblies.intro')}</Text>
      </div>
      {mayConvene &&
        (creating ? (
          <section aria-labelledby="new-assembly-heading">
            <Title order={2} size="h3" id="new-assembly-heading" mb="xs">
              {t('assemblies.form.heading')}
            </Title>
            <NewAssemblyForm
              cooperativeId={cooperativeId}
              onCreated={(id) => void navigate(`/assemblies/${id}`)}
              onCancel={() => setCreating(false)}
            />
          </section>
        ) : (
          <Group>
            <Button className="assemblies-wrap" onClick={() => setCreating(true)} data-testid="new-assembly">
              {t('assemblies.form.heading')}
            </Button>
          </Group>
        ))}
      <ErrorAlert error={error} />
      {loading && !data ? (
        <PageLoader />
      ) : data ? (
        <>
          <section aria-labelledby="upcoming-heading">
            <Title order={2} size="h3" id="upcoming-heading" mb="xs">
              {t('assemblies.upcoming')}
            </Title>
            <AssemblyList assemblies={upcoming} empty={t('assemblies.noUpcoming')} testId="upcoming-assemblies" />
          </section>
          <section aria-labelledby="past-heading">
            <Title order={2} size="h3" id="past-heading" mb="xs">
              {t('assemblies.past')}
            </Title>
            <AssemblyList assemblies={past} empty={t('assemblies.noPast')} testId="past-assemblies" />
          </section>
        </>
      ) : null}
    </Stack>
  );
}
