import { describe, expect, it } from '@jest/globals';
import { dayIn, decideFollow, hourIn, subjectPath, type FollowSignal } from './notifications.js';

const member: FollowSignal = { level: 1, explicit: false, following: true, reason: 'GROUP_MEMBER' };
const author: FollowSignal = { level: 0, explicit: false, following: true, reason: 'AUTHOR' };
const editionFollow: FollowSignal = { level: 2, explicit: true, following: true, reason: 'FOLLOWING_EDITION' };

describe('decideFollow', () => {
  it('follows nothing without a reason', () => {
    expect(decideFollow([])).toEqual({ following: false, reason: null, chosen: false });
  });

  it('a group member follows the group’s recommendations; an edition follower follows what is inside', () => {
    expect(decideFollow([member])).toEqual({ following: true, reason: 'GROUP_MEMBER', chosen: false });
    expect(decideFollow([editionFollow])).toEqual({ following: true, reason: 'FOLLOWING_EDITION', chosen: false });
  });

  it('the closest reason wins', () => {
    expect(decideFollow([editionFollow, member]).reason).toBe('GROUP_MEMBER');
    expect(decideFollow([member, author]).reason).toBe('AUTHOR');
    const unfollowedEdition: FollowSignal = { ...editionFollow, following: false };
    expect(decideFollow([unfollowedEdition, member]).following).toBe(true);
  });

  it('a person’s own choice beats an implicit reason at the same level', () => {
    const unfollow: FollowSignal = { level: 0, explicit: true, following: false, reason: 'FOLLOWING' };
    expect(decideFollow([author, unfollow, member])).toEqual({ following: false, reason: null, chosen: true });
    const follow: FollowSignal = { level: 0, explicit: true, following: true, reason: 'FOLLOWING' };
    expect(decideFollow([follow, author])).toEqual({ following: true, reason: 'FOLLOWING', chosen: true });
  });
});

describe('subjectPath', () => {
  it('leads to the page of the subject', () => {
    expect(subjectPath('recommendation', 'r1')).toBe('/recommendations/r1');
    expect(subjectPath('group', 'g1')).toBe('/groups/g1');
    expect(subjectPath('edition', 'e1')).toBe('/editions/e1');
    expect(subjectPath('assembly', 'a1')).toBe('/assemblies/a1');
    expect(subjectPath('mandate', 'm1')).toBeNull();
  });
});

describe('days and hours in Brussels', () => {
  it('counts the day in the cooperative’s time zone, not UTC', () => {
    // 23:30 UTC on 14 May is 01:30 on 15 May in Brussels (summer time).
    expect(dayIn(new Date('2019-05-14T23:30:00Z'))).toBe('2019-05-15');
    expect(dayIn(new Date('2019-01-14T22:30:00Z'))).toBe('2019-01-14');
    expect(hourIn(new Date('2019-05-14T05:10:00Z'))).toBe(7);
    expect(hourIn(new Date('2019-01-14T06:10:00Z'))).toBe(7);
  });
});
