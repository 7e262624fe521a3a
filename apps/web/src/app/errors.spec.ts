import { describe, expect, it } from '@jest/globals';
import { describeError, ERROR_CODES, errorMessageKey } from './errors';

/** The shape Apollo Client 4 raises for GraphQL errors (CombinedGraphQLErrors). */
const graphqlError = (extensions: Record<string, unknown>, message = 'server says no') => ({
  name: 'CombinedGraphQLErrors',
  message,
  errors: [{ message, extensions }],
});

describe('describeError', () => {
  it('reads the code the API put in extensions', () => {
    expect(describeError(graphqlError({ code: 'FORBIDDEN' })).code).toBe('FORBIDDEN');
    expect(describeError(graphqlError({ code: 'UNAUTHENTICATED' })).code).toBe('UNAUTHENTICATED');
  });

  it('collects the messages per field of a VALIDATION error', () => {
    const described = describeError(
      graphqlError({
        code: 'VALIDATION',
        fields: [
          { field: 'newPassword', messages: ['At least 10 characters.'] },
          { field: 'token', messages: ['The link has expired.'] },
          { field: 'newPassword', messages: ['Not a common password.'] },
        ],
      }),
    );
    expect(described.code).toBe('VALIDATION');
    expect(described.fields).toEqual({
      newPassword: ['At least 10 characters.', 'Not a common password.'],
      token: ['The link has expired.'],
    });
  });

  it('keeps how long to wait when RATE_LIMITED', () => {
    expect(describeError(graphqlError({ code: 'RATE_LIMITED', retryAfterSeconds: 41.2 }))).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 42,
    });
  });

  it('treats an unknown or missing code as INTERNAL', () => {
    expect(describeError(graphqlError({ code: 'SOMETHING_NEW' })).code).toBe('INTERNAL');
    expect(describeError(graphqlError({})).code).toBe('INTERNAL');
    expect(describeError(new Error('boom')).code).toBe('INTERNAL');
  });

  it('calls an unreachable server a NETWORK problem', () => {
    expect(describeError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
    expect(describeError({ name: 'ServerError', message: 'Bad gateway', statusCode: 502 }).code).toBe('NETWORK');
  });
});

describe('errorMessageKey', () => {
  it('has a distinct message for every code', () => {
    const keys = ERROR_CODES.map((code) => errorMessageKey(code));
    expect(new Set(keys).size).toBe(ERROR_CODES.length);
    expect(errorMessageKey('UNAUTHENTICATED')).toBe('errors.unauthenticated');
  });
});

describe('assembly errors', () => {
  it('keeps why a proxy was refused and picks the matching message', () => {
    const described = describeError(graphqlError({ code: 'PROXY_REFUSED', reason: 'CAP_REACHED' }));
    expect(described).toMatchObject({ code: 'PROXY_REFUSED', reason: 'CAP_REACHED' });
    expect(errorMessageKey(described.code, described.reason)).toBe('assemblies.errors.proxyRefused.CAP_REACHED');
    expect(errorMessageKey('PROXY_REFUSED', 'SOMETHING_NEW')).toBe('assemblies.errors.proxyRefused.other');
    expect(errorMessageKey('PROXY_REFUSED')).toBe('assemblies.errors.proxyRefused.other');
  });
  it('knows the codes of the assembly', () => {
    expect(describeError(graphqlError({ code: 'PROXIES_CLOSED' })).code).toBe('PROXIES_CLOSED');
    expect(describeError(graphqlError({ code: 'ALREADY_VOTED' })).code).toBe('ALREADY_VOTED');
  });
});
