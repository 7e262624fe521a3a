import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, OptionalViewer, Public } from '../../common/decorators.js';
import { appError } from '../../common/errors.js';
import type { GqlContext, Viewer } from '../../common/request-context.js';
import { APP_CONFIG } from '../../common/tokens-di.js';
import type { AppConfig } from '../../config.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo/demo-accounts.js';
import { MailService } from '../mail/mail.service.js';
import { OutboxEmail } from '../mail/outbox-email.model.js';
import { ViewerModel } from '../members/member.model.js';
import { MembersService } from '../members/members.service.js';
import { SESSION_COOKIE } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { AppInfo, DemoAccount } from './demo-account.model.js';
import { LoginInput } from './dto/login.input.js';
import { RequestPasswordResetInput } from './dto/request-password-reset.input.js';
import { ResetPasswordInput } from './dto/reset-password.input.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly members: MembersService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => AppInfo)
  appInfo(): AppInfo {
    return { demo: this.config.demo, version: process.env.npm_package_version ?? '0.1.0' };
  }

  @Public()
  @Query(() => ViewerModel, { nullable: true, description: 'The signed-in person, or null.' })
  me(@OptionalViewer() viewer: Viewer | null): Promise<ViewerModel> | null {
    return viewer ? this.members.viewerModel(viewer) : null;
  }

  @Public()
  @Mutation(() => ViewerModel, { description: 'Signs in; sets the session cookie.' })
  async login(@Args('input') input: LoginInput, @Context() ctx: GqlContext): Promise<ViewerModel> {
    const { token, viewer } = await this.auth.login(input.email, input.password, ctx.req.ip ?? 'unknown');
    ctx.res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.publicUrl.startsWith('https://'),
      maxAge: this.config.sessionDays * 86_400_000,
      path: '/',
    });
    ctx.req.viewer = viewer;
    return this.members.viewerModel(viewer);
  }

  @Mutation(() => Boolean, { description: 'Ends this session.' })
  async logout(@CurrentViewer() viewer: Viewer, @Context() ctx: GqlContext): Promise<boolean> {
    await this.auth.logout(viewer);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Mails a one-time link if the address has an account; always answers true.' })
  async requestPasswordReset(@Args('input') input: RequestPasswordResetInput): Promise<boolean> {
    await this.auth.requestPasswordReset(input.email);
    return true;
  }

  @Public()
  @Mutation(() => Boolean)
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    await this.auth.resetPassword(input.token, input.newPassword);
    return true;
  }

  @Public()
  @Query(() => [DemoAccount], { description: 'Demo logins; empty unless demo mode.' })
  demoAccounts(): DemoAccount[] {
    return this.config.demo ? DEMO_ACCOUNTS.map((a) => ({ email: a.email, displayName: a.displayName, role: a.role, password: DEMO_PASSWORD })) : [];
  }

  @Public()
  @Query(() => [OutboxEmail], { description: 'Demo mode only: the latest e-mails the product wrote.' })
  async devMailbox(): Promise<OutboxEmail[]> {
    if (!this.config.demo) throw appError('FORBIDDEN', 'The dev mailbox exists in demo mode only; mail is sent by SMTP here.');
    return this.mail.recent();
  }
}
