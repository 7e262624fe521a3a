import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import { queueIterator, type LivePubSub } from './live-pubsub.js';

/** Channels carry this prefix, so other software sharing the Redis never hears our events (nor we theirs). */
const CHANNEL_PREFIX = 'letscoop:live:';
/** How long the first connection may take before the start fails with a clear message. */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Live events through Redis pub/sub, so every API instance behind a load balancer hears every
 * ballot and status change. Two connections (a subscribed Redis connection can send nothing
 * but (un)subscribe): one publishes, one listens. Every delivery, also to this instance's own
 * subscribers, goes through Redis, so an event reaches each subscriber exactly once.
 *
 * Each topic is subscribed in Redis while at least one local subscriber listens to it.
 * ioredis reconnects and resubscribes by itself; events published while this instance is cut
 * off from Redis are lost to its subscribers (live figures: the next event brings them up to date).
 */
export class RedisLivePubSub implements LivePubSub {
  private readonly logger = new Logger('LivePubSub');
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();
  private lastErrorLog = 0;

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
  ) {
    for (const connection of [publisher, subscriber]) connection.on('error', (error: Error) => this.logError(error));
    subscriber.on('message', (channel: string, message: string) => this.deliver(channel, message));
  }

  /** Connects both connections, or fails the start with what to check. */
  static async connect(url: string): Promise<RedisLivePubSub> {
    // disconnectTimeout: disconnect() is only called on a failed start; don't hold the process 2 s for it.
    const options = {
      connectionName: 'letscoop-live',
      lazyConnect: true,
      connectTimeout: CONNECT_TIMEOUT_MS,
      maxRetriesPerRequest: 3,
      disconnectTimeout: 100,
    };
    const publisher = new Redis(url, options);
    const subscriber = new Redis(url, options);
    // ioredis rejects connect() with a bare "Connection is closed": keep the cause it reported.
    let cause = '';
    const noteCause = (error: Error) => void (cause ||= error.message);
    publisher.once('error', noteCause);
    subscriber.once('error', noteCause);
    const failed = (await Promise.allSettled([publisher.connect(), subscriber.connect()])).find(
      (r) => r.status === 'rejected',
    );
    if (failed) {
      publisher.disconnect();
      subscriber.disconnect();
      const reason: unknown = failed.reason;
      throw new Error(
        `REDIS_URL is set, but Redis at ${describe(url)} does not answer (${cause || (reason instanceof Error ? reason.message : String(reason))}). ` +
          'Start Redis or correct REDIS_URL; unset it to keep live updates in memory (one API instance).',
      );
    }
    publisher.off('error', noteCause);
    subscriber.off('error', noteCause);
    return new RedisLivePubSub(publisher, subscriber);
  }

  async publish(topic: string, payload: unknown): Promise<void> {
    await this.publisher.publish(CHANNEL_PREFIX + topic, JSON.stringify(payload));
  }

  asyncIterator<T>(topic: string): AsyncIterableIterator<T> {
    const channel = CHANNEL_PREFIX + topic;
    return queueIterator<T>((deliver) => {
      let set = this.listeners.get(channel);
      if (!set) {
        this.listeners.set(channel, (set = new Set()));
        this.subscriber.subscribe(channel).catch((error: unknown) => this.logError(error));
      }
      const fn = deliver as (payload: unknown) => void;
      set.add(fn);
      return () => {
        set.delete(fn);
        if (set.size > 0 || this.listeners.get(channel) !== set) return;
        this.listeners.delete(channel);
        this.subscriber.unsubscribe(channel).catch((error: unknown) => this.logError(error));
      };
    });
  }

  /** Local subscribers of a topic (tests check that leaving unsubscribes). */
  listenerCount(topic: string): number {
    return this.listeners.get(CHANNEL_PREFIX + topic)?.size ?? 0;
  }

  async close(): Promise<void> {
    this.listeners.clear();
    await Promise.all([this.subscriber.quit().catch(() => undefined), this.publisher.quit().catch(() => undefined)]);
  }

  private deliver(channel: string, message: string): void {
    const set = this.listeners.get(channel);
    if (!set) return;
    let payload: unknown;
    try {
      payload = JSON.parse(message);
    } catch {
      this.logger.warn(`Ignored a message on ${channel} that is not JSON.`);
      return;
    }
    for (const fn of set) fn(payload);
  }

  /** A Redis outage makes every reconnect attempt fail: one line per 10 s is enough. */
  private logError(error: unknown): void {
    const now = Date.now();
    if (now - this.lastErrorLog < 10_000) return;
    this.lastErrorLog = now;
    this.logger.error(
      `Redis: ${error instanceof Error ? error.message : String(error)} (live updates pause until it is back)`,
    );
  }
}

/** host:port of a Redis URL, without the password. */
function describe(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '6379'}`;
  } catch {
    return 'REDIS_URL';
  }
}
