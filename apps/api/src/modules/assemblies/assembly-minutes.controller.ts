import { Controller, Get, Param, ParseUUIDPipe, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { isLanguage, languageFromAcceptHeader, type Language } from '@letscoop/domain';
import type { Response } from 'express';
import { validation } from '../../common/errors.js';
import type { AppRequest, Viewer } from '../../common/request-context.js';
import { RestErrorsFilter } from '../editions/rest-errors.filter.js';
import { RestSessionGuard } from '../editions/rest-session.guard.js';
import { minutesCsv } from './assembly-minutes.csv.js';
import { minutesPdf } from './assembly-minutes.pdf.js';
import { AssemblyMinutesService, type AssemblyMinutes } from './assembly-minutes.service.js';

const badId = () =>
  validation([{ field: 'id', messages: ['must be an id'] }], 'The id in the address is malformed. Check the link.');

/**
 * The minutes of an assembly as files, for the cooperative's members (session cookie; errors as
 * JSON `{ code, message }` with the GraphQL API's codes). `?lang=nl|fr|en` picks the language;
 * otherwise Accept-Language, then the member's preferred language.
 */
@Controller('api/assemblies')
@UseGuards(RestSessionGuard)
@UseFilters(RestErrorsFilter)
export class AssemblyMinutesController {
  constructor(private readonly minutes: AssemblyMinutesService) {}

  @Get(':id/minutes.pdf')
  async pdf(
    @Req() req: AppRequest,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: badId })) id: string,
    @Query('lang') lang: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const minutes = await this.build(req, id, lang);
    send(res, await minutesPdf(minutes), 'application/pdf', fileName(minutes, 'pdf'));
  }

  @Get(':id/minutes.csv')
  async csv(
    @Req() req: AppRequest,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: badId })) id: string,
    @Query('lang') lang: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const minutes = await this.build(req, id, lang);
    send(res, Buffer.from(minutesCsv(minutes), 'utf8'), 'text/csv; charset=utf-8', fileName(minutes, 'csv'));
  }

  private build(req: AppRequest, id: string, lang: string | undefined): Promise<AssemblyMinutes> {
    const viewer = req.viewer as Viewer;
    if (lang !== undefined && !isLanguage(lang)) {
      throw validation(
        [{ field: 'lang', messages: ['must be nl, fr or en'] }],
        'The language in the address must be nl, fr or en.',
      );
    }
    const language: Language =
      lang ?? languageFromAcceptHeader(req.headers['accept-language']) ?? viewer.person.preferredLanguage;
    return this.minutes.build(viewer, id, language);
  }
}

function send(res: Response, body: Buffer, type: string, filename: string): void {
  res.attachment(filename);
  res.set({
    'Content-Type': type,
    'Content-Length': String(body.length),
    'X-Content-Type-Options': 'nosniff',
    // Results change when a poll is published: never serve a stale copy.
    'Cache-Control': 'private, no-store',
  });
  res.status(200).end(body);
}

/** minutes-2019-06-17-algemene-vergadering.pdf: the date, then the title in plain ASCII. */
function fileName(m: AssemblyMinutes, extension: string): string {
  const date = m.assembly.startsAt.toISOString().slice(0, 10);
  const slug = m.assembly.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `minutes-${date}${slug ? `-${slug}` : ''}.${extension}`;
}
