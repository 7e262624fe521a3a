import { Injectable } from '@nestjs/common';
import {
  STAKEHOLDER_CATEGORIES,
  agendaEditable,
  can,
  checkQuorum,
  humanText,
  type Action,
  type Actor,
  type AssemblyStatus,
  type AttendanceMode,
  type CollegeWeights,
  type StakeholderCategory,
  type TranslatedTextValue,
} from '@letscoop/domain';
import { isUUID } from 'class-validator';
import { DataSource, In, type EntityManager } from 'typeorm';
import { appError, forbidden, notFound, validation } from '../../common/errors.js';
import type { Viewer } from '../../common/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import { CooperativeEntity } from '../cooperatives/cooperative.entity.js';
import { pgCode } from '../editions/db-errors.js';
import { MembersService } from '../members/members.service.js';
import type { Person } from '../members/person.model.js';
import { searchable } from '../members/searchable.js';
import { ActionProposalEntity } from '../recommendations/action-proposal.entity.js';
import { RecommendationEntity } from '../recommendations/recommendation.entity.js';
import { AgendaItemEntity } from './agenda-item.entity.js';
import { AssemblyLiveService } from './assembly-live.service.js';
import { AssemblyEntity } from './assembly.entity.js';
import { attendanceFiguresOf, type AttendanceFigures } from './attendance-figures.js';
import type { AttendanceSummaryModel } from './attendance.model.js';
import { CandidateEntity } from './candidate.entity.js';
import type { AddAgendaItemInput } from './dto/add-agenda-item.input.js';
import type { CheckInInput } from './dto/check-in.input.js';
import type { CreateAssemblyInput } from './dto/create-assembly.input.js';
import type { ProxyEntity } from './proxy.entity.js';

/** A voter's line at the check-in desk, before its people are loaded. */
export interface VoterRow {
  personId: string;
  category: StakeholderCategory;
  shares: number;
  checkInMode: AttendanceMode | null;
  proxyGivenTo: string | null;
  proxiesHeld: number;
}

/** The viewer's own situation in one assembly. */
export interface ParticipationRow {
  assemblyId: string;
  category: StakeholderCategory | null;
  shares: number | null;
  checkInMode: AttendanceMode | null;
}

/** A malformed id is bad input (VALIDATION), not a missing row. */
export function requireId(field: string, value: string): void {
  if (!isUUID(value, 'all'))
    throw validation([{ field, messages: [`${field} must be an id (a UUID); check the link.`] }]);
}

const STATUS_WORD: Record<AssemblyStatus, string> = {
  DRAFT: 'still in draft',
  CONVENED: 'convened',
  IN_SESSION: 'in session',
  CLOSED: 'closed',
};

/** CONFLICT for a step the assembly's status does not allow, saying what to do. */
export function wrongStatus(assembly: Pick<AssemblyEntity, 'status'>, hint: string): never {
  throw appError('CONFLICT', `The assembly is ${STATUS_WORD[assembly.status]}: ${hint}`, {
    reason: 'WRONG_STATUS',
    status: assembly.status,
  });
}

/** Proxies can be given and revoked between convocation and the opening of the first poll. */
export function proxiesOpen(assembly: Pick<AssemblyEntity, 'status' | 'proxiesFrozenAt'>): boolean {
  return (assembly.status === 'CONVENED' || assembly.status === 'IN_SESSION') && assembly.proxiesFrozenAt === null;
}

/** The attendance figures with the assembly's quorum (present plus represented, in members or shares). */
export function attendanceSummary(
  assembly: Pick<AssemblyEntity, 'quorumBasis' | 'quorumPercent'>,
  f: AttendanceFigures,
): AttendanceSummaryModel {
  return {
    ...f,
    quorum: checkQuorum({
      basis: assembly.quorumBasis,
      percent: assembly.quorumPercent,
      entitled: { members: f.entitledMembers, shares: f.entitledShares },
      presentOrRepresented: {
        members: f.presentMembers + f.representedMembers,
        shares: f.presentShares + f.representedShares,
      },
    }),
  };
}

/**
 * The general assembly's use cases: creating and convening it (the voter list frozen on the
 * record date), its agenda (motions from action proposals, elections, information; each vote
 * gets its DRAFT poll), opening and closing the session, and check-in. Proxies are in
 * ProxiesService, polls and ballots in the polls helper's services.
 */
