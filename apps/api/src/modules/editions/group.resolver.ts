import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { can, missingFrame, type GroupRole, type Language } from '@letscoop/domain';
import { CurrentViewer, ReaderLanguage } from '../../common/decorators.js';
import type { GqlContext, Viewer } from '../../common/request-context.js';
import { presentText, TranslatedText } from '../../common/translated-text.model.js';
import { CalendarService } from './calendar.service.js';
import { GroupDocument } from './document.model.js';
import { AcceptJoinRequestInput } from './dto/accept-join-request.input.js';
import { AssignGroupRoleInput } from './dto/assign-group-role.input.js';
import { CiteInLineageInput } from './dto/cite-in-lineage.input.js';
import { CreateWorkingGroupInput } from './dto/create-working-group.input.js';
import type { EditionEntity } from './edition.entity.js';
import { Edition } from './edition.model.js';
import { GroupMemberStatusEnum, GroupRoleEnum } from './editions.enums.js';
import { EditionsLoaderFactory, type MemberRow } from './editions.loaders.js';
import { GroupPermissions } from './group-permissions.model.js';
import { byCategory, personOf, rolesFromRows } from './group-view.js';
import { GroupService } from './group.service.js';
import type { MeetingEntity } from './meeting.entity.js';
import { Meeting } from './meeting.model.js';
import type { WorkingGroupEntity } from './working-group.entity.js';
import { FrameWarning, GroupCategory, GroupFrameRoles, JoinRequest, LineageCitation, WorkingGroup } from './working-group.model.js';

@Resolver(() => WorkingGroup)
export class GroupResolver {
  constructor(
    private readonly groups: GroupService,
    private readonly loaders: EditionsLoaderFactory,
    private readonly calendar: CalendarService,
  ) {}

