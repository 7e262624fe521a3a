import { Controller, Get, Param, ParseUUIDPipe, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { isLanguage, languageFromAcceptHeader, resolveText, type Language } from '@letscoop/domain';
import type { Response } from 'express';
import { validation } from '../../common/errors.js';
import type { AppRequest, Viewer } from '../../common/request-context.js';
import { RestErrorsFilter } from '../editions/rest-errors.filter.js';
import { RestSessionGuard } from '../editions/rest-session.guard.js';
import { ideaToActionCsv } from './idea-to-action-report.csv.js';
import { ideaToActionPdf } from './idea-to-action-report.pdf.js';
import { IdeaToActionReportService, type IdeaToActionReportData } from './idea-to-action-report.service.js';

const badId = () =>
  validation([{ field: 'id', messages: ['must be an id'] }], 'The id in the address is malformed. Check the link.');

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
    @Param('id', new ParseUUIDPipe({ exceptionFactory: badId })) id: string,
    @Query('lang') lang: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const language = this.language(req, lang);
    const report = await this.reports.build((req.viewer as Viewer).actor, id);
    send(res, await ideaToActionPdf(report, language), 'application/pdf', fileName(report, language, 'pdf'));
  }

  @Get(':id/report.csv')
  async csv(
    @Req() req: AppRequest,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: badId })) id: string,
    @Query('lang') lang: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const language = this.language(req, lang);
    const report = await this.reports.build((req.viewer as Viewer).actor, id);
    const body = Buffer.from(ideaToActionCsv(report, language), 'utf8');
    send(res, body, 'text/csv; charset=utf-8', fileName(report, language, 'csv'));
  }

  private language(req: AppRequest, lang: string | undefined): Language {
    if (lang !== undefined && !isLanguage(lang)) {
      throw validation(
        [{ field: 'lang', messages: ['must be nl, fr or en'] }],
        'The language in the address must be nl, fr or en.',
      );
    }
    return (
      lang ??
      languageFromAcceptHeader(req.headers['accept-language']) ??
      (req.viewer as Viewer).person.preferredLanguage
    );
  }
}

function send(res: Response, body: Buffer, type: string, filename: string): void {
  res.attachment(filename);
  res.set({
    'Content-Type': type,
    'Content-Length': String(body.length),
    'X-Content-Type-Options': 'nosniff',
    // Votes are published and actions progress: never serve a stale copy.
    'Cache-Control': 'private, no-store',
  });
  res.status(200).end(body);
}

/** idea-to-action-2015-2016-smart-in-progress-1.pdf: the period, then the title in plain ASCII. */
function fileName(r: IdeaToActionReportData, language: Language, extension: string): string {
  const ascii = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const slug = ascii(resolveText(r.edition.title, language).text).slice(0, 60).replace(/-+$/, '');
  return `idea-to-action-${ascii(r.edition.period)}${slug ? `-${slug}` : ''}.${extension}`;
}
