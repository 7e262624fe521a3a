import type { IncomingMessage } from 'node:http';
import type { ExecutionResult, FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import type { AppRequest, GqlContext } from './request-context.js';

/** What graphql-ws hands the context function: the upgrade request is in `extra.request`. */
interface WsContext {
  extra?: { request?: IncomingMessage };
}

/** Reads a Cookie header (the session cookie of the browser that opened the socket). */
export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 1) continue;
    const name = part.slice(0, eq).trim();
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      cookies[name] ??= decodeURIComponent(value);
    } catch {
      cookies[name] ??= value;
    }
  }
  return cookies;
}

/**
 * The GraphQL context over HTTP (Apollo gives req and res) and over graphql-ws (each subscribe
 * message; the socket's upgrade request carries the session cookie). Either way the AuthGuard
 * finds `req.cookies` and `req.headers` and identifies the viewer the same way, so a
 * subscription without a valid session fails with UNAUTHENTICATED like any operation.
 */
export function graphqlContext(ctx: GqlContext | WsContext): GqlContext {
  if ('req' in ctx && ctx.req) return { req: ctx.req, res: ctx.res };
  const upgrade = (ctx as WsContext).extra?.request;
  const req = {
    headers: upgrade?.headers ?? {},
    cookies: parseCookies(upgrade?.headers.cookie),
  } as unknown as AppRequest;
  return { req, res: undefined as unknown as GqlContext['res'] };
}

/**
 * graphql-ws sends results without Apollo's formatError: errors of a subscription (refused at
 * subscribe, or raised while resolving an event) get the same stable codes here.
 */
export function formatSubscriptionResult(
  format: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
): (
  ctx: unknown,
  id: string,
  payload: unknown,
  args: unknown,
  result: ExecutionResult,
) => FormattedExecutionResult | void {
  return (_ctx, _id, _payload, _args, result) => {
    if (!result.errors?.length) return;
    return {
      ...result,
      errors: result.errors.map((error) => format(error.toJSON(), error)),
    } as FormattedExecutionResult;
  };
}

/**
 * graphql-ws onConnect: a browser opens the socket only from our own pages. The session cookie
 * is SameSite=Lax, but an Origin check costs nothing and closes cross-site socket hijacking for
 * good (tools without a browser send no Origin and pass; their cookie still has to be valid).
 */
export function sameOriginOnly(publicUrl: string): (ctx: { extra: unknown }) => boolean {
  const allowed = new URL(publicUrl).host;
  return (ctx) => {
    const request = (ctx.extra as WsContext['extra'])?.request;
    const origin = request?.headers.origin;
    if (!origin) return true;
    try {
      const host = new URL(origin).host;
      return host === allowed || host === request?.headers.host;
    } catch {
      return false;
    }
  };
}
