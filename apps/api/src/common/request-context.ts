import type { Actor } from '@letscoop/domain';
import type { Request, Response } from 'express';
import type { PersonEntity } from '../modules/members/person.entity.js';

export interface Viewer {
  person: PersonEntity;
  actor: Actor;
  sessionHash: string;
}

export interface AppRequest extends Request {
  /** undefined: not looked up yet; null: signed out. */
  viewer?: Viewer | null;
  loaders?: Map<string, unknown>;
}

export interface GqlContext {
  req: AppRequest;
  res: Response;
}
