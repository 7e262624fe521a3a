import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { DOCUMENT_MAX_BYTES, can } from '@letscoop/domain';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { forbidden, notFound, validation } from '../../common/errors.js';
import type { Viewer } from '../../common/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import { DocumentEntity } from './document.entity.js';
import { ACCEPTED_EXTENSIONS, cleanFilename, detectDocumentType } from './document-type.js';
import { GroupService } from './group.service.js';
import { MeetingEntity } from './meeting.entity.js';

export interface UploadedDocument {
  originalname?: string;
  mimetype?: string;
  size: number;
  buffer: Buffer;
}

export interface DocumentSummary {
  id: string;
  filename: string;
  mimeType: string;
  sizeBytes: number;
}

const MAX_MB = DOCUMENT_MAX_BYTES / 1024 / 1024;

/** Files of a group or meeting, stored in Postgres; the type is read from the bytes. */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly groups: GroupService,
  ) {}

  async upload(viewer: Viewer, groupId: string, meetingId: string | null, file: UploadedDocument | undefined): Promise<DocumentSummary> {
    const group = await this.groups.load(groupId);
    if (!can(viewer.actor, 'meeting.manage', await this.groups.subject(group))) throw forbidden("add documents to this group (its leads, coordinator and secretary do)");
    if (meetingId) {
      const meeting = await this.db.getRepository(MeetingEntity).findOneBy({ id: meetingId });
      if (!meeting || meeting.groupId !== group.id) throw validation([{ field: 'meetingId', messages: ['is not a meeting of this group'] }]);
    }
    if (!file || file.size === 0) throw validation([{ field: 'file', messages: ['is missing or empty'] }], 'Attach a file in the form field "file".');
    if (file.size > DOCUMENT_MAX_BYTES) {
      throw new HttpException({ code: 'PAYLOAD_TOO_LARGE', message: `The file is larger than ${MAX_MB} MB: compress or split it.` }, HttpStatus.PAYLOAD_TOO_LARGE);
    }
    const mimeType = detectDocumentType(file.buffer);
    if (!mimeType) {
      throw new HttpException(
        { code: 'UNSUPPORTED_MEDIA_TYPE', message: `This kind of file cannot be attached. Accepted: ${ACCEPTED_EXTENSIONS} (checked from the file's content, not its name).` },
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      );
    }
    const filename = cleanFilename(file.originalname, mimeType);
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    return this.db.transaction(async (manager) => {
      const [row] = await manager.query<{ id: string }[]>(
        `INSERT INTO document (group_id, meeting_id, filename, mime_type, size_bytes, sha256, content, uploaded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [group.id, meetingId, filename, mimeType, file.size, sha256, file.buffer, viewer.person.id],
      );
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'document.upload',
        subjectType: 'document',
        subjectId: row.id,
        cooperativeId: group.cooperativeId,
        after: { groupId: group.id, meetingId, filename, mimeType, sizeBytes: file.size, sha256 },
      });
      return { id: row.id, filename, mimeType, sizeBytes: file.size };
    });
  }

  async download(viewer: Viewer, id: string): Promise<DocumentEntity> {
    const document = await this.db.getRepository(DocumentEntity).findOneBy({ id });
    if (!document) throw notFound('document', id);
    await this.groups.view(viewer.actor, document.groupId);
    return document;
  }
}
