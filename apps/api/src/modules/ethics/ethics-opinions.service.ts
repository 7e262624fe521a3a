import { Injectable } from '@nestjs/common';
import {
  can,
  describePublicationProblem,
  ETHICS_CRITERIA,
  publicationProblems,
  setTextInLanguage,
  type Actor,
  type EthicsPublicationProblem,
  type TranslatedTextValue,
} from '@letscoop/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { appError, forbidden, notFound, validation, type FieldProblem } from '../../common/errors.js';
import type { Viewer } from '../../common/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import type { CreateEthicsOpinionInput } from './dto/create-ethics-opinion.input.js';
import type { EthicsFindingInput } from './dto/ethics-finding.input.js';
import type { UpdateEthicsOpinionInput } from './dto/update-ethics-opinion.input.js';
import { EthicsFindingEntity } from './ethics-finding.entity.js';
import { EthicsOpinionEntity } from './ethics-opinion.entity.js';

export interface AgendaItemRow {
  id: string;
  assembly_id: string;
  cooperative_id: string;
  position: number;
  kind: string;
  title: TranslatedTextValue;
}

/** Field names for publication problems, so the editor can point at the part to complete. */
function problemField(problem: EthicsPublicationProblem): string {
  switch (problem.code) {
    case 'FINDING_MISSING':
    case 'FINDING_TEXT_MISSING':
      return `findings.${problem.criterion}`;
    case 'NO_CRITERION_APPLIES':
      return 'findings';
    case 'CONCLUSION_MISSING':
      return 'conclusion';
    case 'STANCE_MISSING':
    case 'STANCE_TOO_MILD':
      return 'stance';
  }
}

/**
 * Advisory opinions of the ethics committee. Drafts are the committee's own (ethics.write);
 * once published an opinion is final and every member reads it (ethics.view).
 */
