import { HttpException, HttpStatus, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

export const UPLOAD_HEADER = 'x-letscoop-upload';

/**
 * CSRF defence in depth for uploads: a form on another site can post multipart with the
 * session cookie, but it cannot add a custom header (that needs a CORS preflight we never grant).
 */
@Injectable()
export class UploadHeaderGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (req.headers[UPLOAD_HEADER] !== '1') {
      throw new HttpException(
        { code: 'BAD_REQUEST', message: 'Uploads must send the header X-LetsCoop-Upload: 1 (the LetsCoop web app does).' },
        HttpStatus.BAD_REQUEST,
      );
    }
    return true;
  }
}
