import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { can } from '@letscoop/domain';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/error-alert';
import { useSession } from '../../app/session';
import {
  FollowDocument,
  FollowStateDocument,
  UnfollowDocument,
  type FollowStateQuery,
  type FollowSubjectType,
} from '../../generated/graphql';

/**
 * Follow or unfollow an edition, working group, recommendation or assembly, with why the viewer
 * follows it (their own choice, membership of the group, authorship, or a parent they follow).
 * Shown only to those the permission table lets follow it.
 */
export function FollowButton({
  subjectType,
  subjectId,
  cooperativeId,
}: {
  subjectType: FollowSubjectType;
  subjectId: string;
  cooperativeId: string;
}) {
  const { t } = useTranslation();
  const { actor } = useSession();
  const allowed = can(actor, 'subject.follow', { cooperativeId });
  const variables = { subjectType, subjectId };
  const { data } = useQuery(FollowStateDocument, { variables, skip: !allowed });
  // FollowState has no id of its own: the answer of a follow or unfollow replaces the cached state.
  const save = (cache: ApolloCache, next: FollowStateQuery['followState'] | undefined) => {
    if (next) cache.writeQuery({ query: FollowStateDocument, variables, data: { followState: next } });
  };
  const [follow, followState] = useMutation(FollowDocument, { update: (cache, { data: d }) => save(cache, d?.follow) });
  const [unfollow, unfollowState] = useMutation(UnfollowDocument, {
    update: (cache, { data: d }) => save(cache, d?.unfollow),
  });
  if (!allowed || !data) return null;
  const state = data.followState;

  const toggle = async () => {
    const mutate = state.following ? unfollow : follow;
    // Failures are shown from the mutation state below.
    await mutate({ variables: { input: variables } }).catch(() => undefined);
  };

  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <Button
          size="xs"
          variant={state.following ? 'default' : 'light'}
          loading={followState.loading || unfollowState.loading}
          onClick={() => void toggle()}
          data-testid="follow-button"
        >
          {state.following ? t('notifications.follow.unfollow') : t('notifications.follow.follow')}
        </Button>
        <Text size="sm" c="dimmed" role="status">
          {state.following && state.reason
            ? t(`notifications.follow.reason.${state.reason}`)
            : t('notifications.follow.notFollowing')}
        </Text>
      </Group>
      <ErrorAlert error={followState.error ?? unfollowState.error} />
    </Stack>
  );
}
