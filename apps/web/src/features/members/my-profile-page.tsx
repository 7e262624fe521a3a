import { useMutation } from '@apollo/client/react';
import { isLanguage, type Language } from '@letscoop/domain';
import { Alert, Anchor, Button, Card, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import { describeError } from '../../app/errors';
import { LanguageOptions } from '../../app/language-switcher';
import { usePageTitle } from '../../app/page-state';
import { useSession } from '../../app/session';
import { UpdateMyProfileDocument } from '../../generated/graphql';
import { OfficeList } from './member-page';

export function MyProfilePage() {
  const { t } = useTranslation();
  usePageTitle(t('me.title'));
  const { viewer, cooperatives } = useSession();
  const [displayName, setDisplayName] = useState(viewer?.person.displayName ?? '');
  const [preferredLanguage, setPreferredLanguage] = useState<Language>(viewer?.person.preferredLanguage ?? 'en');
  const [saved, setSaved] = useState(false);
  const [update, { loading, error }] = useMutation(UpdateMyProfileDocument);
  if (!viewer) return null;

  const nameError = displayName.trim() === '' ? t('me.nameRequired') : undefined;
  const serverFields = error ? describeError(error).fields : {};

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (nameError) return;
    try {
      await update({ variables: { input: { displayName: displayName.trim(), preferredLanguage } } });
      setSaved(true);
    } catch {
      // shown from `error`
    }
  };

  const cooperativeName = (id: string) => cooperatives.find((c) => c.id === id)?.name ?? id;

  return (
    <Stack gap="lg" maw={640}>
      <Title order={1}>{t('me.title')}</Title>
      <Card withBorder component="section" aria-labelledby="profile-form-title">
        <Title order={2} size="h4" id="profile-form-title" mb="sm">
          {t('me.editTitle')}
        </Title>
        <form onSubmit={submit} noValidate>
          <Stack>
            {saved && (
              <Alert color="green" role="status">
                {t('me.saved')}
              </Alert>
            )}
            <ErrorAlert error={error} />
            {viewer.person.email && (
              <Text size="sm" className="break-anywhere">
                {t('me.email', { email: viewer.person.email })}
              </Text>
            )}
            <TextInput
              label={t('me.displayName')}
              required
              maxLength={200}
              value={displayName}
              onChange={(e) => {
                setDisplayName(e.currentTarget.value);
                setSaved(false);
              }}
              error={nameError ?? serverFields.displayName?.join(' ')}
            />
            <NativeSelect
              label={t('me.preferredLanguage')}
              description={t('me.preferredLanguageHelp')}
              value={preferredLanguage}
              onChange={(e) => {
                const value = e.currentTarget.value;
                if (isLanguage(value)) setPreferredLanguage(value);
                setSaved(false);
              }}
            >
              <LanguageOptions />
            </NativeSelect>
            <Button type="submit" loading={loading} disabled={Boolean(nameError)} w="fit-content">
              {t('common.save')}
            </Button>
          </Stack>
        </form>
      </Card>

      <section aria-labelledby="memberships-title">
        <Title order={2} size="h3" id="memberships-title" mb="xs">
          {t('me.memberships')}
        </Title>
        {viewer.memberships.length === 0 ? (
          <Text c="dimmed">{t('me.noMemberships')}</Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {viewer.memberships.map((m) => (
              <li key={m.id}>
                <Anchor component={Link} to={`/members/${m.id}`}>
                  {cooperativeName(m.cooperativeId)}
                </Anchor>{' '}
                · {t(`category.${m.category}`)}
              </li>
            ))}
          </Stack>
        )}
      </section>

      <section aria-labelledby="my-offices-title">
        <Title order={2} size="h3" id="my-offices-title" mb="xs">
          {t('member.offices')}
        </Title>
        <OfficeList offices={viewer.offices} />
      </section>
    </Stack>
  );
}
