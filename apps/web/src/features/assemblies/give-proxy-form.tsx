import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/error-alert';
import { AssemblyVoterSearchDocument, GrantProxyDocument } from '../../generated/graphql';

interface PersonRef {
  id: string;
  displayName: string;
}

/**
 * Choose an entitled member as proxy holder, then confirm. Without `grantor` the viewer gives
 * their own proxy; with it the secretariat registers a written proxy on the grantor's behalf.
 * The API checks the cap and the no-chain rule and says why it refuses (PROXY_REFUSED).
 */
export function GiveProxyForm({
  assemblyId,
  grantor,
  excludeIds = [],
  onGranted,
  onCancel,
}: {
  assemblyId: string;
  grantor?: PersonRef;
  excludeIds?: readonly string[];
  onGranted: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const formId = useId();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [holderId, setHolderId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const found = useQuery(AssemblyVoterSearchDocument, {
    variables: { assemblyId, search: debounced },
    skip: debounced.length < 2,
  });
  const [grant, { loading, error, reset }] = useMutation(GrantProxyDocument);
  const excluded = new Set([...excludeIds, ...(grantor ? [grantor.id] : [])]);
  const candidates = (found.data ?? found.previousData)?.assemblyVoterSearch.filter((p) => !excluded.has(p.id)) ?? [];
  const holder = candidates.find((p) => p.id === holderId) ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!holder) return;
    if (!confirming) {
      setConfirming(true);
      return;
    }
    try {
      await grant({ variables: { input: { assemblyId, holderId: holder.id, grantorId: grantor?.id ?? null } } });
      setConfirming(false);
      setHolderId(null);
      setSearch('');
      onGranted();
    } catch {
      // shown below, with the reason the API gave
    }
  };

  return (
    <Box component="form" onSubmit={submit} data-testid="give-proxy-form">
      <Stack gap="sm">
        <TextInput
          type="search"
          label={
            grantor
              ? t('assemblies.proxy.searchHolderFor', { name: grantor.displayName })
              : t('assemblies.proxy.searchHolder')
          }
          description={t('assemblies.proxy.searchHint')}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setConfirming(false);
            reset();
          }}
          data-testid="proxy-search"
        />
        <ErrorAlert error={found.error} />
        <div aria-live="polite" aria-busy={found.loading}>
          {debounced.length >= 2 && found.data && candidates.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('assemblies.proxy.noMatch')}
            </Text>
          )}
        </div>
        {candidates.length > 0 && (
          <Radio.Group
            name={`${formId}-holder`}
            label={t('assemblies.proxy.chooseHolder')}
            value={holderId}
            onChange={(value) => {
              setHolderId(value);
              setConfirming(false);
              reset();
            }}
          >
            <Stack gap={6} mt="xs">
              {candidates.map((person) => (
                <Radio key={person.id} value={person.id} label={person.displayName} className="break-anywhere" />
              ))}
            </Stack>
          </Radio.Group>
        )}
        {confirming && holder && (
          <Alert color="blue" variant="light" role="status" data-testid="proxy-confirm">
            {grantor
              ? t('assemblies.proxy.confirmFor', { grantor: grantor.displayName, holder: holder.displayName })
              : t('assemblies.proxy.confirm', { holder: holder.displayName })}
          </Alert>
        )}
        <ErrorAlert error={error} title={t('assemblies.proxy.refusedTitle')} />
        <Group gap="xs">
          <Button
            className="assemblies-wrap"
            type="submit"
            disabled={!holder}
            loading={loading}
            data-testid="proxy-submit"
          >
            {confirming ? t('assemblies.proxy.confirmButton') : t('assemblies.proxy.next')}
          </Button>
          {(confirming || onCancel) && (
            <Button
              className="assemblies-wrap"
              variant="default"
              onClick={() => {
                if (confirming) setConfirming(false);
                else onCancel?.();
              }}
            >
              {t('assemblies.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </Box>
  );
}
