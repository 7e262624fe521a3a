import { BOARD_REVIEW_OFFICES, type OfficeKind, type StakeholderCategory } from './membership.js';

/** Who is asking: a signed-in person with their memberships and active offices. */
export interface Actor {
  personId: string;
  memberships: ReadonlyArray<{ cooperativeId: string; category: StakeholderCategory }>;
  offices: ReadonlyArray<{ cooperativeId: string; kind: OfficeKind }>;
}

/** Who holds which role in a working group (person ids). */
export interface GroupRoles {
  leads: readonly string[];
  coordinator: string | null;
  secretary: string | null;
  participants: readonly string[];
}

/** The subject of a question: most actions are asked within one cooperative. */
export interface Subject {
  cooperativeId: string;
  /** The person the action is about, when there is one (a profile, a contact detail). */
  personId?: string;
  /** The working group the subject belongs to. */
  group?: GroupRoles;
  /** Author and co-authors of a recommendation or comment. */
  authors?: readonly string[];
}

export const ACTIONS = [
  'cooperative.view',
  'cooperative.editStatutes',
  'member.list',
  'member.viewContact',
  'register.import',
  'audit.view',
  'edition.manage',
  'group.join',
  'group.acceptMember',
  'meeting.manage',
  'minutes.approve',
  'recommendation.draft',
  'recommendation.edit',
  'cycle.group',
  'cycle.board',
  'board.review',
  'boardMeeting.manage',
  'smallTalk.host',
  'smallTalk.report',
  'writing.submit',
  'writing.decide',
  'writing.viewUnpublished',
  'comment.post',
  'comment.report',
  'comment.moderate',
  'assembly.view',
  'assembly.convene',
  'assembly.chair',
  'assembly.checkInOthers',
  'assembly.viewAttendance',
  'proxy.grant',
  'ballot.cast',
  'actionPlan.manage',
  'action.update',
  'ethics.view',
  'ethics.write',
  'indicator.manage',
  'subject.follow',
] as const;
export type Action = (typeof ACTIONS)[number];

type Rule = (actor: Actor, subject: Subject) => boolean;

const isMember: Rule = (a, s) => a.memberships.some((m) => m.cooperativeId === s.cooperativeId);
const holds =
  (...kinds: OfficeKind[]): Rule =>
  (a, s) =>
    a.offices.some((o) => o.cooperativeId === s.cooperativeId && kinds.includes(o.kind));
const isSelf: Rule = (a, s) => s.personId !== undefined && s.personId === a.personId;
const any =
  (...rules: Rule[]): Rule =>
  (a, s) =>
    rules.some((rule) => rule(a, s));

const secretariat = holds('SECRETARIAT');
const holdsAnyOffice: Rule = (a, s) => a.offices.some((o) => o.cooperativeId === s.cooperativeId);
/** Members, and office holders (a director or an outside board member may hold no shares). */
const belongs = any(isMember, holdsAnyOffice);

const inGroup =
  (...roles: (keyof GroupRoles)[]): Rule =>
  (a, s) =>
    !!s.group &&
    roles.some((role) => {
      const holder = s.group?.[role];
      return Array.isArray(holder) ? holder.includes(a.personId) : holder === a.personId;
    });
const isAuthor: Rule = (a, s) => !!s.authors?.includes(a.personId);
const board = holds(...BOARD_REVIEW_OFFICES);
/** Edition coordinators: the secretariat and the permanent staff's steering team. */
const coordinators = holds('SECRETARIAT', 'STAFF');
const groupRunner = inGroup('leads', 'coordinator', 'secretary');
/** A board member who co-leads the group has a conflict of interest on its recommendations. */
const boardWithoutConflict: Rule = (a, s) => board(a, s) && !inGroup('leads')(a, s);

/** The permission table: one line per action, read by the API (enforcing) and the web (showing). */
const RULES: Record<Action, Rule> = {
  'cooperative.view': belongs,
  'cooperative.editStatutes': secretariat,
  'member.list': belongs,
  // E-mail addresses are personal data: only the person and the secretariat see them.
  'member.viewContact': any(isSelf, secretariat),
  'register.import': secretariat,
  // The audit trail of a cooperative is public to its members (transparency was a recommendation).
  'audit.view': belongs,
  'edition.manage': coordinators,
  'group.join': isMember,
  'group.acceptMember': any(inGroup('leads', 'coordinator'), coordinators),
  'meeting.manage': groupRunner,
  // Minutes are approved by the group's leads; afterwards they are immutable.
  'minutes.approve': inGroup('leads'),
  'recommendation.draft': any(inGroup('leads', 'coordinator', 'secretary', 'participants')),
  'recommendation.edit': any(isAuthor, inGroup('leads', 'secretary')),
  // The group's steps (submit) are taken by a lead or the secretary.
  'cycle.group': inGroup('leads', 'secretary'),
  'cycle.board': boardWithoutConflict,
  // The board's queue and review notes: the board and the managing director.
  'board.review': board,
  'boardMeeting.manage': any(board, secretariat),
  'smallTalk.host': belongs,
  // The report of a small talk is written by its host (the subject's author) or the coordinators.
  'smallTalk.report': any(isAuthor, coordinators),
  'writing.submit': belongs,
  'writing.decide': coordinators,
  // A writing not (yet) accepted is seen by the one who submitted it and the coordinators.
  'writing.viewUnpublished': any(isAuthor, coordinators),
  'comment.post': belongs,
  'comment.report': belongs,
  'comment.moderate': coordinators,
  'assembly.view': belongs,
  // The board convenes the assembly and sets its agenda; the secretariat prepares it.
  'assembly.convene': any(holds('BOARD_MEMBER', 'BOARD_CHAIR'), secretariat),
  // The chair runs the session (opens, closes and publishes the polls), helped by the secretariat.
  'assembly.chair': holds('BOARD_CHAIR', 'SECRETARIAT'),
  // Check-in at the door and written proxies handed in on paper.
  'assembly.checkInOthers': secretariat,
  // Who is present and who holds whose proxy: the people running the assembly.
  'assembly.viewAttendance': holds('BOARD_CHAIR', 'SECRETARIAT'),
  // A member gives their own proxy; the secretariat registers a written one. Entitlement is checked against the frozen list.
  'proxy.grant': any(isSelf, secretariat),
  // Entitlement (frozen voter list, check-in, proxies) is checked by the API against the assembly.
  'ballot.cast': isMember,
  // Programmes, projects, placing and assigning actions: the secretariat and the managing director.
  'actionPlan.manage': holds('SECRETARIAT', 'MANAGING_DIRECTOR'),
  // Progress, status and milestones of an action: its owner (the subject's person) and the same two.
  'action.update': any((a, s) => isSelf(a, s) && belongs(a, s), holds('SECRETARIAT', 'MANAGING_DIRECTOR')),
  // The committee, its published opinions and the indicators are public to the cooperative.
  'ethics.view': belongs,
  // Opinions (and their drafts) are the committee's own.
  'ethics.write': holds('ETHICS_COMMITTEE'),
  'indicator.manage': holds('ETHICS_COMMITTEE', 'SECRETARIAT'),
  // Following an edition, group, recommendation or assembly: whoever may see it.
  'subject.follow': belongs,
};

export function can(actor: Actor | null | undefined, action: Action, subject: Subject): boolean {
  if (!actor) return false;
  return RULES[action](actor, subject);
}
