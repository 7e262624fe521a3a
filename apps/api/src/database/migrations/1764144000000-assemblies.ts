import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The general assembly: convocation with a frozen list of entitled voters, agenda, attendance,
 * proxies, polls and ballots. Named ballots carry the voter; secret ballots carry neither voter
 * nor time (who voted is stored apart, in poll_participation). One ballot per voter and poll is
 * enforced by primary keys, never by a check-then-insert.
 */
export class Assemblies1764144000000 implements MigrationInterface {
  name = 'Assemblies1764144000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE assembly (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cooperative_id uuid NOT NULL REFERENCES cooperative(id),
        kind text NOT NULL CHECK (kind IN ('ORDINARY','EXTRAORDINARY')),
        title jsonb NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz,
        place text,
        online_url text,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','CONVENED','IN_SESSION','CLOSED')),
        -- frozen from the statutes at convocation
        quorum_percent numeric(7,4) NOT NULL,
        quorum_basis text NOT NULL CHECK (quorum_basis IN ('MEMBERS','SHARES')),
        proxy_cap int NOT NULL CHECK (proxy_cap >= 0),
        record_date date,
        convened_at timestamptz,
        convened_by uuid REFERENCES person(id),
        -- proxies can be given and revoked until the first poll opens
        proxies_frozen_at timestamptz,
        opened_at timestamptz,
        closed_at timestamptz,
        created_by uuid REFERENCES person(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at IS NULL OR ends_at >= starts_at)
      )`);
    await db.query(`CREATE INDEX assembly_cooperative ON assembly (cooperative_id, starts_at)`);
    // The entitled voters, frozen at convocation (the record date), with what their weight reads.
    await db.query(`
      CREATE TABLE assembly_voter (
        assembly_id uuid NOT NULL REFERENCES assembly(id),
        person_id uuid NOT NULL REFERENCES person(id),
        category text NOT NULL CHECK (category IN ('WORKER_MEMBER','SALARIED_ENTREPRENEUR','PERMANENT_STAFF','CLIENT','PARTNER')),
        shares int NOT NULL CHECK (shares >= 0),
        PRIMARY KEY (assembly_id, person_id)
      )`);
    await db.query(`
      CREATE TABLE assembly_attendance (
        assembly_id uuid NOT NULL,
        person_id uuid NOT NULL,
        mode text NOT NULL CHECK (mode IN ('IN_PERSON','ONLINE')),
        checked_in_at timestamptz NOT NULL DEFAULT now(),
        checked_in_by uuid NOT NULL REFERENCES person(id),
        PRIMARY KEY (assembly_id, person_id),
        FOREIGN KEY (assembly_id, person_id) REFERENCES assembly_voter(assembly_id, person_id)
      )`);
    await db.query(`
      CREATE TABLE proxy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assembly_id uuid NOT NULL REFERENCES assembly(id),
        grantor_id uuid NOT NULL,
        holder_id uuid NOT NULL,
        granted_at timestamptz NOT NULL DEFAULT now(),
        granted_by uuid NOT NULL REFERENCES person(id),
        revoked_at timestamptz,
        revoked_by uuid REFERENCES person(id),
        CHECK (grantor_id <> holder_id),
        FOREIGN KEY (assembly_id, grantor_id) REFERENCES assembly_voter(assembly_id, person_id),
        FOREIGN KEY (assembly_id, holder_id) REFERENCES assembly_voter(assembly_id, person_id)
      )`);
    // A member gives at most one proxy in force per assembly.
    await db.query(`CREATE UNIQUE INDEX proxy_one_per_grantor ON proxy (assembly_id, grantor_id) WHERE revoked_at IS NULL`);
    await db.query(`CREATE INDEX proxy_holder ON proxy (assembly_id, holder_id) WHERE revoked_at IS NULL`);
    await db.query(`
      CREATE TABLE agenda_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assembly_id uuid NOT NULL REFERENCES assembly(id),
        position int NOT NULL CHECK (position >= 1),
        kind text NOT NULL CHECK (kind IN ('MOTION','ELECTION','INFORMATION')),
        title jsonb NOT NULL,
        body jsonb,
        -- an action proposal put to the assembly becomes exactly one motion
        action_proposal_id uuid UNIQUE REFERENCES action_proposal(id),
        majority_rule text CHECK (majority_rule IN ('SIMPLE','ABSOLUTE','TWO_THIRDS','THREE_QUARTERS')),
        abstentions_count boolean,
        quorum_percent numeric(7,4),
        quorum_basis text CHECK (quorum_basis IN ('MEMBERS','SHARES')),
        weight_mode text CHECK (weight_mode IN ('ONE_MEMBER_ONE_VOTE','SHARE_WEIGHTED','COLLEGES')),
        college_weights jsonb,
        seats int CHECK (seats >= 1),
        -- ELECTION: APPROVAL (the most approved win) or MAJORITY_PER_SEAT (and each needs more than half)
        election_method text CHECK (election_method IN ('APPROVAL','MAJORITY_PER_SEAT')),
        -- an election that fills the seats of a body: the elected take their office on publication
        fills_seats_of text CHECK (fills_seats_of IN ('ETHICS_COMMITTEE')),
        secret boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (assembly_id, position) DEFERRABLE INITIALLY IMMEDIATE,
        CHECK (kind = 'INFORMATION' OR (majority_rule IS NOT NULL AND abstentions_count IS NOT NULL
               AND quorum_percent IS NOT NULL AND quorum_basis IS NOT NULL AND weight_mode IS NOT NULL)),
        CHECK ((kind = 'ELECTION') = (seats IS NOT NULL)),
        CHECK ((kind = 'ELECTION') = (election_method IS NOT NULL)),
        CHECK (fills_seats_of IS NULL OR kind = 'ELECTION')
      )`);
    await db.query(`
      CREATE TABLE candidate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agenda_item_id uuid NOT NULL REFERENCES agenda_item(id),
        person_id uuid REFERENCES person(id),
        name text NOT NULL,
        statement jsonb,
        position int NOT NULL,
        UNIQUE (agenda_item_id, position)
      )`);
    await db.query(`
      CREATE TABLE poll (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assembly_id uuid NOT NULL REFERENCES assembly(id),
        agenda_item_id uuid NOT NULL UNIQUE REFERENCES agenda_item(id),
        method text NOT NULL CHECK (method IN ('MOTION','APPROVAL')),
        secret boolean NOT NULL,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','OPEN','CLOSED','PUBLISHED')),
        opened_at timestamptz,
        opened_by uuid REFERENCES person(id),
        closed_at timestamptz,
        closed_by uuid REFERENCES person(id),
        published_at timestamptz,
        published_by uuid REFERENCES person(id),
        -- frozen at close: the figures, the quorum and the rule applied (libs/domain's tally)
        result jsonb
      )`);
    await db.query(`CREATE UNIQUE INDEX poll_one_open_per_assembly ON poll (assembly_id) WHERE status = 'OPEN'`);
    // Ballots name their poll without a foreign key on purpose: a foreign key check takes a KEY
    // SHARE lock on the poll's row for every ballot, so thousands of voters would all lock the same
    // row. castBallot checks the poll under its advisory lock instead, and polls are never deleted.
    await db.query(`
      CREATE FUNCTION poll_never_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'polls are never deleted: their ballots refer to them' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`CREATE TRIGGER poll_no_delete BEFORE DELETE ON poll FOR EACH ROW EXECUTE FUNCTION poll_never_deleted()`);
    // A named ballot: whose vote it is (voter_id), who cast it (the voter or their proxy holder).
    await db.query(`
      CREATE TABLE ballot (
        poll_id uuid NOT NULL,
        voter_id uuid NOT NULL REFERENCES person(id),
        cast_by uuid NOT NULL REFERENCES person(id),
        choice text CHECK (choice IN ('YES','NO','ABSTAIN')),
        approvals uuid[],
        weight int NOT NULL CHECK (weight >= 0),
        college text NOT NULL,
        receipt text NOT NULL,
        cast_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (poll_id, voter_id),
        CHECK ((choice IS NULL) <> (approvals IS NULL))
      )`);
    // Secret polls: who voted, apart from what was voted (no time, so the two can't be matched by it).
    await db.query(`
      CREATE TABLE poll_participation (
        poll_id uuid NOT NULL,
        voter_id uuid NOT NULL REFERENCES person(id),
        cast_by uuid NOT NULL REFERENCES person(id),
        PRIMARY KEY (poll_id, voter_id)
      )`);
    // A secret ballot: a random id, the choice, the weight and college the tally needs, and the
    // receipt its voter was given. No voter, no caster, no time.
    await db.query(`
      CREATE TABLE secret_ballot (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        poll_id uuid NOT NULL,
        choice text CHECK (choice IN ('YES','NO','ABSTAIN')),
        approvals uuid[],
        weight int NOT NULL CHECK (weight >= 0),
        college text NOT NULL,
        receipt text NOT NULL,
        UNIQUE (poll_id, receipt),
        CHECK ((choice IS NULL) <> (approvals IS NULL))
      )`);
    // Cast ballots can't be changed or removed, by anyone.
    await db.query(`
      CREATE FUNCTION ballot_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is immutable: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['ballot', 'secret_ballot', 'poll_participation']) {
      await db.query(`CREATE TRIGGER ${table}_immutable BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ballot_immutable()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['secret_ballot', 'poll_participation', 'ballot', 'poll', 'candidate', 'agenda_item', 'proxy', 'assembly_attendance', 'assembly_voter', 'assembly']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP FUNCTION ballot_immutable()`);
    await db.query(`DROP FUNCTION poll_never_deleted()`);
  }
}
