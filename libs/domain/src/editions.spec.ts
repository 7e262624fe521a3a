import { describe, expect, it } from '@jest/globals';
import { EDITION_STATUSES, canMoveEdition, groupRolesFrom, missingFrame, nextEditionStatuses } from './editions.js';

describe('edition status', () => {
  it('moves forward one step at a time', () => {
    expect(canMoveEdition('PLANNED', 'OPEN')).toBe(true);
    expect(canMoveEdition('OPEN', 'DRAFTING')).toBe(true);
    expect(canMoveEdition('DRAFTING', 'BOARD_REVIEW')).toBe(true);
    expect(canMoveEdition('BOARD_REVIEW', 'AT_ASSEMBLY')).toBe(true);
    expect(canMoveEdition('AT_ASSEMBLY', 'CLOSED')).toBe(true);
  });

  it('never skips a step, goes back or stays put', () => {
    expect(canMoveEdition('PLANNED', 'DRAFTING')).toBe(false);
    expect(canMoveEdition('DRAFTING', 'OPEN')).toBe(false);
    expect(canMoveEdition('OPEN', 'OPEN')).toBe(false);
  });

  it('can be closed from any open status, and a closed edition stays closed', () => {
    for (const from of EDITION_STATUSES.filter((s) => s !== 'CLOSED')) expect(canMoveEdition(from, 'CLOSED')).toBe(true);
    for (const to of EDITION_STATUSES) expect(canMoveEdition('CLOSED', to)).toBe(false);
  });

  it('lists the next statuses for the UI', () => {
    expect(nextEditionStatuses('PLANNED')).toEqual(['OPEN', 'CLOSED']);
    expect(nextEditionStatuses('AT_ASSEMBLY')).toEqual(['CLOSED']);
    expect(nextEditionStatuses('CLOSED')).toEqual([]);
  });
});

describe('group frame', () => {
  it('says which roles are still missing', () => {
    expect(missingFrame({})).toEqual([
      { role: 'LEAD', missing: 2 },
      { role: 'COORDINATOR', missing: 1 },
      { role: 'SECRETARY', missing: 1 },
    ]);
    expect(missingFrame({ LEAD: 1, COORDINATOR: 1, SECRETARY: 1, PARTICIPANT: 12 })).toEqual([{ role: 'LEAD', missing: 1 }]);
    expect(missingFrame({ LEAD: 2, COORDINATOR: 1, SECRETARY: 1 })).toEqual([]);
  });
});

describe('groupRolesFrom', () => {
  it('keeps active members only and sorts them into the frame', () => {
    const roles = groupRolesFrom([
      { personId: 'a', role: 'LEAD', status: 'ACTIVE' },
      { personId: 'b', role: 'LEAD', status: 'ACTIVE' },
      { personId: 'c', role: 'COORDINATOR', status: 'ACTIVE' },
      { personId: 'd', role: 'PARTICIPANT', status: 'REQUESTED' },
      { personId: 'e', role: 'PARTICIPANT', status: 'ACTIVE' },
    ]);
    expect(roles).toEqual({ leads: ['a', 'b'], coordinator: 'c', secretary: null, participants: ['e'] });
  });
});
