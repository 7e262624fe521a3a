import './assemblies.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Pagination, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import { formatNumber } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { MissingPage, PageLoader, usePageTitle } from '../../app/page-state';
import {
  AssemblyCheckInDeskDocument,
  AssemblyCheckInDocument,
  type AssemblyCheckInDeskQuery,
} from '../../generated/graphql';
import { AssemblyStatusBadge, AttendanceCard } from './assembly-parts';
import { GiveProxyForm } from './give-proxy-form';
import { useAssemblyLive } from './use-assembly-live';

const PAGE_SIZE = 25;

type Desk = AssemblyCheckInDeskQuery['assembly'];
type Voter = Desk['voters']['items'][number];

function VoterRow({
  desk,
  voter,
  checkedInNow,
  onCheckIn,
  checkingIn,
  onProxyGranted,
}: {
  desk: Desk;
  voter: Voter;
  checkedInNow: boolean;
  onCheckIn: () => void;
  checkingIn: boolean;
  onProxyGranted: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [writingProxy, setWritingProxy] = useState(false);
  const checkedIn = voter.checkedIn || checkedInNow;
  const mayCheckIn = desk.viewerCanCheckInOthers && desk.status === 'IN_SESSION' && !checkedIn;
  const mayRegisterProxy =
    desk.viewerCanCheckInOthers && desk.proxiesOpen && !voter.proxyGivenTo && voter.proxiesHeld === 0;
  return (
    <Paper withBorder p="sm" data-testid="voter-row">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Text fw={700} className="break-anywhere">
              {voter.person.displayName}
            </Text>
            <Text size="sm" c="dimmed">
              {t(`category.${voter.category}`)} ·{' '}
              {t('assemblies.desk.shares', { count: voter.shares, formatted: formatNumber(voter.shares, language) })}
            </Text>
          </div>
          {mayCheckIn ? (
            <Button
              className="assemblies-wrap"
              size="md"
              onClick={onCheckIn}
              loading={checkingIn}
              aria-label={t('assemblies.desk.checkInLabel', { name: voter.person.displayName })}
              data-testid="desk-check-in"
            >
              {t('assemblies.desk.checkIn')}
            </Button>
          ) : checkedIn ? (
            <Badge color="green" variant="light" tt="none" size="lg" data-testid="desk-present">
              {t(`assemblies.desk.present.${voter.checkInMode ?? 'IN_PERSON'}`)}
            </Badge>
          ) : null}
        </Group>
        {(voter.proxyGivenTo || voter.proxiesHeld > 0) && (
          <Group gap="xs" wrap="wrap">
            {voter.proxyGivenTo && (
              <Text
                size="sm"
                fw={600}
                c="var(--mantine-color-orange-light-color)"
                className="break-anywhere"
                data-testid="desk-proxy-given"
              >
                {t('assemblies.desk.proxyGivenTo', { name: voter.proxyGivenTo.displayName })}
              </Text>
            )}
            {voter.proxiesHeld > 0 && (
              <Badge color="blue" variant="light" tt="none">
                {t('assemblies.desk.proxiesHeld', { count: voter.proxiesHeld })}
              </Badge>
            )}
          </Group>
        )}
        {mayRegisterProxy &&
          (writingProxy ? (
            <GiveProxyForm
              assemblyId={desk.id}
              grantor={voter.person}
              onGranted={() => {
                setWritingProxy(false);
                onProxyGranted();
              }}
              onCancel={() => setWritingProxy(false)}
            />
          ) : (
            <Button
              variant="subtle"
              size="compact-sm"
              style={{ alignSelf: 'flex-start' }}
              onClick={() => setWritingProxy(true)}
              aria-label={t('assemblies.desk.writtenProxyLabel', { name: voter.person.displayName })}
            >
              {t('assemblies.desk.writtenProxy')}
            </Button>
          ))}
      </Stack>
    </Paper>
  );
}

/** The secretariat's check-in desk: find a voter on the frozen list, check them in with one tap, register written proxies. */
export function CheckInPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { id = '' } = useParams();
  const [searchInput, setSearchInput] = useState('');
  const [search] = useDebouncedValue(searchInput.trim(), 250);
  const [page, setPage] = useState(1);
  const [checkedInNow, setCheckedInNow] = useState<ReadonlySet<string>>(new Set());
  const [pending, setPending] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const { data, previousData, loading, error, refetch } = useQuery(AssemblyCheckInDeskDocument, {
    variables: { id, search: search || null, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const desk = (data ?? previousData)?.assembly;
  const [checkIn, checkInState] = useMutation(AssemblyCheckInDocument);
  usePageTitle(t('assemblies.desk.title'));
  useAssemblyLive(id, { skip: !desk || (desk.status !== 'CONVENED' && desk.status !== 'IN_SESSION') });

  if (loading && !desk) return <PageLoader />;
  if (!desk) {
    return (
      <MissingPage
        error={error}
        notFound={t('assemblies.notFound')}
        back={{ to: `/assemblies/${id}`, label: t('assemblies.desk.back') }}
      />
    );
  }

  const total = desk.voters.total;
  const lastPage = Math.max(1, Math.ceil(total / PAGE_SIZE));

  const doCheckIn = (voter: Voter) => {
    setPending(voter.person.id);
    checkIn({ variables: { input: { assemblyId: desk.id, personId: voter.person.id, mode: 'IN_PERSON' } } })
      .then(() => {
        setCheckedInNow((set) => new Set(set).add(voter.person.id));
        setAnnouncement(t('assemblies.desk.checkedIn', { name: voter.person.displayName }));
        refetch().catch(() => undefined);
      })
      .catch(() => undefined)
      .finally(() => setPending(null));
  };

  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/assemblies/${desk.id}`} size="sm">
        {t('assemblies.desk.back')}
      </Anchor>
      <div>
        <Group gap="xs" mb={4}>
          <AssemblyStatusBadge status={desk.status} />
        </Group>
        <Title order={1}>{t('assemblies.desk.title')}</Title>
        <Text lang={desk.title.language} className="break-anywhere">
          {desk.title.text}
        </Text>
      </div>
      {desk.status === 'CONVENED' && (
        <Alert color="blue" variant="light">
          {t('assemblies.desk.notInSession')}
        </Alert>
      )}
      {desk.status === 'CLOSED' && (
        <Alert color="gray" variant="light">
          {t('assemblies.desk.closed')}
        </Alert>
      )}
      {!desk.viewerCanCheckInOthers && (
        <Alert color="gray" variant="light">
          {t('assemblies.desk.readOnly')}
        </Alert>
      )}
      <AttendanceCard attendance={desk.attendance} />

      <form role="search" onSubmit={(e) => e.preventDefault()} aria-label={t('assemblies.desk.searchLabel')}>
        <TextInput
          type="search"
          size="md"
          label={t('assemblies.desk.search')}
          placeholder={t('assemblies.desk.searchPlaceholder')}
          value={searchInput}
          onChange={(e) => {
            setSearchInput(e.currentTarget.value);
            setPage(1);
          }}
          data-testid="desk-search"
        />
      </form>
      <Text size="sm" c="dimmed" role="status" aria-live="polite">
        {t('assemblies.desk.count', { count: total, formatted: formatNumber(total, language) })}
      </Text>
      <div aria-live="polite" className="break-anywhere">
        {announcement && (
          <Text size="sm" fw={600} c="var(--mantine-color-green-light-color)" data-testid="desk-announcement">
            {announcement}
          </Text>
        )}
      </div>
      <ErrorAlert error={checkInState.error ?? (data ? null : error)} />

      {desk.voters.items.length === 0 ? (
        <Text>{t('assemblies.desk.noMatch')}</Text>
      ) : (
        <Stack
          component="ul"
          gap="xs"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          aria-busy={loading}
          data-testid="voter-list"
        >
          {desk.voters.items.map((voter) => (
            <li key={voter.person.id}>
              <VoterRow
                desk={desk}
                voter={voter}
                checkedInNow={checkedInNow.has(voter.person.id)}
                checkingIn={pending === voter.person.id}
                onCheckIn={() => doCheckIn(voter)}
                onProxyGranted={() => {
                  setAnnouncement(t('assemblies.desk.proxyRegistered', { name: voter.person.displayName }));
                  refetch().catch(() => undefined);
                }}
              />
            </li>
          ))}
        </Stack>
      )}

      {total > PAGE_SIZE && (
        <nav aria-label={t('assemblies.desk.pagination')}>
          <Pagination
            total={lastPage}
            value={Math.min(page, lastPage)}
            onChange={setPage}
            siblings={1}
            boundaries={1}
            size="sm"
            getItemProps={(p) => ({ 'aria-label': t('members.goToPage', { page: p }) })}
            getControlProps={(control) => ({ 'aria-label': t(`members.pageControl.${control}`) })}
          />
        </nav>
      )}
    </Stack>
  );
}
