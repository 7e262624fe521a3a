import { useApolloClient, useMutation } from '@apollo/client/react';
import { isLanguage, LANGUAGES, type Language } from '@letscoop/domain';
import { NativeSelect } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateMyLanguageDocument } from '../generated/graphql';
import { currentLanguage } from './i18n';
import { LANGUAGE_NATIVE_NAMES, storeLanguage } from './language';
import { useSession } from './session';

/** Switches the UI language, remembers it on this device and, when signed in, in the profile. */
export function useChangeLanguage(): (language: Language) => Promise<void> {
  const { i18n } = useTranslation();
  const client = useApolloClient();
  const { viewer } = useSession();
  const [updateMyLanguage] = useMutation(UpdateMyLanguageDocument);
  return useCallback(
    async (language: Language) => {
      storeLanguage(language);
      await i18n.changeLanguage(language);
      if (viewer && viewer.person.preferredLanguage !== language) {
        // The profile follows; failing to save it must not undo the switch on screen.
        await updateMyLanguage({ variables: { language } }).catch(() => undefined);
      }
      // Texts people wrote come back in the new language.
      await client.refetchQueries({ include: 'active' }).catch(() => undefined);
    },
    [i18n, client, viewer, updateMyLanguage],
  );
}

/** Each language named in itself, marked as such for screen readers (WCAG 3.1.2). */
export function LanguageOptions() {
  return LANGUAGES.map((l) => (
    <option key={l} value={l} lang={l}>
      {LANGUAGE_NATIVE_NAMES[l]}
    </option>
  ));
}

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const changeLanguage = useChangeLanguage();
  return (
    <NativeSelect
      aria-label={t('language.switch')}
      size="xs"
      w={120}
      value={currentLanguage()}
      onChange={(event) => {
        const value = event.currentTarget.value;
        if (isLanguage(value)) void changeLanguage(value);
      }}
    >
      <LanguageOptions />
    </NativeSelect>
  );
}
