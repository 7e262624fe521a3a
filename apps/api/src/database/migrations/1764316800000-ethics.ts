import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ethics committee: its opinions (advisory, on an agenda item or a member's activity, judged
 * on the three criteria of the statutes), the mandate reminders sent to the secretariat (one per
 * mandate and end date, by primary key), the seats filled by an assembly election, and the
 * social impact indicators with their yearly values. Seats themselves are office rows.
 */
export class Ethics1764316800000 implements MigrationInterface {
  name = 'Ethics1764316800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE ethics_opinion (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cooperative_id uuid NOT NULL REFERENCES cooperative(id),
        subject_kind text NOT NULL CHECK (subject_kind IN ('AGENDA_ITEM','MEMBER_ACTIVITY')),
        agenda_item_id uuid REFERENCES agenda_item(id),
        -- a member activity: what it is (free text) and, optionally, whose
        activity jsonb,
        activity_person_id uuid REFERENCES person(id),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','PUBLISHED')),
        conclusion jsonb,
        stance text CHECK (stance IN ('FAVOURABLE','RESERVATIONS','UNFAVOURABLE')),
        created_by uuid NOT NULL REFERENCES person(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid NOT NULL REFERENCES person(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_by uuid REFERENCES person(id),
        published_at timestamptz,
        CHECK ((subject_kind = 'AGENDA_ITEM') = (agenda_item_id IS NOT NULL)),
        CHECK ((subject_kind = 'MEMBER_ACTIVITY') = (activity IS NOT NULL)),
        CHECK (activity_person_id IS NULL OR subject_kind = 'MEMBER_ACTIVITY'),
        CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL AND published_by IS NOT NULL)),
        CHECK (status = 'DRAFT' OR (conclusion IS NOT NULL AND stance IS NOT NULL))
      )`);
    await db.query(
      `CREATE INDEX ethics_opinion_cooperative ON ethics_opinion (cooperative_id, status, published_at DESC)`,
    );
    await db.query(
      `CREATE INDEX ethics_opinion_agenda_item ON ethics_opinion (agenda_item_id) WHERE agenda_item_id IS NOT NULL`,
    );
    await db.query(`
      CREATE TABLE ethics_finding (
        opinion_id uuid NOT NULL REFERENCES ethics_opinion(id) ON DELETE CASCADE,
        criterion text NOT NULL CHECK (criterion IN ('WORKING_CONDITIONS_AND_PAY','PURPOSE_AND_CONTEXT','ECOLOGICAL_FOOTPRINT')),
        rating text NOT NULL CHECK (rating IN ('FAVOURABLE','RESERVATIONS','UNFAVOURABLE','NOT_APPLICABLE')),
        text jsonb,
        PRIMARY KEY (opinion_id, criterion)
      )`);
    // Once per mandate and end date, however often and however concurrently the reminder runs.
    await db.query(`
      CREATE TABLE ethics_mandate_reminder (
        office_id uuid NOT NULL REFERENCES office(id),
        ends_on date NOT NULL,
        reminded_at timestamptz NOT NULL DEFAULT now(),
        recipients int NOT NULL,
        PRIMARY KEY (office_id, ends_on)
      )`);
    // A seat filled by an assembly election: the office row and the poll whose result it carries out.
    await db.query(`
      CREATE TABLE ethics_seat_election (
        office_id uuid PRIMARY KEY REFERENCES office(id),
        poll_id uuid NOT NULL REFERENCES poll(id)
      )`);
    await db.query(`
      CREATE TABLE social_indicator (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cooperative_id uuid NOT NULL REFERENCES cooperative(id),
        name jsonb NOT NULL,
        unit jsonb NOT NULL,
        method jsonb NOT NULL,
        created_by uuid REFERENCES person(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX social_indicator_cooperative ON social_indicator (cooperative_id, created_at)`);
    await db.query(`
      CREATE TABLE social_indicator_value (
        indicator_id uuid NOT NULL REFERENCES social_indicator(id),
        year int NOT NULL CHECK (year BETWEEN 1990 AND 2100),
        value numeric NOT NULL,
        note jsonb,
        recorded_by uuid REFERENCES person(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (indicator_id, year)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'social_indicator_value',
      'social_indicator',
      'ethics_seat_election',
      'ethics_mandate_reminder',
      'ethics_finding',
      'ethics_opinion',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
