import { GraphQLError } from 'graphql';

/** Stable codes a client can switch on. */
export type ErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'BAD_REQUEST'
  | 'INTERNAL'
  // The general assembly
  | 'NOT_ENTITLED'
  | 'NOT_CHECKED_IN'
  | 'POLL_NOT_OPEN'
  | 'ALREADY_VOTED'
  | 'PROXY_REFUSED'
  | 'PROXIES_CLOSED';

export interface FieldProblem {
  field: string;
  messages: string[];
}

/** Every code a user can cause; anything else leaves as INTERNAL. */
export const APP_ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'BAD_REQUEST',
  'NOT_ENTITLED',
  'NOT_CHECKED_IN',
  'POLL_NOT_OPEN',
  'ALREADY_VOTED',
  'PROXY_REFUSED',
  'PROXIES_CLOSED',
]);

export function appError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const unauthenticated = (): GraphQLError =>
  appError('UNAUTHENTICATED', 'You are not signed in. Sign in and try again.');

export const forbidden = (what: string): GraphQLError =>
  appError('FORBIDDEN', `You may not ${what}. Ask the secretariat if you think you should.`);

export const notFound = (thing: string, id: string): GraphQLError =>
  appError('NOT_FOUND', `No ${thing} with id ${id}. It may have been removed, or the link is wrong.`);

export const validation = (fields: FieldProblem[], message?: string): GraphQLError =>
  appError(
    'VALIDATION',
    message ?? `Some input is not valid: ${fields.map((f) => `${f.field}: ${f.messages.join('; ')}`).join(' | ')}`,
    { fields },
  );
