import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req, Res, UploadedFile, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { DOCUMENT_MAX_BYTES } from '@letscoop/domain';
import type { Response } from 'express';
import { validation } from '../../common/errors.js';
import type { AppRequest, Viewer } from '../../common/request-context.js';
import { DocumentsService, type DocumentSummary, type UploadedDocument } from './documents.service.js';
import { RestErrorsFilter } from './rest-errors.filter.js';
import { RestSessionGuard } from './rest-session.guard.js';
import { UploadHeaderGuard } from './upload-header.guard.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const badId = () => validation([{ field: 'id', messages: ['must be an id'] }], 'The id in the address is malformed. Check the link.');

/** Upload and download of group documents (multipart in, bytes out: not a fit for GraphQL). */
@Controller('api')
@UseGuards(RestSessionGuard)
@UseFilters(RestErrorsFilter)
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Post('groups/:groupId/documents')
  @UseGuards(UploadHeaderGuard)
  // No storage given: multer keeps the file in memory (it goes to Postgres). The limit sits a
  // little above 20 MB so a slightly larger file gets our clear 413, not a cut connection.
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: DOCUMENT_MAX_BYTES + 1024 * 1024, files: 1, fields: 5 }, defParamCharset: 'utf8' }))
  upload(
    @Req() req: AppRequest,
    @Param('groupId', new ParseUUIDPipe({ exceptionFactory: badId })) groupId: string,
    @UploadedFile() file: UploadedDocument | undefined,
    @Body() body: { meetingId?: string } | undefined,
  ): Promise<DocumentSummary> {
    const meetingId = body?.meetingId || null;
    if (meetingId && !UUID.test(meetingId)) throw validation([{ field: 'meetingId', messages: ['must be the id of a meeting'] }]);
    return this.documents.upload(req.viewer as Viewer, groupId, meetingId, file);
  }

  @Get('documents/:id')
  async download(
    @Req() req: AppRequest,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: badId })) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const document = await this.documents.download(req.viewer as Viewer, id);
    res.attachment(document.filename);
    res.set({
      'Content-Type': document.mimeType,
      'Content-Length': String(document.sizeBytes),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    });
    res.status(200).end(document.content);
  }
}
