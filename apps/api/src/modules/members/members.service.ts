import { Injectable } from '@nestjs/common';
import { can, isOfficeActive, type Actor, type Language, type StakeholderCategory } from '@letscoop/domain';
import { DataSource, In } from 'typeorm';
import { forbidden, notFound } from '../../common/errors.js';
import type { Viewer } from '../../common/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import type { Member, MemberPage, ViewerModel } from './member.model.js';
import { MembershipEntity } from './membership.entity.js';
import { OfficeEntity } from './office.entity.js';
import type { Office } from './office.model.js';
import { PersonEntity } from './person.entity.js';
import type { Person } from './person.model.js';
import { searchable } from './searchable.js';

export interface MemberFilter {
  search?: string | null;
  category?: StakeholderCategory | null;
  branchId?: string | null;
}

interface MemberRow {
  id: string;
  person_id: string;
  cooperative_id: string;
  category: StakeholderCategory;
  shares: number;
  share_class: string;
  joined_on: string;
  left_on: string | null;
  display_name: string;
  email: string;
  preferred_language: Language;
  branch_id: string | null;
  branch_name: string | null;
  branch_city: string | null;
  total?: string;
}

const MEMBER_SELECT = `
  SELECT m.id, m.person_id, m.cooperative_id, m.category, m.shares, m.share_class,
         to_char(m.joined_on, 'YYYY-MM-DD') AS joined_on, to_char(m.left_on, 'YYYY-MM-DD') AS left_on,
         p.display_name, p.email, p.preferred_language,
         b.id AS branch_id, b.name AS branch_name, b.city AS branch_city`;
const MEMBER_FROM = `
  FROM membership m JOIN person p ON p.id = m.person_id LEFT JOIN branch b ON b.id = m.branch_id`;

export const today = (): string => new Date().toISOString().slice(0, 10);

/** The permission rules' view of a person, from all their membership and office rows: those active today. */
export function actorFrom(
  personId: string,
  memberships: readonly Pick<MembershipEntity, 'cooperativeId' | 'category' | 'leftOn'>[],
  offices: readonly Pick<OfficeEntity, 'cooperativeId' | 'kind' | 'startsOn' | 'endsOn'>[],
): Actor {
  const now = today();
  return {
    personId,
    memberships: memberships
      .filter((m) => m.leftOn === null || m.leftOn > now)
      .map((m) => ({ cooperativeId: m.cooperativeId, category: m.category })),
    offices: offices
      .filter((o) => isOfficeActive(o, now))
      .map((o) => ({ cooperativeId: o.cooperativeId, kind: o.kind })),
  };
}

