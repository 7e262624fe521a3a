import type { OfficeKind, StakeholderCategory } from './membership.js';

/** Who is asking: a signed-in person with their memberships and active offices. */
export interface Actor {
  personId: string;
  memberships: ReadonlyArray<{ cooperativeId: string; category: StakeholderCategory }>;
  offices: ReadonlyArray<{ cooperativeId: string; kind: OfficeKind }>;
}

/** The subject of a question: most actions are asked within one cooperative. */
export interface Subject {
  cooperativeId: string;
  /** The person the action is about, when there is one (a profile, a contact detail). */
  personId?: string;
}

export const ACTIONS = [
  'cooperative.view',
  'cooperative.editStatutes',
  'member.list',
  'member.viewContact',
  'register.import',
  'audit.view',
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
};

export function can(actor: Actor | null | undefined, action: Action, subject: Subject): boolean {
  if (!actor) return false;
  return RULES[action](actor, subject);
}
