import type { EntityManager } from 'typeorm';

/** Who counts towards the quorum, in members and in shares (the record-date shares). */
export interface AttendanceFigures {
  entitledMembers: number;
  entitledShares: number;
  /** Checked in, in the room or online. */
  presentMembers: number;
  presentShares: number;
  /** Absent members whose proxy (in force) is held by someone checked in. */
  representedMembers: number;
  representedShares: number;
}

/**
 * The live figures of several assemblies, in one aggregate query (no row is locked). A member
 * who gave a proxy and then checked in anyway counts once, as present.
 */
export async function attendanceFiguresOf(
  db: EntityManager,
  assemblyIds: readonly string[],
): Promise<Map<string, AttendanceFigures>> {
  const rows = await db.query<(Record<keyof AttendanceFigures, string | number> & { id: string })[]>(
    `SELECT x.id,
       (SELECT count(*) FROM assembly_voter v WHERE v.assembly_id = x.id)::int AS "entitledMembers",
       (SELECT coalesce(sum(v.shares), 0) FROM assembly_voter v WHERE v.assembly_id = x.id)::bigint AS "entitledShares",
       (SELECT count(*) FROM assembly_attendance a WHERE a.assembly_id = x.id)::int AS "presentMembers",
       (SELECT coalesce(sum(v.shares), 0) FROM assembly_attendance a
          JOIN assembly_voter v ON v.assembly_id = a.assembly_id AND v.person_id = a.person_id
         WHERE a.assembly_id = x.id)::bigint AS "presentShares",
       (SELECT count(*) FROM proxy p
          JOIN assembly_attendance h ON h.assembly_id = p.assembly_id AND h.person_id = p.holder_id
         WHERE p.assembly_id = x.id AND p.revoked_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM assembly_attendance g WHERE g.assembly_id = p.assembly_id AND g.person_id = p.grantor_id)
       )::int AS "representedMembers",
       (SELECT coalesce(sum(v.shares), 0) FROM proxy p
          JOIN assembly_attendance h ON h.assembly_id = p.assembly_id AND h.person_id = p.holder_id
          JOIN assembly_voter v ON v.assembly_id = p.assembly_id AND v.person_id = p.grantor_id
         WHERE p.assembly_id = x.id AND p.revoked_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM assembly_attendance g WHERE g.assembly_id = p.assembly_id AND g.person_id = p.grantor_id)
       )::bigint AS "representedShares"
     FROM unnest($1::uuid[]) AS x(id)`,
    [[...assemblyIds]],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        entitledMembers: Number(r.entitledMembers),
        entitledShares: Number(r.entitledShares),
        presentMembers: Number(r.presentMembers),
        presentShares: Number(r.presentShares),
        representedMembers: Number(r.representedMembers),
        representedShares: Number(r.representedShares),
      },
    ]),
  );
}

/** The live figures of one assembly (see attendanceFiguresOf). */
export async function attendanceFigures(db: EntityManager, assemblyId: string): Promise<AttendanceFigures> {
  const figures = (await attendanceFiguresOf(db, [assemblyId])).get(assemblyId);
  if (!figures) throw new Error(`No attendance figures for assembly ${assemblyId}.`);
  return figures;
}
