/**
 * The path of a recommendation "from idea to action": a state machine the API enforces and
 * the web draws. Each transition names the role that owns it.
 */
export const RECOMMENDATION_STAGES = [
  'DRAFT',
  'SUBMITTED',
  'UNDER_REVIEW',
  'ENDORSED',
  'AMENDED',
  'MERGED',
  'DECLINED',
  'CONVERTED',
  'AT_ASSEMBLY',
] as const;
export type RecommendationStage = (typeof RECOMMENDATION_STAGES)[number];

export const CYCLE_TRANSITIONS = [
  'submit',
  'startReview',
  'endorse',
  'amendAndEndorse',
  'merge',
  'sendBack',
  'decline',
  'convert',
  'putToAssembly',
] as const;
export type CycleTransition = (typeof CYCLE_TRANSITIONS)[number];

/** Who owns a step: the group (its leads and secretary) or the board. */
export type CycleOwner = 'GROUP' | 'BOARD';

interface TransitionRule {
  from: readonly RecommendationStage[];
  to: RecommendationStage;
  owner: CycleOwner;
  /** The step must say why (a reason people will read). */
  reasonRequired: boolean;
  /** The board's own vote (for, against, abstain) and its meeting are recorded. */
  boardDecision: boolean;
}

export const TRANSITIONS: Record<CycleTransition, TransitionRule> = {
  submit: { from: ['DRAFT'], to: 'SUBMITTED', owner: 'GROUP', reasonRequired: false, boardDecision: false },
  startReview: { from: ['SUBMITTED'], to: 'UNDER_REVIEW', owner: 'BOARD', reasonRequired: false, boardDecision: false },
  endorse: { from: ['UNDER_REVIEW'], to: 'ENDORSED', owner: 'BOARD', reasonRequired: false, boardDecision: true },
  amendAndEndorse: { from: ['UNDER_REVIEW'], to: 'AMENDED', owner: 'BOARD', reasonRequired: true, boardDecision: true },
  merge: { from: ['UNDER_REVIEW'], to: 'MERGED', owner: 'BOARD', reasonRequired: true, boardDecision: true },
  sendBack: { from: ['UNDER_REVIEW'], to: 'DRAFT', owner: 'BOARD', reasonRequired: true, boardDecision: false },
  decline: { from: ['UNDER_REVIEW'], to: 'DECLINED', owner: 'BOARD', reasonRequired: true, boardDecision: true },
  convert: { from: ['ENDORSED', 'AMENDED'], to: 'CONVERTED', owner: 'BOARD', reasonRequired: false, boardDecision: false },
  putToAssembly: { from: ['CONVERTED'], to: 'AT_ASSEMBLY', owner: 'BOARD', reasonRequired: false, boardDecision: false },
};

/** The main line of the stepper; side exits (merged, declined) end the path early. */
export const MAIN_PATH: readonly RecommendationStage[] = ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'ENDORSED', 'CONVERTED', 'AT_ASSEMBLY'];
export const FINAL_STAGES: readonly RecommendationStage[] = ['MERGED', 'DECLINED'];

export function transitionsFrom(stage: RecommendationStage): CycleTransition[] {
  return CYCLE_TRANSITIONS.filter((t) => TRANSITIONS[t].from.includes(stage));
}

export interface BoardVote {
  inFavour: number;
  against: number;
  abstaining: number;
}

export type CycleProblem =
  | { code: 'WRONG_STAGE'; stage: RecommendationStage; transition: CycleTransition }
  | { code: 'REASON_REQUIRED' }
  | { code: 'BOARD_VOTE_REQUIRED' }
  | { code: 'BOARD_VOTE_NOT_CARRIED'; vote: BoardVote }
  | { code: 'BOARD_VOTE_TOO_LARGE'; boardSize: number }
  | { code: 'MEETING_REQUIRED' };

/**
 * Checks a step against the cycle, before anyone asks who may take it. `boardSize` bounds the
 * recorded vote. A decision (other than declining) carries when more board members were for
 * it than against; declining carries the same way.
 */
export function checkTransition(
  stage: RecommendationStage,
  transition: CycleTransition,
  input: { reason?: string | null; vote?: BoardVote | null; meetingId?: string | null; boardSize: number },
): CycleProblem | null {
  const rule = TRANSITIONS[transition];
  if (!rule.from.includes(stage)) return { code: 'WRONG_STAGE', stage, transition };
  if (rule.reasonRequired && !input.reason?.trim()) return { code: 'REASON_REQUIRED' };
  if (transition === 'submit' && !input.meetingId) return { code: 'MEETING_REQUIRED' };
  if (rule.boardDecision) {
    if (!input.meetingId) return { code: 'MEETING_REQUIRED' };
    const vote = input.vote;
    if (!vote) return { code: 'BOARD_VOTE_REQUIRED' };
    if (vote.inFavour + vote.against + vote.abstaining > input.boardSize) return { code: 'BOARD_VOTE_TOO_LARGE', boardSize: input.boardSize };
    if (vote.inFavour <= vote.against) return { code: 'BOARD_VOTE_NOT_CARRIED', vote };
  }
  return null;
}

/** A plain-language message for each problem (the API's error text). */
export function describeCycleProblem(problem: CycleProblem): string {
  switch (problem.code) {
    case 'WRONG_STAGE':
      return `This recommendation is ${problem.stage.toLowerCase().replace('_', ' ')}: "${problem.transition}" is not possible now.`;
    case 'REASON_REQUIRED':
      return 'Give the reason for this step: the group and every member will read it.';
    case 'BOARD_VOTE_REQUIRED':
      return "Record the board's vote (in favour, against, abstaining).";
    case 'BOARD_VOTE_NOT_CARRIED':
      return `The board's vote did not carry (${problem.vote.inFavour} in favour, ${problem.vote.against} against): record the decision the board did take.`;
    case 'BOARD_VOTE_TOO_LARGE':
      return `The vote counts more board members than the board has (${problem.boardSize}).`;
    case 'MEETING_REQUIRED':
      return 'Name the meeting where this was decided.';
  }
}

/** The permission a transition needs (see permissions.ts). */
export function transitionAction(transition: CycleTransition): 'cycle.group' | 'cycle.board' {
  return TRANSITIONS[transition].owner === 'GROUP' ? 'cycle.group' : 'cycle.board';
}
