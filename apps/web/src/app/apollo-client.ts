import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import type { Language } from '@letscoop/domain';
import { OperationTypeNode } from 'graphql';
import { createSubscriptionLink } from './subscription-link';

/**
 * One client for the app. Every request carries the UI language as Accept-Language, so
 * TranslatedText fields come back in the language the person reads. Subscriptions (live figures
 * at the assembly) go over a WebSocket on the same origin; everything else over HTTP.
 */
export function createApolloClient(language: () => Language): ApolloClient {
  const withLanguage = new SetContextLink((previous) => ({
    headers: { ...(previous.headers as Record<string, string> | undefined), 'Accept-Language': language() },
  }));
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const live = createSubscriptionLink({
    language,
    // Back from a dropped connection: what changed meanwhile was not pushed, so ask again.
    onReconnected: () => void client.refetchQueries({ include: 'active' }).catch(() => undefined),
  });
  const client: ApolloClient = new ApolloClient({
    link: ApolloLink.split(
      (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
      live,
      ApolloLink.from([withLanguage, http]),
    ),
    cache: new InMemoryCache({
      typePolicies: {
        // Objects without an id: merge rather than replace, so two queries asking different fields agree.
        Viewer: { merge: true }, // named ViewerModel by the API at the moment
        ViewerModel: { merge: true },
        AppInfo: { merge: true },
        Statutes: { merge: true },
        TranslatedText: { merge: true },
        // A poll's live count is keyed by its poll: a pushed count updates every page that shows it.
        PollParticipation: { keyFields: ['pollId'] },
      },
    }),
    defaultOptions: {
      // Show cached data at once, then refresh: pages stay current after a language switch or an import.
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
  return client;
}
