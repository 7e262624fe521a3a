import { describe, expect, it } from '@jest/globals';
import { localInputToIso, splitMeetings } from './meeting-time';

describe('localInputToIso', () => {
  it('is null for empty or invalid input', () => {
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('not a date')).toBeNull();
  });
  it('turns a local date-time into an ISO timestamp', () => {
    expect(localInputToIso('2026-12-01T19:30')).toBe(new Date(2026, 11, 1, 19, 30).toISOString());
  });
});

describe('splitMeetings', () => {
  it('puts upcoming soonest first and past latest first', () => {
    const now = new Date('2026-06-15T12:00:00Z');
    const meetings = [
      { id: 'p1', startsAt: '2026-01-01T10:00:00Z' },
      { id: 'u2', startsAt: '2026-09-01T10:00:00Z' },
      { id: 'p2', startsAt: '2026-03-01T10:00:00Z' },
      { id: 'u1', startsAt: '2026-07-01T10:00:00Z' },
      { id: 'now', startsAt: '2026-06-15T11:00:00Z', endsAt: '2026-06-15T13:00:00Z' },
    ];
    const { upcoming, past } = splitMeetings(meetings, now);
    expect(upcoming.map((m) => m.id)).toEqual(['now', 'u1', 'u2']);
    expect(past.map((m) => m.id)).toEqual(['p2', 'p1']);
  });
});
