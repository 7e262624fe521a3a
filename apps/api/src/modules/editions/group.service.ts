import { Injectable } from '@nestjs/common';
import { GROUP_FRAME, VOTING_BOARD_OFFICES, can, humanText, type Actor, type GroupRoles, type Subject } from '@letscoop/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { appError, forbidden, notFound, validation } from '../../common/errors.js';
import type { Viewer } from '../../common/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import { pgCode, pgConstraint } from './db-errors.js';
import type { AcceptJoinRequestInput } from './dto/accept-join-request.input.js';
import type { AssignGroupRoleInput } from './dto/assign-group-role.input.js';
import type { CiteInLineageInput } from './dto/cite-in-lineage.input.js';
import type { CreateWorkingGroupInput } from './dto/create-working-group.input.js';
import { EditionEntity } from './edition.entity.js';
import { GroupMemberEntity } from './group-member.entity.js';
import { GroupRolesService } from './group-roles.service.js';
import { WorkingGroupEntity } from './working-group.entity.js';

const ROLE_TAKEN: Record<string, string> = {
  group_one_coordinator: 'This group already has a coordinator: make them a participant first, then assign the new one.',
  group_one_secretary: 'This group already has a secretary: make them a participant first, then assign the new one.',
};

/** Working groups: creating them, framing them (roles), joining them, and their lineage. */
@Injectable()
export class GroupService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly roles: GroupRolesService,
  ) {}

  async load(id: string, manager: EntityManager = this.db.manager): Promise<WorkingGroupEntity> {
    const group = await manager.findOneBy(WorkingGroupEntity, { id });
    if (!group) throw notFound('working group', id);
    return group;
  }

  /** A group the actor may read (any member of its cooperative). */
  async view(actor: Actor, id: string): Promise<WorkingGroupEntity> {
    const group = await this.load(id);
    if (!can(actor, 'cooperative.view', { cooperativeId: group.cooperativeId })) throw forbidden('see this working group');
    return group;
  }

  /** The permission subject of a group: its cooperative and who holds which role. */
  async subject(group: Pick<WorkingGroupEntity, 'id' | 'cooperativeId'>): Promise<Subject & { group: GroupRoles }> {
    return { cooperativeId: group.cooperativeId, group: await this.roles.rolesOfGroup(group.id) };
  }

  async create(viewer: Viewer, input: CreateWorkingGroupInput): Promise<WorkingGroupEntity> {
    const edition = await this.db.getRepository(EditionEntity).findOneBy({ id: input.editionId });
    if (!edition) throw notFound('edition', input.editionId);
    if (!can(viewer.actor, 'edition.manage', { cooperativeId: edition.cooperativeId })) throw forbidden('create a working group in this edition');
    if (edition.status === 'CLOSED') throw appError('CONFLICT', 'This edition is closed: create the group in a current edition.');
    return this.db.transaction(async (manager) => {
      const group = await manager.save(
        manager.create(WorkingGroupEntity, {
          editionId: edition.id,
          cooperativeId: edition.cooperativeId,
          theme: humanText(input.language, input.theme.trim()),
          question: humanText(input.language, input.question.trim()),
          description: humanText(input.language, input.description.trim()),
        }),
      );
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'group.create',
        subjectType: 'working_group',
        subjectId: group.id,
        cooperativeId: group.cooperativeId,
        after: { editionId: edition.id, theme: group.theme, question: group.question },
      });
      return manager.findOneByOrFail(WorkingGroupEntity, { id: group.id });
    });
  }

  /** Makes a person a lead, the coordinator, the secretary or a participant (active at once). */
  async assignRole(viewer: Viewer, input: AssignGroupRoleInput): Promise<WorkingGroupEntity> {
    const group = await this.load(input.groupId);
    if (!can(viewer.actor, 'edition.manage', { cooperativeId: group.cooperativeId })) throw forbidden("assign roles in this working group");
    await this.refuseIneligible(group.cooperativeId, input);
    try {
      return await this.db.transaction(async (manager) => {
        // The group row is locked so two leads assigned at once cannot make three.
        await manager.query(`SELECT id FROM working_group WHERE id = $1 FOR UPDATE`, [group.id]);
        const before = await manager.findOneBy(GroupMemberEntity, { groupId: group.id, personId: input.personId });
        if (input.role === 'LEAD' && before?.role !== 'LEAD') {
          const [{ n }] = await manager.query<{ n: string }[]>(
            `SELECT count(*) AS n FROM group_member WHERE group_id = $1 AND role = 'LEAD'`,
            [group.id],
          );
          if (Number(n) >= GROUP_FRAME.LEAD) {
            throw appError('CONFLICT', `This group already has ${GROUP_FRAME.LEAD} leads: make one of them a participant first.`);
          }
        }
        await manager.query(
          `INSERT INTO group_member (group_id, person_id, role, status, accepted_at, accepted_by)
           VALUES ($1, $2, $3, 'ACTIVE', now(), $4)
           ON CONFLICT (group_id, person_id) DO UPDATE
             SET role = EXCLUDED.role, status = 'ACTIVE',
                 accepted_at = COALESCE(group_member.accepted_at, now()), accepted_by = COALESCE(group_member.accepted_by, EXCLUDED.accepted_by)`,
          [group.id, input.personId, input.role, viewer.person.id],
        );
        await this.audit.record(manager, {
          actorId: viewer.person.id,
          action: 'group.assignRole',
          subjectType: 'working_group',
          subjectId: group.id,
          cooperativeId: group.cooperativeId,
          reason: input.reason ?? null,
          before: before ? { personId: before.personId, role: before.role, status: before.status } : null,
          after: { personId: input.personId, role: input.role, status: 'ACTIVE' },
        });
        return group;
      });
    } catch (error) {
      const message = pgCode(error) === '23505' ? ROLE_TAKEN[pgConstraint(error) ?? ''] : undefined;
      if (message) throw appError('CONFLICT', message);
      throw error;
    }
  }

  async requestToJoin(viewer: Viewer, groupId: string): Promise<WorkingGroupEntity> {
    const group = await this.load(groupId);
    if (!can(viewer.actor, 'group.join', { cooperativeId: group.cooperativeId })) {
      throw forbidden('join this working group (only members of its cooperative can)');
    }
    return this.db.transaction(async (manager) => {
      const inserted = await manager.query<{ status: string }[]>(
        `INSERT INTO group_member (group_id, person_id, role, status) VALUES ($1, $2, 'PARTICIPANT', 'REQUESTED')
         ON CONFLICT (group_id, person_id) DO NOTHING RETURNING status`,
        [group.id, viewer.person.id],
      );
      if (inserted.length === 0) {
        const existing = await manager.findOneBy(GroupMemberEntity, { groupId: group.id, personId: viewer.person.id });
        throw appError(
          'CONFLICT',
          existing?.status === 'ACTIVE'
            ? 'You are already a member of this group.'
            : 'You already asked to join this group: a lead or the coordinator will answer.',
        );
      }
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'group.requestToJoin',
        subjectType: 'working_group',
        subjectId: group.id,
        cooperativeId: group.cooperativeId,
        after: { personId: viewer.person.id, status: 'REQUESTED' },
      });
      return group;
    });
  }

  async acceptJoin(viewer: Viewer, input: AcceptJoinRequestInput): Promise<WorkingGroupEntity> {
    const group = await this.load(input.groupId);
    if (!can(viewer.actor, 'group.acceptMember', await this.subject(group))) throw forbidden('accept members in this working group');
    return this.db.transaction(async (manager) => {
      const updated = await manager.query<unknown[]>(
        `UPDATE group_member SET status = 'ACTIVE', accepted_at = now(), accepted_by = $3
         WHERE group_id = $1 AND person_id = $2 AND status = 'REQUESTED' RETURNING person_id`,
        [group.id, input.personId, viewer.person.id],
      );
      if ((updated[0] as unknown[]).length === 0) {
        throw appError('NOT_FOUND', 'This person has no pending request to join the group (it may have been accepted already).');
      }
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'group.acceptMember',
        subjectType: 'working_group',
        subjectId: group.id,
        cooperativeId: group.cooperativeId,
        before: { personId: input.personId, status: 'REQUESTED' },
        after: { personId: input.personId, status: 'ACTIVE' },
      });
      return group;
    });
  }

  /** The group builds on a recommendation of an earlier edition or of a sister cooperative. */
  async cite(viewer: Viewer, input: CiteInLineageInput): Promise<WorkingGroupEntity> {
    const group = await this.load(input.groupId);
    if (!can(viewer.actor, 'edition.manage', { cooperativeId: group.cooperativeId })) throw forbidden("edit this working group's lineage");
    const [cited] = await this.db.query<{ edition_id: string }[]>(`SELECT edition_id FROM recommendation WHERE id = $1`, [input.recommendationId]);
    if (!cited) throw notFound('recommendation', input.recommendationId);
    if (cited.edition_id === group.editionId) {
      throw validation(
        [{ field: 'recommendationId', messages: ['must be a recommendation of an earlier edition or of a sister cooperative'] }],
        'A group cites recommendations of an earlier edition or of a sister cooperative, not of its own edition.',
      );
    }
    const note = input.note?.trim() ? humanText(input.language, input.note.trim()) : null;
    return this.db.transaction(async (manager) => {
      const inserted = await manager.query<unknown[]>(
        `INSERT INTO group_lineage (group_id, cites_recommendation_id, note) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING group_id`,
        [group.id, input.recommendationId, note],
      );
      if (inserted.length === 0) throw appError('CONFLICT', 'The group already cites this recommendation.');
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'group.citeInLineage',
        subjectType: 'working_group',
        subjectId: group.id,
        cooperativeId: group.cooperativeId,
        after: { recommendationId: input.recommendationId, note },
      });
      return group;
    });
  }

  /** The person must belong to the cooperative, and a lead must sit on its board. */
  private async refuseIneligible(cooperativeId: string, input: AssignGroupRoleInput): Promise<void> {
    const [row] = await this.db.query<{ exists: boolean; member: boolean; board: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM person WHERE id = $2) AS exists,
              EXISTS (SELECT 1 FROM membership WHERE person_id = $2 AND cooperative_id = $1 AND (left_on IS NULL OR left_on > current_date))
              OR EXISTS (SELECT 1 FROM office WHERE person_id = $2 AND cooperative_id = $1
                         AND starts_on <= current_date AND (ends_on IS NULL OR ends_on >= current_date)) AS member,
              EXISTS (SELECT 1 FROM office WHERE person_id = $2 AND cooperative_id = $1 AND kind = ANY($3)
                         AND starts_on <= current_date AND (ends_on IS NULL OR ends_on >= current_date)) AS board`,
      [cooperativeId, input.personId, VOTING_BOARD_OFFICES],
    );
    if (!row.exists) throw notFound('person', input.personId);
    if (!row.member) {
      throw validation([{ field: 'personId', messages: ['is not a member of this cooperative'] }], 'Only members of the cooperative can take a role in its working groups.');
    }
    if (input.role === 'LEAD' && !row.board) {
      throw validation(
        [{ field: 'personId', messages: ['does not sit on the board'] }],
        'A lead must be a member of the board (an active BOARD_MEMBER or BOARD_CHAIR office in this cooperative).',
      );
    }
  }
}
