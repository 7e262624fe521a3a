/** Error codes the API promises (docs/api-contract-foundation.md), plus NETWORK for a server we could not reach. */
export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'BAD_REQUEST',
  'INTERNAL',
  'NETWORK',
  // The general assembly (issue 4)
  'NOT_ENTITLED',
  'NOT_CHECKED_IN',
  'POLL_NOT_OPEN',
  'ALREADY_VOTED',
  'PROXY_REFUSED',
  'PROXIES_CLOSED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface DescribedError {
  code: ErrorCode;
  /** Server message, in English; shown as detail only. */
  message: string;
  /** VALIDATION: problems per input field. */
  fields: Record<string, string[]>;
  /** RATE_LIMITED: how long to wait. */
  retryAfterSeconds?: number;
  /** PROXY_REFUSED: why (SELF, GRANTOR_ALREADY_GAVE, HOLDER_GAVE_PROXY, GRANTOR_HOLDS_PROXIES, CAP_REACHED). */
  reason?: string;
}

interface GraphQLErrorLike {
  message?: unknown;
  extensions?: Record<string, unknown>;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function toCode(value: unknown): ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value)
    ? (value as ErrorCode)
    : 'INTERNAL';
}

function fieldsOf(extensions: Record<string, unknown> | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  const fields = extensions?.fields;
  if (!Array.isArray(fields)) return result;
  for (const entry of fields) {
    if (!isObject(entry) || typeof entry.field !== 'string') continue;
    const messages = Array.isArray(entry.messages)
      ? entry.messages.filter((m): m is string => typeof m === 'string')
      : [];
    result[entry.field] = [...(result[entry.field] ?? []), ...messages];
  }
  return result;
}

/**
 * Reduces whatever Apollo Client raised (CombinedGraphQLErrors, ServerError, a fetch TypeError)
 * to the one code the UI chooses its message by. Duck-typed so it stays a pure function.
 */
export function describeError(error: unknown): DescribedError {
  if (isObject(error) && Array.isArray(error.errors) && error.errors.length > 0) {
    const first = error.errors[0] as GraphQLErrorLike;
    const extensions = isObject(first.extensions) ? first.extensions : undefined;
    const code = toCode(extensions?.code);
    const retry = extensions?.retryAfterSeconds;
    const reason = extensions?.reason;
    return {
      code,
      message: typeof first.message === 'string' ? first.message : '',
      fields: code === 'VALIDATION' ? fieldsOf(extensions) : {},
      ...(code === 'RATE_LIMITED' && typeof retry === 'number' && retry > 0
        ? { retryAfterSeconds: Math.ceil(retry) }
        : {}),
      ...(typeof reason === 'string' && reason ? { reason } : {}),
    };
  }
  const message = isObject(error) && typeof error.message === 'string' ? error.message : String(error);
  if (isObject(error) && typeof error.statusCode === 'number') {
    // An HTTP error without a GraphQL body: the proxy or server is down or overloaded.
    return {
      code: error.statusCode === 429 ? 'RATE_LIMITED' : error.statusCode >= 500 ? 'NETWORK' : 'BAD_REQUEST',
      message,
      fields: {},
    };
  }
  if (error instanceof TypeError) return { code: 'NETWORK', message, fields: {} };
  return { code: 'INTERNAL', message, fields: {} };
}

const PROXY_REFUSAL_REASONS = ['SELF', 'GRANTOR_ALREADY_GAVE', 'HOLDER_GAVE_PROXY', 'GRANTOR_HOLDS_PROXIES', 'CAP_REACHED'];

/** The locale key of the readable message for a code (and, for a refused proxy, its reason). */
export function errorMessageKey(code: ErrorCode, reason?: string): string {
  switch (code) {
    case 'VALIDATION':
      return 'errors.validation';
    case 'UNAUTHENTICATED':
      return 'errors.unauthenticated';
    case 'FORBIDDEN':
      return 'errors.forbidden';
    case 'NOT_FOUND':
      return 'errors.notFound';
    case 'CONFLICT':
      return 'errors.conflict';
    case 'RATE_LIMITED':
      return 'errors.rateLimited';
    case 'BAD_REQUEST':
      return 'errors.badRequest';
    case 'NETWORK':
      return 'errors.network';
    case 'INTERNAL':
      return 'errors.internal';
    case 'NOT_ENTITLED':
      return 'assemblies.errors.notEntitled';
    case 'NOT_CHECKED_IN':
      return 'assemblies.errors.notCheckedIn';
    case 'POLL_NOT_OPEN':
      return 'assemblies.errors.pollNotOpen';
    case 'ALREADY_VOTED':
      return 'assemblies.errors.alreadyVoted';
    case 'PROXY_REFUSED':
      return reason && PROXY_REFUSAL_REASONS.includes(reason)
        ? `assemblies.errors.proxyRefused.${reason}`
        : 'assemblies.errors.proxyRefused.other';
    case 'PROXIES_CLOSED':
      return 'assemblies.errors.proxiesClosed';
  }
}
