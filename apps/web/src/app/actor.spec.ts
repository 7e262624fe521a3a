import { describe, expect, it } from '@jest/globals';
import { can } from '@letscoop/domain';
import type { AppShellQuery } from '../generated/graphql';
import { toActor } from './actor';

const BE = 'coop-be';
const FR = 'coop-fr';

function viewer(offices: NonNullable<AppShellQuery['me']>['offices']): NonNullable<AppShellQuery['me']> {
  return {
    person: { id: 'p1', displayName: 'Sofie Peeters', preferredLanguage: 'nl', email: 'sofie@example.org' },
    memberships: [{ id: 'm1', cooperativeId: BE, category: 'PERMANENT_STAFF' }],
    offices,
  };
}

describe('what the web offers a signed-in person (same rules as the API)', () => {
  it('offers the register import to the secretariat of that cooperative only', () => {
    const secretary = toActor(
      viewer([{ id: 'o1', kind: 'SECRETARIAT', cooperativeId: BE, startsOn: '2020-01-01', endsOn: null }]),
    );
    expect(can(secretary, 'register.import', { cooperativeId: BE })).toBe(true);
    expect(can(secretary, 'register.import', { cooperativeId: FR })).toBe(false);
  });

  it('does not offer it to a board member or a plain member', () => {
    const board = toActor(
      viewer([{ id: 'o2', kind: 'BOARD_MEMBER', cooperativeId: BE, startsOn: '2020-01-01', endsOn: null }]),
    );
    expect(can(board, 'register.import', { cooperativeId: BE })).toBe(false);
    expect(can(toActor(viewer([])), 'register.import', { cooperativeId: BE })).toBe(false);
  });

  it('lets members list the members of their own cooperative', () => {
    const member = toActor(viewer([]));
    expect(can(member, 'member.list', { cooperativeId: BE })).toBe(true);
    expect(can(member, 'member.list', { cooperativeId: FR })).toBe(false);
  });
});
