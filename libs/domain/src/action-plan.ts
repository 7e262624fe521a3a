/**
 * The operational action plan: adopted proposals become actions inside programmes and projects,
 * carried out by directorates and staff over years. These rules are enforced by the API and
 * drawn by the web.
 */
export const ACTION_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'ABANDONED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The main line of the stepper; ABANDONED is the side exit. */
export const ACTION_MAIN_PATH: readonly ActionStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE'];

interface StatusMove {
  to: ActionStatus;
  /** The move must say why: members read it on the action's page. */
  reasonRequired: boolean;
}

/**
 * Allowed moves. Forward along planned → in progress → done, or abandoned from any open status.
 * A finished or abandoned action can be taken up again, with a reason (a mistake, a new budget).
 */
const MOVES: Record<ActionStatus, readonly StatusMove[]> = {
  PLANNED: [
    { to: 'IN_PROGRESS', reasonRequired: false },
    { to: 'ABANDONED', reasonRequired: true },
  ],
  IN_PROGRESS: [
    { to: 'DONE', reasonRequired: false },
    { to: 'ABANDONED', reasonRequired: true },
  ],
  DONE: [{ to: 'IN_PROGRESS', reasonRequired: true }],
  ABANDONED: [{ to: 'PLANNED', reasonRequired: true }],
};

export function statusMovesFrom(status: ActionStatus): ActionStatus[] {
  return MOVES[status].map((m) => m.to);
}

export function moveNeedsReason(from: ActionStatus, to: ActionStatus): boolean {
  return MOVES[from].find((m) => m.to === to)?.reasonRequired ?? false;
}

/** Open actions take progress updates and can be overdue. */
export function isActionOpen(status: ActionStatus): boolean {
  return status === 'PLANNED' || status === 'IN_PROGRESS';
}

export const PROGRESS_MIN = 0;
export const PROGRESS_MAX = 100;

export type ActionProblem =
  | { code: 'MOVE_NOT_ALLOWED'; from: ActionStatus; to: ActionStatus }
  | { code: 'REASON_REQUIRED'; to: ActionStatus }
  | { code: 'PROGRESS_OUT_OF_BOUNDS'; progress: number }
  | { code: 'ACTION_CLOSED'; status: ActionStatus }
  | { code: 'DONE_IN_FUTURE'; doneOn: string };

export function checkStatusMove(from: ActionStatus, to: ActionStatus, reason?: string | null): ActionProblem | null {
  const move = MOVES[from].find((m) => m.to === to);
  if (!move) return { code: 'MOVE_NOT_ALLOWED', from, to };
  if (move.reasonRequired && !reason?.trim()) return { code: 'REASON_REQUIRED', to };
  return null;
}

export function checkProgress(progress: number): ActionProblem | null {
  if (!Number.isInteger(progress) || progress < PROGRESS_MIN || progress > PROGRESS_MAX)
    return { code: 'PROGRESS_OUT_OF_BOUNDS', progress };
  return null;
}

/** A progress update (or a new milestone): on an open action only; progress is a whole percentage from 0 to 100. */
export function checkProgressUpdate(status: ActionStatus, progress: number): ActionProblem | null {
  if (!isActionOpen(status)) return { code: 'ACTION_CLOSED', status };
  return checkProgress(progress);
}

/** A milestone is done on a day that has come (today or earlier; yyyy-mm-dd). */
export function checkMilestoneDone(doneOn: string, today: string): ActionProblem | null {
  return doneOn > today ? { code: 'DONE_IN_FUTURE', doneOn } : null;
}

/** After a status move: done means 100 %; other moves keep the figure. */
export function progressAfterMove(to: ActionStatus, progress: number): number {
  return to === 'DONE' ? PROGRESS_MAX : progress;
}

/** After a progress update: a planned action that reports progress has started. */
export function statusAfterUpdate(status: ActionStatus, progress: number): ActionStatus {
  return status === 'PLANNED' && progress > 0 ? 'IN_PROGRESS' : status;
}

export function describeActionProblem(problem: ActionProblem): string {
  switch (problem.code) {
    case 'MOVE_NOT_ALLOWED': {
      const allowed = statusMovesFrom(problem.from).map(label);
      return `This action is ${label(problem.from)}: it cannot become ${label(problem.to)}. From here it can become ${allowed.join(' or ')}.`;
    }
    case 'REASON_REQUIRED':
      return problem.to === 'ABANDONED'
        ? 'Say why the action is abandoned: every member will read the reason.'
        : 'Say why the action is taken up again: every member will read the reason.';
    case 'PROGRESS_OUT_OF_BOUNDS':
      return `Progress is a whole percentage from ${PROGRESS_MIN} to ${PROGRESS_MAX} (not ${problem.progress}).`;
    case 'ACTION_CLOSED':
      return `This action is ${label(problem.status)}: take it up again before changing its progress or milestones.`;
    case 'DONE_IN_FUTURE':
      return `A milestone is done on a day that has come: ${problem.doneOn} is in the future.`;
  }
}

function label(status: ActionStatus): string {
  return status.toLowerCase().replace('_', ' ');
}

/** How a figure rolls up: the average of the actions' progress, abandoned actions left out. */
export interface ProgressRollUp {
  /** Rounded to one decimal; null when no action counts. */
  percent: number | null;
  /** Actions averaged (all but the abandoned). */
  counted: number;
  /** Actions left out because they were abandoned. */
  abandoned: number;
  /** Sum of the counted actions' progress (percent = sum / counted). */
  sum: number;
}

/**
 * The progress of a project, or of a programme over all its projects' actions: each action
 * weighs the same, whichever project it sits in.
 */
export function rollUpProgress(actions: readonly { status: ActionStatus; progress: number }[]): ProgressRollUp {
  const counted = actions.filter((a) => a.status !== 'ABANDONED');
  const sum = counted.reduce((total, a) => total + a.progress, 0);
  return {
    percent: counted.length ? Math.round((sum * 10) / counted.length) / 10 : null,
    counted: counted.length,
    abandoned: actions.length - counted.length,
    sum,
  };
}

/** Overdue: still open, with a milestone past its due day and not done (days are yyyy-mm-dd). */
export function isActionOverdue(
  status: ActionStatus,
  milestones: readonly { dueOn: string; doneOn: string | null }[],
  today: string,
): boolean {
  return isActionOpen(status) && milestones.some((m) => m.doneOn === null && m.dueOn < today);
}
