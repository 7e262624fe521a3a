import { DataSource } from 'typeorm';
import { AuditEventEntity } from '../modules/audit/audit-event.entity.js';
import { PasswordResetEntity } from '../modules/auth/password-reset.entity.js';
import { SessionEntity } from '../modules/auth/session.entity.js';
import { BranchEntity } from '../modules/cooperatives/branch.entity.js';
import { CooperativeEntity } from '../modules/cooperatives/cooperative.entity.js';
import { OutboxEmailEntity } from '../modules/mail/outbox-email.entity.js';
import { MembershipEntity } from '../modules/members/membership.entity.js';
import { OfficeEntity } from '../modules/members/office.entity.js';
import { PersonEntity } from '../modules/members/person.entity.js';
import { Foundation1763884800000 } from './migrations/1763884800000-foundation.js';

// Listed explicitly (no globs): the same list works from src under Jest and from dist.
export const ENTITIES = [
  AuditEventEntity,
  BranchEntity,
  CooperativeEntity,
  MembershipEntity,
  OfficeEntity,
  OutboxEmailEntity,
  PasswordResetEntity,
  PersonEntity,
  SessionEntity,
];
export const MIGRATIONS = [Foundation1763884800000];

export function createDataSource(url: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: Number(process.env.DB_POOL_SIZE ?? 20) },
  });
}
