import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Paper,
  PasswordInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert, errorText } from '../../app/error-alert';
import { describeError } from '../../app/errors';
import { PageLoader, usePageTitle } from '../../app/page-state';
import { useSession } from '../../app/session';
import { DemoAccountsDocument, LoginDocument, type DemoAccountsQuery } from '../../generated/graphql';

type DemoAccount = DemoAccountsQuery['demoAccounts'][number];

/** Only same-site paths: `next` comes from the URL and must not send anyone elsewhere. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

function DemoAccounts({ onPick }: { onPick: (account: DemoAccount) => void }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(DemoAccountsDocument);
  if (error) return <ErrorAlert error={error} />;
  const accounts = data?.demoAccounts ?? [];
  if (accounts.length === 0) return null;
  return (
    <Card withBorder component="section" aria-labelledby="demo-accounts-title">
      <Title order={2} size="h4" id="demo-accounts-title">
        {t('login.demoAccountsTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('login.demoAccountsHelp')}
      </Text>
      <Table verticalSpacing="xs" data-testid="demo-accounts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('login.demoAccount')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('login.useAccount')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.map((account) => (
            <Table.Tr key={account.email} data-role={account.role} data-email={account.email}>
              <Table.Td>
                <Text fw={500} size="sm">
                  {account.displayName}{' '}
                  <Badge variant="light" color="gray" size="sm" tt="none">
                    {t(`demo.role.${account.role}`, { defaultValue: account.role })}
                  </Badge>
                </Text>
                <Text size="xs" c="dimmed" className="break-anywhere">
                  {account.email}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => onPick(account)}
                  aria-label={t('login.useAccountFor', { name: account.displayName })}
                >
                  {t('login.useAccount')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const { viewer, loading, demo, refresh } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [login, { loading: signingIn, error, reset }] = useMutation(LoginDocument);
  const [tried, setTried] = useState(false);
  const submitRef = useRef<HTMLButtonElement>(null);
  const next = safeNext(params.get('next'));

  if (loading) return <PageLoader />;
  if (viewer && !signingIn) return <Navigate to={next} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!email.trim() || !password) return;
    try {
      await login({ variables: { input: { email: email.trim(), password } } });
    } catch {
      return; // shown below from `error`
    }
    await refresh();
    await navigate(next, { replace: true });
  };

  const described = error ? describeError(error) : null;

  return (
    <Stack maw={520} mx="auto" gap="lg">
      <Paper withBorder p="lg" component="section" aria-labelledby="login-title">
        <Title order={1} size="h2" id="login-title" mb="md">
          {t('login.title')}
        </Title>
        <form onSubmit={submit} noValidate>
          <Stack>
            {described &&
              (described.code === 'UNAUTHENTICATED' ? (
                <Alert color="red" role="alert" title={t('errors.title')}>
                  {t('login.wrongCredentials')}
                </Alert>
              ) : described.code === 'RATE_LIMITED' ? (
                <Alert color="orange" role="alert" title={t('login.tooManyAttemptsTitle')}>
                  {errorText(t, described)}
                </Alert>
              ) : (
                <ErrorAlert error={error} />
              ))}
            <TextInput
              label={t('login.email')}
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              error={tried && !email.trim() ? t('login.emailRequired') : undefined}
              onChange={(e) => {
                setEmail(e.currentTarget.value);
                reset();
              }}
            />
            <PasswordInput
              label={t('login.password')}
              name="password"
              autoComplete="current-password"
              required
              value={password}
              error={tried && !password ? t('login.passwordRequired') : undefined}
              onChange={(e) => {
                setPassword(e.currentTarget.value);
                reset();
              }}
            />
            <Button type="submit" loading={signingIn} ref={submitRef}>
              {t('login.submit')}
            </Button>
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('login.forgotPassword')}
            </Anchor>
          </Stack>
        </form>
      </Paper>
      {demo && (
        <DemoAccounts
          onPick={(account) => {
            setEmail(account.email);
            setPassword(account.password);
            reset();
            submitRef.current?.focus();
          }}
        />
      )}
    </Stack>
  );
}
