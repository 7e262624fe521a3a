import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import {
  AssemblyLiveDocument,
  AssemblyLiveFieldsFragmentDoc,
  AssemblyLiveStateDocument,
} from '../../generated/graphql';

export const LIVE_POLL_INTERVAL_MS = 5000;

/**
 * Keeps the cached assembly's attendance, quorum and open poll current: through the
 * `assemblyLive` subscription when the client can subscribe, else by asking every 5 s.
 * A subscription that fails or ends (no WebSocket link, server restarted) falls back to polling.
 *
 * `knownPollId` is the open poll the page shows; `onPollChange` runs when the open poll is
 * another one (a poll opened, or the open one closed), so the page can refresh its agenda.
 */
export function useAssemblyLive(
  assemblyId: string,
  {
    skip = false,
    knownPollId,
    onPollChange,
  }: { skip?: boolean; knownPollId?: string | null; onPollChange?: () => void } = {},
): 'live' | 'polling' {
  const client = useApolloClient();
  const [mode, setMode] = useState<'live' | 'polling'>('live');
  const known = useRef(knownPollId);
  const pollChanged = useRef(onPollChange);
  useEffect(() => {
    pollChanged.current = onPollChange;
  }, [onPollChange]);

  // Polling: the polled answer updates the cached assembly (and its current poll) in place, so the
  // page's own `knownPollId` moves; a move means the agenda's poll statuses are stale.
  useEffect(() => {
    const previous = known.current;
    known.current = knownPollId;
    if (mode === 'polling' && previous !== undefined && knownPollId !== undefined && previous !== knownPollId) {
      pollChanged.current?.();
    }
  }, [knownPollId, mode]);

  useSubscription(AssemblyLiveDocument, {
    variables: { assemblyId },
    skip: skip || mode === 'polling',
    ignoreResults: true,
    onData: ({ data }) => {
      const event = data.data?.assemblyLive;
      if (!event) return;
      client.cache.writeFragment({
        fragment: AssemblyLiveFieldsFragmentDoc,
        fragmentName: 'AssemblyLiveFields',
        id: client.cache.identify({ __typename: 'Assembly', id: event.assemblyId }),
        // __typename for the cache; the typed fragment data does not list it.
        data: Object.assign({ __typename: 'Assembly' }, { id: event.assemblyId, attendance: event.attendance }),
      });
      if (known.current !== undefined && (event.currentPollId ?? null) !== known.current) pollChanged.current?.();
    },
    onError: () => setMode('polling'),
    onComplete: () => setMode('polling'),
  });

  useQuery(AssemblyLiveStateDocument, {
    variables: { id: assemblyId },
    skip: skip || mode !== 'polling',
    pollInterval: LIVE_POLL_INTERVAL_MS,
    fetchPolicy: 'network-only',
  });

  return mode;
}
