import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import { describeError } from '../../app/errors';
import { usePageTitle } from '../../app/page-state';
import { ResetPasswordDocument } from '../../generated/graphql';

export const MIN_PASSWORD_LENGTH = 10;

export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('resetPassword.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [touched, setTouched] = useState(false);
  const [done, setDone] = useState(false);
  const [reset, { loading, error }] = useMutation(ResetPasswordDocument);

  const tooShort = password.length < MIN_PASSWORD_LENGTH;
  const mismatch = password !== repeat;
  const described = error ? describeError(error) : null;
  const serverFields = described?.fields ?? {};
  const passwordServerError = (serverFields.newPassword ?? []).join(' ');
  // A token the API refuses (expired, used, mangled) is the link's fault, not the person's.
  const tokenRefused = Boolean(serverFields.token) || described?.code === 'NOT_FOUND';
  const handledByFields = described?.code === 'VALIDATION' && (tokenRefused || passwordServerError !== '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (tooShort || mismatch || !token) return;
    try {
      await reset({ variables: { input: { token, newPassword: password } } });
      setDone(true);
    } catch {
      // shown from `error`
    }
  };

  return (
    <Paper withBorder p="lg" maw={520} mx="auto" component="section" aria-labelledby="reset-title">
      <Title order={1} size="h2" id="reset-title" mb="xs">
        {t('resetPassword.title')}
      </Title>
      {done ? (
        <Stack>
          <Alert color="green" role="status" title={t('resetPassword.doneTitle')}>
            {t('resetPassword.done')}
          </Alert>
          <Anchor component={Link} to="/login">
            {t('resetPassword.goToLogin')}
          </Anchor>
        </Stack>
      ) : !token ? (
        <Stack>
          <Alert color="orange" role="alert">
            {t('resetPassword.noToken')}
          </Alert>
          <Anchor component={Link} to="/forgot-password">
            {t('resetPassword.requestNew')}
          </Anchor>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">{t('resetPassword.help', { count: MIN_PASSWORD_LENGTH })}</Text>
            {tokenRefused ? (
              <Alert color="orange" role="alert">
                {t('resetPassword.tokenRefused')}{' '}
                <Anchor component={Link} to="/forgot-password">
                  {t('resetPassword.requestNew')}
                </Anchor>
              </Alert>
            ) : (
              !handledByFields && <ErrorAlert error={error} />
            )}
            <PasswordInput
              label={t('resetPassword.newPassword')}
              description={t('resetPassword.minLength', { count: MIN_PASSWORD_LENGTH })}
              autoComplete="new-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={
                (touched && tooShort ? t('resetPassword.tooShort', { count: MIN_PASSWORD_LENGTH }) : undefined) ??
                (passwordServerError || undefined)
              }
            />
            <PasswordInput
              label={t('resetPassword.repeat')}
              autoComplete="new-password"
              required
              value={repeat}
              onChange={(e) => setRepeat(e.currentTarget.value)}
              error={touched && mismatch ? t('resetPassword.mismatch') : undefined}
            />
            <Button type="submit" loading={loading}>
              {t('resetPassword.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
