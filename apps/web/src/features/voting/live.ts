import { skipToken, useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import {
  VotingParticipationLiveDocument,
  VotingResultsLiveDocument,
  type PollStatus,
  type VotingParticipationFieldsFragment,
} from '../../generated/graphql';

/**
 * The live count of ballots of a poll. The pushed count lands in the cache (PollParticipation is
 * keyed by pollId), and this returns the newest one. When the pushed status differs from the one
 * the page knows (the chair opened or closed the poll), `onStatusChange` runs so the page refetches.
 */
export function useLiveParticipation(
  pollId: string | null | undefined,
  known: { status: PollStatus; participation: VotingParticipationFieldsFragment } | null | undefined,
  onStatusChange: (status: PollStatus) => void,
): { participation: VotingParticipationFieldsFragment | null; liveError: boolean } {
  const knownStatus = known?.status;
  const active = !!pollId && knownStatus !== undefined && knownStatus !== 'PUBLISHED';
  const { data, error } = useSubscription(
    VotingParticipationLiveDocument,
    active ? { variables: { pollId } } : skipToken,
  );
  const pushed = data?.pollParticipation;
  const callback = useRef(onStatusChange);
  useEffect(() => {
    callback.current = onStatusChange;
  }, [onStatusChange]);
  const pushedStatus = pushed?.status;
  useEffect(() => {
    if (pushedStatus && knownStatus && pushedStatus !== knownStatus) callback.current(pushedStatus);
  }, [pushedStatus, knownStatus]);
  const participation = pushed && pushed.pollId === pollId ? pushed : (known?.participation ?? null);
  return { participation, liveError: !!error };
}

/** Pushes the published poll (status and results) into the cache once the chair publishes it. */
export function useLiveResults(pollId: string | null | undefined, status: PollStatus | undefined): void {
  const active = !!pollId && (status === 'OPEN' || status === 'CLOSED');
  useSubscription(VotingResultsLiveDocument, active ? { variables: { pollId } } : skipToken);
}
