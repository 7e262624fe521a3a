import { useMutation } from '@apollo/client/react';
import type { Language } from '@letscoop/domain';
import {
  Anchor,
  Box,
  Button,
  Group,
  NativeSelect,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/error-alert';
import { formatDate, formatDateTime } from '../../app/format';
import { LANGUAGES } from '@letscoop/domain';
import { TranslatedTextView } from '../cooperatives/translated-text-view';
import {
  AddRecommendationReviewNoteDocument,
  AddRecommendationTestimonyDocument,
  type RecommendationDetailQuery,
} from '../../generated/graphql';
import { fromApiDiff } from './cycle-view';
import { DiffLegend, DiffText } from './diff-text';

type Rec = RecommendationDetailQuery['recommendation'];
type Version = NonNullable<Rec['currentVersion']>;
type Step = Rec['timeline'][number];

/** The parts of one version of the text, each under its own heading. */
export function VersionText({ version, headingLevel = 3 }: { version: Version; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation();
  const parts: [string, Version['rationale']][] = [
    ['body', version.body],
    ['rationale', version.rationale],
    ['expectedOutcome', version.expectedOutcome],
    ['successIndicator', version.successIndicator],
  ];
  return (
    <Stack gap="sm">
      {parts.map(([key, value]) =>
        value ? (
          <div key={key}>
            <Title order={headingLevel} size="h5">
              {t(`recommendations.field.${key}`)}
            </Title>
            <TranslatedTextView value={value} />
          </div>
        ) : null,
      )}
      {version.proposedOwner && (
        <div>
          <Title order={headingLevel} size="h5">
            {t('recommendations.field.proposedOwner')}
          </Title>
          <Text>{version.proposedOwner}</Text>
        </div>
      )}
    </Stack>
  );
}

type TextView = 'board' | 'group' | 'diff';

/** The board's amended text with a toggle: the board's text, the group's text, or the word diff. */
export function BoardTextToggle({ rec }: { rec: Rec }) {
  const { t } = useTranslation();
  const [view, setView] = useState<TextView>('board');
  const phone = useMediaQuery('(max-width: 36em)');
  const board = rec.boardVersion;
  const group = rec.groupVersion;
  if (!board || !group) return <VersionText version={rec.currentVersion} />;
  const diff = rec.boardDiff;
  return (
    <Stack gap="sm">
      <SegmentedControl
        value={view}
        onChange={(v) => setView(v as TextView)}
        aria-label={t('recommendations.text.toggleLabel')}
        data-testid="text-toggle"
        fullWidth
        orientation={phone ? 'vertical' : 'horizontal'}
        data={[
          { value: 'board', label: t('recommendations.text.board') },
          { value: 'group', label: t('recommendations.text.group') },
          { value: 'diff', label: t('recommendations.text.diff') },
        ]}
      />
      {view === 'board' && <VersionText version={board} />}
      {view === 'group' && <VersionText version={group} />}
      {view === 'diff' &&
        (diff && diff.changed ? (
          <Stack gap="xs" data-testid="board-diff">
            <DiffLegend />
            <Title order={3} size="h5">
              {t('recommendations.form.title')}
            </Title>
            <DiffText parts={fromApiDiff(diff.title)} />
            <Title order={3} size="h5">
              {t('recommendations.field.body')}
            </Title>
            <DiffText parts={fromApiDiff(diff.body)} />
          </Stack>
        ) : (
          <Text>{t('recommendations.text.noChange')}</Text>
        ))}
    </Stack>
  );
}

function VoteLine({ vote }: { vote: NonNullable<Step['vote']> }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" data-testid="vote">
      {t('recommendations.vote.summary', {
        inFavour: vote.inFavour,
        against: vote.against,
        abstaining: vote.abstaining,
      })}
    </Text>
  );
}

/** Every step of the cycle, oldest first, with who, when, why, where, the vote and the text changes. */
export function Timeline({ rec, language }: { rec: Rec; language: Language }) {
  const { t } = useTranslation();
  if (rec.timeline.length === 0) return <Text c="dimmed">{t('recommendations.timeline.empty')}</Text>;
  return (
    <Box component="ol" p={0} m={0} style={{ listStyle: 'none' }} data-testid="timeline">
      {rec.timeline.map((step) => (
        <Box component="li" key={step.id} mb="sm">
          <Paper withBorder p="sm" style={{ borderLeft: '4px solid var(--mantine-color-blue-6)' }}>
            <Stack gap={4}>
              <Group gap="xs" wrap="wrap">
                <Text fw={700}>{t(`recommendations.transition.${step.transition}`)}</Text>
                <Text size="sm" c="dimmed">
                  {t(`recommendations.stage.${step.fromStage}`)} → {t(`recommendations.stage.${step.toStage}`)}
                </Text>
              </Group>
              <Text size="sm">
                {step.actor ? t('recommendations.timeline.by', { name: step.actor.displayName }) + ' · ' : ''}
                <time dateTime={step.occurredAt}>{formatDateTime(step.occurredAt, language)}</time>
              </Text>
              {step.recommendationId !== rec.id && (
                <Text size="sm">
                  {t('recommendations.timeline.onMerged')}{' '}
                  <Anchor component={Link} to={`/recommendations/${step.recommendationId}`}>
                    {t('recommendations.timeline.openMerged')}
                  </Anchor>
                </Text>
              )}
              {step.reason && (
                <Text size="sm">
                  <strong>{t('recommendations.timeline.reason')}:</strong> {step.reason}
                </Text>
              )}
              {step.groupMeeting && (
                <Text size="sm">
                  {t('recommendations.timeline.groupMeeting')}:{' '}
                  <Anchor component={Link} to={`/meetings/${step.groupMeeting.id}`}>
                    {formatDateTime(step.groupMeeting.startsAt, language)}
                  </Anchor>
                </Text>
              )}
              {step.boardMeeting && (
                <Text size="sm">
                  {t('recommendations.timeline.boardMeeting')}: {step.boardMeeting.title} (
                  {formatDate(step.boardMeeting.heldOn, language)})
                </Text>
              )}
              {step.vote && <VoteLine vote={step.vote} />}
              {step.conflicted.length > 0 && (
                <Text size="sm">
                  {t('recommendations.timeline.conflicted', {
                    names: step.conflicted.map((p) => p.displayName).join(', '),
                  })}
                </Text>
              )}
              {step.mergedInto && (
                <Text size="sm">
                  {t('recommendations.cycle.mergedInto')}{' '}
                  <Anchor component={Link} to={`/recommendations/${step.mergedInto.id}`}>
                    {step.mergedInto.title?.text ?? step.mergedInto.id}
                  </Anchor>
                </Text>
              )}
              {step.diff && step.diff.changed && (
                <details>
                  <summary>
                    <Text component="span" size="sm" fw={600}>
                      {t('recommendations.timeline.showDiff', { version: step.diff.toVersion })}
                    </Text>
                  </summary>
                  <Stack gap={4} mt="xs">
                    <DiffLegend />
                    <DiffText parts={fromApiDiff(step.diff.title)} />
                    <DiffText parts={fromApiDiff(step.diff.body)} />
                  </Stack>
                </details>
              )}
            </Stack>
          </Paper>
        </Box>
      ))}
    </Box>
  );
}

/** Saved versions: number, by the group or the board, author, date, and a comparison with the one before. */
export function VersionList({ rec, language }: { rec: Rec; language: Language }) {
  const { t } = useTranslation();
  return (
    <Box component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="versions">
      {rec.versions.map((v, index) => (
        <Box component="li" key={v.id} py={6} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
          <Group gap="xs" wrap="wrap" justify="space-between">
            <Text size="sm">
              <strong>{t('recommendations.versions.number', { number: v.number })}</strong> ·{' '}
              {t(`recommendations.versions.by${v.authoredBy}`)}
              {v.createdBy ? ` · ${v.createdBy.displayName}` : ''} ·{' '}
              <time dateTime={v.createdAt}>{formatDateTime(v.createdAt, language)}</time>
            </Text>
            {index > 0 && (
              <Anchor
                component={Link}
                size="sm"
                to={`/recommendations/${rec.id}/compare?from=${rec.versions[index - 1]?.number ?? 1}&to=${v.number}`}
              >
                {t('recommendations.versions.compareWithPrevious', { number: v.number })}
              </Anchor>
            )}
          </Group>
        </Box>
      ))}
    </Box>
  );
}

export function AddTestimonyForm({
  recommendationId,
  onAdded,
}: {
  recommendationId: string;
  onAdded: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [quote, setQuote] = useState('');
  const [attributedTo, setAttributedTo] = useState('');
  const [language, setLanguage] = useState<Language>('nl');
  const [add, { loading, error }] = useMutation(AddRecommendationTestimonyDocument);
  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      aria-label={t('recommendations.testimony.add')}
      onSubmit={async (event) => {
        event.preventDefault();
        const ok = await add({
          variables: { input: { recommendationId, quote: quote.trim(), attributedTo: attributedTo.trim(), language } },
        }).catch(() => null);
        if (ok) {
          setQuote('');
          setAttributedTo('');
          await onAdded();
        }
      }}
    >
      <Stack gap="xs">
        <Textarea
          label={t('recommendations.testimony.quote')}
          required
          autosize
          minRows={2}
          value={quote}
          onChange={(e) => setQuote(e.currentTarget.value)}
        />
        <TextInput
          label={t('recommendations.testimony.attributedTo')}
          description={t('recommendations.testimony.attributedToHelp')}
          required
          value={attributedTo}
          onChange={(e) => setAttributedTo(e.currentTarget.value)}
        />
        <NativeSelect
          label={t('recommendations.form.language')}
          value={language}
          data={LANGUAGES.map((l) => ({ value: l, label: t(`language.name.${l}`) }))}
          onChange={(e) => setLanguage(e.currentTarget.value as Language)}
        />
        <ErrorAlert error={error} />
        <Button
          type="submit"
          loading={loading}
          disabled={!quote.trim() || !attributedTo.trim()}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('recommendations.testimony.add')}
        </Button>
      </Stack>
    </Paper>
  );
}

