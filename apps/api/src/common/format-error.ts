import { HttpException } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { APP_ERROR_CODES } from './errors.js';

/** Codes Apollo itself raises for malformed requests; passed through as BAD_REQUEST. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * Every error leaves with a stable code. Errors nobody planned for become INTERNAL with a
 * generic message; the stack trace is shown only when NODE_ENV=development.
 */
export function makeErrorFormatter(development: boolean, log: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = String(formatted.extensions?.code ?? '');
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    if (APP_ERROR_CODES.has(code) && original instanceof GraphQLError) {
      return { ...formatted, extensions: development ? formatted.extensions : extensions };
    }
    if (REQUEST_CODES.has(code)) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { ...(development ? formatted.extensions : extensions), code: 'BAD_REQUEST', reason: code } };
    }
    if (original instanceof HttpException && original.getStatus() < 500) {
      const status = original.getStatus();
      const mapped = status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST';
      return { message: original.message, path: formatted.path, extensions: { code: mapped } };
    }
    // invalid_text_representation: a malformed id or value reached the database.
    if (original instanceof QueryFailedError && (original.driverError as { code?: string }).code === '22P02') {
      return { message: 'An id or value in the request is malformed. Check the ids you sent.', path: formatted.path, extensions: { code: 'VALIDATION' } };
    }
    log(original);
    return {
      message: 'Something went wrong on our side. Try again; if it persists, tell the secretariat.',
      path: formatted.path,
      extensions: development ? { ...formatted.extensions, code: 'INTERNAL' } : { code: 'INTERNAL' },
    };
  };
}
