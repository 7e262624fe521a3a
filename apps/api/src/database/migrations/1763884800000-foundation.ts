import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1763884800000 implements MigrationInterface {
  name = 'Foundation1763884800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`
      CREATE TABLE cooperative (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        name text NOT NULL,
        country char(2) NOT NULL,
        languages text[] NOT NULL,
        description jsonb NOT NULL,
        quorum_percent numeric(5,2) NOT NULL CHECK (quorum_percent BETWEEN 0 AND 100),
        quorum_basis text NOT NULL CHECK (quorum_basis IN ('MEMBERS','SHARES')),
        proxy_cap_per_holder int NOT NULL CHECK (proxy_cap_per_holder >= 0),
        default_majority text NOT NULL CHECK (default_majority IN ('SIMPLE','ABSOLUTE','TWO_THIRDS','THREE_QUARTERS')),
        abstentions_count boolean NOT NULL DEFAULT false,
        voting_weight_mode text NOT NULL CHECK (voting_weight_mode IN ('ONE_MEMBER_ONE_VOTE','SHARE_WEIGHTED','COLLEGES')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE branch (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cooperative_id uuid NOT NULL REFERENCES cooperative(id),
        name text NOT NULL,
        city text NOT NULL,
        UNIQUE (cooperative_id, name)
      )`);
    await db.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        display_name text NOT NULL,
        -- lower-cased, accents removed: what member search matches against
        search_name text NOT NULL,
        preferred_language text NOT NULL CHECK (preferred_language IN ('nl','fr','en')),
        password_hash text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX person_search_name_trgm ON person USING gin (search_name gin_trgm_ops)`);
    await db.query(`
      CREATE TABLE membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person(id),
        cooperative_id uuid NOT NULL REFERENCES cooperative(id),
        category text NOT NULL CHECK (category IN ('WORKER_MEMBER','SALARIED_ENTREPRENEUR','PERMANENT_STAFF','CLIENT','PARTNER')),
        shares int NOT NULL CHECK (shares >= 0),
        share_class text NOT NULL,
        branch_id uuid REFERENCES branch(id),
        joined_on date NOT NULL,
        left_on date,
        UNIQUE (person_id, cooperative_id)
      )`);
    await db.query(`CREATE INDEX membership_cooperative ON membership (cooperative_id, category)`);
    await db.query(`CREATE INDEX membership_branch ON membership (branch_id)`);
    await db.query(`
      CREATE TABLE office (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person(id),
        cooperative_id uuid NOT NULL REFERENCES cooperative(id),
        kind text NOT NULL CHECK (kind IN ('BOARD_MEMBER','BOARD_CHAIR','MANAGING_DIRECTOR','SECRETARIAT','ETHICS_COMMITTEE','STAFF')),
        starts_on date NOT NULL,
        ends_on date,
        CHECK (ends_on IS NULL OR ends_on >= starts_on)
      )`);
    await db.query(`CREATE INDEX office_person ON office (person_id)`);
    await db.query(`CREATE INDEX office_cooperative ON office (cooperative_id, kind)`);
    await db.query(`
      CREATE TABLE session (
        token_hash text PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES person(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX session_person ON session (person_id)`);
    await db.query(`
      CREATE TABLE password_reset (
        token_hash text PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES person(id),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await db.query(`
      CREATE TABLE outbox_email (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_address text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        last_error text
      )`);
    await db.query(`CREATE INDEX outbox_unsent ON outbox_email (created_at) WHERE sent_at IS NULL`);
    await db.query(`
      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid REFERENCES person(id),
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        cooperative_id uuid REFERENCES cooperative(id),
        reason text,
        before jsonb,
        after jsonb
      )`);
    await db.query(`CREATE INDEX audit_event_subject ON audit_event (subject_id, id)`);
    // The audit trail is append-only: the database itself refuses to change or remove a row.
    await db.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await db.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['audit_event', 'outbox_email', 'password_reset', 'session', 'office', 'membership', 'person', 'branch', 'cooperative']) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await db.query(`DROP FUNCTION IF EXISTS audit_event_append_only()`);
  }
}
