import { useMutation, useQuery } from '@apollo/client/react';
import { can, type CommentSubjectType } from '@letscoop/domain';
import { Alert, Box, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/error-alert';
import { formatDateTime } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { useSession } from '../../app/session';
import {
  CommentThreadDocument,
  HideCommentDocument,
  PostCommentDocument,
  ReportCommentDocument,
  type CommentFieldsFragment,
} from '../../generated/graphql';
import { threadOrder, visualDepth } from './thread';

type Mode = { kind: 'reply' | 'report' | 'hide'; commentId: string } | null;

/** A short text form (reply, report reason, hide reason) with its own label, submit and cancel. */
function TextForm({
  label,
  submitLabel,
  onSubmit,
  onCancel,
  loading,
  error,
  testId,
}: {
  label: string;
  submitLabel: string;
  onSubmit: (text: string) => Promise<boolean>;
  onCancel?: () => void;
  loading: boolean;
  error: unknown;
  testId: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    if (await onSubmit(text.trim())) setText('');
  };
  return (
    <Box component="form" onSubmit={submit} data-testid={testId}>
      <Stack gap="xs">
        <Textarea
          label={label}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={5000}
          required
          autoFocus={onCancel !== undefined}
        />
        <ErrorAlert error={error} />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={loading} disabled={!text.trim()}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button type="button" size="xs" variant="default" onClick={onCancel}>
              {t('comments.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </Box>
  );
}

function CommentItem({
  comment,
  depth,
  mode,
  setMode,
  mayPost,
  mayReport,
  mayModerate,
  onReply,
  onReport,
  onHide,
  busy,
  error,
}: {
  comment: CommentFieldsFragment;
  depth: number;
  mode: Mode;
  setMode: (mode: Mode) => void;
  mayPost: boolean;
  mayReport: boolean;
  mayModerate: boolean;
  onReply: (parentId: string, text: string) => Promise<boolean>;
  onReport: (commentId: string, reason: string) => Promise<boolean>;
  onHide: (commentId: string, reason: string) => Promise<boolean>;
  busy: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { viewer } = useSession();
  const own = viewer?.person.id === comment.author.id;
  const active = mode?.commentId === comment.id ? mode.kind : null;
  return (
    <Box
      component="li"
      data-testid="comment"
      data-depth={comment.depth}
      style={{
        marginLeft: `calc(${depth} * var(--mantine-spacing-md))`,
        borderLeft: depth > 0 ? '2px solid var(--mantine-color-gray-3)' : undefined,
        paddingLeft: depth > 0 ? 'var(--mantine-spacing-xs)' : undefined,
      }}
    >
      <Paper withBorder p="sm" radius="sm">
        <Stack gap={6}>
          <Group gap="xs" justify="space-between" wrap="wrap">
            <Text fw={600} size="sm" className="break-anywhere">
              {comment.author.displayName}
            </Text>
            <Text size="xs" c="dimmed">
              <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, language)}</time>
            </Text>
          </Group>
          {comment.hidden ? (
            <>
              <Text size="sm" fs="italic" c="dimmed" data-testid="comment-hidden">
                {t('comments.hiddenBy', { reason: comment.hidden.reason })}
              </Text>
              {comment.body && mayModerate && (
                <Text size="sm" c="dimmed" lang={comment.language} style={{ whiteSpace: 'pre-wrap' }}>
                  {t('comments.hiddenOriginal')} {comment.body}
                </Text>
              )}
            </>
          ) : (
            <Text size="sm" lang={comment.language} style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">
              {comment.body}
            </Text>
          )}
          <Group gap="xs" wrap="wrap">
            {mayPost && !comment.hidden && (
              <Button size="compact-xs" variant="subtle" onClick={() => setMode({ kind: 'reply', commentId: comment.id })}>
                {t('comments.reply')}
              </Button>
            )}
            {mayReport && !own && !comment.hidden && (
              <Button
                size="compact-xs"
                variant="subtle"
                color="orange"
                disabled={comment.reportedByViewer}
                onClick={() => setMode({ kind: 'report', commentId: comment.id })}
              >
                {comment.reportedByViewer ? t('comments.reported') : t('comments.report')}
              </Button>
            )}
            {mayModerate && !comment.hidden && (
              <Button size="compact-xs" variant="subtle" color="red" onClick={() => setMode({ kind: 'hide', commentId: comment.id })}>
                {t('comments.hide')}
              </Button>
            )}
          </Group>
          {active === 'reply' && (
            <TextForm
              testId="reply-form"
              label={t('comments.replyTo', { name: comment.author.displayName })}
              submitLabel={t('comments.postReply')}
              onSubmit={(text) => onReply(comment.id, text)}
              onCancel={() => setMode(null)}
              loading={busy}
              error={error}
            />
          )}
          {active === 'report' && (
            <TextForm
              testId="report-form"
              label={t('comments.reportReason')}
              submitLabel={t('comments.sendReport')}
              onSubmit={(text) => onReport(comment.id, text)}
              onCancel={() => setMode(null)}
              loading={busy}
              error={error}
            />
          )}
          {active === 'hide' && (
            <TextForm
              testId="hide-form"
              label={t('comments.hideReason')}
              submitLabel={t('comments.hideConfirm')}
              onSubmit={(text) => onHide(comment.id, text)}
              onCancel={() => setMode(null)}
              loading={busy}
              error={error}
            />
          )}
        </Stack>
      </Paper>
    </Box>
  );
}

/**
 * The discussion under a recommendation, writing or small talk: threaded replies (indented by
 * depth, capped on phones), report for members, hide (with a reason) for the moderators.
 */
export function CommentThread({ subjectType, subjectId }: { subjectType: CommentSubjectType; subjectId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { actor, cooperativeId } = useSession();
  const phone = useMediaQuery('(max-width: 36em)');
  const cap = phone ? 2 : 6;
  const { data, loading, error, refetch } = useQuery(CommentThreadDocument, { variables: { subjectType, subjectId } });
  const [post, postState] = useMutation(PostCommentDocument);
  const [report, reportState] = useMutation(ReportCommentDocument);
  const [hide, hideState] = useMutation(HideCommentDocument);
  const [mode, setMode] = useState<Mode>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const comments = useMemo(() => threadOrder(data?.comments ?? []), [data]);

  const subjectCoop = data?.comments[0]?.cooperativeId ?? cooperativeId;
  const subject = subjectCoop ? { cooperativeId: subjectCoop } : null;
  const mayPost = subject !== null && can(actor, 'comment.post', subject);
  const mayReport = subject !== null && can(actor, 'comment.report', subject);
  const mayModerate = subject !== null && can(actor, 'comment.moderate', subject);

  const language = currentLanguage();
  const run = async (action: () => Promise<unknown>, message: string): Promise<boolean> => {
    setNotice(null);
    try {
      await action();
    } catch {
      return false;
    }
    setMode(null);
    setNotice(message);
    await refetch().catch(() => undefined);
    return true;
  };
  const onPost = (text: string, parentId?: string) =>
    run(
      () => post({ variables: { input: { subjectType, subjectId, body: text, language, parentId: parentId ?? null } } }),
      parentId ? t('comments.replyPosted') : t('comments.posted'),
    );
  const onReport = (commentId: string, reason: string) =>
    run(() => report({ variables: { input: { commentId, reason } } }), t('comments.reportSent'));
  const onHide = (commentId: string, reason: string) =>
    run(() => hide({ variables: { input: { commentId, reason } } }), t('comments.hiddenDone'));

  const itemError = postState.error ?? reportState.error ?? hideState.error;
  const busy = postState.loading || reportState.loading || hideState.loading;

  return (
    <Box component="section" aria-labelledby={headingId} data-testid="comment-thread">
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('comments.title', { count: comments.length })}
      </Title>
      <Stack gap="sm">
        {error && <ErrorAlert error={error} />}
        {loading && !data && <Text c="dimmed">{t('common.loading')}</Text>}
        {data && comments.length === 0 && <Text c="dimmed">{t('comments.empty')}</Text>}
        {comments.length > 0 && (
          <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {comments.map((comment) => (
              <CommentItem
                key={comment.id}
                comment={comment}
                depth={visualDepth(comment.depth, cap)}
                mode={mode}
                setMode={(next) => {
                  setNotice(null);
                  setMode(next);
                }}
                mayPost={mayPost}
                mayReport={mayReport}
                mayModerate={mayModerate}
                onReply={(parentId, text) => onPost(text, parentId)}
                onReport={onReport}
                onHide={onHide}
                busy={busy}
                error={mode ? itemError : undefined}
              />
            ))}
          </Stack>
        )}
        <div aria-live="polite">
          {notice && (
            <Alert color="green" variant="light" py="xs">
              {notice}
            </Alert>
          )}
        </div>
        {mayPost && (
          <TextForm
            testId="comment-form"
            label={t('comments.yourComment')}
            submitLabel={t('comments.post')}
            onSubmit={(text) => onPost(text)}
            loading={postState.loading && mode === null}
            error={mode === null ? postState.error : undefined}
          />
        )}
      </Stack>
    </Box>
  );
}
