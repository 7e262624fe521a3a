import { Controller, Get, Param, ParseUUIDPipe, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import type { AppRequest, Viewer } from '../../common/request-context.js';
import { asciiSlug, badIdInAddress, downloadLanguage, sendDownload } from '../../common/rest-download.js';
import { RestErrorsFilter } from '../editions/rest-errors.filter.js';
import { RestSessionGuard } from '../editions/rest-session.guard.js';
import { minutesCsv } from './assembly-minutes.csv.js';
import { minutesPdf } from './assembly-minutes.pdf.js';
import { AssemblyMinutesService, type AssemblyMinutes } from './assembly-minutes.service.js';

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
    @Param('id', new ParseUUIDPipe({ exceptionFactory: badIdInAddress })) id: string,
    @Query('lang') lang: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const minutes = await this.build(req, id, lang);
    sendDownload(res, await minutesPdf(minutes), 'application/pdf', fileName(minutes, 'pdf'));
  }

  @Get(':id/minutes.csv')
  async csv(
    @Req() req: AppRequest,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: badIdInAddress })) id: string,
    @Query('lang') lang: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const minutes = await this.build(req, id, lang);
    sendDownload(res, Buffer.from(minutesCsv(minutes), 'utf8'), 'text/csv; charset=utf-8', fileName(minutes, 'csv'));
  }

  private build(req: AppRequest, id: string, lang: string | undefined): Promise<AssemblyMinutes> {
    return this.minutes.build(req.viewer as Viewer, id, downloadLanguage(req, lang));
  }
}

/** minutes-2019-06-17-algemene-vergadering.pdf: the date, then the title in plain ASCII. */
function fileName(m: AssemblyMinutes, extension: string): string {
  const date = m.assembly.startsAt.toISOString().slice(0, 10);
  const slug = asciiSlug(m.assembly.title).slice(0, 60).replace(/-+$/, '');
  return `minutes-${date}${slug ? `-${slug}` : ''}.${extension}`;
}
