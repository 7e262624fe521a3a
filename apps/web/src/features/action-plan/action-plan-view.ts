import { ACTION_MAIN_PATH, type ActionStatus } from '@letscoop/domain';

import type { StepState } from '../../app/stepper';

export type { StepState };

export interface ActionStepperModel {
  steps: { status: ActionStatus; state: StepState }[];
  /** Abandoned: the status of the main path it left from. */
  abandonedFrom: ActionStatus | null;
}

/**
 * The stepper planned → in progress → done. `lastOpen` is the status it held before it was
 * abandoned (from its status changes); an abandoned action shows the steps it had reached as done.
 */
export function actionStepper(status: ActionStatus, lastOpen: ActionStatus | null = null): ActionStepperModel {
  if (status === 'ABANDONED') {
    const from = lastOpen && lastOpen !== 'ABANDONED' ? lastOpen : 'PLANNED';
    const reached = ACTION_MAIN_PATH.indexOf(from);
    return {
      steps: ACTION_MAIN_PATH.map((s, i) => ({ status: s, state: i <= reached ? 'done' : 'todo' })),
      abandonedFrom: from,
    };
  }
  const current = ACTION_MAIN_PATH.indexOf(status);
  return {
    steps: ACTION_MAIN_PATH.map((s, i) => ({
      status: s,
      // A done action has reached every step: none is "to do" any more.
      state: i < current || status === 'DONE' ? 'done' : i === current ? 'current' : 'todo',
    })),
    abandonedFrom: null,
  };
}

/** The owner filter travels as one select value: "u:<directorate>" or "p:<person id>". */
export function ownerKey(owner: { unit: string | null; person: { id: string } | null }): string {
  return owner.person ? `p:${owner.person.id}` : `u:${owner.unit ?? ''}`;
}

export function ownerFilter(key: string): { ownerUnit: string | null; ownerPersonId: string | null } {
  if (key.startsWith('p:')) return { ownerUnit: null, ownerPersonId: key.slice(2) };
  if (key.startsWith('u:') && key.length > 2) return { ownerUnit: key.slice(2), ownerPersonId: null };
  return { ownerUnit: null, ownerPersonId: null };
}

interface WithActions<A> {
  actions: A[];
}
interface WithProjects<P> {
  projects: P[];
}

/** Only the overdue actions, dropping the projects and programmes left without any (done in the page). */
export function onlyOverdue<A extends { overdue: boolean }, P extends WithActions<A>, G extends WithProjects<P>>(
  programmes: G[],
): G[] {
  return programmes
    .map((g) => ({
      ...g,
      projects: g.projects
        .map((p) => ({ ...p, actions: p.actions.filter((a) => a.overdue) }))
        .filter((p) => p.actions.length > 0),
    }))
    .filter((g) => g.projects.length > 0);
}
