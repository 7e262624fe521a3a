/*
 * For the Redis backend (H3): implement `LivePubSub` below in a class of your own (e.g.
 * redis-live-pubsub.ts) and pick it in the `LIVE_PUBSUB` provider of assemblies.module.ts when
 * `config.redisUrl` is set (`livePubSubProvider` at the bottom of this file is the place).
 * Payloads are plain JSON values (no Date objects: the publisher sends ISO strings already);
 * topics are the strings of `LIVE_TOPICS`. Nothing else in the module knows which one runs.
 * `close()` is called on shutdown (quit the Redis connections there).
 */
import type { FactoryProvider } from '@nestjs/common';
import { APP_CONFIG } from '../../common/tokens-di.js';
import type { AppConfig } from '../../config.js';
import { RedisLivePubSub } from './redis-live-pubsub.js';

/** The pub/sub behind the GraphQL subscriptions: in memory (one instance), or Redis (several). */
export interface LivePubSub {
  /** Delivers `payload` to every subscriber of `topic`, on every API instance. */
  publish(topic: string, payload: unknown): Promise<void>;
  /**
   * The events of a topic from now on, as GraphQL subscriptions consume them. Returning from
   * the iterator (the client unsubscribed or left) unsubscribes.
   */
  asyncIterator<T>(topic: string): AsyncIterableIterator<T>;
  close(): Promise<void>;
}

export const LIVE_PUBSUB = Symbol('LIVE_PUBSUB');

/** The topics, one per poll or assembly: a subscriber only hears about what it asked for. */
export const LIVE_TOPICS = {
  pollParticipation: (pollId: string) => `poll.participation.${pollId}`,
  pollResults: (pollId: string) => `poll.results.${pollId}`,
  assemblyLive: (assemblyId: string) => `assembly.live.${assemblyId}`,
};

/** A subscriber that does not read (a stalled socket) keeps at most this many events; older ones drop. */
const MAX_QUEUED = 64;

/** One process: publish hands the payload to the subscribers' queues directly. */
export class InMemoryLivePubSub implements LivePubSub {
  private readonly subscribers = new Map<string, Set<(payload: unknown) => void>>();

  publish(topic: string, payload: unknown): Promise<void> {
    for (const deliver of this.subscribers.get(topic) ?? []) deliver(payload);
    return Promise.resolve();
  }

  asyncIterator<T>(topic: string): AsyncIterableIterator<T> {
    return queueIterator<T>((deliver) => {
      let set = this.subscribers.get(topic);
      if (!set) this.subscribers.set(topic, (set = new Set()));
      const fn = deliver as (payload: unknown) => void;
      set.add(fn);
      return () => {
        set.delete(fn);
        if (set.size === 0) this.subscribers.delete(topic);
      };
    });
  }

  /** How many subscribers a topic has (tests check that leaving unsubscribes). */
  listenerCount(topic: string): number {
    return this.subscribers.get(topic)?.size ?? 0;
  }

  close(): Promise<void> {
    this.subscribers.clear();
    return Promise.resolve();
  }
}

/**
 * An async iterator fed by a push source: `subscribe(deliver)` starts the feed and returns the
 * function that stops it. Events wait in a bounded queue until the consumer pulls them. Reusable
 * by any backend (the Redis one included).
 */
export function queueIterator<T>(subscribe: (deliver: (payload: T) => void) => () => void): AsyncIterableIterator<T> {
  const queue: T[] = [];
  const waiting: ((result: IteratorResult<T>) => void)[] = [];
  let done = false;
  const unsubscribe = subscribe((payload) => {
    if (done) return;
    const next = waiting.shift();
    if (next) next({ value: payload, done: false });
    else {
      queue.push(payload);
      if (queue.length > MAX_QUEUED) queue.shift();
    }
  });
  const finish = (): Promise<IteratorResult<T>> => {
    if (!done) {
      done = true;
      unsubscribe();
      queue.length = 0;
      for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
    }
    return Promise.resolve({ value: undefined, done: true });
  };
  return {
    next: () => {
      if (queue.length > 0) return Promise.resolve({ value: queue.shift() as T, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return: finish,
    throw: async (error: unknown) => {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** The provider of LIVE_PUBSUB: in memory, or Redis when REDIS_URL is set (the start fails if it does not answer). */
export const livePubSubProvider: FactoryProvider<LivePubSub | Promise<LivePubSub>> = {
  provide: LIVE_PUBSUB,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): LivePubSub | Promise<LivePubSub> =>
    config.redisUrl ? RedisLivePubSub.connect(config.redisUrl) : new InMemoryLivePubSub(),
};
