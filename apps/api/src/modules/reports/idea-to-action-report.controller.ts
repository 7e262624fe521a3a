import { Controller, Get, Param, ParseUUIDPipe, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { resolveText, type Language } from '@letscoop/domain';
import type { Response } from 'express';
import type { AppRequest, Viewer } from '../../common/request-context.js';
import { asciiSlug, badIdInAddress, downloadLanguage, sendDownload } from '../../common/rest-download.js';
import { RestErrorsFilter } from '../editions/rest-errors.filter.js';
import { RestSessionGuard } from '../editions/rest-session.guard.js';
import { ideaToActionCsv } from './idea-to-action-report.csv.js';
import { ideaToActionPdf } from './idea-to-action-report.pdf.js';
import { IdeaToActionReportService, type IdeaToActionReportData } from './idea-to-action-report.service.js';

/**
 * The "from idea to action" report of an edition as files, for the cooperative's members
 * (session cookie; errors as JSON `{ code, message }` with the GraphQL API's codes).
 * `?lang=nl|fr|en` picks the language; otherwise Accept-Language, then the member's own.
 */
@Controller('api/editions')
@UseGuards(RestSessionGuard)
@UseFilters(RestErrorsFilter)
export class IdeaToActionReportController {
  constructor(private readonly reports: IdeaToActionReportService) {}

  @Get(':id/report.pdf')
  async pdf(
    @Req() req: AppRequest,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: badIdInAddress })) id: string,
    @Query('lang') lang: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const language = downloadLanguage(req, lang);
    const report = await this.reports.build((req.viewer as Viewer).actor, id);
    sendDownload(res, await ideaToActionPdf(report, language), 'application/pdf', fileName(report, language, 'pdf'));
  }

  @Get(':id/report.csv')
  async csv(
    @Req() req: AppRequest,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: badIdInAddress })) id: string,
    @Query('lang') lang: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const language = downloadLanguage(req, lang);
    const report = await this.reports.build((req.viewer as Viewer).actor, id);
    const body = Buffer.from(ideaToActionCsv(report, language), 'utf8');
    sendDownload(res, body, 'text/csv; charset=utf-8', fileName(report, language, 'csv'));
  }
}

/** idea-to-action-2015-2016-smart-in-progress-1.pdf: the period, then the title in plain ASCII. */
function fileName(r: IdeaToActionReportData, language: Language, extension: string): string {
  const slug = asciiSlug(resolveText(r.edition.title, language).text).slice(0, 60).replace(/-+$/, '');
  return `idea-to-action-${asciiSlug(r.edition.period)}${slug ? `-${slug}` : ''}.${extension}`;
}
