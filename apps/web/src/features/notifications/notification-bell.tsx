import { useQuery } from '@apollo/client/react';
import { ActionIcon, Indicator } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { UnreadNotificationCountDocument } from '../../generated/graphql';

const MINUTE = 60_000;

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.73 21a2 2 0 0 1-3.46 0" />
    </svg>
  );
}

/** The bell in the header: the unread count, refreshed on every navigation and every minute. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { data, refetch } = useQuery(UnreadNotificationCountDocument, { pollInterval: MINUTE });
  const first = useRef(true);
  useEffect(() => {
    // The first render fetches anyway; later navigations ask again.
    if (first.current) {
      first.current = false;
      return;
    }
    refetch().catch(() => undefined);
  }, [pathname, refetch]);
  const count = data?.unreadNotificationCount ?? 0;
  const label = count > 0 ? t('notifications.bell', { count }) : t('notifications.bellNone');
  return (
    <ActionIcon
      component={Link}
      to="/notifications"
      variant="subtle"
      color="gray"
      size="lg"
      aria-label={label}
      title={label}
      data-testid="notification-bell"
    >
      <Indicator label={count > 99 ? '99+' : count} size={16} disabled={count === 0} offset={2} inline>
        <BellIcon />
      </Indicator>
    </ActionIcon>
  );
}
