import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The operational action plan: programmes → projects → actions, with milestones, progress
 * updates and status changes. An adopted action proposal becomes at most one action: the
 * UNIQUE constraint on action.action_proposal_id is what makes entering it idempotent (INSERT …
 * ON CONFLICT DO NOTHING), never a check-then-insert. Progress updates and status changes are
 * append-only, like the cycle's steps.
 */
export class ActionPlan1764230400000 implements MigrationInterface {
  name = 'ActionPlan1764230400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE action_programme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cooperative_id uuid NOT NULL REFERENCES cooperative(id),
        title jsonb NOT NULL,
        description jsonb,
        -- the programme that receives an edition's adopted proposals until the secretariat places them
        default_for_edition_id uuid UNIQUE REFERENCES edition(id),
        created_by uuid REFERENCES person(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX action_programme_cooperative ON action_programme (cooperative_id, created_at)`);
    await db.query(`
      CREATE TABLE action_project (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cooperative_id uuid NOT NULL REFERENCES cooperative(id),
        programme_id uuid NOT NULL REFERENCES action_programme(id),
        title jsonb NOT NULL,
        description jsonb,
        is_default boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES person(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX action_project_programme ON action_project (programme_id, created_at)`);
    await db.query(`CREATE UNIQUE INDEX action_project_one_default ON action_project (programme_id) WHERE is_default`);
    await db.query(`
      CREATE TABLE action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cooperative_id uuid NOT NULL REFERENCES cooperative(id),
        project_id uuid NOT NULL REFERENCES action_project(id),
        -- an adopted proposal enters the plan exactly once
        action_proposal_id uuid UNIQUE REFERENCES action_proposal(id),
        recommendation_id uuid REFERENCES recommendation(id),
        edition_id uuid REFERENCES edition(id),
        title jsonb NOT NULL,
        description jsonb NOT NULL,
        -- a directorate or department by name, or a staff member
        owner_unit text,
        owner_person_id uuid REFERENCES person(id),
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED','IN_PROGRESS','DONE','ABANDONED')),
        status_reason text,
        progress int NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        entered_at timestamptz NOT NULL DEFAULT now(),
        status_changed_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES person(id),
        CHECK (owner_unit IS NULL OR owner_person_id IS NULL),
        CHECK (status <> 'ABANDONED' OR btrim(coalesce(status_reason, '')) <> ''),
        CHECK (status <> 'DONE' OR progress = 100)
      )`);
    await db.query(`CREATE INDEX action_project_actions ON action (project_id, entered_at)`);
    await db.query(`CREATE INDEX action_cooperative ON action (cooperative_id, status)`);
    await db.query(`CREATE INDEX action_owner_person ON action (owner_person_id) WHERE owner_person_id IS NOT NULL`);
    await db.query(`
      CREATE TABLE action_milestone (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action_id uuid NOT NULL REFERENCES action(id),
        title jsonb NOT NULL,
        due_on date NOT NULL,
        done_on date,
        created_by uuid REFERENCES person(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX action_milestone_action ON action_milestone (action_id, due_on)`);
    // The overdue reminders read open milestones by due day.
    await db.query(`CREATE INDEX action_milestone_open ON action_milestone (due_on) WHERE done_on IS NULL`);
    await db.query(`
      CREATE TABLE action_update (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action_id uuid NOT NULL REFERENCES action(id),
        body jsonb NOT NULL,
        progress int NOT NULL CHECK (progress BETWEEN 0 AND 100),
        author_id uuid REFERENCES person(id),
        posted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX action_update_action ON action_update (action_id, posted_at)`);
    await db.query(`CREATE TRIGGER action_update_append_only BEFORE UPDATE OR DELETE ON action_update FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    await db.query(`
      CREATE TABLE action_status_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action_id uuid NOT NULL REFERENCES action(id),
        from_status text NOT NULL,
        to_status text NOT NULL,
        reason text,
        actor_id uuid REFERENCES person(id),
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX action_status_change_action ON action_status_change (action_id, occurred_at)`);
    await db.query(`CREATE TRIGGER action_status_change_append_only BEFORE UPDATE OR DELETE ON action_status_change FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['action_status_change', 'action_update', 'action_milestone', 'action', 'action_project', 'action_programme']) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
