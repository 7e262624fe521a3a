import { Injectable } from '@nestjs/common';
import {
  can,
  percentOf,
  RECOMMENDATION_STAGES,
  type Actor,
  type EditionStatus,
  type RecommendationStage,
  type TranslatedTextValue,
} from '@letscoop/domain';
import { DataSource } from 'typeorm';
import { forbidden, notFound } from '../../common/errors.js';

export interface TransparencyEditionData {
  edition: { id: string; number: number; period: string; title: TranslatedTextValue };
  status: EditionStatus;
  recommendations: number;
  stageCounts: { stage: RecommendationStage; count: number }[];
  medianDaysToVote: number | null;
  votedRecommendations: number;
  proposals: number;
  putToAssembly: number;
  decided: number;
  adopted: number;
  adoptedPercent: number | null;
  actions: number;
  actionsDone: number;
  implementedPercent: number | null;
}

interface EditionFiguresRow {
  id: string;
  number: number;
  period: string;
  title: TranslatedTextValue;
  status: EditionStatus;
  stages: Partial<Record<RecommendationStage, number>> | null;
  proposals: number;
  putToAssembly: number;
  decided: number;
  adopted: number;
  actions: number;
  actionsDone: number;
  medianDays: number | null;
  voted: number;
}

/**
 * The transparency dashboard: per edition, recommendations per stage, the median time from the
 * first draft to the assembly's vote, the share of proposals adopted and of adopted proposals
 * carried out. One query of SQL aggregates for all editions.
 */
@Injectable()
export class TransparencyDashboardService {
  constructor(private readonly db: DataSource) {}

  async build(actor: Actor, cooperativeId: string): Promise<TransparencyEditionData[]> {
    const [coop] = await this.db.query<{ id: string }[]>(`SELECT id FROM cooperative WHERE id = $1`, [cooperativeId]);
    if (!coop) throw notFound('cooperative', cooperativeId);
    if (!can(actor, 'cooperative.view', { cooperativeId })) throw forbidden("read this cooperative's dashboard");

    // Vote date: the close of the first published poll on any of the recommendation's proposals.
    const rows = await this.db.query<EditionFiguresRow[]>(
      `WITH stages AS (
         SELECT edition_id, jsonb_object_agg(stage, n) AS stages
           FROM (SELECT edition_id, stage, count(*)::int AS n FROM recommendation WHERE cooperative_id = $1 GROUP BY 1, 2) s
          GROUP BY edition_id
       ), proposals AS (
         SELECT r.edition_id,
                count(*)::int AS proposals,
                count(*) FILTER (WHERE p.status <> 'PROPOSED')::int AS put,
                count(*) FILTER (WHERE p.status IN ('ADOPTED', 'REJECTED'))::int AS decided,
                count(*) FILTER (WHERE p.status = 'ADOPTED')::int AS adopted,
                count(a.id) FILTER (WHERE p.status = 'ADOPTED')::int AS actions,
                count(a.id) FILTER (WHERE p.status = 'ADOPTED' AND a.status = 'DONE')::int AS done
           FROM action_proposal p
           JOIN recommendation r ON r.id = p.recommendation_id
           LEFT JOIN action a ON a.action_proposal_id = p.id
          WHERE p.cooperative_id = $1
          GROUP BY r.edition_id
       ), voted AS (
         SELECT r.id, r.edition_id, EXTRACT(EPOCH FROM min(po.closed_at) - r.created_at) / 86400 AS days
           FROM recommendation r
           JOIN action_proposal p ON p.recommendation_id = r.id
           JOIN agenda_item ai ON ai.action_proposal_id = p.id
           JOIN poll po ON po.agenda_item_id = ai.id AND po.status = 'PUBLISHED'
          WHERE r.cooperative_id = $1
          GROUP BY r.id, r.edition_id
       ), medians AS (
         SELECT edition_id, percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median, count(*)::int AS voted
           FROM voted GROUP BY edition_id
       )
       SELECT e.id, e.number, e.period, e.title, e.status, s.stages,
              coalesce(p.proposals, 0) AS proposals, coalesce(p.put, 0) AS "putToAssembly",
              coalesce(p.decided, 0) AS decided, coalesce(p.adopted, 0) AS adopted,
              coalesce(p.actions, 0) AS actions, coalesce(p.done, 0) AS "actionsDone",
              round(m.median::numeric, 1)::float8 AS "medianDays", coalesce(m.voted, 0) AS voted
         FROM edition e
         LEFT JOIN stages s ON s.edition_id = e.id
         LEFT JOIN proposals p ON p.edition_id = e.id
         LEFT JOIN medians m ON m.edition_id = e.id
        WHERE e.cooperative_id = $1
        ORDER BY e.number, e.id`,
      [cooperativeId],
    );
    return rows.map((r) => {
      const stageCounts = RECOMMENDATION_STAGES.map((stage) => ({ stage, count: r.stages?.[stage] ?? 0 }));
      return {
        edition: { id: r.id, number: r.number, period: r.period, title: r.title },
        status: r.status,
        recommendations: stageCounts.reduce((sum, s) => sum + s.count, 0),
        stageCounts,
        medianDaysToVote: r.medianDays,
        votedRecommendations: r.voted,
        proposals: r.proposals,
        putToAssembly: r.putToAssembly,
        decided: r.decided,
        adopted: r.adopted,
        adoptedPercent: percentOf(r.adopted, r.decided),
        actions: r.actions,
        actionsDone: r.actionsDone,
        implementedPercent: percentOf(r.actionsDone, r.adopted),
      };
    });
  }
}
