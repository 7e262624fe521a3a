import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import { usePageTitle } from '../../app/page-state';
import { useSession } from '../../app/session';
import { RequestPasswordResetDocument } from '../../generated/graphql';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('forgotPassword.title'));
  const { demo } = useSession();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [request, { loading, error }] = useMutation(RequestPasswordResetDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await request({ variables: { input: { email: email.trim() } } });
      setSent(true);
    } catch {
      // shown from `error`
    }
  };

  return (
    <Paper withBorder p="lg" maw={520} mx="auto" component="section" aria-labelledby="forgot-title">
      <Title order={1} size="h2" id="forgot-title" mb="xs">
        {t('forgotPassword.title')}
      </Title>
      {sent ? (
        <Stack>
          <Alert color="green" role="status" title={t('forgotPassword.sentTitle')}>
            {t('forgotPassword.sent')}
          </Alert>
          {demo && (
            <Anchor component={Link} to="/dev/mailbox">
              {t('forgotPassword.openMailbox')}
            </Anchor>
          )}
          <Anchor component={Link} to="/login">
            {t('common.backToLogin')}
          </Anchor>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">{t('forgotPassword.help')}</Text>
            <ErrorAlert error={error} />
            <TextInput
              label={t('login.email')}
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
            <Button type="submit" loading={loading} disabled={!email.trim()}>
              {t('forgotPassword.submit')}
            </Button>
            <Anchor component={Link} to="/login" size="sm">
              {t('common.backToLogin')}
            </Anchor>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
