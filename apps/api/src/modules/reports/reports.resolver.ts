import type { Language } from '@letscoop/domain';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, ReaderLanguage } from '../../common/decorators.js';
import type { Viewer } from '../../common/request-context.js';
import { presentText } from '../../common/translated-text.model.js';
import {
  amendmentSize,
  IdeaToActionReportService,
  type IdeaToActionReportData,
  type ReportActionData,
  type ReportRecommendationData,
  type ReportRef,
  type ReportVoteData,
} from './idea-to-action-report.service.js';
import {
  IdeaToActionReport,
  ReportAction,
  ReportRecommendation,
  ReportVote,
  TransparencyDashboard,
  type ReportAmendment,
} from './reports.model.js';
import type { RecommendationRef } from '../recommendations/recommendation.model.js';
import { TransparencyDashboardService } from './transparency-dashboard.service.js';

const presentAction = (a: ReportActionData, reader: Language): ReportAction => ({
  ...a,
  title: presentText(a.title, reader),
});

const presentRef = (r: ReportRef, reader: Language): RecommendationRef => ({
  id: r.id,
  stage: r.stage,
  title: r.title ? presentText(r.title, reader) : null,
});

function presentVote(v: ReportVoteData, reader: Language): ReportVote {
  const r = v.result;
  return {
    state: v.state,
    assemblyId: v.assemblyId,
    assembly: v.assemblyTitle ? presentText(v.assemblyTitle, reader) : null,
    assemblyDate: v.assemblyDate,
    pollStatus: v.pollStatus,
    votedAt: v.votedAt,
    outcome: r?.outcome ?? null,
    passed: r?.passed ?? null,
    yes: r ? r.yes : null,
    no: r ? r.no : null,
    abstain: r ? r.abstain : null,
    ruleApplied: r?.ruleApplied ?? null,
  };
}

function presentRecommendation(r: ReportRecommendationData, reader: Language): ReportRecommendation {
  let amendment: ReportAmendment | null = null;
  if (r.amendment) {
    const size = amendmentSize(r.amendment.group, r.amendment.board, reader);
    amendment = {
      groupVersion: r.amendment.group?.number ?? null,
      boardVersion: r.amendment.board.number,
      wordsAdded: size.added,
      wordsRemoved: size.removed,
    };
  }
  return {
    id: r.id,
    title: presentText(r.title ?? { original: reader, texts: {} }, reader),
    stage: r.stage,
    draftedAt: r.draftedAt,
    submittedAt: r.submittedAt,
    sentBack: r.sentBack,
    decision: r.decision,
    amendment,
    mergedInto: r.mergedInto ? presentRef(r.mergedInto, reader) : null,
    mergedFrom: r.mergedFrom.map((m) => presentRef(m, reader)),
    proposals: r.proposals.map((p) => ({
      id: p.id,
      number: p.number,
      title: presentText(p.title, reader),
      status: p.status,
      vote: presentVote(p.vote, reader),
      action: p.action ? presentAction(p.action, reader) : null,
    })),
    otherActions: r.otherActions.map((a) => presentAction(a, reader)),
  };
}

export function presentReport(data: IdeaToActionReportData, reader: Language): IdeaToActionReport {
  return {
    cooperativeId: data.cooperativeId,
    cooperativeName: data.cooperativeName,
    edition: {
      id: data.edition.id,
      number: data.edition.number,
      period: data.edition.period,
      title: presentText(data.edition.title, reader),
    },
    editionStatus: data.edition.status,
    generatedAt: data.generatedAt,
    totals: data.totals,
    stageCounts: data.stageCounts,
    groups: data.groups.map((g) => ({
      id: g.id,
      theme: presentText(g.theme, reader),
      recommendations: g.recommendations.map((r) => presentRecommendation(r, reader)),
    })),
  };
}

/** The "from idea to action" report and the transparency dashboard: read-only, for the cooperative's members. */
@Resolver()
export class ReportsResolver {
  constructor(
    private readonly report: IdeaToActionReportService,
    private readonly dashboard: TransparencyDashboardService,
  ) {}

  @Query(() => IdeaToActionReport, {
    description:
      "From idea to action: what became of every recommendation of an edition (stage, the board's decision, proposals, the assembly's published votes, the actions' progress). A constant number of queries.",
  })
  async ideaToActionReport(
    @CurrentViewer() viewer: Viewer,
    @ReaderLanguage() reader: Language,
    @Args('editionId', { type: () => ID }) editionId: string,
  ): Promise<IdeaToActionReport> {
    return presentReport(await this.report.build(viewer.actor, editionId), reader);
  }

  @Query(() => TransparencyDashboard, {
    description:
      'Per edition: recommendations per stage, median days from draft to the assembly vote, share adopted, share implemented.',
  })
  async transparencyDashboard(
    @CurrentViewer() viewer: Viewer,
    @ReaderLanguage() reader: Language,
    @Args('cooperativeId', { type: () => ID }) cooperativeId: string,
  ): Promise<TransparencyDashboard> {
    const editions = await this.dashboard.build(viewer.actor, cooperativeId);
    return {
      cooperativeId,
      editions: editions.map((e) => ({ ...e, edition: { ...e.edition, title: presentText(e.edition.title, reader) } })),
    };
  }
}
