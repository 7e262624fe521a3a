import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Language } from '@letscoop/domain';
import { CurrentViewer, ReaderLanguage } from '../../common/decorators.js';
import type { GqlContext, Viewer } from '../../common/request-context.js';
import { presentText, TranslatedText } from '../../common/translated-text.model.js';
import { GroupDocument } from './document.model.js';
import { RecordAttendanceInput } from './dto/record-attendance.input.js';
import { ScheduleMeetingInput } from './dto/schedule-meeting.input.js';
import { UpdateMeetingInput } from './dto/update-meeting.input.js';
import { EditionsLoaderFactory } from './editions.loaders.js';
import type { MeetingEntity } from './meeting.entity.js';
import { Attendance, Meeting } from './meeting.model.js';
import { MeetingsService } from './meetings.service.js';
import type { MinutesEntity } from './minutes.entity.js';
import { Minutes } from './minutes.model.js';
import type { WorkingGroupEntity } from './working-group.entity.js';
import { WorkingGroup } from './working-group.model.js';

@Resolver(() => Meeting)
export class MeetingsResolver {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly loaders: EditionsLoaderFactory,
  ) {}

  @Query(() => Meeting)
  meeting(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<MeetingEntity> {
    return this.meetings.view(viewer.actor, id);
  }

  @Mutation(() => Meeting, { description: "The group's leads, coordinator or secretary: a new meeting." })
  scheduleMeeting(@CurrentViewer() viewer: Viewer, @Args('input') input: ScheduleMeetingInput): Promise<MeetingEntity> {
    return this.meetings.schedule(viewer, input);
  }

  @Mutation(() => Meeting, { description: 'Changes the fields given (date, place, link, agenda, guests).' })
  updateMeeting(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateMeetingInput, @Context() ctx: GqlContext): Promise<MeetingEntity> {
    this.loaders.reset(ctx.req);
    return this.meetings.update(viewer, input);
  }

  @Mutation(() => Meeting, { description: "Replaces the meeting's attendance list (the group's members only)." })
  recordAttendance(@CurrentViewer() viewer: Viewer, @Args('input') input: RecordAttendanceInput, @Context() ctx: GqlContext): Promise<MeetingEntity> {
    this.loaders.reset(ctx.req);
    return this.meetings.recordAttendance(viewer, input);
  }

  @ResolveField(() => TranslatedText)
  agenda(@Parent() m: MeetingEntity, @ReaderLanguage() reader: Language): TranslatedText {
    return presentText(m.agenda, reader);
  }

  @ResolveField(() => WorkingGroup)
  async group(@Parent() m: MeetingEntity, @Context() ctx: GqlContext): Promise<WorkingGroupEntity> {
    return (await this.loaders.for(ctx.req).group.load(m.groupId)) as WorkingGroupEntity;
  }

  @ResolveField(() => [Attendance])
  async attendance(@Parent() m: MeetingEntity, @Context() ctx: GqlContext): Promise<Attendance[]> {
    const rows = await this.loaders.for(ctx.req).attendanceByMeeting.load(m.id);
    return rows.map((r) => ({ person: { id: r.id, displayName: r.displayName }, present: r.present }));
  }

  @ResolveField(() => [GroupDocument])
  async documents(@Parent() m: MeetingEntity, @Context() ctx: GqlContext): Promise<GroupDocument[]> {
    const rows = await this.loaders.for(ctx.req).documentsByMeeting.load(m.id);
    return rows.map((d) => ({ ...d, url: `/api/documents/${d.id}` }));
  }

  @ResolveField(() => Minutes, { nullable: true, description: 'null until someone writes them.' })
  minutes(@Parent() m: MeetingEntity, @Context() ctx: GqlContext): Promise<MinutesEntity | null> {
    return this.loaders.for(ctx.req).minutesByMeeting.load(m.id);
  }
}
