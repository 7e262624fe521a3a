import { Injectable } from '@nestjs/common';
import { can, type Actor } from '@letscoop/domain';
import { parse } from 'csv-parse/sync';
import { DataSource, type EntityManager } from 'typeorm';
import { forbidden, notFound, validation } from '../../common/errors.js';
import { AuditService, type AuditRecord } from '../audit/audit.service.js';
import { BranchEntity } from '../cooperatives/branch.entity.js';
import { CooperativeEntity } from '../cooperatives/cooperative.entity.js';
import { parseRegisterRow, REQUIRED_COLUMNS, type RegisterRow } from './register-row.js';
import type { RegisterImportError, RegisterImportReport } from './register-import.model.js';
import { searchable } from './searchable.js';
import { today } from './members.service.js';

export const MAX_REGISTER_ROWS = 100_000;

interface ExistingMembership {
  id: string;
  email: string;
  category: string;
  shares: number;
  share_class: string;
  branch_id: string | null;
  left_on: string | null;
}

/**
 * The secretariat's import of the share register. All or nothing; keyed on e-mail, so the
 * same file twice changes nothing and a later file updates shares, categories and branches.
 * A person's own name and language are set on creation only: after that they are theirs.
 */
@Injectable()
export class RegisterImportService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async import(actor: Actor, cooperativeId: string, csv: string): Promise<RegisterImportReport> {
    // Permission first: a stranger learns nothing about which ids exist.
    if (!can(actor, 'register.import', { cooperativeId })) throw forbidden('import the member register');
    const cooperative = await this.db.getRepository(CooperativeEntity).findOneBy({ id: cooperativeId });
    if (!cooperative) throw notFound('cooperative', cooperativeId);
    const branches = await this.db.getRepository(BranchEntity).findBy({ cooperativeId });
    const branchIdByName = new Map(branches.map((b) => [b.name.toLowerCase(), b.id]));

    const { rows, errors } = this.parse(csv, branchIdByName);
    const report = { rows: rows.length + new Set(errors.map((e) => e.line)).size, created: 0, updated: 0, unchanged: 0 };
    if (errors.length > 0) return { ...report, imported: false, errors };

