/**
 * Following and notifications: what a person can follow, how a follow is decided, where a
 * notification leads, and when a daily digest is due.
 */

/** What a person can follow (the values stored in follow.subject_type and notification.subject_type). */
export const FOLLOW_SUBJECT_TYPES = ['edition', 'group', 'recommendation', 'assembly'] as const;
export type FollowSubjectType = (typeof FOLLOW_SUBJECT_TYPES)[number];

export function isFollowSubjectType(value: string): value is FollowSubjectType {
  return (FOLLOW_SUBJECT_TYPES as readonly string[]).includes(value);
}

/** How notifications reach a person by e-mail: one mail each, one mail a day, or none. */
export const EMAIL_MODES = ['IMMEDIATE', 'DAILY_DIGEST', 'OFF'] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];
export const DEFAULT_EMAIL_MODE: EmailMode = 'DAILY_DIGEST';

/**
 * Why a person follows a subject. Members of a working group follow the group and its
 * recommendations, and the authors of a recommendation follow it, without doing anything
 * (implicit follows, computed when notifying); following an edition or a group also follows
 * what is inside it.
 */
export const FOLLOW_REASONS = ['FOLLOWING', 'GROUP_MEMBER', 'AUTHOR', 'FOLLOWING_GROUP', 'FOLLOWING_EDITION'] as const;
export type FollowReason = (typeof FOLLOW_REASONS)[number];

/**
 * One reason to follow (or not) a subject. `level` is how far from the subject it applies: 0
 * the subject itself, 1 its parent (a recommendation's group, a group's edition), 2 the parent's
 * parent. `explicit` marks a person's own choice (follow or unfollow), which beats an implicit
 * reason at the same level.
 */
export interface FollowSignal {
  level: number;
  explicit: boolean;
  following: boolean;
  reason: FollowReason;
}

export interface FollowDecision {
  following: boolean;
  /** Why, when following; null when not following. */
  reason: FollowReason | null;
  /** True when the decision is the person's own choice on this very subject. */
  chosen: boolean;
}

/**
 * The closest signal wins, and a person's own choice beats an implicit reason at the same level:
 * a group member who unfollows one recommendation no longer hears of it; someone who unfollowed
 * an edition but joined one of its groups hears of that group. The fan-out SQL in
 * NotificationsService applies the same order.
 */
export function decideFollow(signals: readonly FollowSignal[]): FollowDecision {
  const winner = [...signals].sort((a, b) => a.level - b.level || Number(b.explicit) - Number(a.explicit))[0];
  if (!winner) return { following: false, reason: null, chosen: false };
  return {
    following: winner.following,
    reason: winner.following ? winner.reason : null,
    chosen: winner.explicit && winner.level === 0,
  };
}

const SUBJECT_PATHS: Record<FollowSubjectType, string> = {
  edition: '/editions/',
  group: '/groups/',
  recommendation: '/recommendations/',
  assembly: '/assemblies/',
};

/**
 * The page a notification about this subject opens (path only; e-mails prefix PUBLIC_URL).
 * Null for a subject type this list does not know yet (another module's notification).
 */
export function subjectPath(subjectType: string, subjectId: string): string | null {
  if (subjectType === 'action') return `/actions/${subjectId}`;
  return isFollowSubjectType(subjectType) ? `${SUBJECT_PATHS[subjectType]}${subjectId}` : null;
}

/** Digests are counted in the cooperatives' time zone (Smart Belgium and Smart France share it). */
export const DIGEST_TIME_ZONE = 'Europe/Brussels';
/** The hour (in DIGEST_TIME_ZONE) at which the daily digest leaves. */
export const DIGEST_HOUR = 7;

/** The calendar day ("2019-05-14") of an instant in a time zone: the key of "once a day". */
export function dayIn(at: Date, timeZone: string = DIGEST_TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The hour of the day (0–23) of an instant in a time zone. */
export function hourIn(at: Date, timeZone: string = DIGEST_TIME_ZONE): number {
  const hour = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(at);
  return Number(hour);
}
