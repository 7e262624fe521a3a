import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient, type Client } from 'graphql-ws';
import { createHash, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import {
  InMemoryLivePubSub,
  LIVE_PUBSUB,
  LIVE_TOPICS,
  type LivePubSub,
} from '../src/modules/assemblies/live-pubsub.js';
import { RedisLivePubSub } from '../src/modules/assemblies/redis-live-pubsub.js';
import { seedAssembly } from './support/assembly-fixtures.js';
import { seedCooperative } from './support/fixtures.js';
import { redisTestable, startRedisServer, type TestRedis } from './support/redis-server.js';
import { gql, startTestApp, type TestApp } from './support/test-app.js';

/** A signed-in cookie without the password round: a session row as the auth module stores it (SHA-256 of the token). */
async function sessionCookie(t: TestApp, personId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await t.sql(`INSERT INTO session (token_hash, person_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
    createHash('sha256').update(token).digest('hex'),
    personId,
  ]);
  return `letscoop_session=${token}`;
}

/** A graphql-ws client on an app listening on a port, signed in with a session cookie (as a browser's socket is). */
function wsClient(t: TestApp, cookie: string): Client {
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  class CookieSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { Cookie: cookie } });
    }
  }
  return createClient({
    url: `ws://127.0.0.1:${port}/graphql`,
    webSocketImpl: CookieSocket,
    retryAttempts: 0,
    lazy: true,
  });
}

/**
 * REDIS_URL set: two API instances on one database behind a (pretend) load balancer share their
 * live events through a real redis-server. Without REDIS_URL each instance keeps them in memory.
 */
(redisTestable() ? describe : describe.skip)('live updates through Redis (several API instances)', () => {
  let redis: TestRedis;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    redis = await startRedisServer();
    a = await startTestApp({ redisUrl: redis.url });
    b = await startTestApp({ redisUrl: redis.url }, { sameDatabaseAs: a });
    // B serves subscriptions over graphql-ws: it needs a port.
    await b.app.listen(0, '127.0.0.1');
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
    const timeout = new Promise<never>(
      (_, reject) => (timer = setTimeout(() => reject(new Error(`no event within ${ms} ms`)), ms)),
    );
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

  it('a ballot cast through instance A reaches a pollParticipation subscriber on instance B (GraphQL end to end)', async () => {
    const coop = await seedCooperative(a);
    const assembly = await seedAssembly(a, {
      cooperativeId: coop.id,
      voters: 3,
      status: 'IN_SESSION',
      checkedIn: 3,
      items: [{ pollStatus: 'OPEN' }],
    });
    const pollId = assembly.items[0].pollId as string;
    const [watcher, voter] = await Promise.all([
      sessionCookie(a, assembly.voters[0].id),
      sessionCookie(a, assembly.voters[1].id),
    ]);

    const client = wsClient(b, watcher);
    const events: { ballotsCast: number; eligible: number; status: string }[] = [];
    const errors: unknown[] = [];
    const received = new Promise<void>((resolve) => {
      client.subscribe<{ pollParticipation: { ballotsCast: number; eligible: number; status: string } }>(
        {
          query: `subscription($id: ID!) { pollParticipation(pollId: $id) { ballotsCast eligible status } }`,
          variables: { id: pollId },
        },
        {
          next: (result) => {
            if (result.errors) errors.push(result.errors);
            if (result.data) events.push(result.data.pollParticipation);
            if (events.some((e) => e.ballotsCast === 1)) resolve();
          },
          error: (error) => {
            errors.push(error);
            resolve();
          },
          complete: () => resolve(),
        },
      );
    });
    try {
      await subscribersInRedis(LIVE_TOPICS.pollParticipation(pollId), 1);
      const cast = await gql(
        a.browser(),
        `mutation($id: ID!) { castBallot(input: { pollId: $id, choice: YES }) { receipt } }`,
        { id: pollId },
        { Cookie: voter },
      );
      expect(cast.errors).toBeUndefined();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([received, new Promise((resolve) => (timer = setTimeout(resolve, 5_000)))]);
      clearTimeout(timer);
      expect(errors).toEqual([]);
      expect(events).toContainEqual({ ballotsCast: 1, eligible: 3, status: 'OPEN' });
    } finally {
      // Wait for the socket to close, so nothing of it outlives the test.
      const closed = new Promise((resolve) => client.on('closed', resolve));
      await client.dispose();
      await closed;
    }
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
