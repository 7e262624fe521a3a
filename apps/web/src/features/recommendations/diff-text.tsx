import type { DiffPart } from '@letscoop/domain';
import { Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const insStyle = {
  backgroundColor: '#d3f9d8',
  color: '#0b3d17',
  textDecoration: 'underline',
  textDecorationThickness: 2,
  padding: '0 1px',
  fontWeight: 600,
} as const;
const delStyle = {
  backgroundColor: '#ffe3e3',
  color: '#6e0f0f',
  textDecoration: 'line-through',
  padding: '0 1px',
} as const;

/**
 * A word diff: added words in <ins> (underlined, bold), removed words in <del> (struck through),
 * each announced to screen readers, so the change never rests on colour alone.
 */
export function DiffText({ parts, lang }: { parts: readonly DiffPart[]; lang?: string }) {
  const { t } = useTranslation();
  return (
    <Text component="div" lang={lang} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="diff">
      {parts.map((part, index) =>
        part.kind === 'added' ? (
          <ins key={index} style={insStyle} data-diff="added">
            <VisuallyHidden>{t('recommendations.diff.addedStart')}</VisuallyHidden>
            {part.text}
            <VisuallyHidden>{t('recommendations.diff.addedEnd')}</VisuallyHidden>
          </ins>
        ) : part.kind === 'removed' ? (
          <del key={index} style={delStyle} data-diff="removed">
            <VisuallyHidden>{t('recommendations.diff.removedStart')}</VisuallyHidden>
            {part.text}
            <VisuallyHidden>{t('recommendations.diff.removedEnd')}</VisuallyHidden>
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </Text>
  );
}

/** The legend next to a diff: what the two markings mean, in words. */
export function DiffLegend() {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed">
      <ins style={insStyle}>{t('recommendations.diff.added')}</ins> ·{' '}
      <del style={delStyle}>{t('recommendations.diff.removed')}</del>
    </Text>
  );
}
