import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';
import { CommentHiddenResolver, CommentReportResolver, CommentsResolver } from './comments.resolver.js';
import { CommentsService } from './comments.service.js';
import { EditionScopeService } from './edition-scope.service.js';
import { ParticipationLoaders } from './participation.loaders.js';
import { SmallTalksResolver } from './small-talks.resolver.js';
import { SmallTalksService } from './small-talks.service.js';
import { WritingsResolver } from './writings.resolver.js';
import { WritingsService } from './writings.service.js';

/** Side channels of an edition: small talks, writings, and comments on them and on recommendations. */
@Module({
  imports: [MembersModule],
  providers: [
    EditionScopeService,
    ParticipationLoaders,
    SmallTalksService,
    SmallTalksResolver,
    WritingsService,
    WritingsResolver,
    CommentsService,
    CommentsResolver,
    CommentHiddenResolver,
    CommentReportResolver,
  ],
  exports: [CommentsService],
})
export class ParticipationModule {}
