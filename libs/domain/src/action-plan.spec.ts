import { describe, expect, it } from '@jest/globals';
import {
  ACTION_STATUSES,
  checkMilestoneDone,
  checkProgress,
  checkProgressUpdate,
  checkStatusMove,
  describeActionProblem,
  isActionOverdue,
  moveNeedsReason,
  progressAfterMove,
  rollUpProgress,
  statusAfterUpdate,
  statusMovesFrom,
  type ActionStatus,
} from './action-plan.js';

const ALLOWED: Record<ActionStatus, ActionStatus[]> = {
  PLANNED: ['IN_PROGRESS', 'ABANDONED'],
  IN_PROGRESS: ['DONE', 'ABANDONED'],
  DONE: ['IN_PROGRESS'],
  ABANDONED: ['PLANNED'],
};

describe('action status moves', () => {
  const cases = ACTION_STATUSES.flatMap((from) => ACTION_STATUSES.map((to) => [from, to] as const));
  it.each(cases)('%s → %s is allowed exactly when the table says so (with a reason)', (from, to) => {
    expect(checkStatusMove(from, to, 'a reason') === null).toBe(ALLOWED[from].includes(to));
  });

  it('walks planned → in progress → done without reasons', () => {
    expect(checkStatusMove('PLANNED', 'IN_PROGRESS')).toBeNull();
    expect(checkStatusMove('IN_PROGRESS', 'DONE')).toBeNull();
  });

  it('refuses to abandon without a reason, from any open status', () => {
    for (const from of ['PLANNED', 'IN_PROGRESS'] as const) {
      expect(checkStatusMove(from, 'ABANDONED', null)).toEqual({ code: 'REASON_REQUIRED', to: 'ABANDONED' });
      expect(checkStatusMove(from, 'ABANDONED', '   ')).toEqual({ code: 'REASON_REQUIRED', to: 'ABANDONED' });
      expect(checkStatusMove(from, 'ABANDONED', 'No budget left')).toBeNull();
    }
  });

  it('takes a done or abandoned action up again only with a reason', () => {
    expect(moveNeedsReason('DONE', 'IN_PROGRESS')).toBe(true);
    expect(moveNeedsReason('ABANDONED', 'PLANNED')).toBe(true);
    expect(moveNeedsReason('PLANNED', 'IN_PROGRESS')).toBe(false);
    expect(checkStatusMove('DONE', 'IN_PROGRESS')?.code).toBe('REASON_REQUIRED');
  });

  it('never moves to the same status or skips to done', () => {
    expect(checkStatusMove('PLANNED', 'PLANNED', 'x')?.code).toBe('MOVE_NOT_ALLOWED');
    expect(checkStatusMove('PLANNED', 'DONE', 'x')?.code).toBe('MOVE_NOT_ALLOWED');
    expect(statusMovesFrom('DONE')).toEqual(['IN_PROGRESS']);
  });

  it('says what is possible instead', () => {
    const message = describeActionProblem({ code: 'MOVE_NOT_ALLOWED', from: 'PLANNED', to: 'DONE' });
    expect(message).toContain('in progress or abandoned');
  });
});

describe('progress', () => {
  it('is a whole percentage from 0 to 100', () => {
    for (const ok of [0, 1, 50, 100]) expect(checkProgress(ok)).toBeNull();
    for (const bad of [-1, 101, 12.5, Number.NaN]) expect(checkProgress(bad)?.code).toBe('PROGRESS_OUT_OF_BOUNDS');
  });

  it('is posted on open actions only', () => {
    expect(checkProgressUpdate('PLANNED', 10)).toBeNull();
    expect(checkProgressUpdate('IN_PROGRESS', 90)).toBeNull();
    expect(checkProgressUpdate('DONE', 100)).toEqual({ code: 'ACTION_CLOSED', status: 'DONE' });
    expect(checkProgressUpdate('ABANDONED', 10)?.code).toBe('ACTION_CLOSED');
    expect(checkProgressUpdate('IN_PROGRESS', 140)?.code).toBe('PROGRESS_OUT_OF_BOUNDS');
  });

  it('starts a planned action when progress is reported, and reaches 100 when done', () => {
    expect(statusAfterUpdate('PLANNED', 0)).toBe('PLANNED');
    expect(statusAfterUpdate('PLANNED', 5)).toBe('IN_PROGRESS');
    expect(statusAfterUpdate('IN_PROGRESS', 5)).toBe('IN_PROGRESS');
    expect(progressAfterMove('DONE', 60)).toBe(100);
    expect(progressAfterMove('ABANDONED', 60)).toBe(60);
  });
});

describe('roll-up', () => {
  it('averages the actions, abandoned ones left out', () => {
    const rollUp = rollUpProgress([
      { status: 'DONE', progress: 100 },
      { status: 'IN_PROGRESS', progress: 40 },
      { status: 'PLANNED', progress: 0 },
      { status: 'ABANDONED', progress: 30 },
    ]);
    expect(rollUp).toEqual({ percent: 46.7, counted: 3, abandoned: 1, sum: 140 });
  });

  it('has no figure when nothing counts', () => {
    expect(rollUpProgress([])).toEqual({ percent: null, counted: 0, abandoned: 0, sum: 0 });
    expect(rollUpProgress([{ status: 'ABANDONED', progress: 20 }]).percent).toBeNull();
  });
});

describe('overdue', () => {
  const late = [{ dueOn: '2018-06-30', doneOn: null }];
  it('is an open action with a milestone past due and not done', () => {
    expect(isActionOverdue('IN_PROGRESS', late, '2018-07-01')).toBe(true);
    expect(isActionOverdue('PLANNED', late, '2018-07-01')).toBe(true);
  });
  it('is not when the due day has not passed, the milestone is done, or the action is closed', () => {
    expect(isActionOverdue('IN_PROGRESS', late, '2018-06-30')).toBe(false);
    expect(isActionOverdue('IN_PROGRESS', [{ dueOn: '2018-06-30', doneOn: '2018-07-03' }], '2019-01-01')).toBe(false);
    expect(isActionOverdue('DONE', late, '2019-01-01')).toBe(false);
    expect(isActionOverdue('ABANDONED', late, '2019-01-01')).toBe(false);
  });
  it('refuses a milestone done in the future', () => {
    expect(checkMilestoneDone('2019-01-02', '2019-01-01')?.code).toBe('DONE_IN_FUTURE');
    expect(checkMilestoneDone('2019-01-01', '2019-01-01')).toBeNull();
  });
});
