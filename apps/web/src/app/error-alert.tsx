import { Alert, Anchor, List } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError, errorMessageKey, type DescribedError } from './errors';
import { formatDuration } from './format';
import { currentLanguage } from './i18n';

/** The readable, translated sentence for an error, chosen by its code. */
export function errorText(t: TFunction, described: DescribedError): string {
  if (described.code === 'RATE_LIMITED' && described.retryAfterSeconds) {
    return t('errors.rateLimitedWait', { wait: formatDuration(described.retryAfterSeconds, currentLanguage()) });
  }
  return t(errorMessageKey(described.code, described.reason));
}

export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const described = describeError(error);
  const fieldMessages = Object.entries(described.fields).flatMap(([field, messages]) =>
    messages.map((message) => ({ field, message })),
  );
  return (
    <Alert color="red" variant="light" title={title ?? t('errors.title')} role="alert">
      {errorText(t, described)}
      {described.code === 'UNAUTHENTICATED' && (
        <>
          {' '}
          <Anchor component={Link} to="/login">
            {t('login.title')}
          </Anchor>
        </>
      )}
      {fieldMessages.length > 0 && (
        <List size="sm" mt="xs">
          {fieldMessages.map(({ field, message }) => (
            <List.Item key={`${field}:${message}`}>{message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
