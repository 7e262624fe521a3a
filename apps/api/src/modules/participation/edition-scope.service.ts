import { Injectable } from '@nestjs/common';
import type { FieldProblem } from '../../common/errors.js';
import { notFound } from '../../common/errors.js';
import { DataSource } from 'typeorm';

/** Where a side channel lives: its edition's cooperative, and whether a group or branch belongs there. */
@Injectable()
export class EditionScopeService {
  constructor(private readonly db: DataSource) {}

  /** The cooperative of an edition; NOT_FOUND when there is no such edition. */
  async cooperativeOfEdition(editionId: string): Promise<string> {
    const [row] = await this.db.query<{ cooperative_id: string }[]>(
      `SELECT cooperative_id FROM edition WHERE id = $1`,
      [editionId],
    );
    if (!row) throw notFound('edition', editionId);
    return row.cooperative_id;
  }

  /** Problems with the group and branch named for an edition (each must belong to it). */
  async placeProblems(
    editionId: string,
    cooperativeId: string,
    place: { groupId?: string | null; branchId?: string | null },
  ): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    if (place.groupId) {
      const [group] = await this.db.query<{ edition_id: string }[]>(
        `SELECT edition_id FROM working_group WHERE id = $1`,
        [place.groupId],
      );
      if (group?.edition_id !== editionId) {
        problems.push({ field: 'groupId', messages: ['Choose a working group of this edition.'] });
      }
    }
    if (place.branchId) {
      const [branch] = await this.db.query<{ cooperative_id: string }[]>(
        `SELECT cooperative_id FROM branch WHERE id = $1`,
        [place.branchId],
      );
      if (branch?.cooperative_id !== cooperativeId) {
        problems.push({ field: 'branchId', messages: ["Choose a local branch of this edition's cooperative."] });
      }
    }
    return problems;
  }
}
