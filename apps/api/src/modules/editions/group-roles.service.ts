import { Injectable } from '@nestjs/common';
import { groupRolesFrom, type GroupRole, type GroupRoles } from '@letscoop/domain';
import { DataSource } from 'typeorm';

/**
 * Who holds which role in working groups (active members only), in one query for any number
 * of groups: the subject half of `can(actor, action, { group })` for every feature.
 */
@Injectable()
export class GroupRolesService {
  constructor(private readonly db: DataSource) {}

  async rolesOf(groupIds: readonly string[]): Promise<Map<string, GroupRoles>> {
    if (groupIds.length === 0) return new Map();
    const rows = await this.db.query<{ groupId: string; personId: string; role: GroupRole }[]>(
      `SELECT group_id AS "groupId", person_id AS "personId", role FROM group_member
       WHERE group_id = ANY($1) AND status = 'ACTIVE' ORDER BY accepted_at, person_id`,
      [[...new Set(groupIds)]],
    );
    return new Map(groupIds.map((id) => [id, groupRolesFrom(rows.filter((r) => r.groupId === id))]));
  }

  async rolesOfGroup(groupId: string): Promise<GroupRoles> {
    return (await this.rolesOf([groupId])).get(groupId) as GroupRoles;
  }
}
