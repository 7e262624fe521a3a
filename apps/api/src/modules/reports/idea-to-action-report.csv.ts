import { resolveText, type Language, type TranslatedTextValue } from '@letscoop/domain';
import { stringify } from 'csv-stringify/sync';
import {
  amendmentSize,
  type IdeaToActionReportData,
  type ReportActionData,
  type ReportProposalData,
  type ReportRecommendationData,
} from './idea-to-action-report.service.js';

/**
 * One row per action proposal; a recommendation without any gets one row of its own, and an
 * action drawn from a recommendation without a proposal gets a row with the proposal columns
 * empty. Stable English column names and codes (stages, statuses, outcomes) for tools; titles
 * in the reader's language. The edition and the recommendation repeat on each row.
 */
export const REPORT_CSV_COLUMNS = [
  'edition',
  'edition_number',
  'edition_period',
  'working_group',
  'recommendation_id',
  'recommendation',
  'stage',
  'drafted_at',
  'submitted_at',
  'sent_back',
  'board_decision',
  'board_decided_at',
  'board_meeting',
  'board_votes_in_favour',
  'board_votes_against',
  'board_votes_abstaining',
  'board_reason',
  'amended_by_board',
  'words_added_by_board',
  'words_removed_by_board',
  'merged_into',
  'proposal_number',
  'proposal',
  'proposal_status',
  'vote',
  'assembly',
  'assembly_date',
  'poll_status',
  'voted_at',
  'outcome',
  'passed',
  'yes',
  'no',
  'abstain',
  'rule_applied',
  'action_id',
  'action',
  'action_status',
  'action_progress',
  'action_status_reason',
] as const;

type Column = (typeof REPORT_CSV_COLUMNS)[number];
type Cell = string | number | boolean | null;
type Row = Record<Column, Cell>;

/** UTF-8 with a BOM, so spreadsheet programs read the accents. */
export function ideaToActionCsv(report: IdeaToActionReportData, language: Language): string {
  const text = (v: TranslatedTextValue | null | undefined) => (v ? resolveText(v, language).text : null);
  const rows: Row[] = [];
  for (const group of report.groups) {
    for (const rec of group.recommendations) {
      const head = recommendationColumns(rec, language, text);
      const base = {
        edition: text(report.edition.title),
        edition_number: report.edition.number,
        edition_period: report.edition.period,
        working_group: text(group.theme),
        ...head,
      };
      const lines = [
        ...rec.proposals.map((p) => ({ ...proposalColumns(p, text), ...actionColumns(p.action, text) })),
        ...rec.otherActions.map((a) => ({ ...proposalColumns(null, text), ...actionColumns(a, text) })),
      ];
      if (lines.length === 0) lines.push({ ...proposalColumns(null, text), ...actionColumns(null, text) });
      for (const line of lines) rows.push({ ...base, ...line });
    }
  }
  return stringify(rows, {
    header: true,
    columns: [...REPORT_CSV_COLUMNS],
    bom: true,
    cast: { boolean: (v) => (v ? 'true' : 'false'), date: (d) => d.toISOString() },
  });
}

function recommendationColumns(
  rec: ReportRecommendationData,
  language: Language,
  text: (v: TranslatedTextValue | null | undefined) => string | null,
) {
  const d = rec.decision;
  const size = rec.amendment ? amendmentSize(rec.amendment.group, rec.amendment.board, language) : null;
  return {
    recommendation_id: rec.id,
    recommendation: text(rec.title),
    stage: rec.stage,
    drafted_at: rec.draftedAt.toISOString(),
    submitted_at: rec.submittedAt?.toISOString() ?? null,
    sent_back: rec.sentBack,
    board_decision: d?.transition ?? null,
    board_decided_at: d?.decidedAt.toISOString() ?? null,
    board_meeting: d?.boardMeeting ?? null,
    board_votes_in_favour: d?.vote?.inFavour ?? null,
    board_votes_against: d?.vote?.against ?? null,
    board_votes_abstaining: d?.vote?.abstaining ?? null,
    board_reason: d?.reason ?? null,
    amended_by_board: rec.amendment !== null,
    words_added_by_board: size?.added ?? null,
    words_removed_by_board: size?.removed ?? null,
    merged_into: rec.mergedInto ? text(rec.mergedInto.title) : null,
  } satisfies Partial<Row>;
}

function proposalColumns(
  p: ReportProposalData | null,
  text: (v: TranslatedTextValue | null | undefined) => string | null,
) {
  const v = p?.vote;
  const r = v?.result ?? null;
  return {
    proposal_number: p?.number ?? null,
    proposal: p ? text(p.title) : null,
    proposal_status: p?.status ?? null,
    vote: v?.state ?? null,
    assembly: text(v?.assemblyTitle),
    assembly_date: v?.assemblyDate?.toISOString() ?? null,
    poll_status: v?.pollStatus ?? null,
    voted_at: v?.votedAt?.toISOString() ?? null,
    outcome: r?.outcome ?? null,
    passed: r?.passed ?? null,
    yes: r?.yes ?? null,
    no: r?.no ?? null,
    abstain: r?.abstain ?? null,
    rule_applied: r?.ruleApplied ?? null,
  } satisfies Partial<Row>;
}

function actionColumns(a: ReportActionData | null, text: (v: TranslatedTextValue | null | undefined) => string | null) {
  return {
    action_id: a?.id ?? null,
    action: a ? text(a.title) : null,
    action_status: a?.status ?? null,
    action_progress: a?.progress ?? null,
    action_status_reason: a?.statusReason ?? null,
  } satisfies Partial<Row>;
}
