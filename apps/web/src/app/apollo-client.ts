import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import type { Language } from '@letscoop/domain';

/**
 * One client for the app. Every request carries the UI language as Accept-Language, so
 * TranslatedText fields come back in the language the person reads.
 */
export function createApolloClient(language: () => Language): ApolloClient {
  const withLanguage = new SetContextLink((previous) => ({
    headers: { ...(previous.headers as Record<string, string> | undefined), 'Accept-Language': language() },
  }));
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  return new ApolloClient({
    link: ApolloLink.from([withLanguage, http]),
    cache: new InMemoryCache({
      typePolicies: {
        // Objects without an id: merge rather than replace, so two queries asking different fields agree.
        Viewer: { merge: true }, // named ViewerModel by the API at the moment
        ViewerModel: { merge: true },
        AppInfo: { merge: true },
        Statutes: { merge: true },
        TranslatedText: { merge: true },
      },
    }),
    defaultOptions: {
      // Show cached data at once, then refresh: pages stay current after a language switch or an import.
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
