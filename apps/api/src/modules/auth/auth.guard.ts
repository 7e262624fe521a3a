import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PUBLIC_KEY, gqlContext } from '../../common/decorators.js';
import { unauthenticated } from '../../common/errors.js';
import { AuthService } from './auth.service.js';

export const SESSION_COOKIE = 'letscoop_session';

/**
 * Global guard: every resolver needs a session unless marked @Public(). The viewer is looked
 * up once per request and kept on it.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const { req } = gqlContext(context);
    if (req.viewer === undefined) {
      req.viewer = await this.auth.viewerForToken((req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE]);
    }
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()]);
    if (!isPublic && !req.viewer) throw unauthenticated();
    return true;
  }
}
