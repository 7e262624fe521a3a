import { useQuery } from '@apollo/client/react';
import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/error-alert';
import { AgendaCandidateMembersDocument, AssemblyVoterSearchDocument } from '../../generated/graphql';
import type { CandidateMember } from './rules';

/**
 * Find a member to stand for a body's seats. Once the assembly is convened, among its entitled
 * voters (the proxy form's search); while it is a DRAFT there is no voter list yet, so among the
 * cooperative's current members. The API checks membership again when the item is added.
 */
export function SeatCandidatePicker({
  assemblyId,
  cooperativeId,
  draft,
  chosenIds,
  onAdd,
}: {
  assemblyId: string;
  cooperativeId: string;
  draft: boolean;
  chosenIds: readonly string[];
  onAdd: (candidate: CandidateMember) => void;
}) {
  const { t } = useTranslation();
  const resultsId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  // Both: a cleared box hides the results at once, not after the debounce.
  const searching = debounced.length >= 2 && search.trim().length >= 2;
  const voters = useQuery(AssemblyVoterSearchDocument, {
    variables: { assemblyId, search: debounced },
    skip: draft || !searching,
  });
  const members = useQuery(AgendaCandidateMembersDocument, {
    variables: { cooperativeId, search: debounced },
    skip: !draft || !searching,
  });
  const found = draft
    ? (members.data ?? members.previousData)?.members.items.map((m) => m.person)
    : (voters.data ?? voters.previousData)?.assemblyVoterSearch;
  const answered = draft ? !!members.data : !!voters.data;
  const chosen = new Set(chosenIds);
  const people = searching ? (found ?? []).filter((p) => !chosen.has(p.id)) : [];

  return (
    <Stack gap={6}>
      <TextInput
        ref={input}
        type="search"
        label={t('assemblies.agendaForm.memberSearch')}
        description={t(draft ? 'assemblies.agendaForm.memberSearchDraft' : 'assemblies.agendaForm.memberSearchHint')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        data-testid="seat-candidate-search"
      />
      <ErrorAlert error={draft ? members.error : voters.error} />
      <div aria-live="polite" aria-busy={draft ? members.loading : voters.loading}>
        {searching && answered && people.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('assemblies.agendaForm.memberNoMatch')}
          </Text>
        )}
      </div>
      {people.length > 0 && (
        <>
          <Text size="sm" id={resultsId}>
            {t('assemblies.agendaForm.memberMatches')}
          </Text>
          <Stack
            component="ul"
            gap={4}
            aria-labelledby={resultsId}
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {people.map((person) => (
              <li key={person.id}>
                <Button
                  className="assemblies-wrap break-anywhere"
                  variant="light"
                  size="xs"
                  justify="flex-start"
                  onClick={() => {
                    onAdd({ personId: person.id, name: person.displayName });
                    setSearch('');
                    input.current?.focus();
                  }}
                >
                  {t('assemblies.agendaForm.addMember', { name: person.displayName })}
                </Button>
              </li>
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}
