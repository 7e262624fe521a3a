import { describe, expect, it } from '@jest/globals';
import i18next from 'i18next';
import { notificationLink, notificationSentence, type NotificationItem } from './sentence';

// Dynamic imports: the shared swc transform drops static import attributes, Jest wants them.
const locale = async (language: string) =>
  ((await import(`../../locales/${language}.json`, { with: { type: 'json' } })) as { default: Record<string, unknown> })
    .default;
const [en, fr] = await Promise.all([locale('en'), locale('fr')]);
await i18next.init({
  resources: { en: { translation: en }, fr: { translation: fr } },
  lng: 'en',
  interpolation: { escapeValue: false },
});

const base: NotificationItem = {
  id: 'n1',
  kind: 'recommendation.submit',
  subjectType: 'recommendation',
  subjectId: 'r1',
  createdAt: '2019-05-14T10:00:00Z',
  read: false,
  toStage: 'SUBMITTED',
  reason: null,
  startsAt: null,
  subjectTitle: { text: 'A member directory', language: 'en' },
  actor: { id: 'p1', displayName: 'Lotte' },
};

describe('notificationSentence', () => {
  it('words each kind in the reader’s language', () => {
    expect(notificationSentence(i18next.t, base, 'en')).toBe('Lotte submitted “A member directory” to the board.');
    expect(notificationSentence(i18next.getFixedT('fr'), base, 'fr')).toBe(
      "Lotte a soumis « A member directory » au conseil d'administration.",
    );
    expect(
      notificationSentence(i18next.t, { ...base, kind: 'poll.opened', subjectType: 'assembly', actor: null }, 'en'),
    ).toBe('A vote has opened at “A member directory”.');
  });

  it('falls back for unknown kinds, missing titles and missing actors', () => {
    expect(notificationSentence(i18next.t, { ...base, kind: 'ethics.opinion' }, 'en')).toBe(
      'There is news about “A member directory”.',
    );
    expect(notificationSentence(i18next.t, { ...base, subjectTitle: null, actor: null }, 'en')).toBe(
      'Someone submitted “(no longer available)” to the board.',
    );
  });

  it('gives the meeting time for a meeting reminder', () => {
    const sentence = notificationSentence(
      i18next.t,
      { ...base, kind: 'meeting.tomorrow', subjectType: 'group', startsAt: '2019-05-15T16:00:00Z' },
      'en',
    );
    expect(sentence).toMatch(/^The working group “A member directory” meets on 15 May 2019/);
  });
});

describe('notificationLink', () => {
  it('opens the subject’s page', () => {
    expect(notificationLink(base)).toBe('/recommendations/r1');
    expect(notificationLink({ subjectType: 'ASSEMBLY', subjectId: 'a1' })).toBe('/assemblies/a1');
    expect(notificationLink({ subjectType: 'mandate', subjectId: 'm1' })).toBeNull();
  });
});