  @Query(() => WorkingGroup)
  workingGroup(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<WorkingGroupEntity> {
    return this.groups.view(viewer.actor, id);
  }

  @Mutation(() => WorkingGroup, { description: 'Edition coordinators: a new working group in an edition.' })
  createWorkingGroup(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateWorkingGroupInput): Promise<WorkingGroupEntity> {
    return this.groups.create(viewer, input);
  }

  @Mutation(() => WorkingGroup, { description: 'Edition coordinators: makes a person a lead (board members only), the coordinator, the secretary or a participant.' })
  assignGroupRole(@CurrentViewer() viewer: Viewer, @Args('input') input: AssignGroupRoleInput, @Context() ctx: GqlContext): Promise<WorkingGroupEntity> {
    this.loaders.reset(ctx.req);
    return this.groups.assignRole(viewer, input);
  }

  @Mutation(() => WorkingGroup, { description: 'A member of the cooperative asks to join; a lead or the coordinator accepts.' })
  requestToJoinGroup(@CurrentViewer() viewer: Viewer, @Args('groupId', { type: () => ID }) groupId: string, @Context() ctx: GqlContext): Promise<WorkingGroupEntity> {
    this.loaders.reset(ctx.req);
    return this.groups.requestToJoin(viewer, groupId);
  }

  @Mutation(() => WorkingGroup, { description: "The group's leads or coordinator, or the edition's coordinators: accepts a request to join." })
  acceptJoinRequest(@CurrentViewer() viewer: Viewer, @Args('input') input: AcceptJoinRequestInput, @Context() ctx: GqlContext): Promise<WorkingGroupEntity> {
    this.loaders.reset(ctx.req);
    return this.groups.acceptJoin(viewer, input);
  }

  @Mutation(() => WorkingGroup, { description: 'Edition coordinators: the group builds on a recommendation of an earlier edition or a sister cooperative.' })
  citeInLineage(@CurrentViewer() viewer: Viewer, @Args('input') input: CiteInLineageInput, @Context() ctx: GqlContext): Promise<WorkingGroupEntity> {
    this.loaders.reset(ctx.req);
    return this.groups.cite(viewer, input);
  }

  @ResolveField(() => TranslatedText)
  theme(@Parent() g: WorkingGroupEntity, @ReaderLanguage() reader: Language): TranslatedText {
    return presentText(g.theme, reader);
  }

  @ResolveField(() => TranslatedText, { description: 'The question that frames the group.' })
  question(@Parent() g: WorkingGroupEntity, @ReaderLanguage() reader: Language): TranslatedText {
    return presentText(g.question, reader);
  }

  @ResolveField(() => TranslatedText)
  description(@Parent() g: WorkingGroupEntity, @ReaderLanguage() reader: Language): TranslatedText {
    return presentText(g.description, reader);
  }

  @ResolveField(() => Edition)
  async edition(@Parent() g: WorkingGroupEntity, @Context() ctx: GqlContext): Promise<EditionEntity> {
    return (await this.loaders.for(ctx.req).edition.load(g.editionId)) as EditionEntity;
  }

  @ResolveField(() => [GroupCategory], { description: 'Active members grouped by stakeholder category.' })
  async membersByCategory(@Parent() g: WorkingGroupEntity, @Context() ctx: GqlContext): Promise<GroupCategory[]> {
    return byCategory(await this.members(g, ctx));
  }

  @ResolveField(() => GroupFrameRoles)
  async roles(@Parent() g: WorkingGroupEntity, @Context() ctx: GqlContext): Promise<GroupFrameRoles> {
    const rows = (await this.members(g, ctx)).filter((r) => r.status === 'ACTIVE');
    const viewerId = ctx.req.viewer?.person.id;
    const holder = (role: GroupRole) => rows.filter((r) => r.role === role).map((r) => personOf(r, viewerId));
    return { leads: holder('LEAD'), coordinator: holder('COORDINATOR')[0] ?? null, secretary: holder('SECRETARY')[0] ?? null };
  }

  @ResolveField(() => [FrameWarning], { description: 'Roles of the frame (2 leads, 1 coordinator, 1 secretary) still to fill.' })
  async frameWarnings(@Parent() g: WorkingGroupEntity, @Context() ctx: GqlContext): Promise<FrameWarning[]> {
    const roles = rolesFromRows(await this.members(g, ctx));
    return missingFrame({ LEAD: roles.leads.length, COORDINATOR: roles.coordinator ? 1 : 0, SECRETARY: roles.secretary ? 1 : 0 });
  }

  @ResolveField(() => [JoinRequest], { description: 'Requests to join: shown to those who may accept them, empty for others.' })
  async pendingRequests(@Parent() g: WorkingGroupEntity, @Context() ctx: GqlContext): Promise<JoinRequest[]> {
    const rows = await this.members(g, ctx);
    if (!can(ctx.req.viewer?.actor, 'group.acceptMember', { cooperativeId: g.cooperativeId, group: rolesFromRows(rows) })) return [];
    return rows
      .filter((r) => r.status === 'REQUESTED')
      .map((r) => ({ person: { id: r.personId, displayName: r.displayName }, category: r.category, requestedAt: r.requestedAt }));
  }

  @ResolveField(() => GroupRoleEnum, { nullable: true, description: 'Your role in the group (also while your request is pending).' })
  async myRole(@Parent() g: WorkingGroupEntity, @Context() ctx: GqlContext): Promise<GroupRole | null> {
    return (await this.mine(g, ctx))?.role ?? null;
  }

  @ResolveField(() => GroupMemberStatusEnum, { nullable: true, description: 'REQUESTED, ACTIVE, or null when you are not in the group.' })
  async myStatus(@Parent() g: WorkingGroupEntity, @Context() ctx: GqlContext): Promise<'REQUESTED' | 'ACTIVE' | null> {
    return (await this.mine(g, ctx))?.status ?? null;
  }

  @ResolveField(() => GroupPermissions)
  async viewerCan(@Parent() g: WorkingGroupEntity, @Context() ctx: GqlContext): Promise<GroupPermissions> {
    const rows = await this.members(g, ctx);
    const actor = ctx.req.viewer?.actor;
    const subject = { cooperativeId: g.cooperativeId, group: rolesFromRows(rows) };
    const inGroup = rows.some((r) => r.personId === actor?.personId);
    return {
      manageGroup: can(actor, 'edition.manage', subject),
      acceptMembers: can(actor, 'group.acceptMember', subject),
      manageMeetings: can(actor, 'meeting.manage', subject),
      approveMinutes: can(actor, 'minutes.approve', subject),
      join: !inGroup && can(actor, 'group.join', subject),
    };
  }

  @ResolveField(() => [LineageCitation], { description: 'Recommendations of earlier editions or sister cooperatives this group builds on.' })
  async lineage(@Parent() g: WorkingGroupEntity, @Context() ctx: GqlContext, @ReaderLanguage() reader: Language): Promise<LineageCitation[]> {
    const rows = await this.loaders.for(ctx.req).lineageByGroup.load(g.id);
    return rows.map((r) => ({
      recommendationId: r.recommendationId,
      title: r.title ? presentText(r.title, reader) : null,
      note: r.note ? presentText(r.note, reader) : null,
    }));
  }

  @ResolveField(() => [Meeting], { description: 'Oldest first.' })
  meetings(@Parent() g: WorkingGroupEntity, @Context() ctx: GqlContext): Promise<MeetingEntity[]> {
    return this.loaders.for(ctx.req).meetingsByGroup.load(g.id);
  }

  @ResolveField(() => [GroupDocument], { description: "The group's documents, including those of its meetings." })
  async documents(@Parent() g: WorkingGroupEntity, @Context() ctx: GqlContext): Promise<GroupDocument[]> {
    const rows = await this.loaders.for(ctx.req).documentsByGroup.load(g.id);
    return rows.map((d) => ({ ...d, url: `/api/documents/${d.id}` }));
  }

  @ResolveField(() => String, { nullable: true, description: "A private link to the group's meetings for calendar apps (group members only)." })
  async calendarUrl(@Parent() g: WorkingGroupEntity, @Context() ctx: GqlContext): Promise<string | null> {
    const mine = await this.mine(g, ctx);
    return mine?.status === 'ACTIVE' ? this.calendar.url(g.id) : null;
  }

  private members(g: WorkingGroupEntity, ctx: GqlContext): Promise<MemberRow[]> {
    return this.loaders.for(ctx.req).membersByGroup.load(g.id);
  }

  private async mine(g: WorkingGroupEntity, ctx: GqlContext): Promise<MemberRow | undefined> {
    const viewerId = ctx.req.viewer?.person.id;
    return (await this.members(g, ctx)).find((r) => r.personId === viewerId);
  }
}
