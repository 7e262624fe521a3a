import { Injectable } from '@nestjs/common';
import { can, type Actor, type CommentSubjectType } from '@letscoop/domain';
import { DataSource, In } from 'typeorm';
import { appError, forbidden, notFound, validation } from '../../common/errors.js';
import { AuditService } from '../audit/audit.service.js';
import { CommentReportEntity } from './comment-report.entity.js';
import { CommentEntity } from './comment.entity.js';
import type { Comment, ModerationItem } from './comment.model.js';
import type { HideCommentInput } from './dto/hide-comment.input.js';
import type { PostCommentInput } from './dto/post-comment.input.js';
import type { ReportCommentInput } from './dto/report-comment.input.js';
import { WritingEntity } from './writing.entity.js';
import { WritingsService } from './writings.service.js';

const SUBJECT_LABEL: Record<CommentSubjectType, string> = {
  RECOMMENDATION: 'recommendation',
  WRITING: 'writing',
  SMALL_TALK: 'small talk',
};

@Injectable()
export class CommentsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly writings: WritingsService,
  ) {}

  async post(actor: Actor, input: PostCommentInput): Promise<Comment> {
    const cooperativeId = await this.subjectCooperative(actor, input.subjectType, input.subjectId);
    if (!can(actor, 'comment.post', { cooperativeId })) throw forbidden('comment here');
    let parentDepth = -1;
    if (input.parentId) {
      const parent = await this.db.getRepository(CommentEntity).findOneBy({ id: input.parentId });
      if (!parent || parent.subjectType !== input.subjectType || parent.subjectId !== input.subjectId) {
        throw validation([{ field: 'parentId', messages: ['Reply to a comment of the same thread.'] }]);
      }
      if (parent.hiddenAt) {
        throw validation([
          { field: 'parentId', messages: ['This comment was hidden by a moderator: reply to the thread instead.'] },
        ]);
      }
      parentDepth = (await this.depths([parent.id])).get(parent.id) ?? 0;
    }
    const saved = await this.db.transaction(async (manager) => {
      const comment = await manager.save(
        manager.create(CommentEntity, {
          cooperativeId,
          subjectType: input.subjectType,
          subjectId: input.subjectId,
          parentId: input.parentId ?? null,
          authorId: actor.personId,
          body: input.body,
          language: input.language,
        }),
      );
      // The trail is public to members: it records the comment, not its text (which a moderator may hide).
      await this.audit.record(manager, {
        actorId: actor.personId,
        action: 'comment.post',
        subjectType: 'comment',
        subjectId: comment.id,
        cooperativeId,
        after: {
          subjectType: input.subjectType,
          subjectId: input.subjectId,
          parentId: comment.parentId,
          language: input.language,
        },
      });
      return manager.findOneByOrFail(CommentEntity, { id: comment.id });
    });
    return this.present(actor, saved, parentDepth + 1, false);
  }

  /** The whole thread of a subject, flat and in time order, with each comment's depth. */
  async thread(actor: Actor, subjectType: CommentSubjectType, subjectId: string): Promise<Comment[]> {
    const cooperativeId = await this.subjectCooperative(actor, subjectType, subjectId);
    if (!can(actor, 'cooperative.view', { cooperativeId })) throw forbidden('read these comments');
    const rows = await this.db
      .getRepository(CommentEntity)
      .find({ where: { subjectType, subjectId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const parentOf = new Map(rows.map((r) => [r.id, r.parentId]));
    const depthOf = new Map<string, number>();
    const depth = (id: string): number => {
      const known = depthOf.get(id);
      if (known !== undefined) return known;
      const parent = parentOf.get(id);
      const d = parent ? depth(parent) + 1 : 0;
      depthOf.set(id, d);
      return d;
    };
    const reported = await this.reportedBy(
      actor,
      rows.map((r) => r.id),
    );
    return rows.map((r) => this.present(actor, r, depth(r.id), reported.has(r.id)));
  }

  /** Reporting twice is a CONFLICT; the primary key keeps two reports racing from both landing. */
  async report(actor: Actor, input: ReportCommentInput): Promise<Comment> {
    const comment = await this.db.getRepository(CommentEntity).findOneBy({ id: input.commentId });
    if (!comment) throw notFound('comment', input.commentId);
    if (!can(actor, 'comment.report', { cooperativeId: comment.cooperativeId })) throw forbidden('report this comment');
    if (comment.hiddenAt) throw appError('CONFLICT', 'A moderator has already hidden this comment.');
    await this.db.transaction(async (manager) => {
      const inserted = await manager.query<{ comment_id: string }[]>(
        `INSERT INTO comment_report (comment_id, reporter_id, reason) VALUES ($1, $2, $3)
         ON CONFLICT (comment_id, reporter_id) DO NOTHING RETURNING comment_id`,
        [comment.id, actor.personId, input.reason.trim()],
      );
      if (inserted.length === 0) {
        throw appError('CONFLICT', 'You have already reported this comment; the moderators will look at it.');
      }
      // The reason stays with the moderators; the public trail only says a report was made.
      await this.audit.record(manager, {
        actorId: actor.personId,
        action: 'comment.report',
        subjectType: 'comment',
        subjectId: comment.id,
        cooperativeId: comment.cooperativeId,
      });
    });
    return this.present(actor, comment, await this.depthOf(comment.id), true);
  }

  async hide(actor: Actor, input: HideCommentInput): Promise<Comment> {
    const comment = await this.db.getRepository(CommentEntity).findOneBy({ id: input.commentId });
    if (!comment) throw notFound('comment', input.commentId);
    if (!can(actor, 'comment.moderate', { cooperativeId: comment.cooperativeId })) {
      throw forbidden('hide comments (the secretariat and staff moderate)');
    }
    const reason = input.reason.trim();
    const hidden = await this.db.transaction(async (manager) => {
      // Only the first of two moderators hiding at once succeeds; the other gets a CONFLICT.
      const rows = await manager.query<{ id: string }[]>(
        `WITH hidden AS (
           UPDATE comment SET hidden_at = now(), hidden_by = $2, hidden_reason = $3
           WHERE id = $1 AND hidden_at IS NULL RETURNING id
         ) SELECT id FROM hidden`,
        [comment.id, actor.personId, reason],
      );
      if (rows.length === 0) throw appError('CONFLICT', 'This comment is already hidden.');
      await this.audit.record(manager, {
        actorId: actor.personId,
        action: 'comment.hide',
        subjectType: 'comment',
        subjectId: comment.id,
        cooperativeId: comment.cooperativeId,
        reason,
        before: { hidden: false },
        after: { hidden: true },
      });
      return manager.findOneByOrFail(CommentEntity, { id: comment.id });
    });
    const reported = await this.reportedBy(actor, [hidden.id]);
    return this.present(actor, hidden, await this.depthOf(hidden.id), reported.has(hidden.id));
  }

  /** Reported comments not yet hidden (or all reported ones), oldest report first, with their reports. */
  async moderationQueue(actor: Actor, cooperativeId: string, includeHidden: boolean): Promise<ModerationItem[]> {
    if (!can(actor, 'comment.moderate', { cooperativeId })) throw forbidden("see this cooperative's moderation queue");
    const ids = await this.db.query<{ comment_id: string }[]>(
      `SELECT r.comment_id FROM comment_report r JOIN comment c ON c.id = r.comment_id
       WHERE c.cooperative_id = $1 ${includeHidden ? '' : 'AND c.hidden_at IS NULL'}
       GROUP BY r.comment_id ORDER BY min(r.created_at), r.comment_id LIMIT 500`,
      [cooperativeId],
    );
    const commentIds = ids.map((r) => r.comment_id);
    if (commentIds.length === 0) return [];
    const [comments, reports, depths, reported] = await Promise.all([
      this.db.getRepository(CommentEntity).findBy({ id: In(commentIds) }),
      this.db
        .getRepository(CommentReportEntity)
        .find({ where: { commentId: In(commentIds) }, order: { createdAt: 'ASC' } }),
      this.depths(commentIds),
      this.reportedBy(actor, commentIds),
    ]);
    const byId = new Map(comments.map((c) => [c.id, c]));
    return commentIds.map((id) => ({
      comment: this.present(actor, byId.get(id) as CommentEntity, depths.get(id) ?? 0, reported.has(id)),
      reports: reports
        .filter((r) => r.commentId === id)
        .map((r) => ({ reporterId: r.reporterId, reason: r.reason, createdAt: r.createdAt })),
    }));
  }

  /**
   * The cooperative of what is commented on; NOT_FOUND when it does not exist, FORBIDDEN when
   * the actor may not see it (another cooperative, or a writing not accepted yet).
   */
  private async subjectCooperative(actor: Actor, subjectType: CommentSubjectType, subjectId: string): Promise<string> {
    let cooperativeId: string | undefined;
    if (subjectType === 'WRITING') {
      const writing = await this.db.getRepository(WritingEntity).findOneBy({ id: subjectId });
      if (writing) this.writings.assertVisible(actor, writing);
      cooperativeId = writing?.cooperativeId;
    } else {
      const table = subjectType === 'RECOMMENDATION' ? 'recommendation' : 'small_talk';
      const [row] = await this.db.query<{ cooperative_id: string }[]>(
        `SELECT cooperative_id FROM ${table} WHERE id = $1`,
        [subjectId],
      );
      cooperativeId = row?.cooperative_id;
    }
    if (!cooperativeId) throw notFound(SUBJECT_LABEL[subjectType], subjectId);
    return cooperativeId;
  }

  /** A comment as this actor sees it: a hidden one keeps its trace, its text only for moderators. */
  private present(actor: Actor, c: CommentEntity, depth: number, reportedByViewer: boolean): Comment {
    const showBody = !c.hiddenAt || can(actor, 'comment.moderate', { cooperativeId: c.cooperativeId });
    return {
      id: c.id,
      cooperativeId: c.cooperativeId,
      subjectType: c.subjectType,
      subjectId: c.subjectId,
      parentId: c.parentId,
      depth,
      authorId: c.authorId,
      language: c.language,
      body: showBody ? c.body : null,
      createdAt: c.createdAt,
      hidden: c.hiddenAt ? { at: c.hiddenAt, byId: c.hiddenBy, reason: c.hiddenReason as string } : null,
      reportedByViewer,
    };
  }

  private async reportedBy(actor: Actor, commentIds: string[]): Promise<Set<string>> {
    if (commentIds.length === 0) return new Set();
    const rows = await this.db.query<{ comment_id: string }[]>(
      `SELECT comment_id FROM comment_report WHERE reporter_id = $1 AND comment_id = ANY($2)`,
      [actor.personId, commentIds],
    );
    return new Set(rows.map((r) => r.comment_id));
  }

  private async depthOf(id: string): Promise<number> {
    return (await this.depths([id])).get(id) ?? 0;
  }

  /** How deep each comment sits in its thread (0: on the subject), walking up the parents in one query. */
  private async depths(ids: string[]): Promise<Map<string, number>> {
    const rows = await this.db.query<{ id: string; depth: number }[]>(
      `WITH RECURSIVE up AS (
         SELECT id AS start, parent_id, 0 AS depth FROM comment WHERE id = ANY($1)
         UNION ALL
         SELECT up.start, c.parent_id, up.depth + 1 FROM up JOIN comment c ON c.id = up.parent_id
       )
       SELECT start AS id, max(depth)::int AS depth FROM up GROUP BY start`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.depth]));
  }
}
