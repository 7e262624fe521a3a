import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { AppSecretService } from './app-secret.service.js';
import { CalendarController } from './calendar.controller.js';
import { CalendarService } from './calendar.service.js';
import { DocumentsController } from './documents.controller.js';
import { DocumentsService } from './documents.service.js';
import { EditionsLoaderFactory } from './editions.loaders.js';
import { EditionsResolver } from './editions.resolver.js';
import { EditionsService } from './editions.service.js';
import { GroupRolesService } from './group-roles.service.js';
import { GroupResolver } from './group.resolver.js';
import { GroupService } from './group.service.js';
import { MeetingsResolver } from './meetings.resolver.js';
import { MeetingsService } from './meetings.service.js';
import { MinutesResolver } from './minutes.resolver.js';
import { MinutesService } from './minutes.service.js';
import { RestSessionGuard } from './rest-session.guard.js';
import { UploadHeaderGuard } from './upload-header.guard.js';

/** Editions, working groups, meetings, minutes, documents and the groups' calendar feeds. */
@Module({
  imports: [AuthModule],
  controllers: [DocumentsController, CalendarController],
  providers: [
    GroupRolesService,
    EditionsLoaderFactory,
    EditionsService,
    EditionsResolver,
    GroupService,
    GroupResolver,
    MeetingsService,
    MeetingsResolver,
    MinutesService,
    MinutesResolver,
    DocumentsService,
    AppSecretService,
    CalendarService,
    RestSessionGuard,
    UploadHeaderGuard,
  ],
  exports: [GroupRolesService],
})
export class EditionsModule {}
