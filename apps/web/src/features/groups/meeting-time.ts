/** A `datetime-local` value ("2026-12-01T19:30", the reader's time zone) as an ISO timestamp; null when empty or invalid. */
export function localInputToIso(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Splits meetings into upcoming (soonest first) and past (latest first) around `now`. */
export function splitMeetings<T extends { startsAt: string; endsAt?: string | null }>(
  meetings: readonly T[],
  now: Date,
): { upcoming: T[]; past: T[] } {
  const end = (m: T) => new Date(m.endsAt ?? m.startsAt).getTime();
  const upcoming = meetings.filter((m) => end(m) >= now.getTime()).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = meetings.filter((m) => end(m) < now.getTime()).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return { upcoming, past };
}
