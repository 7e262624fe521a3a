import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Card,
  Group,
  NativeSelect,
  Pagination,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import { formatDate, formatNumber } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { PageLoader, usePageTitle } from '../../app/page-state';
import { useSession } from '../../app/session';
import {
  MemberFiltersDocument,
  MembersDocument,
  type MembersQuery,
  type StakeholderCategory,
} from '../../generated/graphql';
import { PAGE_SIZE, pageCount, pageFromParam, STAKEHOLDER_CATEGORIES } from './categories';

type MemberRow = MembersQuery['members']['items'][number];

function MembersTable({ members }: { members: MemberRow[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Table striped highlightOnHover visibleFrom="sm" data-testid="members-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('members.name')}</Table.Th>
          <Table.Th>{t('members.category')}</Table.Th>
          <Table.Th ta="right">{t('members.shares')}</Table.Th>
          <Table.Th>{t('members.branch')}</Table.Th>
          <Table.Th>{t('members.joinedOn')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {members.map((m) => (
          <Table.Tr key={m.id}>
            <Table.Td>
              <Anchor component={Link} to={`/members/${m.id}`}>
                {m.person.displayName}
              </Anchor>
            </Table.Td>
            <Table.Td>{t(`category.${m.category}`)}</Table.Td>
            <Table.Td ta="right">{formatNumber(m.shares, language)}</Table.Td>
            <Table.Td>{m.branch?.name ?? '—'}</Table.Td>
            <Table.Td>{formatDate(m.joinedOn, language)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function MemberCards({ members }: { members: MemberRow[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Stack
      gap="xs"
      hiddenFrom="sm"
      component="ul"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
      data-testid="members-cards"
    >
      {members.map((m) => (
        <Card withBorder padding="sm" key={m.id} component="li">
          <Anchor component={Link} to={`/members/${m.id}`} fw={600} className="break-anywhere">
            {m.person.displayName}
          </Anchor>
          <Group gap="xs" mt={4} wrap="wrap">
            <Badge variant="light" tt="none">
              {t(`category.${m.category}`)}
            </Badge>
            <Text size="sm">
              {t('members.sharesCount', { count: m.shares, formatted: formatNumber(m.shares, language) })}
            </Text>
          </Group>
          <Text size="sm" c="dimmed" mt={4}>
            {[m.branch?.name, t('members.joinedOnDate', { date: formatDate(m.joinedOn, language) })]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}

export function MembersPage() {
  const { t } = useTranslation();
  usePageTitle(t('members.title'));
  const language = currentLanguage();
  const { cooperativeId } = useSession();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const category = params.get('category') ?? '';
  const branchId = params.get('branch') ?? '';
  const page = pageFromParam(params.get('page'));

  const [searchInput, setSearchInput] = useState(search);
  const [debouncedSearch] = useDebouncedValue(searchInput, 300);

  const update = (changes: Record<string, string>) => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  };

  // Typing settles -> the URL follows (and the list goes back to page 1).
  useEffect(() => {
    if (debouncedSearch.trim() !== search) update({ q: debouncedSearch.trim(), page: '' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only react to the debounced value
  }, [debouncedSearch]);

  const filters = useQuery(MemberFiltersDocument, {
    variables: { cooperativeId: cooperativeId ?? '' },
    skip: !cooperativeId,
  });
  const { data, previousData, loading, error } = useQuery(MembersDocument, {
    variables: {
      cooperativeId: cooperativeId ?? '',
      search: search || null,
      category: (category || null) as StakeholderCategory | null,
      branchId: branchId || null,
      offset: (page - 1) * PAGE_SIZE,
      limit: PAGE_SIZE,
    },
    skip: !cooperativeId,
  });
  // Keep the previous page on screen while the next one loads: no jumping layout while typing.
  const result = (data ?? previousData)?.members;
  const branches = filters.data?.cooperative.branches ?? [];
  const total = result?.totalCount ?? 0;

  // A page past the end (a stale link, or filters that shrank the list): go to the last page.
  const lastPage = pageCount(total, PAGE_SIZE);
  const beyondEnd = data !== undefined && total > 0 && page > lastPage;
  useEffect(() => {
    if (beyondEnd) update({ page: lastPage === 1 ? '' : String(lastPage) });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- update is recreated each render
  }, [beyondEnd, lastPage]);

  if (!cooperativeId) return <Text>{t('home.noCooperative')}</Text>;

  return (
    <Stack>
      <Title order={1}>{t('members.title')}</Title>
      <form role="search" onSubmit={(e) => e.preventDefault()} aria-label={t('members.filters')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            type="search"
            label={t('members.search')}
            placeholder={t('members.searchPlaceholder')}
            value={searchInput}
            onChange={(e) => setSearchInput(e.currentTarget.value)}
          />
          <NativeSelect
            label={t('members.category')}
            value={category}
            onChange={(e) => update({ category: e.currentTarget.value, page: '' })}
            data={[
              { value: '', label: t('members.allCategories') },
              ...STAKEHOLDER_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) })),
            ]}
          />
          <NativeSelect
            label={t('members.branch')}
            value={branchId}
            onChange={(e) => update({ branch: e.currentTarget.value, page: '' })}
            data={[
              { value: '', label: t('members.allBranches') },
              ...branches.map((b) => ({ value: b.id, label: b.name })),
            ]}
          />
        </SimpleGrid>
      </form>

      <ErrorAlert error={error} />
      <Text size="sm" c="dimmed" role="status" aria-live="polite">
        {result ? t('members.resultCount', { count: total, formatted: formatNumber(total, language) }) : ''}
      </Text>

      {!result && loading ? (
        <PageLoader />
      ) : result && result.items.length === 0 && !beyondEnd ? (
        <Text>{t('members.noResults')}</Text>
      ) : result ? (
        <div aria-busy={loading}>
          <MembersTable members={result.items} />
          <MemberCards members={result.items} />
        </div>
      ) : null}

      {total > PAGE_SIZE && (
        <nav aria-label={t('members.pagination')}>
          <Pagination
            total={lastPage}
            value={page}
            onChange={(p) => update({ page: p === 1 ? '' : String(p) })}
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
