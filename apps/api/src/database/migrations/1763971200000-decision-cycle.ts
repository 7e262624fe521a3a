import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Editions, working groups, meetings, side channels, recommendations and the board review. */
export class DecisionCycle1763971200000 implements MigrationInterface {
  name = 'DecisionCycle1763971200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE edition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cooperative_id uuid NOT NULL REFERENCES cooperative(id),
        number int NOT NULL CHECK (number >= 1),
        period text NOT NULL,
        title jsonb NOT NULL,
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED','OPEN','DRAFTING','BOARD_REVIEW','AT_ASSEMBLY','CLOSED')),
        -- the assembly decision that launched it (assemblies arrive with the assembly issue)
        launched_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (cooperative_id, number)
      )`);
    await db.query(`
      CREATE TABLE working_group (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        edition_id uuid NOT NULL REFERENCES edition(id),
        cooperative_id uuid NOT NULL REFERENCES cooperative(id),
        theme jsonb NOT NULL,
        question jsonb NOT NULL,
        description jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX working_group_edition ON working_group (edition_id)`);
    await db.query(`
      CREATE TABLE group_member (
        group_id uuid NOT NULL REFERENCES working_group(id),
        person_id uuid NOT NULL REFERENCES person(id),
        role text NOT NULL CHECK (role IN ('LEAD','COORDINATOR','SECRETARY','PARTICIPANT')),
        status text NOT NULL CHECK (status IN ('REQUESTED','ACTIVE')),
        requested_at timestamptz NOT NULL DEFAULT now(),
        accepted_at timestamptz,
        accepted_by uuid REFERENCES person(id),
        PRIMARY KEY (group_id, person_id)
      )`);
    await db.query(`CREATE INDEX group_member_person ON group_member (person_id)`);
    // A group has at most two leads, one coordinator and one secretary (the UI warns until filled).
    await db.query(`CREATE UNIQUE INDEX group_one_coordinator ON group_member (group_id) WHERE role = 'COORDINATOR'`);
    await db.query(`CREATE UNIQUE INDEX group_one_secretary ON group_member (group_id) WHERE role = 'SECRETARY'`);
    await db.query(`
      CREATE TABLE group_lineage (
        group_id uuid NOT NULL REFERENCES working_group(id),
        cites_recommendation_id uuid NOT NULL,
        note jsonb,
        PRIMARY KEY (group_id, cites_recommendation_id)
      )`);
    await db.query(`
      CREATE TABLE meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES working_group(id),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz,
        place text,
        online_url text,
        agenda jsonb NOT NULL,
        guests jsonb NOT NULL DEFAULT '[]',
        created_by uuid REFERENCES person(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at IS NULL OR ends_at >= starts_at)
      )`);
    await db.query(`CREATE INDEX meeting_group ON meeting (group_id, starts_at)`);
    await db.query(`
      CREATE TABLE meeting_attendance (
        meeting_id uuid NOT NULL REFERENCES meeting(id),
        person_id uuid NOT NULL REFERENCES person(id),
        present boolean NOT NULL,
        PRIMARY KEY (meeting_id, person_id)
      )`);
    await db.query(`
      CREATE TABLE minutes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL UNIQUE REFERENCES meeting(id),
        text jsonb NOT NULL,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','APPROVED')),
        written_by uuid REFERENCES person(id),
        approved_by uuid REFERENCES person(id),
        approved_at timestamptz
      )`);
    // Approved minutes are immutable: corrections become addenda.
    await db.query(`
      CREATE FUNCTION minutes_immutable_once_approved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'APPROVED' THEN
          RAISE EXCEPTION 'approved minutes are immutable: add an addendum' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await db.query(`CREATE TRIGGER minutes_immutable BEFORE UPDATE OR DELETE ON minutes FOR EACH ROW EXECUTE FUNCTION minutes_immutable_once_approved()`);
    await db.query(`
      CREATE TABLE minutes_addendum (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        minutes_id uuid NOT NULL REFERENCES minutes(id),
        text jsonb NOT NULL,
        author_id uuid REFERENCES person(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES working_group(id),
        meeting_id uuid REFERENCES meeting(id),
        filename text NOT NULL,
        mime_type text NOT NULL,
        size_bytes int NOT NULL CHECK (size_bytes BETWEEN 1 AND 20971520),
        sha256 text NOT NULL,
        content bytea NOT NULL,
        uploaded_by uuid REFERENCES person(id),
        uploaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX document_group ON document (group_id)`);
    await db.query(`
      CREATE TABLE small_talk (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cooperative_id uuid NOT NULL REFERENCES cooperative(id),
        edition_id uuid NOT NULL REFERENCES edition(id),
        group_id uuid REFERENCES working_group(id),
        branch_id uuid REFERENCES branch(id),
        host_id uuid REFERENCES person(id),
        held_on date NOT NULL,
        title jsonb NOT NULL,
        report jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE writing (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cooperative_id uuid NOT NULL REFERENCES cooperative(id),
        edition_id uuid NOT NULL REFERENCES edition(id),
        group_id uuid REFERENCES working_group(id),
        author_name text NOT NULL,
        author_kind text NOT NULL CHECK (author_kind IN ('POLITICIAN','UNION','ENTREPRENEUR','RESEARCHER','OTHER')),
        title jsonb NOT NULL,
        body jsonb NOT NULL,
        status text NOT NULL DEFAULT 'SUBMITTED' CHECK (status IN ('SUBMITTED','ACCEPTED','DECLINED')),
        submitted_by uuid REFERENCES person(id),
        submitted_at timestamptz NOT NULL DEFAULT now(),
        decided_by uuid REFERENCES person(id),
        decided_at timestamptz,
        decision_reason text
      )`);
    await db.query(`
      CREATE TABLE recommendation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cooperative_id uuid NOT NULL REFERENCES cooperative(id),
        edition_id uuid NOT NULL REFERENCES edition(id),
        group_id uuid NOT NULL REFERENCES working_group(id),
        stage text NOT NULL DEFAULT 'DRAFT' CHECK (stage IN ('DRAFT','SUBMITTED','UNDER_REVIEW','ENDORSED','AMENDED','MERGED','DECLINED','CONVERTED','AT_ASSEMBLY')),
        merged_into_id uuid REFERENCES recommendation(id),
        created_by uuid REFERENCES person(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        stage_changed_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((stage = 'MERGED') = (merged_into_id IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX recommendation_edition ON recommendation (edition_id, stage)`);
    await db.query(`CREATE INDEX recommendation_group ON recommendation (group_id)`);
    await db.query(`ALTER TABLE group_lineage ADD FOREIGN KEY (cites_recommendation_id) REFERENCES recommendation(id)`);
    await db.query(`
      CREATE TABLE recommendation_author (
        recommendation_id uuid NOT NULL REFERENCES recommendation(id),
        person_id uuid NOT NULL REFERENCES person(id),
        PRIMARY KEY (recommendation_id, person_id)
      )`);
    await db.query(`
      CREATE TABLE recommendation_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recommendation_id uuid NOT NULL REFERENCES recommendation(id),
        number int NOT NULL CHECK (number >= 1),
        -- GROUP: written in the working group; BOARD: the board's amended text
        authored_by text NOT NULL CHECK (authored_by IN ('GROUP','BOARD')),
        title jsonb NOT NULL,
        body jsonb NOT NULL,
        rationale jsonb,
        expected_outcome jsonb,
        proposed_owner text,
        success_indicator jsonb,
        created_by uuid REFERENCES person(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (recommendation_id, number)
      )`);
    // Versions are never rewritten: both the group's and the board's texts stay.
    await db.query(`
      CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`CREATE TRIGGER recommendation_version_append_only BEFORE UPDATE OR DELETE ON recommendation_version FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    await db.query(`
      CREATE TABLE testimony (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recommendation_id uuid NOT NULL REFERENCES recommendation(id),
        quote jsonb NOT NULL,
        attributed_to text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE board_meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cooperative_id uuid NOT NULL REFERENCES cooperative(id),
        held_on date NOT NULL,
        title text NOT NULL
      )`);
    await db.query(`
      CREATE TABLE recommendation_step (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recommendation_id uuid NOT NULL REFERENCES recommendation(id),
        transition text NOT NULL,
        from_stage text NOT NULL,
        to_stage text NOT NULL,
        actor_id uuid REFERENCES person(id),
        reason text,
        group_meeting_id uuid REFERENCES meeting(id),
        board_meeting_id uuid REFERENCES board_meeting(id),
        votes_in_favour int,
        votes_against int,
        votes_abstaining int,
        -- board members who co-lead the group: recorded as abstaining for conflict of interest
        conflicted_ids uuid[] NOT NULL DEFAULT '{}',
        version_id uuid REFERENCES recommendation_version(id),
        merged_into_id uuid REFERENCES recommendation(id),
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX recommendation_step_rec ON recommendation_step (recommendation_id, occurred_at)`);
    await db.query(`CREATE TRIGGER recommendation_step_append_only BEFORE UPDATE OR DELETE ON recommendation_step FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    await db.query(`
      CREATE TABLE review_note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recommendation_id uuid NOT NULL REFERENCES recommendation(id),
        author_id uuid NOT NULL REFERENCES person(id),
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE action_proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cooperative_id uuid NOT NULL REFERENCES cooperative(id),
        recommendation_id uuid NOT NULL REFERENCES recommendation(id),
        number int NOT NULL,
        title jsonb NOT NULL,
        body jsonb NOT NULL,
        proposed_owner text,
        budget_estimate_cents bigint CHECK (budget_estimate_cents >= 0),
        status text NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED','ON_AGENDA','ADOPTED','REJECTED')),
        created_by uuid REFERENCES person(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (recommendation_id, number)
      )`);
    await db.query(`
      CREATE TABLE comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cooperative_id uuid NOT NULL REFERENCES cooperative(id),
        subject_type text NOT NULL CHECK (subject_type IN ('RECOMMENDATION','WRITING','SMALL_TALK')),
        subject_id uuid NOT NULL,
        parent_id uuid REFERENCES comment(id),
        author_id uuid NOT NULL REFERENCES person(id),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
        language text NOT NULL CHECK (language IN ('nl','fr','en')),
        created_at timestamptz NOT NULL DEFAULT now(),
        hidden_at timestamptz,
        hidden_by uuid REFERENCES person(id),
        hidden_reason text,
        CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL))
      )`);
    await db.query(`CREATE INDEX comment_subject ON comment (subject_id, created_at)`);
    await db.query(`
      CREATE TABLE comment_report (
        comment_id uuid NOT NULL REFERENCES comment(id),
        reporter_id uuid NOT NULL REFERENCES person(id),
        reason text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (comment_id, reporter_id)
      )`);
    await db.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person(id),
        kind text NOT NULL,
        subject_type text NOT NULL,
        subject_id uuid NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await db.query(`CREATE INDEX notification_unread ON notification (person_id, created_at DESC) WHERE read_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'notification', 'comment_report', 'comment', 'action_proposal', 'review_note', 'recommendation_step', 'board_meeting',
      'testimony', 'recommendation_version', 'recommendation_author', 'group_lineage', 'recommendation', 'writing', 'small_talk',
      'document', 'minutes_addendum', 'minutes', 'meeting_attendance', 'meeting', 'group_member', 'working_group', 'edition',
    ]) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await db.query(`DROP FUNCTION IF EXISTS minutes_immutable_once_approved()`);
    await db.query(`DROP FUNCTION IF EXISTS refuse_change()`);
  }
}
