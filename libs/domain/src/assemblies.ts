/**
 * The general assembly's life cycle and its polls. The counting itself is in vote-counting.ts.
 */
export const ASSEMBLY_KINDS = ['ORDINARY', 'EXTRAORDINARY'] as const;
export type AssemblyKind = (typeof ASSEMBLY_KINDS)[number];

/** DRAFT (agenda being written) → CONVENED (voters frozen) → IN_SESSION (check-in, polls) → CLOSED. */
export const ASSEMBLY_STATUSES = ['DRAFT', 'CONVENED', 'IN_SESSION', 'CLOSED'] as const;
export type AssemblyStatus = (typeof ASSEMBLY_STATUSES)[number];

export const AGENDA_ITEM_KINDS = ['MOTION', 'ELECTION', 'INFORMATION'] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

/** Bodies whose seats an election fills: the elected take their office when the result is published. */
export const SEAT_BODIES = ['ETHICS_COMMITTEE'] as const;
export type SeatBody = (typeof SEAT_BODIES)[number];

export const ATTENDANCE_MODES = ['IN_PERSON', 'ONLINE'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

/** DRAFT → OPEN → CLOSED → PUBLISHED, one step at a time. */
export const POLL_STATUSES = ['DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED'] as const;
export type PollStatus = (typeof POLL_STATUSES)[number];

/** MOTION: yes / no / abstain. APPROVAL: an election, approve up to `seats` candidates. */
export const POLL_METHODS = ['MOTION', 'APPROVAL'] as const;
export type PollMethod = (typeof POLL_METHODS)[number];

/** The agenda can change until the session opens. */
export function agendaEditable(status: AssemblyStatus): boolean {
  return status === 'DRAFT' || status === 'CONVENED';
}

/** The next status of a poll, or null when it is published (final). */
export function nextPollStatus(status: PollStatus): PollStatus | null {
  const i = POLL_STATUSES.indexOf(status);
  return i < POLL_STATUSES.length - 1 ? POLL_STATUSES[i + 1] : null;
}
