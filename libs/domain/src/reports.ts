import type { PollStatus } from './assemblies.js';
import type { ActionProposalStatus } from './editions.js';
import type { DiffPart } from './text-diff.js';

/**
 * The "from idea to action" report and the transparency dashboard: how a proposal's vote is
 * told, and the ratios the dashboard shows. Shared by the API (GraphQL, PDF, CSV) and the web.
 */

/**
 * What the report can say about the vote on an action proposal:
 * - NOT_PUT: the board has not put it to the assembly yet;
 * - AWAITING: put to the assembly, no published result yet (not on an agenda, or the poll is
 *   not closed and published) — results closed but unpublished are never shown;
 * - PUBLISHED: the assembly's result, frozen at close and published;
 * - NO_VOTE_RECORDED: adopted or rejected without a poll in the platform (decisions recorded
 *   before it, e.g. the demo's early editions).
 */
export const REPORT_VOTE_STATES = ['NOT_PUT', 'AWAITING', 'PUBLISHED', 'NO_VOTE_RECORDED'] as const;
export type ReportVoteState = (typeof REPORT_VOTE_STATES)[number];

export function proposalVoteState(
  proposalStatus: ActionProposalStatus,
  pollStatus: PollStatus | null,
): ReportVoteState {
  if (pollStatus === 'PUBLISHED') return 'PUBLISHED';
  switch (proposalStatus) {
    case 'PROPOSED':
      return 'NOT_PUT';
    case 'ON_AGENDA':
      return 'AWAITING';
    case 'ADOPTED':
    case 'REJECTED':
      return pollStatus === null ? 'NO_VOTE_RECORDED' : 'AWAITING';
  }
}

/** part / whole as a percentage with one decimal; null when there is nothing to divide by. */
export function percentOf(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part * 1000) / whole) / 10;
}

/** How many words a word diff added and removed (whitespace does not count). */
export function diffWordCounts(parts: readonly DiffPart[]): { added: number; removed: number } {
  const words = (text: string) => text.split(/\s+/).filter((w) => w.length > 0).length;
  let added = 0;
  let removed = 0;
  for (const p of parts) {
    if (p.kind === 'added') added += words(p.text);
    else if (p.kind === 'removed') removed += words(p.text);
  }
  return { added, removed };
}
