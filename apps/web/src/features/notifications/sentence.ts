import { subjectPath, type Language } from '@letscoop/domain';
import type { TFunction } from 'i18next';
import { formatDateTime } from '../../app/format';
import type { NotificationsQuery } from '../../generated/graphql';

export type NotificationItem = NotificationsQuery['notifications']['items'][number];

/** The kinds the locales word; any other kind gets the generic sentence ("There is news about …"). */
export const WORDED_KINDS: ReadonlySet<string> = new Set([
  'recommendation.submit',
  'recommendation.startReview',
  'recommendation.endorse',
  'recommendation.amendAndEndorse',
  'recommendation.merge',
  'recommendation.sendBack',
  'recommendation.decline',
  'recommendation.convert',
  'recommendation.putToAssembly',
  'poll.opened',
  'poll.closed',
  'poll.published',
  'meeting.tomorrow',
  'action.progress',
  'action.overdue',
]);

/** The human sentence of a notification, in the reader's language, from its kind and payload. */
export function notificationSentence(t: TFunction, n: NotificationItem, language: Language): string {
  const key = WORDED_KINDS.has(n.kind) ? `notifications.kind.${n.kind}` : 'notifications.kind.other';
  return t(key, {
    title: n.subjectTitle?.text ?? t('notifications.untitled'),
    actor: n.actor?.displayName ?? t('notifications.someone'),
    when: formatDateTime(n.startsAt, language),
  });
}

/** The page the notification opens (null for a subject without a page of its own). */
export function notificationLink(n: { subjectType: string; subjectId: string }): string | null {
  // Notifications carry the stored type ("recommendation"), follow states the enum ("RECOMMENDATION").
  return subjectPath(n.subjectType.toLowerCase(), n.subjectId);
}
