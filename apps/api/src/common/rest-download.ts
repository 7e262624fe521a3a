import { isLanguage, languageFromAcceptHeader, type Language } from '@letscoop/domain';
import type { Response } from 'express';
import { validation } from './errors.js';
import type { AppRequest, Viewer } from './request-context.js';

/** For ParseUUIDPipe's exceptionFactory: a malformed id in the address is a VALIDATION error. */
export const badIdInAddress = () =>
  validation([{ field: 'id', messages: ['must be an id'] }], 'The id in the address is malformed. Check the link.');

/** The language of a downloaded file: `?lang=nl|fr|en`, else Accept-Language, else the person's own. */
export function downloadLanguage(req: AppRequest, lang: string | undefined): Language {
  if (lang !== undefined && !isLanguage(lang)) {
    throw validation(
      [{ field: 'lang', messages: ['must be nl, fr or en'] }],
      'The language in the address must be nl, fr or en.',
    );
  }
  return (
    lang ?? languageFromAcceptHeader(req.headers['accept-language']) ?? (req.viewer as Viewer).person.preferredLanguage
  );
}

/**
 * A generated file as an attachment. Never cached: results are published and actions progress,
 * so a stale copy would tell an old story.
 */
export function sendDownload(res: Response, body: Buffer, type: string, filename: string): void {
  res.attachment(filename);
  res.set({
    'Content-Type': type,
    'Content-Length': String(body.length),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  });
  res.status(200).end(body);
}

/** "Algemene vergadering 2019" → "algemene-vergadering-2019": plain ASCII for file names. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
