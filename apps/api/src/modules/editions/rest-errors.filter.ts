import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { DOCUMENT_MAX_BYTES } from '@letscoop/domain';
import { pgCode } from './db-errors.js';

const STATUS_OF_CODE: Record<string, number> = {
  VALIDATION: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};
const CODE_OF_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

/** REST errors of this feature as JSON `{ code, message }`, with the same codes as the GraphQL API. */
@Catch()
export class RestErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('REST');

  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const { status, code, message } = this.describe(error);
    if (res.headersSent) return;
    res.status(status).json({ code, message });
  }

  private describe(error: unknown): { status: number; code: string; message: string } {
    if (error instanceof GraphQLError) {
      const code = String(error.extensions.code ?? 'INTERNAL');
      return { status: STATUS_OF_CODE[code] ?? 500, code, message: error.message };
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const body = error.getResponse() as { code?: string; message?: string | string[] } | string;
      if (typeof body === 'object' && body.code && typeof body.message === 'string') return { status, code: body.code, message: body.message };
      if (status === HttpStatus.PAYLOAD_TOO_LARGE) {
        return { status, code: 'PAYLOAD_TOO_LARGE', message: `The file is larger than ${DOCUMENT_MAX_BYTES / 1024 / 1024} MB: compress or split it.` };
      }
      const text = typeof body === 'string' ? body : Array.isArray(body.message) ? body.message.join('; ') : (body.message ?? error.message);
      return { status, code: CODE_OF_STATUS[status] ?? (status < 500 ? 'BAD_REQUEST' : 'INTERNAL'), message: text };
    }
    if (pgCode(error) === '22P02') return { status: 400, code: 'VALIDATION', message: 'An id in the address is malformed. Check the link.' };
    this.logger.error(error);
    return { status: 500, code: 'INTERNAL', message: 'Something went wrong on our side. Try again; if it persists, tell the secretariat.' };
  }
}
