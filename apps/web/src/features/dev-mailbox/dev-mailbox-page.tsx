import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/error-alert';
import { formatDateTime } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { PageLoader, usePageTitle } from '../../app/page-state';
import { useSession } from '../../app/session';
import { DevMailboxDocument } from '../../generated/graphql';
import { linkify } from './linkify';

function MailBody({ body }: { body: string }) {
  const origin = window.location.origin;
  return (
    <Text component="div" size="sm" style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">
      {linkify(body).map((part, index) =>
        part.kind === 'text' ? (
          <span key={index}>{part.text}</span>
        ) : (
          // Links to this app open here; a mail may name another host (PUBLIC_URL), so keep it as written.
          <Anchor key={index} href={part.href.startsWith(origin) ? part.href.slice(origin.length) || '/' : part.href}>
            {part.text}
          </Anchor>
        ),
      )}
    </Text>
  );
}

function Mailbox() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { data, loading, error, refetch } = useQuery(DevMailboxDocument, { fetchPolicy: 'network-only' });
  if (loading && !data) return <PageLoader />;
  if (error) return <ErrorAlert error={error} />;
  const mails = [...(data?.devMailbox ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('mailbox.count', { count: mails.length })}
        </Text>
        <Button variant="default" size="xs" onClick={() => void refetch()}>
          {t('common.refresh')}
        </Button>
      </Group>
      {mails.length === 0 && <Text>{t('mailbox.empty')}</Text>}
      {mails.map((mail) => (
        <Card withBorder key={mail.id} component="article" aria-labelledby={`mail-${mail.id}`}>
          <Title order={2} size="h4" id={`mail-${mail.id}`} className="break-anywhere">
            {mail.subject}
          </Title>
          <Group gap="xs" mb="xs" wrap="wrap">
            <Text size="sm" className="break-anywhere">
              {t('mailbox.to', { to: mail.to })}
            </Text>
            <Text size="sm" c="dimmed">
              {formatDateTime(mail.createdAt, language)}
            </Text>
            <Badge color={mail.sentAt ? 'green' : 'gray'} variant="light" tt="none">
              {mail.sentAt ? t('mailbox.sent') : t('mailbox.notSent')}
            </Badge>
          </Group>
          <MailBody body={mail.body} />
        </Card>
      ))}
    </Stack>
  );
}

export function DevMailboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('mailbox.title'));
  const { demo, loading } = useSession();
  return (
    <Stack>
      <Title order={1}>{t('mailbox.title')}</Title>
      <Text>{t('mailbox.intro')}</Text>
      {loading ? <PageLoader /> : demo ? <Mailbox /> : <Alert color="gray">{t('mailbox.demoOnly')}</Alert>}
    </Stack>
  );
}