@Injectable()
export class MembersService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Who a person is for the permission rules: memberships and offices active today. */
  async loadActor(personId: string): Promise<Actor> {
    const [memberships, offices] = await Promise.all([
      this.db.getRepository(MembershipEntity).find({ where: { personId } }),
      this.db.getRepository(OfficeEntity).find({ where: { personId } }),
    ]);
    return actorFrom(personId, memberships, offices);
  }

  async viewerModel(viewer: Viewer): Promise<ViewerModel> {
    const rows = await this.db.query<MemberRow[]>(
      `${MEMBER_SELECT} ${MEMBER_FROM} WHERE m.person_id = $1 ORDER BY m.joined_on`,
      [viewer.person.id],
    );
    const members = await this.withOffices(rows, viewer.actor);
    return {
      person: this.toPerson(viewer.person, viewer.actor, null),
      memberships: members,
      offices: members.flatMap((m) => m.offices),
    };
  }

  async list(
    actor: Actor,
    cooperativeId: string,
    filter: MemberFilter,
    offset: number,
    limit: number,
  ): Promise<MemberPage> {
    if (!can(actor, 'member.list', { cooperativeId })) throw forbidden("list this cooperative's members");
    const where = ['m.cooperative_id = $1', '(m.left_on IS NULL OR m.left_on > current_date)'];
    const params: unknown[] = [cooperativeId];
    const term = filter.search ? searchable(filter.search) : '';
    if (term) {
      params.push(`%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`p.search_name LIKE $${params.length}`);
    }
    if (filter.category) {
      params.push(filter.category);
      where.push(`m.category = $${params.length}`);
    }
    if (filter.branchId) {
      params.push(filter.branchId);
      where.push(`m.branch_id = $${params.length}`);
    }
    params.push(limit, offset);
    const rows = await this.db.query<MemberRow[]>(
      `${MEMBER_SELECT}, count(*) OVER () AS total ${MEMBER_FROM}
       WHERE ${where.join(' AND ')}
       ORDER BY p.search_name, m.id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    const totalCount = rows.length > 0 ? Number(rows[0].total) : await this.count(where, params.slice(0, -2));
    return { items: await this.withOffices(rows, actor), totalCount, offset, limit };
  }

  async get(actor: Actor, membershipId: string): Promise<Member> {
    const rows = await this.db.query<MemberRow[]>(`${MEMBER_SELECT} ${MEMBER_FROM} WHERE m.id = $1`, [membershipId]);
    const row = rows[0];
    if (!row) throw notFound('member', membershipId);
    if (!can(actor, 'member.list', { cooperativeId: row.cooperative_id }) && row.person_id !== actor.personId) {
      throw forbidden("see this cooperative's members");
    }
    const [member] = await this.withOffices([row], actor);
    return member;
  }

  /** People by id for display (e-mail hidden unless it is the actor's own). */
  async peopleByIds(ids: string[], actor?: Actor): Promise<Map<string, Person>> {
    if (ids.length === 0) return new Map();
    const people = await this.db.getRepository(PersonEntity).find({ where: { id: In([...new Set(ids)]) } });
    return new Map(people.map((p) => [p.id, this.toPerson(p, actor ?? null, null)]));
  }

  async updateProfile(
    viewer: Viewer,
    input: { displayName?: string | null; preferredLanguage?: Language | null },
  ): Promise<Person> {
    const person = viewer.person;
    const before = { displayName: person.displayName, preferredLanguage: person.preferredLanguage };
    const after = {
      displayName: input.displayName?.trim() || person.displayName,
      preferredLanguage: input.preferredLanguage ?? person.preferredLanguage,
    };
    if (after.displayName !== before.displayName || after.preferredLanguage !== before.preferredLanguage) {
      await this.db.transaction(async (manager) => {
        await manager.update(PersonEntity, person.id, { ...after, searchName: searchable(after.displayName) });
        await this.audit.record(manager, {
          actorId: person.id,
          action: 'person.updateProfile',
          subjectType: 'person',
          subjectId: person.id,
          before,
          after,
        });
      });
      Object.assign(person, after);
    }
    return this.toPerson(person, viewer.actor, null);
  }

  private async count(where: string[], params: unknown[]): Promise<number> {
    const [{ n }] = await this.db.query<{ n: string }[]>(
      `SELECT count(*) AS n ${MEMBER_FROM} WHERE ${where.join(' AND ')}`,
      params,
    );
    return Number(n);
  }

  /** Attaches active offices to a page of members with one query, whatever the page size. */
  private async withOffices(rows: MemberRow[], actor: Actor | null): Promise<Member[]> {
    const offices = rows.length
      ? await this.db.query<(Office & { personId: string })[]>(
          `SELECT id, kind, person_id AS "personId", cooperative_id AS "cooperativeId",
                  to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn"
           FROM office WHERE person_id = ANY($1) AND starts_on <= current_date AND (ends_on IS NULL OR ends_on >= current_date)
           ORDER BY starts_on`,
          [rows.map((r) => r.person_id)],
        )
      : [];
    return rows.map((r) => ({
      id: r.id,
      cooperativeId: r.cooperative_id,
      category: r.category,
      shares: r.shares,
      shareClass: r.share_class,
      joinedOn: r.joined_on,
      leftOn: r.left_on,
      branch: r.branch_id ? { id: r.branch_id, name: r.branch_name as string, city: r.branch_city as string } : null,
      person: this.toPerson(
        { id: r.person_id, displayName: r.display_name, email: r.email, preferredLanguage: r.preferred_language },
        actor,
        r.cooperative_id,
      ),
      offices: offices
        .filter((o) => o.personId === r.person_id && o.cooperativeId === r.cooperative_id)
        .map(({ personId: _p, ...o }) => o),
    }));
  }

  private toPerson(
    p: Pick<PersonEntity, 'id' | 'displayName' | 'email' | 'preferredLanguage'>,
    actor: Actor | null,
    cooperativeId: string | null,
  ): Person {
    const mayViewContact =
      actor !== null &&
      (actor.personId === p.id ||
        (cooperativeId !== null && can(actor, 'member.viewContact', { cooperativeId, personId: p.id })));
    return {
      id: p.id,
      displayName: p.displayName,
      preferredLanguage: p.preferredLanguage,
      email: mayViewContact ? p.email : null,
    };
  }
}