    return this.db.transaction(async (manager) => {
      // Imports of one cooperative run one at a time; a second waits for the first.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('register-import:' || $1))`, [cooperativeId]);
      const counts = await this.write(manager, actor, cooperativeId, rows);
      if (counts.created + counts.updated > 0) {
        await this.audit.record(manager, {
          actorId: actor.personId,
          action: 'register.imported',
          subjectType: 'cooperative',
          subjectId: cooperativeId,
          cooperativeId,
          after: { rows: rows.length, ...counts },
        });
      }
      return { ...report, ...counts, imported: true, errors: [] };
    });
  }

  private parse(csv: string, branchIdByName: Map<string, string>): { rows: RegisterRow[]; errors: RegisterImportError[] } {
    const firstLine = csv.slice(0, csv.indexOf('\n') === -1 ? undefined : csv.indexOf('\n'));
    // Spreadsheets set to Dutch or French save CSV with semicolons.
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
    let records: { record: string[]; info: { lines: number } }[];
    try {
      records = parse(csv, { delimiter, bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as typeof records;
    } catch (error) {
      throw validation([{ field: 'csv', messages: [String((error as Error).message)] }], `The file is not readable as CSV: ${(error as Error).message}`);
    }
    if (records.length === 0) throw validation([{ field: 'csv', messages: ['The file is empty.'] }], 'The file is empty: it needs a header line and one line per member.');
    const header = records[0].record.map((h) => h.toLowerCase().replace(/\s+/g, '_'));
    const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
    if (missing.length) {
      throw validation(
        [{ field: 'csv', messages: [`Missing columns: ${missing.join(', ')}`] }],
        `The header line lacks the column(s) ${missing.join(', ')}. Expected: email,name,language,category,shares,share_class,branch.`,
      );
    }
    if (records.length - 1 > MAX_REGISTER_ROWS) {
      throw validation([{ field: 'csv', messages: [`More than ${MAX_REGISTER_ROWS} lines`] }], `The file has more than ${MAX_REGISTER_ROWS} member lines: split it.`);
    }
    const index = new Map(header.map((h, i) => [h, i]));
    const rows: RegisterRow[] = [];
    const errors: RegisterImportError[] = [];
    const lineOfEmail = new Map<string, number>();
    for (const { record, info } of records.slice(1)) {
      const line = info.lines;
      const parsed = parseRegisterRow(line, (c) => (index.has(c) ? (record[index.get(c) as number] ?? '') : ''), branchIdByName);
      if (Array.isArray(parsed)) {
        errors.push(...parsed);
        continue;
      }
      const seen = lineOfEmail.get(parsed.email);
      if (seen !== undefined) {
        errors.push({ line, column: 'email', message: `${parsed.email} is already on line ${seen}: one line per member.` });
        continue;
      }
      lineOfEmail.set(parsed.email, line);
      rows.push(parsed);
    }
    return { rows, errors };
  }

  private async write(manager: EntityManager, actor: Actor, cooperativeId: string, rows: RegisterRow[]) {
    const emails = rows.map((r) => r.email);
    await manager.query(
      `INSERT INTO person (email, display_name, search_name, preferred_language)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
       ON CONFLICT (email) DO NOTHING`,
      [emails, rows.map((r) => r.name), rows.map((r) => searchable(r.name)), rows.map((r) => r.language)],
    );
    const people = await manager.query<{ id: string; email: string }[]>(`SELECT id, email FROM person WHERE email = ANY($1)`, [emails]);
    const personIdByEmail = new Map(people.map((p) => [p.email, p.id]));
    const existing = await manager.query<ExistingMembership[]>(
      `SELECT m.id, p.email, m.category, m.shares, m.share_class, m.branch_id, m.left_on
       FROM membership m JOIN person p ON p.id = m.person_id WHERE m.cooperative_id = $1 AND p.email = ANY($2)`,
      [cooperativeId, emails],
    );
    const existingByEmail = new Map(existing.map((m) => [m.email, m]));

    const toCreate: RegisterRow[] = [];
    const toUpdate: { row: RegisterRow; before: ExistingMembership }[] = [];
    for (const row of rows) {
      const before = existingByEmail.get(row.email);
      if (!before) toCreate.push(row);
      else if (
        before.category !== row.category ||
        before.shares !== row.shares ||
        before.share_class !== row.shareClass ||
        before.branch_id !== row.branchId ||
        before.left_on !== null
      ) {
        toUpdate.push({ row, before });
      }
    }

    const audit: AuditRecord[] = [];
    const snapshot = (r: RegisterRow) => ({ category: r.category, shares: r.shares, shareClass: r.shareClass, branchId: r.branchId });
    if (toCreate.length) {
      const created = await manager.query<{ id: string; person_id: string }[]>(
        `INSERT INTO membership (person_id, cooperative_id, category, shares, share_class, branch_id, joined_on)
         SELECT person_id, $1, category, shares, share_class, branch_id, $7::date
         FROM unnest($2::uuid[], $3::text[], $4::int[], $5::text[], $6::uuid[]) AS t(person_id, category, shares, share_class, branch_id)
         RETURNING id, person_id`,
        [
          cooperativeId,
          toCreate.map((r) => personIdByEmail.get(r.email)),
          toCreate.map((r) => r.category),
          toCreate.map((r) => r.shares),
          toCreate.map((r) => r.shareClass),
          toCreate.map((r) => r.branchId),
          today(),
        ],
      );
      const rowByPerson = new Map(toCreate.map((r) => [personIdByEmail.get(r.email), r]));
      for (const m of created) {
        audit.push({ actorId: actor.personId, action: 'membership.imported', subjectType: 'membership', subjectId: m.id, cooperativeId, after: snapshot(rowByPerson.get(m.person_id) as RegisterRow) });
      }
    }
    if (toUpdate.length) {
      await manager.query(
        `UPDATE membership m SET category = t.category, shares = t.shares, share_class = t.share_class, branch_id = t.branch_id, left_on = NULL
         FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::uuid[]) AS t(id, category, shares, share_class, branch_id)
         WHERE m.id = t.id`,
        [
          toUpdate.map((u) => u.before.id),
          toUpdate.map((u) => u.row.category),
          toUpdate.map((u) => u.row.shares),
          toUpdate.map((u) => u.row.shareClass),
          toUpdate.map((u) => u.row.branchId),
        ],
      );
      for (const { row, before } of toUpdate) {
        audit.push({
          actorId: actor.personId,
          action: 'membership.updatedByImport',
          subjectType: 'membership',
          subjectId: before.id,
          cooperativeId,
          before: { category: before.category, shares: before.shares, shareClass: before.share_class, branchId: before.branch_id, leftOn: before.left_on },
          after: snapshot(row),
        });
      }
    }
    await this.audit.record(manager, audit);
    return { created: toCreate.length, updated: toUpdate.length, unchanged: rows.length - toCreate.length - toUpdate.length };
  }
}
