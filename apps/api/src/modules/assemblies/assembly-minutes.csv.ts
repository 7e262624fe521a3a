import { stringify } from 'csv-stringify/sync';
import type { AssemblyMinutes, MinutesItem } from './assembly-minutes.service.js';
import { MINUTES_LABELS } from './assembly-minutes.labels.js';

/**
 * The CSV columns: the assembly's record repeated on each row (so files of several assemblies
 * can be pasted together), then the agenda item and its result. Stable English names and codes
 * (statuses, outcomes, rules) for tools; titles and the threshold in the reader's language.
 */
const ASSEMBLY_COLUMNS = [
  'assembly',
  'assembly_kind',
  'starts_at',
  'ends_at',
  'place',
  'online_url',
  'record_date',
  'entitled_members',
  'entitled_shares',
  'present_members',
  'present_shares',
  'represented_members',
  'represented_shares',
  'assembly_quorum_reached',
] as const;

const ITEM_COLUMNS = [
  'position',
  'item_kind',
  'title',
  'ballot',
  'poll_status',
  'result_published',
  'weight_mode',
  'majority_rule',
  'abstentions_count',
  'threshold',
  'quorum_basis',
  'quorum_percent',
  'quorum_required',
  'quorum_actual',
  'quorum_reached',
  'ballots',
  'yes',
  'no',
  'abstain',
  'cast',
  'counted',
  'entitled',
  'yes_needed',
  'yes_percent',
  'outcome',
  'passed',
  'seats',
  'elected',
  'ranking',
  'tie_between',
  'vacant_seats',
  'rule_applied',
] as const;

export const MINUTES_CSV_COLUMNS = [...ASSEMBLY_COLUMNS, ...ITEM_COLUMNS];

type Cell = string | number | boolean | null;

/** One row per agenda item under a header row; UTF-8 with a BOM so spreadsheet programs read accents. */
export function minutesCsv(minutes: AssemblyMinutes): string {
  const { assembly, attendance } = minutes;
  const head: Record<(typeof ASSEMBLY_COLUMNS)[number], Cell> = {
    assembly: assembly.title,
    assembly_kind: assembly.kind,
    starts_at: assembly.startsAt.toISOString(),
    ends_at: assembly.endsAt?.toISOString() ?? null,
    place: assembly.place,
    online_url: assembly.onlineUrl,
    record_date: assembly.recordDate,
    entitled_members: attendance.entitledMembers,
    entitled_shares: attendance.entitledShares,
    present_members: attendance.presentMembers,
    present_shares: attendance.presentShares,
    represented_members: attendance.representedMembers,
    represented_shares: attendance.representedShares,
    assembly_quorum_reached: minutes.quorum.reached,
  };
  const rows = minutes.items.map((item) => ({ ...head, ...itemColumns(minutes, item) }));
  return stringify(rows, {
    header: true,
    columns: MINUTES_CSV_COLUMNS,
    bom: true,
    cast: { boolean: (v) => (v ? 'true' : 'false') },
  });
}

function itemColumns(minutes: AssemblyMinutes, item: MinutesItem): Record<(typeof ITEM_COLUMNS)[number], Cell> {
  const labels = MINUTES_LABELS[minutes.language];
  const r = item.result;
  const name = (id: string) => item.candidates.get(id) ?? id;
  const election = r?.election ?? null;
  return {
    position: item.position,
    item_kind: item.kind,
    title: item.title,
    ballot: item.poll ? (item.secret ? 'SECRET' : 'NAMED') : null,
    poll_status: item.poll?.status ?? null,
    result_published: item.poll ? item.poll.status === 'PUBLISHED' : null,
    weight_mode: item.weightMode,
    majority_rule: item.kind === 'MOTION' ? item.majorityRule : null,
    abstentions_count: item.kind === 'MOTION' ? item.abstentionsCount : null,
    threshold:
      item.kind === 'MOTION' && item.majorityRule
        ? labels.threshold(item.majorityRule, item.abstentionsCount ?? false)
        : null,
    quorum_basis: r?.quorum.basis ?? item.quorumBasis,
    quorum_percent: r?.quorum.percent ?? item.quorumPercent,
    quorum_required: r?.quorum.required ?? null,
    quorum_actual: r?.quorum.actual ?? null,
    quorum_reached: r?.quorum.reached ?? null,
    ballots: r?.ballots ?? null,
    yes: r && !election ? r.yes : null,
    no: r && !election ? r.no : null,
    abstain: r && !election ? r.abstain : null,
    cast: r?.cast ?? null,
    counted: r?.counted ?? null,
    entitled: r?.entitled ?? null,
    yes_needed: r?.yesNeeded ?? null,
    yes_percent: r?.yesPercent ?? null,
    outcome: r?.outcome ?? null,
    passed: r?.passed ?? null,
    seats: item.seats,
    elected: election ? election.elected.map(name).join('; ') : null,
    ranking: election
      ? election.ranking
          .map((c) => `${c.rank}. ${name(c.candidateId)}: ${c.approvals}${c.elected ? ' (elected)' : ''}`)
          .join('; ')
      : null,
    tie_between: election && election.tieCandidateIds.length ? election.tieCandidateIds.map(name).join('; ') : null,
    vacant_seats: election?.vacantSeats ?? null,
    rule_applied: r?.ruleApplied ?? null,
  };
}
