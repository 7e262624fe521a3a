import { describe, expect, it } from '@jest/globals';
import { reconnectDelayMs, subscriptionUrl } from './subscription-link';

describe('the subscription link', () => {
  it('connects to /graphql on the page origin, encrypted when the page is', () => {
    expect(subscriptionUrl({ protocol: 'http:', host: 'localhost:3000' })).toBe('ws://localhost:3000/graphql');
    expect(subscriptionUrl({ protocol: 'https:', host: 'coop.example.org' })).toBe('wss://coop.example.org/graphql');
  });

  it('waits longer after each failed attempt, never more than 16 s', () => {
    const noJitter = () => 0;
    expect([0, 1, 2, 3, 4, 5, 50].map((n) => reconnectDelayMs(n, noJitter))).toEqual([
      1000, 2000, 4000, 8000, 15000, 15000, 15000,
    ]);
    expect(reconnectDelayMs(10, () => 0.999)).toBeLessThan(16000);
  });
});
