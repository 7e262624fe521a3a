import { Injectable } from '@nestjs/common';
import type { GroupRoles } from '@letscoop/domain';
import { DataSource } from 'typeorm';

/**
 * Who holds which role in working groups (active members only), in one query for any number
 * of groups: the subject half of `can(actor, action, { group })` for every feature.
 */
@Injectable()
export class GroupRolesService {
  constructor(private readonly db: DataSource) {}

  async rolesOf(groupIds: readonly string[]): Promise<Map<string, GroupRoles>> {
    const result = new Map<string, GroupRoles>(
      groupIds.map((id) => [id, { leads: [], coordinator: null, secretary: null, participants: [] }]),
    );
    if (groupIds.length === 0) return result;
    const rows = await this.db.query<{ group_id: string; person_id: string; role: string }[]>(
      `SELECT group_id, person_id, role FROM group_member WHERE group_id = ANY($1) AND status = 'ACTIVE' ORDER BY accepted_at, person_id`,
      [[...new Set(groupIds)]],
    );
    for (const row of rows) {
      const roles = result.get(row.group_id) as { leads: string[]; coordinator: string | null; secretary: string | null; participants: string[] };
      if (row.role === 'LEAD') roles.leads.push(row.person_id);
      else if (row.role === 'COORDINATOR') roles.coordinator = row.person_id;
      else if (row.role === 'SECRETARY') roles.secretary = row.person_id;
      else roles.participants.push(row.person_id);
    }
    return result;
  }

  async rolesOfGroup(groupId: string): Promise<GroupRoles> {
    return (await this.rolesOf([groupId])).get(groupId) as GroupRoles;
  }
}
