import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TranslatedTextFieldsFragment } from '../../generated/graphql';

/**
 * Text people wrote, with what the reader should know about it: shown in another language
 * (fell back), machine-translated, and which translations do not exist yet.
 */
export function TranslatedTextView({ value }: { value: TranslatedTextFieldsFragment }) {
  const { t } = useTranslation();
  const missing = value.translations.filter((tr) => tr.status === 'MISSING').map((tr) => tr.language);
  const name = (language: string) => t(`language.name.${language}`);
  return (
    <Stack gap="xs">
      <Text lang={value.language} style={{ whiteSpace: 'pre-wrap' }}>
        {value.text}
      </Text>
      {(value.fellBack || value.machineTranslated || missing.length > 0) && (
        <Group gap="xs" wrap="wrap">
          {value.fellBack && (
            <Badge color="orange" variant="light" tt="none">
              {t('translation.fellBack', { shown: name(value.language), requested: name(value.requested) })}
            </Badge>
          )}
          {value.machineTranslated && (
            <Badge color="violet" variant="light" tt="none">
              {t('translation.machine', { original: name(value.original) })}
            </Badge>
          )}
          {missing.length > 0 && (
            <Badge color="gray" variant="light" tt="none">
              {t('translation.missing', { languages: missing.map(name).join(', ') })}
            </Badge>
          )}
        </Group>
      )}
    </Stack>
  );
}
