import { STAKEHOLDER_CATEGORIES } from '@letscoop/domain';

export { STAKEHOLDER_CATEGORIES };

export const PAGE_SIZE = 25;

/** 1-based page from the URL; anything odd is page 1. */
export function pageFromParam(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

export function pageCount(totalCount: number, pageSize: number): number {
  return Math.max(1, Math.ceil(totalCount / pageSize));
}
