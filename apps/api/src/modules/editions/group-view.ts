import { groupRolesFrom, STAKEHOLDER_CATEGORIES, type GroupRoles } from '@letscoop/domain';
import type { Person } from '../members/person.model.js';
import type { MemberRow } from './editions.loaders.js';
import type { GroupCategory } from './working-group.model.js';

/** Pure shaping of a group's member rows into what the group page shows. */

export function rolesFromRows(rows: MemberRow[]): GroupRoles {
  return groupRolesFrom(rows);
}

export function byCategory(rows: MemberRow[]): GroupCategory[] {
  const active = rows.filter((r) => r.status === 'ACTIVE');
  return [...STAKEHOLDER_CATEGORIES, null]
    .map((category) => {
      const members = active
        .filter((r) => r.category === category)
        .map((r) => ({ person: { id: r.personId, displayName: r.displayName }, role: r.role }));
      return { category, count: members.length, members };
    })
    .filter((c) => c.count > 0);
}

/** A person as the schema shows them: the e-mail only to themselves. */
export function personOf(row: MemberRow, viewerId: string | undefined): Person {
  return { id: row.personId, displayName: row.displayName, preferredLanguage: row.preferredLanguage, email: row.personId === viewerId ? row.email : null };
}
