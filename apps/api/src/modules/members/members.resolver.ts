import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { StakeholderCategory } from '@letscoop/domain';
import { CurrentViewer } from '../../common/decorators.js';
import { StakeholderCategoryEnum } from '../../common/enums.js';
import { validation } from '../../common/errors.js';
import type { Viewer } from '../../common/request-context.js';
import { ImportRegisterInput } from './dto/import-register.input.js';
import { UpdateProfileInput } from './dto/update-profile.input.js';
import { Member, MemberPage } from './member.model.js';
import { MembersService } from './members.service.js';
import { Person } from './person.model.js';
import { RegisterImportReport } from './register-import.model.js';
import { RegisterImportService } from './register-import.service.js';

export const MAX_PAGE = 100;

@Resolver(() => Member)
export class MembersResolver {
  constructor(
    private readonly members: MembersService,
    private readonly registerImport: RegisterImportService,
  ) {}

  @Query(() => MemberPage, { name: 'members', description: "A cooperative's current members: search by name, filter, paginate." })
  listMembers(
    @CurrentViewer() viewer: Viewer,
    @Args('cooperativeId', { type: () => ID }) cooperativeId: string,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('category', { type: () => StakeholderCategoryEnum, nullable: true }) category: StakeholderCategory | null,
    @Args('branchId', { type: () => ID, nullable: true }) branchId: string | null,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('limit', { type: () => Int, defaultValue: 25 }) limit: number,
  ): Promise<MemberPage> {
    const problems = [
      ...(offset < 0 ? [{ field: 'offset', messages: ['must be 0 or more'] }] : []),
      ...(limit < 1 || limit > MAX_PAGE ? [{ field: 'limit', messages: [`must be between 1 and ${MAX_PAGE}`] }] : []),
      ...(search && search.length > 200 ? [{ field: 'search', messages: ['must be at most 200 characters'] }] : []),
    ];
    if (problems.length) throw validation(problems);
    return this.members.list(viewer.actor, cooperativeId, { search, category, branchId }, offset, limit);
  }

  @Query(() => Member)
  member(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Member> {
    return this.members.get(viewer.actor, id);
  }

  @Mutation(() => Person, { description: 'Changes your own display name or preferred language.' })
  updateMyProfile(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateProfileInput): Promise<Person> {
    return this.members.updateProfile(viewer, input);
  }

  @Mutation(() => RegisterImportReport, { description: 'Secretariat: imports the share register (CSV), all or nothing.' })
  importMemberRegister(@CurrentViewer() viewer: Viewer, @Args('input') input: ImportRegisterInput): Promise<RegisterImportReport> {
    return this.registerImport.import(viewer.actor, input.cooperativeId, input.csv);
  }
}
