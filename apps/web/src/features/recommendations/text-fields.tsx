import { ACTION_VERBS, LANGUAGES, startsWithActionVerb, type Language } from '@letscoop/domain';
import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface RecText {
  language: Language;
  title: string;
  body: string;
  rationale: string;
  expectedOutcome: string;
  proposedOwner: string;
  successIndicator: string;
}

export const EMPTY_TEXT = (language: Language): RecText => ({
  language,
  title: '',
  body: '',
  rationale: '',
  expectedOutcome: '',
  proposedOwner: '',
  successIndicator: '',
});

/** Optional fields go to the API as null when left empty. */
export function textInput(value: RecText) {
  const orNull = (s: string) => (s.trim() ? s.trim() : null);
  return {
    language: value.language,
    title: value.title.trim(),
    body: value.body.trim(),
    rationale: orNull(value.rationale),
    expectedOutcome: orNull(value.expectedOutcome),
    proposedOwner: orNull(value.proposedOwner),
    successIndicator: orNull(value.successIndicator),
  };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The text of a recommendation: title with action-verb help, body and the optional parts. */
export function RecommendationTextFields({
  value,
  onChange,
  fieldErrors = {},
  idPrefix,
}: {
  value: RecText;
  onChange: (next: RecText) => void;
  fieldErrors?: Record<string, string[]>;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  const set = (key: keyof RecText) => (event: { currentTarget: { value: string } }) =>
    onChange({ ...value, [key]: event.currentTarget.value });
  const err = (key: string) => fieldErrors[key]?.join(' ') || undefined;
  // Typing the start of a verb narrows the suggestions to the verbs it may become.
  const firstWord = value.title.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const matching = firstWord ? ACTION_VERBS[value.language].filter((v) => v.startsWith(firstWord)) : [];
  const verbs = (matching.length > 0 ? matching : ACTION_VERBS[value.language]).slice(0, 12);
  const warn = value.title.trim().length > 0 && !startsWithActionVerb(value.title, value.language);
  const verbHelpId = `${idPrefix}-verbs`;

  return (
    <Stack gap="sm">
      <NativeSelect
        label={t('recommendations.form.language')}
        value={value.language}
        data={LANGUAGES.map((l) => ({ value: l, label: t(`language.name.${l}`) }))}
        onChange={(event) => onChange({ ...value, language: event.currentTarget.value as Language })}
      />
      <TextInput
        id={`${idPrefix}-title`}
        name="title"
        label={t('recommendations.form.title')}
        description={t('recommendations.form.titleHelp')}
        required
        lang={value.language}
        value={value.title}
        onChange={set('title')}
        error={err('title')}
        aria-describedby={verbHelpId}
      />
      <div id={verbHelpId}>
        <Text size="sm" mb={4}>
          {t('recommendations.form.verbSuggestions')}
        </Text>
        <Group gap={6} role="group" aria-label={t('recommendations.form.verbSuggestions')}>
          {verbs.map((verb) => (
            <Button
              key={verb}
              size="compact-xs"
              variant="default"
              lang={value.language}
              onClick={() => {
                const words = value.title.trim().split(/\s+/).filter(Boolean);
                // A started verb is completed; otherwise the verb goes in front of the title.
                if (words.length > 0 && matching.includes(verb)) words.shift();
                const rest = words.join(' ');
                onChange({ ...value, title: rest ? `${capitalise(verb)} ${rest}` : `${capitalise(verb)} ` });
              }}
            >
              {verb}
            </Button>
          ))}
        </Group>
      </div>
      {warn && (
        <Alert color="yellow" variant="light" role="status" data-testid="action-verb-warning">
          {t('recommendations.form.actionVerbWarning')}
        </Alert>
      )}
      <Textarea
        name="body"
        label={t('recommendations.field.body')}
        required
        autosize
        minRows={4}
        lang={value.language}
        value={value.body}
        onChange={set('body')}
        error={err('body')}
      />
      <Textarea
        name="rationale"
        label={t('recommendations.field.rationale')}
        autosize
        minRows={2}
        lang={value.language}
        value={value.rationale}
        onChange={set('rationale')}
        error={err('rationale')}
      />
      <Textarea
        name="expectedOutcome"
        label={t('recommendations.field.expectedOutcome')}
        autosize
        minRows={2}
        lang={value.language}
        value={value.expectedOutcome}
        onChange={set('expectedOutcome')}
        error={err('expectedOutcome')}
      />
      <TextInput
        name="proposedOwner"
        label={t('recommendations.field.proposedOwner')}
        lang={value.language}
        value={value.proposedOwner}
        onChange={set('proposedOwner')}
        error={err('proposedOwner')}
      />
      <Textarea
        name="successIndicator"
        label={t('recommendations.field.successIndicator')}
        autosize
        minRows={2}
        lang={value.language}
        value={value.successIndicator}
        onChange={set('successIndicator')}
        error={err('successIndicator')}
      />
    </Stack>
  );
}
