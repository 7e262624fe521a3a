import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Following and notifications: explicit follows (implicit ones — group members, authors — are
 * computed when notifying), e-mail preferences, and the keys that make digests and reminders
 * happen exactly once even when two runs race (primary keys, never a check-then-insert).
 */
export class Notifications1764403200000 implements MigrationInterface {
  name = 'Notifications1764403200000';

  async up(db: QueryRunner): Promise<void> {
    // Which cooperative a notification is about (null for rows written before this migration).
    await db.query(`ALTER TABLE notification ADD COLUMN cooperative_id uuid REFERENCES cooperative(id)`);
    await db.query(`CREATE INDEX notification_person_created ON notification (person_id, created_at DESC, id DESC)`);
    // The digest looks for what happened in a time window.
    await db.query(`CREATE INDEX notification_created ON notification (created_at)`);
    // A person's own choice on a subject: follow (true) or unfollow (false, overrides an implicit follow).
    await db.query(`
      CREATE TABLE follow (
        person_id uuid NOT NULL REFERENCES person(id),
        subject_type text NOT NULL CHECK (subject_type IN ('edition','group','recommendation','assembly')),
        subject_id uuid NOT NULL,
        following boolean NOT NULL,
        chosen_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_id, subject_type, subject_id)
      )`);
    await db.query(`CREATE INDEX follow_subject ON follow (subject_type, subject_id)`);
    // No row: the default (DAILY_DIGEST).
    await db.query(`
      CREATE TABLE notification_setting (
        person_id uuid PRIMARY KEY REFERENCES person(id),
        email_mode text NOT NULL CHECK (email_mode IN ('IMMEDIATE','DAILY_DIGEST','OFF')),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One digest per person and day (in Europe/Brussels); it covers (covered_from, covered_until].
    await db.query(`
      CREATE TABLE digest_run (
        person_id uuid NOT NULL REFERENCES person(id),
        day date NOT NULL,
        covered_from timestamptz NOT NULL,
        covered_until timestamptz NOT NULL,
        notification_count int NOT NULL CHECK (notification_count > 0),
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_id, day),
        CHECK (covered_until > covered_from)
      )`);
    // Each reminder once: 'poll.opened:<poll id>', 'meeting.tomorrow:<meeting id>', …
    await db.query(`
      CREATE TABLE reminder_sent (
        key text PRIMARY KEY,
        sent_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Up to when each reminder job has looked (polls: status changes since the last run).
    await db.query(`
      CREATE TABLE reminder_watermark (
        job text PRIMARY KEY,
        checked_until timestamptz NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['reminder_watermark', 'reminder_sent', 'digest_run', 'notification_setting', 'follow']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP INDEX notification_created`);
    await db.query(`DROP INDEX notification_person_created`);
    await db.query(`ALTER TABLE notification DROP COLUMN cooperative_id`);
  }
}
