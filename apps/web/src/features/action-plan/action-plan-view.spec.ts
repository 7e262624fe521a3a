import { describe, expect, it } from '@jest/globals';
import { actionStepper, onlyOverdue, ownerFilter, ownerKey } from './action-plan-view';

describe('actionStepper', () => {
  it('marks the steps before the current one done', () => {
    expect(actionStepper('IN_PROGRESS').steps.map((s) => s.state)).toEqual(['done', 'current', 'todo']);
    expect(actionStepper('PLANNED').steps.map((s) => s.state)).toEqual(['current', 'todo', 'todo']);
  });
  it('shows a done action with every step reached', () => {
    expect(actionStepper('DONE').steps.map((s) => s.state)).toEqual(['done', 'done', 'done']);
  });
  it('shows where an abandoned action left the path', () => {
    const model = actionStepper('ABANDONED', 'IN_PROGRESS');
    expect(model.abandonedFrom).toBe('IN_PROGRESS');
    expect(model.steps.map((s) => s.state)).toEqual(['done', 'done', 'todo']);
    expect(actionStepper('ABANDONED').abandonedFrom).toBe('PLANNED');
  });
});

describe('the owner filter', () => {
  it('round-trips a directorate and a person', () => {
    expect(ownerFilter(ownerKey({ unit: 'IT-diensten / Services informatiques', person: null }))).toEqual({
      ownerUnit: 'IT-diensten / Services informatiques',
      ownerPersonId: null,
    });
    expect(ownerFilter(ownerKey({ unit: null, person: { id: 'p-1' } }))).toEqual({ ownerUnit: null, ownerPersonId: 'p-1' });
    expect(ownerFilter('')).toEqual({ ownerUnit: null, ownerPersonId: null });
  });
});

describe('onlyOverdue', () => {
  it('keeps overdue actions and drops what is left empty', () => {
    const plan = [
      { id: 'g1', projects: [{ id: 'p1', actions: [{ id: 'a', overdue: true }, { id: 'b', overdue: false }] }, { id: 'p2', actions: [{ id: 'c', overdue: false }] }] },
      { id: 'g2', projects: [{ id: 'p3', actions: [{ id: 'd', overdue: false }] }] },
    ];
    const result = onlyOverdue(plan);
    expect(result.map((g) => g.id)).toEqual(['g1']);
    expect(result[0].projects).toEqual([{ id: 'p1', actions: [{ id: 'a', overdue: true }] }]);
  });
});
