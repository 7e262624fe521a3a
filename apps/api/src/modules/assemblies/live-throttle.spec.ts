import { describe, expect, it } from '@jest/globals';
import { InMemoryLivePubSub, queueIterator } from './live-pubsub.js';
import { Throttle } from './live-throttle.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the live throttle', () => {
  it('runs the first request at once, folds a burst into one run per window, and runs `now` at once', async () => {
    const runs: [string, number][] = [];
    const start = Date.now();
    const throttle = new Throttle(
      40,
      (key) => {
        runs.push([key, Date.now() - start]);
        return Promise.resolve();
      },
      (error) => {
        throw error;
      },
    );
    for (let i = 0; i < 50; i++) throttle.request('poll', false);
    throttle.request('other', false);
    await sleep(5);
    expect(runs.map(([key]) => key)).toEqual(['poll', 'other']);
    await sleep(60);
    // The 49 requests during the first window: one run at its end.
    expect(runs.filter(([key]) => key === 'poll')).toHaveLength(2);
    throttle.request('poll', true);
    await sleep(5);
    expect(runs.filter(([key]) => key === 'poll')).toHaveLength(3);
    await sleep(100);
    expect(runs.filter(([key]) => key === 'poll')).toHaveLength(3);
    throttle.stop();
  });
});

describe('the in-memory pub/sub', () => {
  it('delivers to the subscribers of a topic only, in order, and forgets a subscriber that leaves', async () => {
    const pubsub = new InMemoryLivePubSub();
    const a = pubsub.asyncIterator<number>('a');
    const b = pubsub.asyncIterator<number>('b');
    await pubsub.publish('a', 1);
    await pubsub.publish('b', 2);
    await pubsub.publish('a', 3);
    expect(await a.next()).toEqual({ value: 1, done: false });
    expect(await a.next()).toEqual({ value: 3, done: false });
    expect(await b.next()).toEqual({ value: 2, done: false });
    const waiting = a.next();
    await pubsub.publish('a', 4);
    expect(await waiting).toEqual({ value: 4, done: false });
    expect(pubsub.listenerCount('a')).toBe(1);
    await a.return?.();
    expect(pubsub.listenerCount('a')).toBe(0);
    expect(await a.next()).toEqual({ value: undefined, done: true });
    await pubsub.close();
  });

  it('keeps at most 64 events for a subscriber that does not read', async () => {
    let deliver: (n: number) => void = () => undefined;
    const it = queueIterator<number>((d) => {
      deliver = d;
      return () => undefined;
    });
    for (let i = 0; i < 100; i++) deliver(i);
    expect(await it.next()).toEqual({ value: 36, done: false });
    await it.return?.();
  });
});
