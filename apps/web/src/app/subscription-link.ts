import { ApolloLink } from '@apollo/client';
import type { Language } from '@letscoop/domain';
import { Observable, type Subscription } from 'rxjs';

/** Same origin as the page: ws://host/graphql, or wss:// on https. The session cookie goes along with the upgrade. */
export function subscriptionUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

/** Seconds to wait before reconnect attempt `retries` (0, 1, …): 1, 2, 4, 8, then 15 at most, plus up to 1 s of jitter. */
export function reconnectDelayMs(retries: number, random: () => number = Math.random): number {
  return Math.min(2 ** retries, 15) * 1000 + Math.floor(random() * 1000);
}

export interface SubscriptionLinkOptions {
  /** The UI language, sent in the connection parameters (a WebSocket cannot set Accept-Language). */
  language: () => Language;
  /** Called after the socket came back from a drop: events may have been missed, so refetch. */
  onReconnected: () => void;
}

/**
 * A link for subscription operations over graphql-ws. graphql-ws and Apollo's GraphQLWsLink are
 * imported on the first subscription only, so pages without live figures (most of them) do not
 * carry them in the first load. The socket reconnects for as long as the page is open, with a
 * capped back-off; active subscriptions resume by themselves.
 */
export function createSubscriptionLink(options: SubscriptionLinkOptions): ApolloLink {
  let loading: Promise<ApolloLink> | null = null;
  const load = () => {
    loading ??= Promise.all([import('graphql-ws'), import('@apollo/client/link/subscriptions')]).then(
      ([{ createClient }, { GraphQLWsLink }]) =>
        new GraphQLWsLink(
          createClient({
            url: subscriptionUrl(window.location),
            connectionParams: () => ({ language: options.language() }),
            lazy: true,
            // Keep the socket a little after the last subscription ends: moving between pages reuses it.
            lazyCloseTimeout: 3000,
            keepAlive: 20_000,
            retryAttempts: Number.POSITIVE_INFINITY,
            retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, reconnectDelayMs(retries))),
            on: {
              connected: (_socket, _payload, wasRetry) => {
                if (wasRetry) options.onReconnected();
              },
            },
          }),
        ),
    );
    // A failed chunk load (offline for a moment) may be retried by the next subscription.
    loading.catch(() => (loading = null));
    return loading;
  };

  return new ApolloLink(
    (operation, forward) =>
      new Observable<ApolloLink.Result>((observer) => {
        let inner: Subscription | undefined;
        let closed = false;
        load().then(
          (link) => {
            if (!closed) inner = link.request(operation, forward).subscribe(observer);
          },
          (error: unknown) => observer.error(error),
        );
        return () => {
          closed = true;
          inner?.unsubscribe();
        };
      }),
  );
}
