import { useApolloClient, useQuery } from '@apollo/client/react';
import type { Actor, Language } from '@letscoop/domain';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AppShellDocument,
  MyCooperativesDocument,
  type AppShellQuery,
  type MyCooperativesQuery,
} from '../generated/graphql';
import { toActor } from './actor';
import { currentLanguage } from './i18n';
import { languageAfterSignIn, readStoredLanguage } from './language';

export type Viewer = NonNullable<AppShellQuery['me']>;
export type CooperativeSummary = MyCooperativesQuery['cooperatives'][number];

export interface Session {
  /** True until we know whether someone is signed in. */
  loading: boolean;
  demo: boolean;
  version: string;
  viewer: Viewer | null;
  actor: Actor | null;
  cooperatives: CooperativeSummary[];
  /** The cooperative the pages show; null when signed out or a member of none. */
  cooperativeId: string | null;
  setCooperativeId: (id: string) => void;
  /** Refetches everything after sign-in (sign-out reloads the page). */
  refresh: () => Promise<void>;
  /** Failure loading the session itself (API unreachable). */
  error: unknown;
}

const COOPERATIVE_STORAGE_KEY = 'letscoop.cooperativeId';
const SessionContext = createContext<Session | null>(null);

function readStoredCooperative(): string | null {
  try {
    return window.localStorage.getItem(COOPERATIVE_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { i18n } = useTranslation();
  const shell = useQuery(AppShellDocument);
  const viewer = shell.data?.me ?? null;
  const coops = useQuery(MyCooperativesDocument, { skip: !viewer });
  const [chosenCooperative, setChosenCooperative] = useState<string | null>(readStoredCooperative);

  const cooperatives = useMemo(() => (viewer ? (coops.data?.cooperatives ?? []) : []), [viewer, coops.data]);
  const cooperativeIds = useMemo(() => {
    if (!viewer) return [];
    const ids = cooperatives.map((c) => c.id);
    for (const m of viewer.memberships) if (!ids.includes(m.cooperativeId)) ids.push(m.cooperativeId);
    for (const o of viewer.offices) if (!ids.includes(o.cooperativeId)) ids.push(o.cooperativeId);
    return ids;
  }, [viewer, cooperatives]);
  const cooperativeId =
    chosenCooperative && cooperativeIds.includes(chosenCooperative) ? chosenCooperative : (cooperativeIds[0] ?? null);

  const setCooperativeId = useCallback((id: string) => {
    setChosenCooperative(id);
    try {
      window.localStorage.setItem(COOPERATIVE_STORAGE_KEY, id);
    } catch {
      // remembered for this visit only
    }
  }, []);

  // Signed in without a language chosen on this device: follow the profile.
  const preferred: Language | undefined = viewer?.person.preferredLanguage;
  useEffect(() => {
    if (!preferred) return;
    const next = languageAfterSignIn(readStoredLanguage(), preferred, currentLanguage());
    if (next !== currentLanguage()) {
      i18n
        .changeLanguage(next)
        .then(() => client.refetchQueries({ include: 'active' }))
        // A refetch cut short by navigation or sign-out is harmless; the next render fetches again.
        .catch(() => undefined);
    }
  }, [preferred, i18n, client]);

  const refresh = useCallback(async () => {
    // A different person may now be signed in: nothing cached for the previous one may show.
    await client.resetStore().catch(() => undefined); // aborted in-flight queries are refetched anyway
  }, [client]);

  const value = useMemo<Session>(
    () => ({
      loading: shell.loading && !shell.data,
      demo: shell.data?.appInfo.demo ?? false,
      version: shell.data?.appInfo.version ?? '',
      viewer,
      actor: viewer ? toActor(viewer) : null,
      cooperatives,
      cooperativeId,
      setCooperativeId,
      refresh,
      error: shell.data ? undefined : shell.error,
    }),
    [shell.loading, shell.data, shell.error, viewer, cooperatives, cooperativeId, setCooperativeId, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
