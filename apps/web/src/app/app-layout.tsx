import { useMutation } from '@apollo/client/react';
import { can } from '@letscoop/domain';
import { Alert, Anchor, AppShell, Box, Burger, Button, Group, NativeSelect, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { NotificationBell } from '../features/notifications/notification-bell';
import { LogoutDocument } from '../generated/graphql';
import { ErrorAlert } from './error-alert';
import { LanguageSwitcher } from './language-switcher';
import { PageErrorBoundary } from './page-error-boundary';
import { PageLoader } from './page-state';
import { useSession } from './session';

function CooperativeSwitcher() {
  const { t } = useTranslation();
  const { cooperatives, cooperativeId, setCooperativeId } = useSession();
  if (cooperatives.length < 2) return null;
  return (
    <NativeSelect
      aria-label={t('layout.cooperativeSwitcher')}
      size="xs"
      maw={220}
      value={cooperativeId ?? ''}
      data={cooperatives.map((c) => ({ value: c.id, label: c.name }))}
      onChange={(event) => setCooperativeId(event.currentTarget.value)}
    />
  );
}

function SignOutButton() {
  const { t } = useTranslation();
  const [logout, { loading }] = useMutation(LogoutDocument);
  return (
    <Button
      variant="default"
      size="xs"
      loading={loading}
      data-testid="sign-out"
      onClick={async () => {
        await logout().catch(() => undefined);
        // A full load: nothing of the previous person stays in memory or in the Apollo cache.
        window.location.assign('/login');
      }}
    >
      {t('layout.signOut')}
    </Button>
  );
}

function NavItem({ to, label, onNavigate }: { to: string; label: string; onNavigate: () => void }) {
  return (
    <NavLink
      component={RouterNavLink}
      to={to}
      end={to === '/'}
      label={label}
      onClick={onNavigate}
      // RouterNavLink sets aria-current="page" on the active link; Mantine styles it via data-active.
      style={{ borderRadius: 'var(--mantine-radius-sm)' }}
    />
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const { viewer, actor, cooperativeId, demo } = session;

  // Close the mobile menu after navigating.
  useEffect(close, [location.pathname, close]);

  // Links follow the same permission table the API enforces (libs/domain).
  const subject = cooperativeId !== null ? { cooperativeId } : null;
  const mayListMembers = subject !== null && can(actor, 'member.list', subject);
  const mayImport = subject !== null && can(actor, 'register.import', subject);
  const mayReviewAsBoard = subject !== null && can(actor, 'board.review', subject);
  const mayViewAssemblies = subject !== null && can(actor, 'assembly.view', subject);
  const mayViewEthics = subject !== null && can(actor, 'ethics.view', subject);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <a href="#main-content" className="skip-link">
          {t('layout.skipToContent')}
        </a>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('layout.closeMenu') : t('layout.openMenu')}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <Anchor component={RouterNavLink} to="/" underline="never" c="inherit" fw={700} fz="lg">
              LetsCoop
            </Anchor>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Box visibleFrom="sm">
              <CooperativeSwitcher />
            </Box>
            <LanguageSwitcher />
            {viewer && <NotificationBell />}
            {viewer && (
              <Box visibleFrom="sm">
                <SignOutButton />
              </Box>
            )}
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" id="main-navigation" aria-label={t('layout.navigation')}>
        <Stack gap={4}>
          {viewer ? (
            <>
              <NavItem to="/" label={t('nav.home')} onNavigate={close} />
              {mayListMembers && <NavItem to="/members" label={t('nav.members')} onNavigate={close} />}
              {mayReviewAsBoard && <NavItem to="/board" label={t('board.nav')} onNavigate={close} />}
              <NavItem to="/editions" label={t('editions.nav')} onNavigate={close} />
              {mayViewAssemblies && <NavItem to="/assemblies" label={t('assemblies.nav')} onNavigate={close} />}
              <NavItem to="/action-plan" label={t('actionPlan.nav')} onNavigate={close} />
              <NavItem to="/transparency" label={t('reports.nav')} onNavigate={close} />
              {mayViewEthics && <NavItem to="/ethics" label={t('ethics.nav')} onNavigate={close} />}
              <NavItem to="/me" label={t('nav.me')} onNavigate={close} />
              {mayImport && <NavItem to="/admin/register-import" label={t('nav.registerImport')} onNavigate={close} />}
            </>
          ) : (
            <NavItem to="/login" label={t('nav.login')} onNavigate={close} />
          )}
          {demo && <NavItem to="/dev/mailbox" label={t('nav.mailbox')} onNavigate={close} />}
        </Stack>
        {viewer && (
          <Stack gap="xs" mt="lg" hiddenFrom="sm">
            <CooperativeSwitcher />
            <Text size="sm" c="dimmed">
              {t('layout.signedInAs', { name: viewer.person.displayName })}
            </Text>
            <SignOutButton />
          </Stack>
        )}
        {viewer && (
          <Text size="xs" c="dimmed" mt="auto" visibleFrom="sm">
            {t('layout.signedInAs', { name: viewer.person.displayName })}
          </Text>
        )}
      </AppShell.Navbar>

      <AppShell.Main id="main-content" tabIndex={-1}>
        {demo && (
          <Alert color="yellow" variant="light" mb="md" py="xs" role="note" aria-label={t('demo.bannerTitle')}>
            <Text size="sm" c="inherit">
              <strong>{t('demo.bannerLabel')}</strong> {t('demo.banner')}
            </Text>
          </Alert>
        )}
        {session.error ? <ErrorAlert error={session.error} /> : null}
        <Box maw={1100}>
          {/* A crash in one page must not take the shell down; navigating elsewhere clears it. */}
          <PageErrorBoundary key={location.pathname}>
            <Suspense fallback={<PageLoader />}>
              <Outlet />
            </Suspense>
          </PageErrorBoundary>
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
