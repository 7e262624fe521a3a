import { Alert, Anchor, Center, Loader, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from './error-alert';
import { describeError, type ErrorCode } from './errors';

export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader aria-label={t('common.loading')} role="status" />
    </Center>
  );
}

/** Sets the tab title; screen-reader users hear it when a route changes. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · LetsCoop` : 'LetsCoop';
  }, [title]);
}

/**
 * What a detail page shows when its subject did not load: "not found" (for an unknown or
 * malformed id, or other codes the page treats as absent) or the error itself, and a way back.
 */
export function MissingPage({
  error,
  notFound,
  back,
  absentCodes = ['NOT_FOUND', 'VALIDATION'],
}: {
  error: unknown;
  notFound: string;
  back?: { to: string; label: string };
  absentCodes?: ErrorCode[];
}) {
  const code = error ? describeError(error).code : 'NOT_FOUND';
  return (
    <Stack>
      {absentCodes.includes(code) ? (
        <Alert color="orange" role="alert">
          {notFound}
        </Alert>
      ) : (
        <ErrorAlert error={error} />
      )}
      {back && (
        <Anchor component={Link} to={back.to}>
          {back.label}
        </Anchor>
      )}
    </Stack>
  );
}
