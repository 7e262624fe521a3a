import type { Actor, TranslatedTextValue } from '@letscoop/domain';
import DataLoader from 'dataloader';
import type { MembersService } from '../members/members.service.js';
import type { Person } from '../members/person.model.js';
import type { NotificationsService } from './notifications.service.js';

/** One set per request: a page of notifications costs one query for titles and one for people. */
export class NotificationLoaders {
  /** Keyed "type:id". */
  readonly title: DataLoader<string, TranslatedTextValue | null>;
  readonly person: DataLoader<string, Person | null>;

  constructor(service: NotificationsService, members: MembersService, actor: Actor | null) {
    this.title = new DataLoader(async (keys) => {
      const subjects = keys.map((key) => {
        const [type, id] = key.split(':');
        return { type, id };
      });
      const titles = await service.titlesOf(subjects);
      return keys.map((key) => titles.get(key) ?? null);
    });
    this.person = new DataLoader(async (ids) => {
      const people = actor ? await members.peopleByIds([...ids], actor) : new Map<string, Person>();
      return ids.map((id) => people.get(id) ?? null);
    });
  }
}

const KEY = 'notifications';

export function notificationLoadersFor(
  req: { loaders?: Map<string, unknown>; viewer?: { actor: Actor } | null },
  service: NotificationsService,
  members: MembersService,
): NotificationLoaders {
  req.loaders ??= new Map();
  let loaders = req.loaders.get(KEY) as NotificationLoaders | undefined;
  if (!loaders) {
    loaders = new NotificationLoaders(service, members, req.viewer?.actor ?? null);
    req.loaders.set(KEY, loaders);
  }
  return loaders;
}