@Injectable()
export class AssembliesService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly members: MembersService,
    private readonly live: AssemblyLiveService,
  ) {}

  // ── Reading ──────────────────────────────────────────────────────────────────────────────

  /** A cooperative's assemblies, newest first. */
  async list(actor: Actor, cooperativeId: string): Promise<AssemblyEntity[]> {
    requireId('cooperativeId', cooperativeId);
    if (!can(actor, 'assembly.view', { cooperativeId })) throw forbidden("see this cooperative's assemblies");
    return this.db
      .getRepository(AssemblyEntity)
      .find({ where: { cooperativeId }, order: { startsAt: 'DESC', createdAt: 'DESC', id: 'ASC' } });
  }

  async get(actor: Actor, id: string): Promise<AssemblyEntity> {
    requireId('id', id);
    const assembly = await this.db.getRepository(AssemblyEntity).findOne({ where: { id } });
    if (!assembly) throw notFound('assembly', id);
    this.require(actor, 'assembly.view', assembly, "see this cooperative's assemblies");
    return assembly;
  }

  /** Entitled members of the assembly whose name matches (the proxy form's search). */
  async voterSearch(actor: Actor, assemblyId: string, search: string, limit: number): Promise<Person[]> {
    const assembly = await this.get(actor, assemblyId);
    if (!Number.isInteger(limit) || limit < 1 || limit > 50)
      throw validation([{ field: 'limit', messages: ['limit is a whole number from 1 to 50.'] }]);
    const term = searchable(search);
    if (term.length < 2) return [];
    const rows = await this.db.query<{ id: string }[]>(
      `SELECT p.id FROM assembly_voter v JOIN person p ON p.id = v.person_id
       WHERE v.assembly_id = $1 AND p.search_name LIKE $2
       ORDER BY p.search_name, p.id LIMIT $3`,
      [assembly.id, `%${escapeLike(term)}%`, limit],
    );
    const people = await this.members.peopleByIds(
      rows.map((r) => r.id),
      actor,
    );
    return rows.map((r) => people.get(r.id)).filter((p): p is Person => !!p);
  }

  /** The frozen voter list with check-in and proxies, one page (the check-in desk). */
  async voters(
    actor: Actor,
    assembly: AssemblyEntity,
    search: string | null,
    offset: number,
    limit: number,
  ): Promise<{ rows: VoterRow[]; total: number }> {
    this.require(actor, 'assembly.viewAttendance', assembly, 'see who is present and who holds proxies');
    const problems = [
      ...(Number.isInteger(offset) && offset >= 0
        ? []
        : [{ field: 'offset', messages: ['offset is a whole number ≥ 0.'] }]),
      ...(Number.isInteger(limit) && limit >= 1 && limit <= 200
        ? []
        : [{ field: 'limit', messages: ['limit is a whole number from 1 to 200.'] }]),
    ];
    if (problems.length) throw validation(problems);
    const term = search ? searchable(search) : '';
    const rows = await this.db.query<(VoterRow & { total: string })[]>(
      `SELECT v.person_id AS "personId", v.category, v.shares, a.mode AS "checkInMode", g.holder_id AS "proxyGivenTo",
              (SELECT count(*) FROM proxy h WHERE h.assembly_id = v.assembly_id AND h.holder_id = v.person_id AND h.revoked_at IS NULL)::int AS "proxiesHeld",
              count(*) OVER () AS total
       FROM assembly_voter v
       JOIN person p ON p.id = v.person_id
       LEFT JOIN assembly_attendance a ON a.assembly_id = v.assembly_id AND a.person_id = v.person_id
       LEFT JOIN proxy g ON g.assembly_id = v.assembly_id AND g.grantor_id = v.person_id AND g.revoked_at IS NULL
       WHERE v.assembly_id = $1 AND ($2 = '' OR p.search_name LIKE $3)
       ORDER BY p.search_name, v.person_id
       LIMIT $4 OFFSET $5`,
      [assembly.id, term, `%${escapeLike(term)}%`, limit, offset],
    );
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && offset > 0) {
      const [{ n }] = await this.db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM assembly_voter v JOIN person p ON p.id = v.person_id
         WHERE v.assembly_id = $1 AND ($2 = '' OR p.search_name LIKE $3)`,
        [assembly.id, term, `%${escapeLike(term)}%`],
      );
      total = n;
    }
    return { rows: rows.map(({ total: _t, ...r }) => r), total };
  }

  /** FORBIDDEN unless the actor may see who attends and who holds proxies. */
  requireAttendanceView(actor: Actor, assembly: AssemblyEntity): void {
    this.require(actor, 'assembly.viewAttendance', assembly, 'see who holds whose proxy');
  }

  // Batches for the request's DataLoaders (assembly-loaders.ts): one query per field, whatever the page.

  assembliesByIds(ids: readonly string[]): Promise<AssemblyEntity[]> {
    return this.db.getRepository(AssemblyEntity).find({ where: { id: In([...ids]) } });
  }

  agendaOf(assemblyIds: readonly string[]): Promise<AgendaItemEntity[]> {
    return this.db
      .getRepository(AgendaItemEntity)
      .find({ where: { assemblyId: In([...assemblyIds]) }, order: { position: 'ASC' } });
  }

  candidatesOf(agendaItemIds: readonly string[]): Promise<CandidateEntity[]> {
    return this.db
      .getRepository(CandidateEntity)
      .find({ where: { agendaItemId: In([...agendaItemIds]) }, order: { position: 'ASC' } });
  }

  proposalsByIds(ids: readonly string[]): Promise<ActionProposalEntity[]> {
    return this.db.getRepository(ActionProposalEntity).find({ where: { id: In([...ids]) } });
  }

  peopleByIds(ids: readonly string[], actor: Actor | null): Promise<Map<string, Person>> {
    return this.members.peopleByIds([...ids], actor ?? undefined);
  }

  /** Proxies in force of these assemblies, oldest first. */
  proxiesOf(assemblyIds: readonly string[]): Promise<ProxyEntity[]> {
    return this.db.query<ProxyEntity[]>(
      `SELECT ${PROXY_COLUMNS} FROM proxy WHERE assembly_id = ANY($1) AND revoked_at IS NULL ORDER BY granted_at, id`,
      [[...assemblyIds]],
    );
  }

  /** One person's proxies in force (given or held) in these assemblies. */
  proxiesInvolving(assemblyIds: readonly string[], personId: string): Promise<ProxyEntity[]> {
    return this.db.query<ProxyEntity[]>(
      `SELECT ${PROXY_COLUMNS} FROM proxy
       WHERE assembly_id = ANY($1) AND revoked_at IS NULL AND (grantor_id = $2 OR holder_id = $2)
       ORDER BY granted_at, id`,
      [[...assemblyIds], personId],
    );
  }

  /** One person's entry on the voter lists and check-in of these assemblies. */
  participationOf(assemblyIds: readonly string[], personId: string): Promise<ParticipationRow[]> {
    return this.db.query<ParticipationRow[]>(
      `SELECT v.assembly_id AS "assemblyId", v.category, v.shares, a.mode AS "checkInMode"
       FROM assembly_voter v
       LEFT JOIN assembly_attendance a ON a.assembly_id = v.assembly_id AND a.person_id = v.person_id
       WHERE v.assembly_id = ANY($1) AND v.person_id = $2`,
      [[...assemblyIds], personId],
    );
  }

  /** The live figures of several assemblies in one query (for list pages). */
  async attendanceOf(assemblyIds: readonly string[]): Promise<Map<string, AttendanceFigures>> {
    return attendanceFiguresOf(this.db.manager, assemblyIds);
  }

  // ── Preparing the assembly ───────────────────────────────────────────────────────────────

  /** A new assembly in DRAFT, with the quorum and the proxy cap copied from the statutes. */
  async create(viewer: Viewer, input: CreateAssemblyInput): Promise<AssemblyEntity> {
    const cooperative = await this.db.getRepository(CooperativeEntity).findOne({ where: { id: input.cooperativeId } });
    if (!cooperative) throw notFound('cooperative', input.cooperativeId);
    if (!can(viewer.actor, 'assembly.convene', { cooperativeId: cooperative.id }))
      throw forbidden('prepare an assembly: the board convenes it and the secretariat prepares it');
    if (input.endsAt && input.endsAt < input.startsAt)
      throw validation([{ field: 'endsAt', messages: ['The assembly cannot end before it starts.'] }]);
    const place = input.place?.trim() || null;
    const onlineUrl = input.onlineUrl?.trim() || null;
    const id = await this.db.transaction(async (manager) => {
      const [{ id }] = await manager.query<{ id: string }[]>(
        `INSERT INTO assembly (cooperative_id, kind, title, starts_at, ends_at, place, online_url, quorum_percent, quorum_basis, proxy_cap, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [
          cooperative.id,
          input.kind,
          humanText(input.language, input.title.trim()),
          input.startsAt,
          input.endsAt ?? null,
          place,
          onlineUrl,
          cooperative.quorumPercent,
          cooperative.quorumBasis,
          cooperative.proxyCapPerHolder,
          viewer.person.id,
        ],
      );
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'assembly.create',
        subjectType: 'assembly',
        subjectId: id,
        cooperativeId: cooperative.id,
        after: {
          kind: input.kind,
          title: input.title.trim(),
          startsAt: input.startsAt.toISOString(),
          quorumPercent: cooperative.quorumPercent,
          quorumBasis: cooperative.quorumBasis,
          proxyCap: cooperative.proxyCapPerHolder,
        },
      });
      return id;
    });
    return this.reload(id);
  }

  /** A motion, an election or an information item, at the end of the agenda; votes get their DRAFT poll. */
  async addAgendaItem(viewer: Viewer, input: AddAgendaItemInput): Promise<AgendaItemEntity> {
    this.checkItemShape(input);
    const itemId = await this.db
      .transaction(async (manager) => {
        const assembly = await this.lockForAgenda(manager, viewer, input.assemblyId);
        const cooperative = await manager.findOneOrFail(CooperativeEntity, { where: { id: assembly.cooperativeId } });
        let title: TranslatedTextValue;
        let body: TranslatedTextValue | null;
        let proposal: ActionProposalEntity | null = null;
        if (input.actionProposalId) {
          proposal = await this.proposalForAgenda(manager, assembly, input.actionProposalId);
          title = proposal.title;
          body = proposal.body;
        } else {
          title = humanText(input.language, (input.title as string).trim());
          body = input.body?.trim() ? humanText(input.language, input.body.trim()) : null;
        }
        if (input.candidates) await this.checkCandidates(manager, assembly, input.candidates);
        const item = await this.insertItem(manager, assembly, cooperative, {
          kind: input.kind,
          title,
          body,
          actionProposalId: proposal?.id ?? null,
          input,
        });
        await this.audit.record(manager, {
          actorId: viewer.person.id,
          action: 'assembly.addAgendaItem',
          subjectType: 'assembly',
          subjectId: assembly.id,
          cooperativeId: assembly.cooperativeId,
          after: {
            agendaItemId: item.id,
            position: item.position,
            kind: item.kind,
            actionProposalId: item.actionProposalId,
            majorityRule: item.majorityRule,
            quorumPercent: item.quorumPercent,
            quorumBasis: item.quorumBasis,
            weightMode: item.weightMode,
            secret: item.secret,
            seats: item.seats,
            candidates: input.candidates?.map((c) => c.name) ?? [],
            pollId: item.pollId,
          },
        });
        return item.id;
      })
      .catch(proposalTaken);
    return this.db.getRepository(AgendaItemEntity).findOneByOrFail({ id: itemId });
  }

  /**
   * Every ON_AGENDA action proposal of a recommendation, as motions with the statutes' rules.
   * Proposals already on an agenda are left alone, so calling it twice adds nothing. Answers the
   * agenda items of this assembly that come from the recommendation.
   */
  async addRecommendationToAgenda(
    viewer: Viewer,
    assemblyId: string,
    recommendationId: string,
  ): Promise<AgendaItemEntity[]> {
    requireId('assemblyId', assemblyId);
    requireId('recommendationId', recommendationId);
    await this.db
      .transaction(async (manager) => {
        const assembly = await this.lockForAgenda(manager, viewer, assemblyId);
        const rec = await manager.findOne(RecommendationEntity, { where: { id: recommendationId } });
        if (!rec || rec.cooperativeId !== assembly.cooperativeId)
          throw notFound('recommendation in this cooperative', recommendationId);
        // Locked (in number order), so the same proposal added to two assemblies at once becomes one motion.
        const proposals = await manager.query<{ id: string; status: string }[]>(
          `SELECT id, status FROM action_proposal WHERE recommendation_id = $1 ORDER BY number FOR UPDATE`,
          [rec.id],
        );
        // Read after the locks, so it sees what a transaction we waited for added.
        const taken = new Set(
          (
            await manager.query<{ id: string }[]>(
              `SELECT action_proposal_id AS id FROM agenda_item WHERE action_proposal_id = ANY($1::uuid[])`,
              [proposals.map((p) => p.id)],
            )
          ).map((r) => r.id),
        );
        const ready = proposals.filter((p) => p.status === 'ON_AGENDA');
        if (ready.length === 0) {
          throw appError(
            'CONFLICT',
            proposals.length === 0
              ? 'This recommendation has no action proposals yet: the board converts it into action proposals first.'
              : "None of this recommendation's action proposals is on the agenda yet: the board puts them to the assembly first (putToAssembly).",
            { reason: 'NO_PROPOSAL_ON_AGENDA' },
          );
        }
        const toAdd = ready.filter((p) => !taken.has(p.id));
        if (toAdd.length === 0) return;
        const cooperative = await manager.findOneOrFail(CooperativeEntity, { where: { id: assembly.cooperativeId } });
        const full = await manager.find(ActionProposalEntity, {
          where: { id: In(toAdd.map((p) => p.id)) },
          order: { number: 'ASC' },
        });
        const added: { agendaItemId: string; actionProposalId: string; position: number; pollId: string | null }[] = [];
        for (const proposal of full) {
          const item = await this.insertItem(manager, assembly, cooperative, {
            kind: 'MOTION',
            title: proposal.title,
            body: proposal.body,
            actionProposalId: proposal.id,
            input: {},
          });
          added.push({
            agendaItemId: item.id,
            actionProposalId: proposal.id,
            position: item.position,
            pollId: item.pollId,
          });
        }
        await this.audit.record(manager, {
          actorId: viewer.person.id,
          action: 'assembly.addRecommendationToAgenda',
          subjectType: 'assembly',
          subjectId: assembly.id,
          cooperativeId: assembly.cooperativeId,
          after: { recommendationId: rec.id, added, skipped: ready.length - toAdd.length },
        });
      })
      .catch(proposalTaken);
    return this.db
      .query<AgendaItemEntity[]>(
        `SELECT ${AGENDA_COLUMNS} FROM agenda_item i JOIN action_proposal p ON p.id = i.action_proposal_id
       WHERE i.assembly_id = $1 AND p.recommendation_id = $2 ORDER BY i.position`,
        [assemblyId, recommendationId],
      )
      .then((rows) => rows.map(numericItem));
  }

  // ── The assembly's life ──────────────────────────────────────────────────────────────────

  /**
   * DRAFT → CONVENED: the record date is today; the voter list is frozen in one statement from
   * the register (members who joined on or before today and have not left), with category and shares.
   */
  async convene(viewer: Viewer, assemblyId: string): Promise<AssemblyEntity> {
    requireId('assemblyId', assemblyId);
    await this.db.transaction(async (manager) => {
      const assembly = await this.lock(manager, assemblyId);
      this.require(viewer.actor, 'assembly.convene', assembly, 'convene the assembly: the board convenes it');
      if (assembly.status !== 'DRAFT')
        wrongStatus(
          assembly,
          'only a draft assembly can be convened, and this one was convened already (its voter list is frozen).',
        );
      const [{ items }] = await manager.query<{ items: number }[]>(
        `SELECT count(*)::int AS items FROM agenda_item WHERE assembly_id = $1`,
        [assembly.id],
      );
      if (items === 0)
        throw appError('CONFLICT', 'The agenda is empty: add at least one agenda item before convening the assembly.', {
          reason: 'EMPTY_AGENDA',
        });
      const [frozen] = await manager.query<{ voters: number; shares: string }[]>(
        `WITH inserted AS (
           INSERT INTO assembly_voter (assembly_id, person_id, category, shares)
           SELECT $1, m.person_id, m.category, m.shares FROM membership m
           WHERE m.cooperative_id = $2 AND m.joined_on <= current_date AND (m.left_on IS NULL OR m.left_on > current_date)
           RETURNING shares)
         SELECT count(*)::int AS voters, coalesce(sum(shares), 0)::bigint AS shares FROM inserted`,
        [assembly.id, assembly.cooperativeId],
      );
      const [{ recordDate }] = await manager.query<{ recordDate: string }[]>(
        `WITH convened AS (
           UPDATE assembly SET status = 'CONVENED', record_date = current_date, convened_at = now(), convened_by = $2
           WHERE id = $1 RETURNING record_date)
         SELECT to_char(record_date, 'YYYY-MM-DD') AS "recordDate" FROM convened`,
        [assembly.id, viewer.person.id],
      );
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'assembly.convene',
        subjectType: 'assembly',
        subjectId: assembly.id,
        cooperativeId: assembly.cooperativeId,
        before: { status: assembly.status },
        after: {
          status: 'CONVENED',
          recordDate,
          entitledMembers: frozen.voters,
          entitledShares: Number(frozen.shares),
        },
      });
    });
    this.live.assemblyChanged(assemblyId);
    return this.reload(assemblyId);
  }

  /** CONVENED → IN_SESSION (the chair): check-in and polls can start. */
  async open(viewer: Viewer, assemblyId: string): Promise<AssemblyEntity> {
    return this.move(viewer, assemblyId, 'IN_SESSION', async (assembly) => {
      if (assembly.status !== 'CONVENED')
        wrongStatus(
          assembly,
          assembly.status === 'DRAFT'
            ? 'convene it first (that freezes the voter list).'
            : 'only a convened assembly can be opened.',
        );
    });
  }

  /** IN_SESSION → CLOSED (the chair), once no poll is open. */
  async close(viewer: Viewer, assemblyId: string): Promise<AssemblyEntity> {
    return this.move(viewer, assemblyId, 'CLOSED', async (assembly, manager) => {
      if (assembly.status !== 'IN_SESSION')
        wrongStatus(
          assembly,
          assembly.status === 'CLOSED'
            ? 'it is closed already.'
            : 'open the session first; only an assembly in session can be closed.',
        );
      const open = await manager.query<{ id: string }[]>(
        `SELECT id FROM poll WHERE assembly_id = $1 AND status = 'OPEN'`,
        [assembly.id],
      );
      if (open.length)
        throw appError('CONFLICT', 'A poll is still open: close it before closing the assembly.', {
          reason: 'POLL_OPEN',
          pollId: open[0].id,
        });
    });
  }

  /**
   * Checks a voter in (in session only). Yourself: you must be on the voter list. Someone else:
   * the secretariat at the door. A second check-in changes nothing.
   */
  async checkIn(viewer: Viewer, input: CheckInInput): Promise<AssemblyEntity> {
    const personId = input.personId ?? viewer.person.id;
    const self = personId === viewer.person.id;
    const changed = await this.db.transaction(async (manager) => {
      // FOR SHARE: check-ins run side by side; a close or status change waits for them.
      const [assembly] = await manager.query<AssemblyEntity[]>(
        `SELECT id, cooperative_id AS "cooperativeId", status, to_char(record_date, 'YYYY-MM-DD') AS "recordDate"
         FROM assembly WHERE id = $1 FOR SHARE`,
        [input.assemblyId],
      );
      if (!assembly) throw notFound('assembly', input.assemblyId);
      this.require(viewer.actor, 'assembly.view', assembly, "take part in this cooperative's assemblies");
      if (!self)
        this.require(
          viewer.actor,
          'assembly.checkInOthers',
          assembly,
          'check in someone else: the secretariat does that at the door',
        );
      if (assembly.status !== 'IN_SESSION')
        wrongStatus(
          assembly,
          assembly.status === 'CLOSED' ? 'check-in is over.' : 'check-in opens when the chair opens the session.',
        );
      const onList = await manager.query(`SELECT 1 FROM assembly_voter WHERE assembly_id = $1 AND person_id = $2`, [
        assembly.id,
        personId,
      ]);
      if (!onList.length) throw notEntitled(assembly, self ? 'You are' : 'This person is');
      const inserted = await manager.query<{ personId: string }[]>(
        `INSERT INTO assembly_attendance (assembly_id, person_id, mode, checked_in_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING person_id AS "personId"`,
        [assembly.id, personId, input.mode, viewer.person.id],
      );
      if (!inserted.length) return false;
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'assembly.checkIn',
        subjectType: 'assembly',
        subjectId: assembly.id,
        cooperativeId: assembly.cooperativeId,
        after: { personId, mode: input.mode },
      });
      return true;
    });
    if (changed) this.live.assemblyChanged(input.assemblyId);
    return this.reload(input.assemblyId);
  }

  // ── Helpers ──────────────────────────────────────────────────────────────────────────────

  /** FORBIDDEN unless can(actor, action, the assembly's cooperative). */
  require(actor: Actor, action: Action, assembly: Pick<AssemblyEntity, 'cooperativeId'>, what: string): void {
    if (!can(actor, action, { cooperativeId: assembly.cooperativeId })) throw forbidden(what);
  }

  /** The assembly row, locked for the rest of the transaction (status changes, the agenda). */
  async lock(manager: EntityManager, id: string): Promise<AssemblyEntity> {
    const assembly = await manager.findOne(AssemblyEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!assembly) throw notFound('assembly', id);
    return assembly;
  }

  private async reload(id: string): Promise<AssemblyEntity> {
    return this.db.getRepository(AssemblyEntity).findOneByOrFail({ id });
  }

  private async move(
    viewer: Viewer,
    assemblyId: string,
    to: 'IN_SESSION' | 'CLOSED',
    check: (assembly: AssemblyEntity, manager: EntityManager) => Promise<void>,
  ): Promise<AssemblyEntity> {
    requireId('assemblyId', assemblyId);
    await this.db.transaction(async (manager) => {
      const assembly = await this.lock(manager, assemblyId);
      this.require(
        viewer.actor,
        'assembly.chair',
        assembly,
        `${to === 'IN_SESSION' ? 'open' : 'close'} the assembly: the chair runs the session`,
      );
      await check(assembly, manager);
      await manager.query(
        `UPDATE assembly SET status = $2, ${to === 'IN_SESSION' ? 'opened_at' : 'closed_at'} = now() WHERE id = $1`,
        [assembly.id, to],
      );
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: to === 'IN_SESSION' ? 'assembly.open' : 'assembly.close',
        subjectType: 'assembly',
        subjectId: assembly.id,
        cooperativeId: assembly.cooperativeId,
        before: { status: assembly.status },
        after: { status: to },
      });
    });
    this.live.assemblyChanged(assemblyId);
    return this.reload(assemblyId);
  }

  private async lockForAgenda(manager: EntityManager, viewer: Viewer, assemblyId: string): Promise<AssemblyEntity> {
    const assembly = await this.lock(manager, assemblyId);
    this.require(viewer.actor, 'assembly.convene', assembly, "change the assembly's agenda: the board sets it");
    if (!agendaEditable(assembly.status)) wrongStatus(assembly, 'the agenda can only change before the session opens.');
    return assembly;
  }

  /** What an item of each kind may carry; each mistake named. */
  private checkItemShape(input: AddAgendaItemInput): void {
    const problems: { field: string; messages: string[] }[] = [];
    const refuse = (field: string, message: string) => problems.push({ field, messages: [message] });
    if (input.actionProposalId) {
      if (input.kind !== 'MOTION') refuse('actionProposalId', 'An action proposal becomes a MOTION: choose that kind.');
      if (input.title || input.body)
        refuse('title', 'Leave title and body empty: a motion from an action proposal takes its title and body.');
    } else if (!input.title?.trim()) {
      refuse('title', 'Give the agenda item a title (or choose an action proposal).');
    }
    if (input.kind === 'INFORMATION') {
      for (const field of [
        'majorityRule',
        'abstentionsCount',
        'quorumPercent',
        'quorumBasis',
        'weightMode',
        'collegeWeights',
      ] as const) {
        if (input[field] !== undefined && input[field] !== null)
          refuse(field, 'An information item has no vote: leave the voting rules empty.');
      }
      if (input.secret) refuse('secret', 'An information item has no vote, so it cannot be secret.');
    }
    if (input.kind === 'ELECTION') {
      if (!input.seats) refuse('seats', 'Say how many seats the election fills.');
      if (!input.candidates?.length) refuse('candidates', 'An election needs at least one candidate.');
      if (input.fillsSeatsOf && input.candidates?.some((c) => !c.personId))
        refuse('candidates', 'Candidates for seats on a body must be members: choose each one among the members.');
    } else {
      if (input.fillsSeatsOf) refuse('fillsSeatsOf', 'Only an election fills seats.');
      if (input.electionMethod) refuse('electionMethod', 'Only an election has an election method.');
      if (input.seats) refuse('seats', 'Only an election has seats.');
      if (input.candidates?.length) refuse('candidates', 'Only an election has candidates.');
    }
    if (input.collegeWeights && input.weightMode !== 'COLLEGES')
      refuse('collegeWeights', 'College weights go with weightMode COLLEGES.');
    if (input.weightMode === 'COLLEGES') {
      const given = (input.collegeWeights ?? []).map((w) => w.college);
      const missing = STAKEHOLDER_CATEGORIES.filter((c) => !given.includes(c));
      if (missing.length || given.length !== new Set(given).size)
        refuse('collegeWeights', `Give one weight per college (${STAKEHOLDER_CATEGORIES.join(', ')}), each once.`);
      else if (!(input.collegeWeights ?? []).some((w) => w.weight > 0))
        refuse('collegeWeights', 'At least one college must weigh more than 0.');
    }
    if (problems.length) throw validation(problems);
  }

  /** An action proposal that can become a motion of this assembly (locked, so it becomes one only once). */
  private async proposalForAgenda(
    manager: EntityManager,
    assembly: AssemblyEntity,
    id: string,
  ): Promise<ActionProposalEntity> {
    const proposal = await manager.findOne(ActionProposalEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!proposal || proposal.cooperativeId !== assembly.cooperativeId)
      throw notFound('action proposal in this cooperative', id);
    if (proposal.status !== 'ON_AGENDA') {
      throw appError(
        'CONFLICT',
        proposal.status === 'PROPOSED'
          ? 'This action proposal has not been put to the assembly yet: the board does that first (putToAssembly).'
          : `This action proposal was already decided (${proposal.status.toLowerCase()}).`,
        { reason: 'PROPOSAL_NOT_ON_AGENDA', status: proposal.status },
      );
    }
    const existing = await manager.query<{ assemblyId: string; position: number }[]>(
      `SELECT assembly_id AS "assemblyId", position FROM agenda_item WHERE action_proposal_id = $1`,
      [id],
    );
    if (existing.length)
      throw proposalAlreadyOnAgenda(existing[0].assemblyId === assembly.id ? existing[0].position : null);
    return proposal;
  }

  /** A candidate named as a person must belong to the cooperative. */
  private async checkCandidates(
    manager: EntityManager,
    assembly: AssemblyEntity,
    candidates: NonNullable<AddAgendaItemInput['candidates']>,
  ): Promise<void> {
    const personIds = [...new Set(candidates.map((c) => c.personId).filter((id): id is string => !!id))];
    if (candidates.some((c, i) => c.personId && candidates.findIndex((d) => d.personId === c.personId) !== i))
      throw validation([{ field: 'candidates', messages: ['Each person can be a candidate only once.'] }]);
    if (!personIds.length) return;
    const found = await manager.query<{ id: string }[]>(
      `SELECT p.id FROM person p WHERE p.id = ANY($1) AND (
         EXISTS (SELECT 1 FROM membership m WHERE m.person_id = p.id AND m.cooperative_id = $2)
         OR EXISTS (SELECT 1 FROM office o WHERE o.person_id = p.id AND o.cooperative_id = $2))`,
      [personIds, assembly.cooperativeId],
    );
    const unknown = personIds.filter((id) => !found.some((f) => f.id === id));
    if (unknown.length)
      throw validation([
        {
          field: 'candidates',
          messages: [`These candidates are not people of this cooperative: ${unknown.join(', ')}.`],
        },
      ]);
  }

  /** The item at the next position, its candidates and, for a vote, its DRAFT poll. */
  private async insertItem(
    manager: EntityManager,
    assembly: AssemblyEntity,
    cooperative: CooperativeEntity,
    item: {
      kind: AddAgendaItemInput['kind'];
      title: TranslatedTextValue;
      body: TranslatedTextValue | null;
      actionProposalId: string | null;
      input: Partial<AddAgendaItemInput>;
    },
  ): Promise<AgendaItemEntity & { pollId: string | null }> {
    const { input } = item;
    const votes = item.kind !== 'INFORMATION';
    const collegeWeights: CollegeWeights | null =
      votes && (input.weightMode ?? cooperative.votingWeightMode) === 'COLLEGES'
        ? Object.fromEntries((input.collegeWeights ?? []).map((w) => [w.college, w.weight]))
        : null;
    if (votes && !input.weightMode && cooperative.votingWeightMode === 'COLLEGES' && !input.collegeWeights?.length)
      throw validation([
        {
          field: 'collegeWeights',
          messages: ['The statutes vote by college: give one weight per college, or choose another weightMode.'],
        },
      ]);
    const secret = votes ? (input.secret ?? false) : false;
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO agenda_item (assembly_id, position, kind, title, body, action_proposal_id, majority_rule, abstentions_count,
                                quorum_percent, quorum_basis, weight_mode, college_weights, seats, secret, fills_seats_of,
                                election_method)
       SELECT $1, coalesce(max(position), 0) + 1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15
       FROM agenda_item WHERE assembly_id = $1
       RETURNING id`,
      [
        assembly.id,
        item.kind,
        item.title,
        item.body,
        item.actionProposalId,
        votes ? (input.majorityRule ?? cooperative.defaultMajority) : null,
        votes ? (input.abstentionsCount ?? cooperative.abstentionsCount) : null,
        votes ? (input.quorumPercent ?? assembly.quorumPercent) : null,
        votes ? (input.quorumBasis ?? assembly.quorumBasis) : null,
        votes ? (input.weightMode ?? cooperative.votingWeightMode) : null,
        collegeWeights,
        item.kind === 'ELECTION' ? input.seats : null,
        secret,
        item.kind === 'ELECTION' ? (input.fillsSeatsOf ?? null) : null,
        item.kind === 'ELECTION' ? (input.electionMethod ?? 'APPROVAL') : null,
      ],
    );
    if (item.kind === 'ELECTION' && input.candidates?.length) {
      await manager.query(
        `INSERT INTO candidate (agenda_item_id, person_id, name, position)
         SELECT $1, person_id, name, ord::int FROM unnest($2::uuid[], $3::text[]) WITH ORDINALITY AS c(person_id, name, ord)`,
        [row.id, input.candidates.map((c) => c.personId ?? null), input.candidates.map((c) => c.name.trim())],
      );
    }
    let pollId: string | null = null;
    if (votes) {
      const [poll] = await manager.query<{ id: string }[]>(
        `INSERT INTO poll (assembly_id, agenda_item_id, method, secret, status) VALUES ($1, $2, $3, $4, 'DRAFT') RETURNING id`,
        [assembly.id, row.id, item.kind === 'ELECTION' ? 'APPROVAL' : 'MOTION', secret],
      );
      pollId = poll.id;
    }
    const saved = await manager.findOneByOrFail(AgendaItemEntity, { id: row.id });
    return Object.assign(saved, { pollId });
  }
}

const PROXY_COLUMNS = `id, assembly_id AS "assemblyId", grantor_id AS "grantorId", holder_id AS "holderId",
  granted_at AS "grantedAt", granted_by AS "grantedBy", revoked_at AS "revokedAt", revoked_by AS "revokedBy"`;

const AGENDA_COLUMNS = `i.id, i.assembly_id AS "assemblyId", i.position, i.kind, i.title, i.body, i.action_proposal_id AS "actionProposalId",
  i.majority_rule AS "majorityRule", i.abstentions_count AS "abstentionsCount", i.quorum_percent AS "quorumPercent",
  i.quorum_basis AS "quorumBasis", i.weight_mode AS "weightMode", i.college_weights AS "collegeWeights", i.seats, i.secret,
  i.fills_seats_of AS "fillsSeatsOf", i.election_method AS "electionMethod", i.created_at AS "createdAt"`;

/** Raw rows give numeric columns as strings. */
const numericItem = (row: AgendaItemEntity): AgendaItemEntity => ({
  ...row,
  quorumPercent: row.quorumPercent === null ? null : Number(row.quorumPercent),
});

const escapeLike = (term: string): string => term.replace(/[\\%_]/g, (c) => `\\${c}`);

function proposalAlreadyOnAgenda(position: number | null) {
  return appError(
    'CONFLICT',
    position !== null
      ? `This action proposal is already on this agenda (item ${position}): a proposal becomes one motion only.`
      : "This action proposal is already on another assembly's agenda: a proposal becomes one motion only.",
    { reason: 'PROPOSAL_ALREADY_ON_AGENDA' },
  );
}

/** Two people adding the same proposal at the same moment: the unique key decides, the loser is told. */
function proposalTaken(error: unknown): never {
  if (
    pgCode(error) === '23505' &&
    String((error as { driverError?: { constraint?: string } }).driverError?.constraint).includes('action_proposal')
  )
    throw proposalAlreadyOnAgenda(null);
  throw error;
}

/** NOT_ENTITLED: not on the voter list frozen at convocation. */
export function notEntitled(assembly: Pick<AssemblyEntity, 'recordDate'>, who: string) {
  return appError(
    'NOT_ENTITLED',
    `${who} not on this assembly's voter list${assembly.recordDate ? `, frozen on ${assembly.recordDate}` : ''}: only members on the register at convocation can take part. Ask the secretariat if this is a mistake.`,
  );
}
