import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { InMemoryLivePubSub, LIVE_PUBSUB, LIVE_TOPICS, type LivePubSub } from '../src/modules/assemblies/live-pubsub.js';
import { RedisLivePubSub } from '../src/modules/assemblies/redis-live-pubsub.js';
import { startRedisServer, type TestRedis } from './support/redis-server.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * REDIS_URL set: two API instances on one database behind a (pretend) load balancer share their
 * live events through a real redis-server. Without REDIS_URL each instance keeps them in memory.
 */
describe('live updates through Redis (several API instances)', () => {
  let redis: TestRedis;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    redis = await startRedisServer();
    a = await startTestApp({ redisUrl: redis.url });
    b = await startTestApp({ redisUrl: redis.url }, { sameDatabaseAs: a });
  });

  afterAll(async () => {
    await b?.close();
    await a?.close();
    await redis?.stop();
  });

  const pubsub = (t: TestApp) => t.app.get<symbol, LivePubSub>(LIVE_PUBSUB);

  /** Redis delivers to connections subscribed when the message arrives: wait for the subscription. */
  async function subscribersInRedis(topic: string, expected: number): Promise<void> {
    const channel = `letscoop:live:${topic}`;
    const deadline = Date.now() + 5_000;
    for (;;) {
      const [, count] = (await redis.client.pubsub('NUMSUB', channel)) as [string, number];
      if (Number(count) === expected) return;
      if (Date.now() > deadline) throw new Error(`${channel} has ${count} Redis subscribers, expected ${expected}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async function nextWithin<T>(iterator: AsyncIterator<T>, ms = 5_000): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no event within ${ms} ms`)), ms)));
    try {
      const result = await Promise.race([iterator.next(), timeout]);
      if (result.done) throw new Error('the subscription ended');
      return result.value;
    } finally {
      clearTimeout(timer);
    }
  }

  it('uses the Redis backend when REDIS_URL is set, in memory otherwise', async () => {
    expect(pubsub(a)).toBeInstanceOf(RedisLivePubSub);
    expect(pubsub(b)).toBeInstanceOf(RedisLivePubSub);
    const alone = await startTestApp({}, { sameDatabaseAs: a });
    try {
      expect(pubsub(alone)).toBeInstanceOf(InMemoryLivePubSub);
    } finally {
      await alone.close();
    }
  });

  it('an event published through one instance reaches the subscribers of the other, and its own, once each', async () => {
    const topic = LIVE_TOPICS.pollParticipation('00000000-0000-4000-8000-000000000001');
    const onB = pubsub(b).asyncIterator<{ ballotsCast: number }>(topic);
    const onA = pubsub(a).asyncIterator<{ ballotsCast: number }>(topic);
    // Each instance subscribes its own Redis connection once, however many local subscribers.
    await subscribersInRedis(topic, 2);

    await pubsub(a).publish(topic, { pollId: 'p', status: 'OPEN', ballotsCast: 1, eligible: 10 });
    await pubsub(b).publish(topic, { pollId: 'p', status: 'OPEN', ballotsCast: 2, eligible: 10 });

    expect(await nextWithin(onB)).toEqual({ pollId: 'p', status: 'OPEN', ballotsCast: 1, eligible: 10 });
    expect(await nextWithin(onB)).toMatchObject({ ballotsCast: 2 });
    expect(await nextWithin(onA)).toMatchObject({ ballotsCast: 1 });
    expect(await nextWithin(onA)).toMatchObject({ ballotsCast: 2 });

    await onB.return?.();
    await onA.return?.();
  });

  it('a subscriber hears only its own topic', async () => {
    const mine = LIVE_TOPICS.assemblyLive('00000000-0000-4000-8000-00000000000a');
    const other = LIVE_TOPICS.assemblyLive('00000000-0000-4000-8000-00000000000b');
    const onB = pubsub(b).asyncIterator<{ n: number }>(mine);
    await subscribersInRedis(mine, 1);
    await pubsub(a).publish(other, { n: 1 });
    await pubsub(a).publish(mine, { n: 2 });
    expect(await nextWithin(onB)).toEqual({ n: 2 });
    await onB.return?.();
  });

  it('leaving unsubscribes from Redis once the last local subscriber is gone', async () => {
    const topic = LIVE_TOPICS.pollResults('00000000-0000-4000-8000-000000000002');
    const first = pubsub(b).asyncIterator(topic);
    const second = pubsub(b).asyncIterator(topic);
    await subscribersInRedis(topic, 1);
    expect((pubsub(b) as RedisLivePubSub).listenerCount(topic)).toBe(2);
    await first.return?.();
    await subscribersInRedis(topic, 1);
    await second.return?.();
    await subscribersInRedis(topic, 0);
    expect((pubsub(b) as RedisLivePubSub).listenerCount(topic)).toBe(0);
  });

  it('a Redis that does not answer stops the start with what to check', async () => {
    await expect(RedisLivePubSub.connect('redis://:secret@127.0.0.1:1')).rejects.toThrow(
      /REDIS_URL is set, but Redis at 127\.0\.0\.1:1 does not answer \(connect ECONNREFUSED.*Start Redis or correct REDIS_URL/,
    );
  });
});
