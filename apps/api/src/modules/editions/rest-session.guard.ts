import { HttpException, HttpStatus, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { AppRequest } from '../../common/request-context.js';
import { SESSION_COOKIE } from '../auth/auth.guard.js';
import { AuthService } from '../auth/auth.service.js';

/**
 * The session check for this feature's REST routes (the global guard covers GraphQL only):
 * runs before the upload is read, so a request without a session costs nothing.
 */
@Injectable()
export class RestSessionGuard implements CanActivate {
  constructor(private readonly auth: AuthService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<AppRequest>();
    if (req.viewer === undefined) {
      req.viewer = await this.auth.viewerForToken((req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE]);
    }
    if (!req.viewer) {
      throw new HttpException({ code: 'UNAUTHENTICATED', message: 'You are not signed in. Sign in and try again.' }, HttpStatus.UNAUTHORIZED);
    }
    return true;
  }
}
