import { useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Group, Pagination, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/error-alert';
import { PageLoader } from '../../app/page-state';
import { VotingPollBallotsDocument, type BallotChoice, type VotingWeightMode } from '../../generated/graphql';
import { matchReceipts, normalizeReceipt, storedReceipts } from './receipt-storage';
import { numberText, useVotingLanguage } from './voting-format';

const PAGE_SIZE = 25;

function useChoiceText(candidates: readonly { id: string; name: string }[]) {
  const { t } = useTranslation();
  const names = new Map(candidates.map((c) => [c.id, c.name]));
  return (choice: BallotChoice | null | undefined, approvals: readonly string[] | null | undefined) => {
    if (choice) return t(`voting.choice.${choice === 'YES' ? 'yes' : choice === 'NO' ? 'no' : 'abstain'}`);
    if (approvals) {
      return approvals.length === 0
        ? t('voting.ballot.noneApproved')
        : approvals.map((id) => names.get(id) ?? id).join(', ');
    }
    return '–';
  };
}

function Pages({ total, page, onChange }: { total: number; page: number; onChange: (page: number) => void }) {
  const { t } = useTranslation();
  const last = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (last < 2) return null;
  return (
    <nav aria-label={t('voting.list.pages')}>
      <Pagination
        total={last}
        value={page}
        onChange={onChange}
        siblings={1}
        boundaries={1}
        size="sm"
        getItemProps={(p) => ({ 'aria-label': t('voting.list.goToPage', { page: p }) })}
        getControlProps={(control) => ({ 'aria-label': t(`voting.list.pageControl.${control}`) })}
      />
    </nav>
  );
}

/**
 * A secret poll's receipts with their choices (no names), and a search to find one's own: the
 * receipts this device kept are offered as buttons. Every member can check their ballot was
 * counted as cast; no one can tell whose a receipt is.
 */
function ReceiptsList({
  pollId,
  receipts,
  candidates,
}: {
  pollId: string;
  receipts: readonly { receipt: string; choice?: BallotChoice | null; approvals?: readonly string[] | null }[];
  candidates: readonly { id: string; name: string }[];
}) {
  const { t } = useTranslation();
  const language = useVotingLanguage();
  const choiceText = useChoiceText(candidates);
  const kept = useMemo(() => storedReceipts(pollId), [pollId]);
  const sorted = useMemo(() => [...receipts].sort((a, b) => a.receipt.localeCompare(b.receipt)), [receipts]);
  const [query, setQuery] = useState(() => (kept.length === 1 ? kept[0].receipt : ''));
  const [page, setPage] = useState<number | null>(null);
  const matches = useMemo(() => matchReceipts(sorted, query), [sorted, query]);
  const matched = new Set(matches.map((m) => m.receipt));
  const searching = normalizeReceipt(query).length >= 4;
  // Until the person turns pages themselves, show the page of the first match.
  const firstMatchPage = matches.length > 0 ? Math.floor(sorted.indexOf(matches[0]) / PAGE_SIZE) + 1 : 1;
  const shownPage = page ?? firstMatchPage;
  const rows = sorted.slice((shownPage - 1) * PAGE_SIZE, shownPage * PAGE_SIZE);

  return (
    <Stack gap="sm">
      <Text>
        {t('voting.list.receiptsIntro', { count: sorted.length, formatted: numberText(sorted.length, language) })}
      </Text>
      <TextInput
        label={t('voting.list.findLabel')}
        description={t('voting.list.findHint')}
        value={query}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          setPage(null);
        }}
        autoComplete="off"
        spellCheck={false}
        styles={{ input: { fontFamily: 'monospace' } }}
        data-testid="receipt-search"
      />
      {kept.length > 0 && (
        <Group gap="xs" wrap="wrap">
          {kept.map((k) => (
            <Button
              key={k.receipt}
              variant="default"
              size="xs"
              onClick={() => {
                setQuery(k.receipt);
                setPage(null);
              }}
            >
              {k.onBehalf ? t('voting.list.checkKeptFor', { name: k.voterName }) : t('voting.list.checkKept')}
            </Button>
          ))}
        </Group>
      )}
      <Box role="status" aria-live="polite" data-testid="receipt-search-result">
        {searching &&
          (matches.length > 0 ? (
            <Alert color="green" variant="light" title={t('voting.list.found', { count: matches.length })}>
              <Stack gap={2}>
                {matches.slice(0, 5).map((m) => (
                  <Text key={m.receipt}>
                    <Text span ff="monospace" fw={700}>
                      {m.receipt}
                    </Text>
                    {' — '}
                    {choiceText(m.choice, m.approvals)}
                  </Text>
                ))}
              </Stack>
            </Alert>
          ) : (
            <Alert color="orange" variant="light">
              {t('voting.list.notFound')}
            </Alert>
          ))}
      </Box>
      <Table striped withTableBorder data-testid="receipts-table">
        <Table.Caption>{t('voting.list.receiptsCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('voting.list.receipt')}</Table.Th>
            <Table.Th scope="col">{t('voting.list.choice')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const isMatch = matched.has(r.receipt);
            return (
              <Table.Tr
                key={r.receipt}
                className={isMatch ? 'voting-receipt-match' : undefined}
                data-match={isMatch || undefined}
              >
                <Table.Td ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                  {r.receipt}
                  {isMatch && (
                    <Text span size="xs" fw={700} ml={6}>
                      {t('voting.list.matchMark')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{choiceText(r.choice, r.approvals)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Pages total={sorted.length} page={shownPage} onChange={setPage} />
    </Stack>
  );
}

/** A named poll: who voted what, and who cast it when a proxy holder did. */
function NamedBallotsList({
  ballots,
  candidates,
  weightMode,
}: {
  ballots: readonly {
    voter: { id: string; displayName: string };
    castBy: { id: string; displayName: string };
    choice?: BallotChoice | null;
    approvals?: readonly string[] | null;
    weight: number;
  }[];
  candidates: readonly { id: string; name: string }[];
  weightMode: VotingWeightMode;
}) {
  const { t } = useTranslation();
  const language = useVotingLanguage();
  const choiceText = useChoiceText(candidates);
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const wanted = search.trim().toLocaleLowerCase();
  const filtered = useMemo(
    () =>
      [...ballots]
        .sort((a, b) => a.voter.displayName.localeCompare(b.voter.displayName))
        .filter((b) => !wanted || b.voter.displayName.toLocaleLowerCase().includes(wanted)),
    [ballots, wanted],
  );
  const shares = weightMode === 'SHARE_WEIGHTED';
  const rows = filtered.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  return (
    <Stack gap="sm">
      <TextInput
        label={t('voting.list.findName')}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          setPage(1);
        }}
        autoComplete="off"
        data-testid="named-search"
      />
      <Text size="sm" role="status">
        {t('voting.list.namedCount', { count: filtered.length, formatted: numberText(filtered.length, language) })}
      </Text>
      <Table striped withTableBorder data-testid="named-table">
        <Table.Caption>{t('voting.list.namedCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('voting.list.voter')}</Table.Th>
            <Table.Th scope="col">{t('voting.list.choice')}</Table.Th>
            {shares && <Table.Th scope="col">{t('voting.list.weight')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((b) => (
            <Table.Tr key={b.voter.id}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                {b.voter.displayName}
                {b.castBy.id !== b.voter.id && (
                  <Text span size="xs" c="dimmed" display="block">
                    {t('voting.list.castBy', { name: b.castBy.displayName })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{choiceText(b.choice, b.approvals)}</Table.Td>
              {shares && <Table.Td>{numberText(b.weight, language)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Pages total={filtered.length} page={page} onChange={setPage} />
    </Stack>
  );
}

/** After publication: the receipts list (secret poll) or the named ballots. */
export function PublishedBallots({
  pollId,
  candidates,
  weightMode,
}: {
  pollId: string;
  candidates: readonly { id: string; name: string }[];
  weightMode: VotingWeightMode;
}) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(VotingPollBallotsDocument, { variables: { id: pollId } });
  const poll = data?.poll;
  return (
    <Box component="section" aria-labelledby="ballots-heading" data-testid="published-ballots">
      <Title order={2} size="h3" id="ballots-heading" mb="xs">
        {poll && !poll.secret ? t('voting.list.namedHeading') : t('voting.list.receiptsHeading')}
      </Title>
      {loading && !poll ? (
        <PageLoader />
      ) : !poll ? (
        <ErrorAlert error={error} />
      ) : poll.secret ? (
        <ReceiptsList pollId={pollId} receipts={poll.receipts} candidates={candidates} />
      ) : (
        <NamedBallotsList ballots={poll.namedBallots} candidates={candidates} weightMode={weightMode} />
      )}
    </Box>
  );
}
