export const STAKEHOLDER_CATEGORIES = [
  'WORKER_MEMBER',
  'SALARIED_ENTREPRENEUR',
  'PERMANENT_STAFF',
  'CLIENT',
  'PARTNER',
] as const;
export type StakeholderCategory = (typeof STAKEHOLDER_CATEGORIES)[number];

export const OFFICE_KINDS = [
  'BOARD_MEMBER',
  'BOARD_CHAIR',
  'MANAGING_DIRECTOR',
  'SECRETARIAT',
  'ETHICS_COMMITTEE',
  'STAFF',
] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

/** The offices that sit on the board and vote there (a group lead must hold one). */
export const VOTING_BOARD_OFFICES: readonly OfficeKind[] = ['BOARD_MEMBER', 'BOARD_CHAIR'];
/** The board as it reviews recommendations: with the managing director. */
export const BOARD_REVIEW_OFFICES: readonly OfficeKind[] = [...VOTING_BOARD_OFFICES, 'MANAGING_DIRECTOR'];

export const VOTING_WEIGHT_MODES = ['ONE_MEMBER_ONE_VOTE', 'SHARE_WEIGHTED', 'COLLEGES'] as const;
export type VotingWeightMode = (typeof VOTING_WEIGHT_MODES)[number];

export const MAJORITY_RULES = ['SIMPLE', 'ABSOLUTE', 'TWO_THIRDS', 'THREE_QUARTERS'] as const;
export type MajorityRule = (typeof MAJORITY_RULES)[number];

export const QUORUM_BASES = ['MEMBERS', 'SHARES'] as const;
export type QuorumBasis = (typeof QUORUM_BASES)[number];

/** The statutes settings of a cooperative that the assembly and voting rules read. */
export interface Statutes {
  quorumPercent: number;
  quorumBasis: QuorumBasis;
  proxyCapPerHolder: number;
  defaultMajority: MajorityRule;
  abstentionsCount: boolean;
  votingWeightMode: VotingWeightMode;
}

export function isOfficeActive(office: { startsOn: string; endsOn: string | null }, today: string): boolean {
  return office.startsOn <= today && (office.endsOn === null || office.endsOn >= today);
}
