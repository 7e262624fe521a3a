import { useMutation, useQuery } from '@apollo/client/react';
import { EMAIL_MODES, type EmailMode } from '@letscoop/domain';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Pagination,
  Radio,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import { formatDateTime } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { PageLoader, usePageTitle } from '../../app/page-state';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationsReadDocument,
  MyFollowsDocument,
  NotificationSettingsDocument,
  NotificationsDocument,
  SetEmailNotificationModeDocument,
  UnfollowDocument,
  UnreadNotificationCountDocument,
} from '../../generated/graphql';
import { notificationLink, notificationSentence, type NotificationItem } from './sentence';

const PAGE_SIZE = 20;
const listStyle = { listStyle: 'none', padding: 0, margin: 0 } as const;
/** After marking read: the list, the bell. */
const AFTER_READ = [NotificationsDocument, UnreadNotificationCountDocument];

function NotificationRow({ item, onRead }: { item: NotificationItem; onRead: (id: string) => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const link = notificationLink(item);
  const sentence = notificationSentence(t, item, language);
  return (
    <Card
      component="li"
      withBorder
      padding="sm"
      // Unread: a coloured edge (a tinted background would lower the links' contrast).
      style={item.read ? undefined : { borderLeft: '4px solid var(--mantine-color-blue-filled)' }}
      data-testid="notification"
    >
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          {!item.read && (
            <Badge size="sm" variant="filled" tt="none">
              {t('notifications.new')}
            </Badge>
          )}
          <Text size="sm" c="dimmed" component="span">
            {formatDateTime(item.createdAt, language)}
          </Text>
        </Group>
        {link ? (
          <Anchor
            component={Link}
            to={link}
            className="break-anywhere"
            fw={item.read ? undefined : 600}
            onClick={() => {
              if (!item.read) onRead(item.id);
            }}
          >
            {sentence}
          </Anchor>
        ) : (
          <Text className="break-anywhere" fw={item.read ? undefined : 600}>
            {sentence}
          </Text>
        )}
        {item.reason && (
          <Text size="sm" className="break-anywhere">
            {t('notifications.reason', { reason: item.reason })}
          </Text>
        )}
        {!item.read && (
          <Button size="compact-sm" variant="subtle" w="fit-content" onClick={() => onRead(item.id)}>
            {t('notifications.markRead')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}

function NotificationList() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const [page, setPage] = useState(1);
  const unreadOnly = filter === 'unread';
  const { data, loading, error } = useQuery(NotificationsDocument, {
    variables: { unreadOnly, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [markRead, markReadState] = useMutation(MarkNotificationsReadDocument, { refetchQueries: AFTER_READ });
  const [markAll, markAllState] = useMutation(MarkAllNotificationsReadDocument, { refetchQueries: AFTER_READ });
  const result = data?.notifications;
  const total = result ? (unreadOnly ? result.unreadCount : result.totalCount) : 0;
  const lastPage = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <SegmentedControl
          value={filter}
          onChange={(value) => {
            setFilter(value === 'unread' ? 'unread' : 'all');
            setPage(1);
          }}
          aria-label={t('notifications.show')}
          data={[
            { value: 'all', label: t('notifications.all') },
            { value: 'unread', label: t('notifications.unread') },
          ]}
        />
        {result && result.unreadCount > 0 && (
          <Button
            variant="default"
            size="xs"
            loading={markAllState.loading}
            onClick={() => void markAll().catch(() => undefined)}
          >
            {t('notifications.markAllRead')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={error ?? markReadState.error ?? markAllState.error} />
      {!result && loading ? (
        <PageLoader />
      ) : result && result.items.length === 0 ? (
        <Text>{unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}</Text>
      ) : result ? (
        <Stack component="ul" gap="xs" style={listStyle} aria-label={t('notifications.listLabel')} aria-busy={loading}>
          {result.items.map((item) => (
            <NotificationRow
              key={item.id}
              item={item}
              onRead={(id) => void markRead({ variables: { ids: [id] } }).catch(() => undefined)}
            />
          ))}
        </Stack>
      ) : null}
      {total > PAGE_SIZE && (
        <nav aria-label={t('notifications.pages')}>
          <Pagination
            total={lastPage}
            value={Math.min(page, lastPage)}
            onChange={setPage}
            siblings={1}
            boundaries={1}
            size="sm"
            getItemProps={(p) => ({ 'aria-label': t('members.goToPage', { page: p }) })}
            getControlProps={(control) => ({ 'aria-label': t(`members.pageControl.${control}`) })}
          />
        </nav>
      )}
    </Stack>
  );
}

function EmailPreference() {
  const { t } = useTranslation();
  const { data, error } = useQuery(NotificationSettingsDocument);
  const [save, saveState] = useMutation(SetEmailNotificationModeDocument, {
    // The settings have no id: put the answer where the query reads it.
    update: (cache, { data: saved }) => {
      if (saved)
        cache.writeQuery({
          query: NotificationSettingsDocument,
          data: { notificationSettings: saved.setEmailNotificationMode },
        });
    },
  });
  const [saved, setSaved] = useState(false);
  const mode = data?.notificationSettings.emailMode;
  return (
    <section aria-labelledby="email-title">
      <Title order={2} size="h3" id="email-title" mb="xs">
        {t('notifications.email.title')}
      </Title>
      <ErrorAlert error={error ?? saveState.error} />
      {mode && (
        <Radio.Group
          label={t('notifications.email.legend')}
          value={mode}
          onChange={(value) => {
            setSaved(false);
            const mode = value as EmailMode;
            void save({
              variables: { mode },
              optimisticResponse: { setEmailNotificationMode: { emailMode: mode } },
            })
              .then(() => setSaved(true))
              .catch(() => undefined);
          }}
        >
          <Stack gap="xs" mt="xs">
            {EMAIL_MODES.map((m) => (
              <Radio
                key={m}
                value={m}
                label={t(`notifications.email.${m}`)}
                description={t(`notifications.email.${m}_help`)}
                disabled={saveState.loading}
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
      {saved && (
        <Alert color="green" role="status" mt="xs" py="xs">
          {t('notifications.email.saved')}
        </Alert>
      )}
    </section>
  );
}

function MyFollows() {
  const { t } = useTranslation();
  const { data, error } = useQuery(MyFollowsDocument, { fetchPolicy: 'cache-and-network' });
  const [unfollow, unfollowState] = useMutation(UnfollowDocument, { refetchQueries: [MyFollowsDocument] });
  const follows = data?.myFollows;
  return (
    <section aria-labelledby="follows-title">
      <Title order={2} size="h3" id="follows-title" mb="xs">
        {t('notifications.follows.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('notifications.follows.help')}
      </Text>
      <ErrorAlert error={error ?? unfollowState.error} />
      {follows && follows.length === 0 && <Text>{t('notifications.follows.empty')}</Text>}
      {follows && follows.length > 0 && (
        <Stack component="ul" gap="xs" style={listStyle}>
          {follows.map((f) => (
            <Group component="li" key={`${f.subjectType}:${f.subjectId}`} justify="space-between" wrap="wrap" gap="xs">
              <Text size="sm" className="break-anywhere">
                <Text span c="dimmed" size="sm">
                  {t(`notifications.follows.type.${f.subjectType}`)}:{' '}
                </Text>
                <Anchor component={Link} to={notificationLink(f) ?? '/notifications'} lang={f.subjectTitle?.language}>
                  {f.subjectTitle?.text ?? t('notifications.untitled')}
                </Anchor>
              </Text>
              <Button
                size="compact-sm"
                variant="default"
                onClick={() =>
                  void unfollow({ variables: { input: { subjectType: f.subjectType, subjectId: f.subjectId } } }).catch(
                    () => undefined,
                  )
                }
              >
                {t('notifications.follow.unfollow')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
    </section>
  );
}

export function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.title'));
  return (
    <Stack gap="xl" maw={760}>
      <Title order={1}>{t('notifications.title')}</Title>
      <NotificationList />
      <EmailPreference />
      <MyFollows />
    </Stack>
  );
}
