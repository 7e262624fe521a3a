import { Alert, Anchor, Container } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function CrashMessage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Alert color="red" title={t('errors.pageCrashedTitle')} role="alert">
        {t('errors.pageCrashed')} <Anchor href="/">{t('notFound.backHome')}</Anchor>
      </Alert>
    </Container>
  );
}

/** Last resort when rendering throws or a page chunk fails to load (e.g. right after a deploy). */
export class PageErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render(): ReactNode {
    return this.state.failed ? <CrashMessage /> : this.props.children;
  }
}
