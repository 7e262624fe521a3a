import { Controller, Get, Param, Query, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { appError } from '../../common/errors.js';
import { CalendarService } from './calendar.service.js';
import { RestErrorsFilter } from './rest-errors.filter.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The iCal feed of a group's meetings; the token in the link is the only credential. */
@Controller('api')
@UseFilters(RestErrorsFilter)
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('groups/:groupId/calendar.ics')
  async feed(@Param('groupId') groupId: string, @Query('token') token: string | undefined, @Res() res: Response): Promise<void> {
    const feed = UUID.test(groupId) && typeof token === 'string' ? await this.calendar.feed(groupId, token) : null;
    // Unknown group and wrong token answer alike, so the link reveals nothing.
    if (feed === null) throw appError('NOT_FOUND', 'No calendar at this address. Copy the link again from the group page.');
    res.status(200).set({ 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'private, max-age=300' }).send(feed);
  }
}
