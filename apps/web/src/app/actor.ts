import type { Actor } from '@letscoop/domain';
import type { AppShellQuery } from '../generated/graphql';

type Viewer = NonNullable<AppShellQuery['me']>;

/** The signed-in person as the permission rules of @letscoop/domain see them. */
export function toActor(viewer: Viewer): Actor {
  return {
    personId: viewer.person.id,
    memberships: viewer.memberships.map((m) => ({ cooperativeId: m.cooperativeId, category: m.category })),
    offices: viewer.offices.map((o) => ({ cooperativeId: o.cooperativeId, kind: o.kind })),
  };
}
