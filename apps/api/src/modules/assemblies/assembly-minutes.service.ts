import { Injectable } from '@nestjs/common';
import {
  can,
  checkQuorum,
  resolveText,
  type AgendaItemKind,
  type AssemblyKind,
  type AssemblyStatus,
  type Language,
  type MajorityRule,
  type PollMethod,
  type PollStatus,
  type QuorumBasis,
  type QuorumResult,
  type TranslatedTextValue,
  type VotingWeightMode,
} from '@letscoop/domain';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../common/request-context.js';
import { AssembliesService } from './assemblies.service.js';
import { attendanceFigures, type AttendanceFigures } from './attendance-figures.js';
import type { FrozenPollResult } from './poll-result.js';

/** The assembly's record, as the minutes print it (PDF and CSV are made from this). */
export interface AssemblyMinutes {
  language: Language;
  cooperativeName: string;
  assembly: {
    id: string;
    title: string;
    kind: AssemblyKind;
    status: AssemblyStatus;
    startsAt: Date;
    endsAt: Date | null;
    place: string | null;
    onlineUrl: string | null;
    recordDate: string | null;
  };
  attendance: AttendanceFigures;
  /** Present plus represented against the assembly's quorum, now (each poll froze its own at close). */
  quorum: QuorumResult;
  items: MinutesItem[];
  /** The viewer chairs (assembly.chair): results closed but not yet published are included, marked. */
  viewerIsChair: boolean;
  generatedAt: Date;
}

export interface MinutesItem {
  position: number;
  kind: AgendaItemKind;
  title: string;
  secret: boolean;
  majorityRule: MajorityRule | null;
  abstentionsCount: boolean | null;
  weightMode: VotingWeightMode | null;
  quorumPercent: number | null;
  quorumBasis: QuorumBasis | null;
  seats: number | null;
  /** null for information items (no vote). */
  poll: { status: PollStatus; method: PollMethod; closedAt: Date | null; publishedAt: Date | null } | null;
  /** The frozen result, when the viewer may see it: published, or closed and the viewer chairs. */
  result: FrozenPollResult | null;
  /** Candidate names by id (elections), for the ranking. */
  candidates: Map<string, string>;
}

interface ItemRow {
  id: string;
  position: number;
  kind: AgendaItemKind;
  title: TranslatedTextValue;
  secret: boolean;
  majorityRule: MajorityRule | null;
  abstentionsCount: boolean | null;
  weightMode: VotingWeightMode | null;
  quorumPercent: string | null;
  quorumBasis: QuorumBasis | null;
  seats: number | null;
  pollStatus: PollStatus | null;
  pollMethod: PollMethod | null;
  closedAt: Date | null;
  publishedAt: Date | null;
  result: FrozenPollResult | null;
}

/**
 * The minutes of a general assembly for its cooperative's members: attendance, quorum, and each
 * agenda item in order with its poll and, once published, the result frozen at close with the
 * rule applied. Read-only; three queries plus the attendance aggregate, whatever the agenda.
 */
@Injectable()
export class AssemblyMinutesService {
  constructor(
    private readonly db: DataSource,
    private readonly assemblies: AssembliesService,
  ) {}

  async build(viewer: Viewer, assemblyId: string, language: Language): Promise<AssemblyMinutes> {
    // NOT_FOUND / FORBIDDEN (members of the cooperative and its office holders) as for the assembly itself.
    const assembly = await this.assemblies.get(viewer.actor, assemblyId);
    const viewerIsChair = can(viewer.actor, 'assembly.chair', { cooperativeId: assembly.cooperativeId });
    const [[cooperative], rows, attendance] = await Promise.all([
      this.db.query<{ name: string }[]>(`SELECT name FROM cooperative WHERE id = $1`, [assembly.cooperativeId]),
      this.db.query<ItemRow[]>(
        `SELECT i.id, i.position, i.kind, i.title, i.secret, i.majority_rule AS "majorityRule",
                i.abstentions_count AS "abstentionsCount", i.weight_mode AS "weightMode",
                i.quorum_percent AS "quorumPercent", i.quorum_basis AS "quorumBasis", i.seats,
                p.status AS "pollStatus", p.method AS "pollMethod", p.closed_at AS "closedAt",
                p.published_at AS "publishedAt", p.result
           FROM agenda_item i LEFT JOIN poll p ON p.agenda_item_id = i.id
          WHERE i.assembly_id = $1
          ORDER BY i.position`,
        [assembly.id],
      ),
      attendanceFigures(this.db.manager, assembly.id),
    ]);
    const electionIds = rows.filter((r) => r.kind === 'ELECTION').map((r) => r.id);
    const candidateRows = electionIds.length
      ? await this.db.query<{ agendaItemId: string; id: string; name: string }[]>(
          `SELECT agenda_item_id AS "agendaItemId", id, name FROM candidate WHERE agenda_item_id = ANY($1::uuid[]) ORDER BY position`,
          [electionIds],
        )
      : [];

    const items = rows.map((r): MinutesItem => {
      const visible = r.pollStatus === 'PUBLISHED' || (r.pollStatus === 'CLOSED' && viewerIsChair);
      return {
        position: r.position,
        kind: r.kind,
        title: resolveText(r.title, language).text,
        secret: r.secret,
        majorityRule: r.majorityRule,
        abstentionsCount: r.abstentionsCount,
        weightMode: r.weightMode,
        quorumPercent: r.quorumPercent === null ? null : Number(r.quorumPercent),
        quorumBasis: r.quorumBasis,
        seats: r.seats,
        poll:
          r.pollStatus && r.pollMethod
            ? { status: r.pollStatus, method: r.pollMethod, closedAt: r.closedAt, publishedAt: r.publishedAt }
            : null,
        result: visible ? r.result : null,
        candidates: new Map(candidateRows.filter((c) => c.agendaItemId === r.id).map((c) => [c.id, c.name])),
      };
    });

    return {
      language,
      cooperativeName: cooperative?.name ?? '',
      assembly: {
        id: assembly.id,
        title: resolveText(assembly.title, language).text,
        kind: assembly.kind,
        status: assembly.status,
        startsAt: assembly.startsAt,
        endsAt: assembly.endsAt,
        place: assembly.place,
        onlineUrl: assembly.onlineUrl,
        recordDate: assembly.recordDate,
      },
      attendance,
      quorum: checkQuorum({
        basis: assembly.quorumBasis,
        percent: assembly.quorumPercent,
        entitled: { members: attendance.entitledMembers, shares: attendance.entitledShares },
        presentOrRepresented: {
          members: attendance.presentMembers + attendance.representedMembers,
          shares: attendance.presentShares + attendance.representedShares,
        },
      }),
      items,
      viewerIsChair,
      generatedAt: new Date(),
    };
  }
}
