export const EDITION_STATUSES = ['PLANNED', 'OPEN', 'DRAFTING', 'BOARD_REVIEW', 'AT_ASSEMBLY', 'CLOSED'] as const;
export type EditionStatus = (typeof EDITION_STATUSES)[number];

export const GROUP_ROLES = ['LEAD', 'COORDINATOR', 'SECRETARY', 'PARTICIPANT'] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];

/** Active members' rows of a group → who holds which role (the Subject's `group`). */
export function groupRolesFrom(rows: readonly { personId: string; role: GroupRole; status?: string }[]): {
  leads: string[];
  coordinator: string | null;
  secretary: string | null;
  participants: string[];
} {
  const active = rows.filter((r) => r.status === undefined || r.status === 'ACTIVE');
  return {
    leads: active.filter((r) => r.role === 'LEAD').map((r) => r.personId),
    coordinator: active.find((r) => r.role === 'COORDINATOR')?.personId ?? null,
    secretary: active.find((r) => r.role === 'SECRETARY')?.personId ?? null,
    participants: active.filter((r) => r.role === 'PARTICIPANT').map((r) => r.personId),
  };
}

/** A group is framed by two board co-leads, one staff coordinator and one secretary. */
export const GROUP_FRAME = { LEAD: 2, COORDINATOR: 1, SECRETARY: 1 } as const;

/** What is still missing from a group's frame; the group shows a warning until it is empty. */
export function missingFrame(counts: Partial<Record<GroupRole, number>>): { role: keyof typeof GROUP_FRAME; missing: number }[] {
  return (Object.keys(GROUP_FRAME) as (keyof typeof GROUP_FRAME)[])
    .map((role) => ({ role, missing: GROUP_FRAME[role] - (counts[role] ?? 0) }))
    .filter((m) => m.missing > 0);
}

export const WRITING_AUTHOR_KINDS = ['POLITICIAN', 'UNION', 'ENTREPRENEUR', 'RESEARCHER', 'OTHER'] as const;
export type WritingAuthorKind = (typeof WRITING_AUTHOR_KINDS)[number];

export const COMMENT_SUBJECT_TYPES = ['RECOMMENDATION', 'WRITING', 'SMALL_TALK'] as const;
export type CommentSubjectType = (typeof COMMENT_SUBJECT_TYPES)[number];

export const ACTION_PROPOSAL_STATUSES = ['PROPOSED', 'ON_AGENDA', 'ADOPTED', 'REJECTED'] as const;
export type ActionProposalStatus = (typeof ACTION_PROPOSAL_STATUSES)[number];

/** Documents a group may attach: pdf, odt, docx, images; at most 20 MB. */
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;
export const DOCUMENT_TYPES: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
};

/**
 * Whether an edition may move from one status to another: forward by one step, or straight to
 * CLOSED (an edition can be stopped at any point). Never backwards, never to itself.
 */
export function canMoveEdition(from: EditionStatus, to: EditionStatus): boolean {
  if (from === 'CLOSED') return false;
  if (to === 'CLOSED') return true;
  return EDITION_STATUSES.indexOf(to) === EDITION_STATUSES.indexOf(from) + 1;
}

/** The statuses an edition may move to next (what the UI offers). */
export function nextEditionStatuses(from: EditionStatus): EditionStatus[] {
  return EDITION_STATUSES.filter((to) => canMoveEdition(from, to));
}
