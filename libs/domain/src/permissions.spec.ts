import { describe, expect, it } from '@jest/globals';
import { OFFICE_KINDS, type OfficeKind } from './membership.js';
import { ACTIONS, can, type Action, type Actor, type GroupRoles, type Subject } from './permissions.js';

const COOP = 'coop-a';
const OTHER = 'coop-b';
const ME = 'person-me';

type GroupRole = 'groupLead' | 'groupCoordinator' | 'groupSecretary' | 'groupParticipant' | 'author' | 'boardLeadOfGroup';
type Role = 'outsider' | 'member' | 'memberElsewhere' | OfficeKind | GroupRole;
const ROLES: Role[] = ['outsider', 'member', 'memberElsewhere', ...OFFICE_KINDS, 'groupLead', 'groupCoordinator', 'groupSecretary', 'groupParticipant', 'author', 'boardLeadOfGroup'];

const member = (offices: OfficeKind[] = []): Actor => ({
  personId: ME,
  memberships: [{ cooperativeId: COOP, category: 'WORKER_MEMBER' }],
  offices: offices.map((kind) => ({ cooperativeId: COOP, kind })),
});
const group = (roles: Partial<GroupRoles>): GroupRoles => ({ leads: ['lead-1', 'lead-2'], coordinator: 'coord', secretary: 'sec', participants: ['p1'], ...roles });

/** The actor in each role, and the subject (a group's recommendation by someone else) as they see it. */
function situation(role: Role): { actor: Actor; subject: Subject } {
  const subject: Subject = { cooperativeId: COOP, personId: 'someone-else', group: group({}), authors: ['author-1'] };
  switch (role) {
    case 'outsider':
      return { actor: { personId: ME, memberships: [], offices: [] }, subject };
    case 'member':
      return { actor: member(), subject };
    case 'memberElsewhere':
      return { actor: { personId: ME, memberships: [{ cooperativeId: OTHER, category: 'WORKER_MEMBER' }], offices: [{ cooperativeId: OTHER, kind: 'SECRETARIAT' }] }, subject };
    case 'groupLead':
      return { actor: member(), subject: { ...subject, group: group({ leads: [ME, 'lead-2'] }) } };
    case 'groupCoordinator':
      return { actor: member(), subject: { ...subject, group: group({ coordinator: ME }) } };
    case 'groupSecretary':
      return { actor: member(), subject: { ...subject, group: group({ secretary: ME }) } };
    case 'groupParticipant':
      return { actor: member(), subject: { ...subject, group: group({ participants: [ME] }) } };
    case 'author':
      return { actor: member(), subject: { ...subject, authors: ['author-1', ME] } };
    case 'boardLeadOfGroup':
      return { actor: member(['BOARD_MEMBER']), subject: { ...subject, group: group({ leads: [ME, 'lead-2'] }) } };
    default:
      // An office holder without a membership line, to test the office alone.
      return { actor: { personId: ME, memberships: [], offices: [{ cooperativeId: COOP, kind: role }] }, subject };
  }
}

const MEMBERS: Role[] = ['member', 'groupLead', 'groupCoordinator', 'groupSecretary', 'groupParticipant', 'author', 'boardLeadOfGroup'];
const BELONGS: Role[] = [...MEMBERS, ...OFFICE_KINDS];

