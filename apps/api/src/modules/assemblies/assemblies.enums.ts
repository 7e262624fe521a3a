import { AGENDA_ITEM_KINDS, ASSEMBLY_KINDS, ASSEMBLY_STATUSES, ATTENDANCE_MODES, BALLOT_CHOICES, ELECTION_METHODS, POLL_METHODS, POLL_STATUSES, SEAT_BODIES } from '@letscoop/domain';
import { registerEnumType } from '@nestjs/graphql';
import { asEnum } from '../../common/enums.js';

export type { AgendaItemKind, AssemblyKind, AssemblyStatus, AttendanceMode, PollMethod, PollStatus } from '@letscoop/domain';

export const AssemblyKindEnum = asEnum(ASSEMBLY_KINDS);
export const AssemblyStatusEnum = asEnum(ASSEMBLY_STATUSES);
export const AgendaItemKindEnum = asEnum(AGENDA_ITEM_KINDS);
export const AttendanceModeEnum = asEnum(ATTENDANCE_MODES);
export const PollStatusEnum = asEnum(POLL_STATUSES);
export const PollMethodEnum = asEnum(POLL_METHODS);
export const BallotChoiceEnum = asEnum(BALLOT_CHOICES);
export const SeatBodyEnum = asEnum(SEAT_BODIES);
export const ElectionMethodEnum = asEnum(ELECTION_METHODS);

registerEnumType(AssemblyKindEnum, { name: 'AssemblyKind' });
registerEnumType(AssemblyStatusEnum, {
  name: 'AssemblyStatus',
  description: 'DRAFT (agenda being written) → CONVENED (voters frozen) → IN_SESSION (check-in, polls) → CLOSED.',
});
registerEnumType(AgendaItemKindEnum, { name: 'AgendaItemKind' });
registerEnumType(AttendanceModeEnum, { name: 'AttendanceMode' });
registerEnumType(PollStatusEnum, { name: 'PollStatus', description: 'DRAFT → OPEN → CLOSED → PUBLISHED.' });
registerEnumType(PollMethodEnum, {
  name: 'PollMethod',
  description: 'MOTION: yes / no / abstain. APPROVAL: an election, approve up to `seats` candidates.',
});
registerEnumType(BallotChoiceEnum, { name: 'BallotChoice' });
registerEnumType(ElectionMethodEnum, {
  name: 'ElectionMethod',
  description:
    'APPROVAL: the most approved candidates take the seats. MAJORITY_PER_SEAT: the same, but each needs approvals from more than half of the ballots; other seats stay vacant.',
});
registerEnumType(SeatBodyEnum, {
  name: 'SeatBody',
  description: 'A body whose seats an election fills; the elected take their office when the result is published.',
});
