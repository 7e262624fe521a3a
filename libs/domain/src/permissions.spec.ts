import { describe, expect, it } from '@jest/globals';
import { OFFICE_KINDS, type OfficeKind } from './membership.js';
import { ACTIONS, can, type Action, type Actor } from './permissions.js';

const COOP = 'coop-a';
const OTHER = 'coop-b';
const ME = 'person-me';

type Role = 'outsider' | 'member' | 'memberElsewhere' | OfficeKind;
const ROLES: Role[] = ['outsider', 'member', 'memberElsewhere', ...OFFICE_KINDS];

function actorFor(role: Role): Actor {
  switch (role) {
    case 'outsider':
      return { personId: ME, memberships: [], offices: [] };
    case 'member':
      return { personId: ME, memberships: [{ cooperativeId: COOP, category: 'WORKER_MEMBER' }], offices: [] };
    case 'memberElsewhere':
      return { personId: ME, memberships: [{ cooperativeId: OTHER, category: 'WORKER_MEMBER' }], offices: [{ cooperativeId: OTHER, kind: 'SECRETARIAT' }] };
    default:
      // An office holder without a membership line, to test the office alone.
      return { personId: ME, memberships: [], offices: [{ cooperativeId: COOP, kind: role }] };
  }
}

/** Who may do what in COOP, about someone else. Every action × every role is listed. */
const EXPECTED: Record<Action, Role[]> = {
  'cooperative.view': ['member', ...OFFICE_KINDS],
  'cooperative.editStatutes': ['SECRETARIAT'],
  'member.list': ['member', ...OFFICE_KINDS],
  'member.viewContact': ['SECRETARIAT'],
  'register.import': ['SECRETARIAT'],
  'audit.view': ['member', ...OFFICE_KINDS],
};

describe('can: the permission table', () => {
  const cases = ACTIONS.flatMap((action) => ROLES.map((role) => [action, role, EXPECTED[action].includes(role)] as const));
  it.each(cases)('%s by %s → %s', (action, role, allowed) => {
    expect(can(actorFor(role), action, { cooperativeId: COOP, personId: 'someone-else' })).toBe(allowed);
  });

  it('lets a person see their own contact details', () => {
    expect(can(actorFor('member'), 'member.viewContact', { cooperativeId: COOP, personId: ME })).toBe(true);
  });

  it('refuses everything to nobody', () => {
    for (const action of ACTIONS) expect(can(null, action, { cooperativeId: COOP })).toBe(false);
  });
});