/** Who may do what in COOP, about someone else's subject. Every action × every role is listed. */
const EXPECTED: Record<Action, Role[]> = {
  'cooperative.view': BELONGS,
  'cooperative.editStatutes': ['SECRETARIAT'],
  'member.list': BELONGS,
  'member.viewContact': ['SECRETARIAT'],
  'register.import': ['SECRETARIAT'],
  'audit.view': BELONGS,
  'edition.manage': ['SECRETARIAT', 'STAFF'],
  'group.join': MEMBERS,
  'group.acceptMember': ['SECRETARIAT', 'STAFF', 'groupLead', 'groupCoordinator', 'boardLeadOfGroup'],
  'meeting.manage': ['groupLead', 'groupCoordinator', 'groupSecretary', 'boardLeadOfGroup'],
  'minutes.approve': ['groupLead', 'boardLeadOfGroup'],
  'recommendation.draft': ['groupLead', 'groupCoordinator', 'groupSecretary', 'groupParticipant', 'boardLeadOfGroup'],
  'recommendation.edit': ['groupLead', 'groupSecretary', 'author', 'boardLeadOfGroup'],
  'cycle.group': ['groupLead', 'groupSecretary', 'boardLeadOfGroup'],
  // The board decides, except a board member who co-leads the group (conflict of interest).
  'cycle.board': ['BOARD_MEMBER', 'BOARD_CHAIR', 'MANAGING_DIRECTOR'],
  'board.review': ['BOARD_MEMBER', 'BOARD_CHAIR', 'MANAGING_DIRECTOR', 'boardLeadOfGroup'],
  'boardMeeting.manage': ['BOARD_MEMBER', 'BOARD_CHAIR', 'MANAGING_DIRECTOR', 'SECRETARIAT', 'boardLeadOfGroup'],
  'smallTalk.host': BELONGS,
  'smallTalk.report': ['SECRETARIAT', 'STAFF', 'author'],
  'writing.submit': BELONGS,
  'writing.decide': ['SECRETARIAT', 'STAFF'],
  'writing.viewUnpublished': ['SECRETARIAT', 'STAFF', 'author'],
  'comment.post': BELONGS,
  'comment.report': BELONGS,
  'comment.moderate': ['SECRETARIAT', 'STAFF'],
  'assembly.view': BELONGS,
  'assembly.convene': ['BOARD_MEMBER', 'BOARD_CHAIR', 'SECRETARIAT', 'boardLeadOfGroup'],
  'assembly.chair': ['BOARD_CHAIR', 'SECRETARIAT'],
  'assembly.checkInOthers': ['SECRETARIAT'],
  'assembly.viewAttendance': ['BOARD_CHAIR', 'SECRETARIAT'],
  // About someone else's proxy: only the secretariat (it registers written proxies).
  'proxy.grant': ['SECRETARIAT'],
  'ballot.cast': MEMBERS,
  'actionPlan.manage': ['MANAGING_DIRECTOR', 'SECRETARIAT'],
  // About an action someone else owns: the managing director and the secretariat.
  'action.update': ['MANAGING_DIRECTOR', 'SECRETARIAT'],
  'ethics.view': BELONGS,
  'ethics.write': ['ETHICS_COMMITTEE'],
  'indicator.manage': ['ETHICS_COMMITTEE', 'SECRETARIAT'],
  'subject.follow': BELONGS,
};

describe('can: the permission table', () => {
  const cases = ACTIONS.flatMap((action) => ROLES.map((role) => [action, role, EXPECTED[action].includes(role)] as const));
  it.each(cases)('%s by %s → %s', (action, role, allowed) => {
    const { actor, subject } = situation(role);
    expect(can(actor, action, subject)).toBe(allowed);
  });

  it('lets a person see their own contact details', () => {
    expect(can(member(), 'member.viewContact', { cooperativeId: COOP, personId: ME })).toBe(true);
  });

  it('lets a member give their own proxy', () => {
    expect(can(member(), 'proxy.grant', { cooperativeId: COOP, personId: ME })).toBe(true);
  });

  it("lets an action's owner update it while they belong to the cooperative", () => {
    expect(can(member(), 'action.update', { cooperativeId: COOP, personId: ME })).toBe(true);
    expect(can(member(['STAFF']), 'action.update', { cooperativeId: COOP, personId: ME })).toBe(true);
    const left: Actor = { personId: ME, memberships: [], offices: [] };
    expect(can(left, 'action.update', { cooperativeId: COOP, personId: ME })).toBe(false);
    expect(can(member(), 'actionPlan.manage', { cooperativeId: COOP, personId: ME })).toBe(false);
  });

  it('refuses everything to nobody', () => {
    for (const action of ACTIONS) expect(can(null, action, { cooperativeId: COOP })).toBe(false);
  });

  it('refuses group steps when the subject names no group', () => {
    expect(can(member(), 'cycle.group', { cooperativeId: COOP })).toBe(false);
  });
});
