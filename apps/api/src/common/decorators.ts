import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { languageFromAcceptHeader, type Language } from '@letscoop/domain';
import type { GqlContext, Viewer } from './request-context.js';
import { unauthenticated } from './errors.js';

export const PUBLIC_KEY = 'letscoop:public';
/** Marks a resolver that answers without a session (the guard still identifies a viewer if any). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

export function gqlContext(context: ExecutionContext): GqlContext {
  return GqlExecutionContext.create(context).getContext<GqlContext>();
}

/** The signed-in viewer; throws UNAUTHENTICATED on a public resolver without a session. */
export const CurrentViewer = createParamDecorator((_: unknown, context: ExecutionContext): Viewer => {
  const viewer = gqlContext(context).req.viewer;
  if (!viewer) throw unauthenticated();
  return viewer;
});

/** The viewer or null, for public resolvers. */
export const OptionalViewer = createParamDecorator(
  (_: unknown, context: ExecutionContext): Viewer | null => gqlContext(context).req.viewer ?? null,
);

/** The reader's language: Accept-Language, else the person's preference, else English. */
export function readerLanguage(ctx: GqlContext): Language {
  return languageFromAcceptHeader(ctx.req.headers['accept-language']) ?? ctx.req.viewer?.person.preferredLanguage ?? 'en';
}

export const ReaderLanguage = createParamDecorator((_: unknown, context: ExecutionContext): Language =>
  readerLanguage(gqlContext(context)),
);