@Injectable()
export class EthicsOpinionsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  // ── Reading ──

  async get(actor: Actor, id: string): Promise<EthicsOpinionEntity> {
    const opinion = await this.db.getRepository(EthicsOpinionEntity).findOneBy({ id });
    // A draft the reader may not see is not there for them.
    if (!opinion || !this.visible(actor, opinion)) {
      if (opinion && !can(actor, 'ethics.view', { cooperativeId: opinion.cooperativeId })) {
        throw forbidden("read this cooperative's ethics opinions");
      }
      throw notFound('ethics opinion', id);
    }
    return opinion;
  }

  /** Published opinions, latest first; with the drafts (first) for the committee. */
  async listForCooperative(actor: Actor, cooperativeId: string): Promise<EthicsOpinionEntity[]> {
    if (!can(actor, 'ethics.view', { cooperativeId })) throw forbidden("read this cooperative's ethics opinions");
    return this.query(actor, cooperativeId, 'o.cooperative_id = :cooperativeId', { cooperativeId });
  }

  /** The opinions on one agenda item (what the assembly page shows beside a motion). */
  async listForAgendaItem(actor: Actor, agendaItemId: string): Promise<EthicsOpinionEntity[]> {
    const [item] = await this.agendaItems([agendaItemId]);
    if (!item) throw notFound('agenda item', agendaItemId);
    if (!can(actor, 'ethics.view', { cooperativeId: item.cooperative_id })) {
      throw forbidden("read this cooperative's ethics opinions");
    }
    return this.query(actor, item.cooperative_id, 'o.agenda_item_id = :agendaItemId', { agendaItemId });
  }

  /** The opinions on any item of one assembly's agenda, in agenda order. */
  async listForAssembly(actor: Actor, assemblyId: string): Promise<EthicsOpinionEntity[]> {
    const [assembly] = await this.db.query<{ cooperative_id: string }[]>(
      `SELECT cooperative_id FROM assembly WHERE id = $1`,
      [assemblyId],
    );
    if (!assembly) throw notFound('assembly', assemblyId);
    if (!can(actor, 'ethics.view', { cooperativeId: assembly.cooperative_id })) {
      throw forbidden("read this cooperative's ethics opinions");
    }
    const opinions = await this.query(
      actor,
      assembly.cooperative_id,
      'o.agenda_item_id IN (SELECT id FROM agenda_item WHERE assembly_id = :assemblyId)',
      { assemblyId },
    );
    const items = new Map(
      (await this.agendaItems(opinions.map((o) => o.agendaItemId as string))).map((i) => [i.id, i]),
    );
    return opinions.sort(
      (a, b) =>
        (items.get(a.agendaItemId as string)?.position ?? 0) - (items.get(b.agendaItemId as string)?.position ?? 0),
    );
  }

  mayWrite(actor: Actor, opinion: Pick<EthicsOpinionEntity, 'cooperativeId'>): boolean {
    return can(actor, 'ethics.write', { cooperativeId: opinion.cooperativeId });
  }

  findingsOf(opinionIds: readonly string[]): Promise<EthicsFindingEntity[]> {
    return this.db.getRepository(EthicsFindingEntity).find({ where: { opinionId: In([...opinionIds]) } });
  }

  /** Agenda items with their assembly's cooperative (read from the assembly tables; the assemblies module owns them). */
  async agendaItems(ids: readonly string[]): Promise<AgendaItemRow[]> {
    if (ids.length === 0) return [];
    return this.db.query<AgendaItemRow[]>(
      `SELECT i.id, i.assembly_id, a.cooperative_id, i.position, i.kind, i.title
       FROM agenda_item i JOIN assembly a ON a.id = i.assembly_id WHERE i.id = ANY($1)`,
      [[...new Set(ids)]],
    );
  }

  // ── Writing ──

  async create(viewer: Viewer, input: CreateEthicsOpinionInput): Promise<EthicsOpinionEntity> {
    const cooperativeId = input.cooperativeId;
    if (!can(viewer.actor, 'ethics.write', { cooperativeId })) {
      throw forbidden('write an opinion of the ethics committee: only its members do');
    }
    const activity = input.activity?.trim() ? input.activity : null;
    if (!!input.agendaItemId === !!activity) {
      throw validation([
        {
          field: 'agendaItemId',
          messages: [
            'Say what the opinion is about: an agenda item (agendaItemId) or a member activity (activity), not both.',
          ],
        },
      ]);
    }
    if (input.agendaItemId) {
      const [item] = await this.agendaItems([input.agendaItemId]);
      if (!item || item.cooperative_id !== cooperativeId) {
        throw validation([
          { field: 'agendaItemId', messages: ["Choose an item on one of this cooperative's assembly agendas."] },
        ]);
      }
      if (input.activityPersonId) {
        throw validation([
          { field: 'activityPersonId', messages: ['Name a member only for an opinion on a member activity.'] },
        ]);
      }
    }
    this.checkFindings(input.findings);
    if (input.activityPersonId) await this.checkMember(input.activityPersonId, cooperativeId);

    const id = await this.db.transaction(async (manager) => {
      const l = input.language;
      const [{ id: opinionId }] = await manager.query<{ id: string }[]>(
        `INSERT INTO ethics_opinion (cooperative_id, subject_kind, agenda_item_id, activity, activity_person_id, conclusion, stance, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
        [
          cooperativeId,
          input.agendaItemId ? 'AGENDA_ITEM' : 'MEMBER_ACTIVITY',
          input.agendaItemId ?? null,
          activity ? setTextInLanguage(null, l, activity) : null,
          input.activityPersonId ?? null,
          setTextInLanguage(null, l, input.conclusion ?? null),
          input.stance ?? null,
          viewer.person.id,
        ],
      );
      await manager.insert(
        EthicsFindingEntity,
        input.findings.map((f) => ({
          opinionId,
          criterion: f.criterion,
          rating: f.rating,
          text: setTextInLanguage(null, l, f.text ?? null),
        })),
      );
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'ethics.opinionDrafted',
        subjectType: 'ethics_opinion',
        subjectId: opinionId,
        cooperativeId,
        after: {
          subjectKind: input.agendaItemId ? 'AGENDA_ITEM' : 'MEMBER_ACTIVITY',
          agendaItemId: input.agendaItemId ?? null,
          activityPersonId: input.activityPersonId ?? null,
          language: l,
          ratings: Object.fromEntries(input.findings.map((f) => [f.criterion, f.rating])),
          stance: input.stance ?? null,
        },
      });
      return opinionId;
    });
    return this.reload(id);
  }

  /** Saves a draft: ratings and stance as given; the texts in the input's language (others stay). */
  async update(viewer: Viewer, input: UpdateEthicsOpinionInput): Promise<EthicsOpinionEntity> {
    this.checkFindings(input.findings);
    await this.db.transaction(async (manager) => {
      const opinion = await this.lockDraft(manager, viewer.actor, input.opinionId, 'change');
      const l = input.language;
      let activity = opinion.activity;
      let activityPersonId = opinion.activityPersonId;
      if (opinion.subjectKind === 'AGENDA_ITEM') {
        if (input.activity || input.activityPersonId) {
          throw validation([
            { field: 'activity', messages: ['This opinion is about an agenda item: it has no member activity.'] },
          ]);
        }
      } else {
        activity = setTextInLanguage(opinion.activity, l, input.activity);
        if (!activity)
          throw validation([{ field: 'activity', messages: ['Describe the member activity the opinion is about.'] }]);
        if (input.activityPersonId !== undefined) {
          if (input.activityPersonId) await this.checkMember(input.activityPersonId, opinion.cooperativeId);
          activityPersonId = input.activityPersonId ?? null;
        }
      }
      const existing = await manager.find(EthicsFindingEntity, { where: { opinionId: opinion.id } });
      for (const f of input.findings) {
        const previous = existing.find((e) => e.criterion === f.criterion)?.text ?? null;
        await manager.upsert(
          EthicsFindingEntity,
          {
            opinionId: opinion.id,
            criterion: f.criterion,
            rating: f.rating,
            text: setTextInLanguage(previous, l, f.text),
          },
          ['opinionId', 'criterion'],
        );
      }
      const conclusion = setTextInLanguage(opinion.conclusion, l, input.conclusion);
      const stance = input.stance === undefined ? opinion.stance : input.stance;
      await manager.update(EthicsOpinionEntity, opinion.id, {
        activity,
        activityPersonId,
        conclusion,
        stance,
        updatedBy: viewer.person.id,
        updatedAt: () => 'now()',
      });
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'ethics.opinionSaved',
        subjectType: 'ethics_opinion',
        subjectId: opinion.id,
        cooperativeId: opinion.cooperativeId,
        before: { ratings: Object.fromEntries(existing.map((f) => [f.criterion, f.rating])), stance: opinion.stance },
        after: { language: l, ratings: Object.fromEntries(input.findings.map((f) => [f.criterion, f.rating])), stance },
      });
    });
    return this.reload(input.opinionId);
  }

  /** Publishes a complete draft: from then on it is final and every member reads it. */
  async publish(viewer: Viewer, opinionId: string): Promise<EthicsOpinionEntity> {
    await this.db.transaction(async (manager) => {
      const opinion = await this.lockDraft(manager, viewer.actor, opinionId, 'publish');
      const findings = await manager.find(EthicsFindingEntity, { where: { opinionId } });
      const problems = publicationProblems({ findings, conclusion: opinion.conclusion, stance: opinion.stance });
      if (problems.length > 0) {
        const fields: FieldProblem[] = [];
        for (const problem of problems) {
          const field = problemField(problem);
          const entry = fields.find((f) => f.field === field) ?? fields[fields.push({ field, messages: [] }) - 1];
          entry.messages.push(describePublicationProblem(problem));
        }
        throw validation(
          fields,
          `The opinion is not complete yet: ${problems.map(describePublicationProblem).join(' ')}`,
        );
      }
      await manager.update(EthicsOpinionEntity, opinionId, {
        status: 'PUBLISHED',
        publishedBy: viewer.person.id,
        publishedAt: () => 'now()',
      });
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'ethics.opinionPublished',
        subjectType: 'ethics_opinion',
        subjectId: opinionId,
        cooperativeId: opinion.cooperativeId,
        before: { status: 'DRAFT' },
        after: {
          status: 'PUBLISHED',
          stance: opinion.stance,
          ratings: Object.fromEntries(findings.map((f) => [f.criterion, f.rating])),
        },
      });
    });
    return this.reload(opinionId);
  }

  /** Drops a draft the committee does not pursue (a published opinion stays for good). */
  async discard(viewer: Viewer, opinionId: string): Promise<boolean> {
    await this.db.transaction(async (manager) => {
      const opinion = await this.lockDraft(manager, viewer.actor, opinionId, 'discard');
      await manager.delete(EthicsFindingEntity, { opinionId });
      await manager.delete(EthicsOpinionEntity, { id: opinionId });
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'ethics.opinionDiscarded',
        subjectType: 'ethics_opinion',
        subjectId: opinionId,
        cooperativeId: opinion.cooperativeId,
        before: { status: 'DRAFT', subjectKind: opinion.subjectKind, agendaItemId: opinion.agendaItemId },
      });
    });
    return true;
  }

  // ── Helpers ──

  private visible(actor: Actor, opinion: EthicsOpinionEntity): boolean {
    const subject = { cooperativeId: opinion.cooperativeId };
    return opinion.status === 'PUBLISHED' ? can(actor, 'ethics.view', subject) : can(actor, 'ethics.write', subject);
  }

  private query(
    actor: Actor,
    cooperativeId: string,
    where: string,
    params: Record<string, unknown>,
  ): Promise<EthicsOpinionEntity[]> {
    const q = this.db
      .getRepository(EthicsOpinionEntity)
      .createQueryBuilder('o')
      .where(where, params)
      .andWhere('o.cooperative_id = :coop', { coop: cooperativeId })
      .orderBy(`CASE WHEN o.status = 'DRAFT' THEN 0 ELSE 1 END`)
      .addOrderBy('o.published_at', 'DESC')
      .addOrderBy('o.updated_at', 'DESC')
      .addOrderBy('o.id');
    if (!can(actor, 'ethics.write', { cooperativeId })) q.andWhere(`o.status = 'PUBLISHED'`);
    return q.getMany();
  }

  /** The draft, locked for this transaction: a second writer waits, then finds it published (CONFLICT). */
  private async lockDraft(
    manager: EntityManager,
    actor: Actor,
    id: string,
    what: string,
  ): Promise<EthicsOpinionEntity> {
    const opinion = await manager
      .getRepository(EthicsOpinionEntity)
      .createQueryBuilder('o')
      .setLock('pessimistic_write')
      .where('o.id = :id', { id })
      .getOne();
    if (!opinion) throw notFound('ethics opinion', id);
    if (!can(actor, 'ethics.write', { cooperativeId: opinion.cooperativeId })) {
      throw forbidden(`${what} an opinion of the ethics committee: only its members do`);
    }
    if (opinion.status !== 'DRAFT') {
      throw appError(
        'CONFLICT',
        'This opinion is published: it is final. Write a new opinion if the committee changes its view.',
        {
          reason: 'PUBLISHED',
        },
      );
    }
    return opinion;
  }

  private checkFindings(findings: readonly EthicsFindingInput[]): void {
    const criteria = new Set(findings.map((f) => f.criterion));
    if (criteria.size !== ETHICS_CRITERIA.length || !ETHICS_CRITERIA.every((c) => criteria.has(c))) {
      throw validation([
        {
          field: 'findings',
          messages: [
            'Give exactly one finding for each of the three criteria (NOT_APPLICABLE where one does not bear).',
          ],
        },
      ]);
    }
  }

  private async checkMember(personId: string, cooperativeId: string): Promise<void> {
    const rows = await this.db.query<unknown[]>(
      `SELECT 1 FROM membership WHERE person_id = $1 AND cooperative_id = $2`,
      [personId, cooperativeId],
    );
    if (rows.length === 0) {
      throw validation([{ field: 'activityPersonId', messages: ['Name a member of this cooperative (or nobody).'] }]);
    }
  }

  private async reload(id: string): Promise<EthicsOpinionEntity> {
    return this.db.getRepository(EthicsOpinionEntity).findOneByOrFail({ id });
  }
}