export function ReviewNotes({
  rec,
  language,
  onAdded,
}: {
  rec: Rec;
  language: Language;
  onAdded: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [add, { loading, error }] = useMutation(AddRecommendationReviewNoteDocument);
  return (
    <Stack gap="xs" data-testid="review-notes">
      {rec.reviewNotes.length === 0 && <Text c="dimmed">{t('recommendations.reviewNotes.empty')}</Text>}
      {rec.reviewNotes.map((note) => (
        <Paper withBorder p="xs" key={note.id}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {note.body}
          </Text>
          <Text size="xs" c="dimmed">
            {note.author.displayName} · {formatDateTime(note.createdAt, language)}
          </Text>
        </Paper>
      ))}
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          const ok = await add({ variables: { input: { recommendationId: rec.id, body: body.trim() } } }).catch(
            () => null,
          );
          if (ok) {
            setBody('');
            await onAdded();
          }
        }}
      >
        <Stack gap="xs">
          <Textarea
            label={t('recommendations.reviewNotes.add')}
            autosize
            minRows={2}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
          />
          <ErrorAlert error={error} />
          <Button type="submit" size="sm" loading={loading} disabled={!body.trim()} style={{ alignSelf: 'flex-start' }}>
            {t('recommendations.reviewNotes.save')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
