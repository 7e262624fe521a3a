/** A comment as the thread needs it: flat from the API (oldest first) with parentId and depth. */
export interface ThreadItem {
  id: string;
  parentId?: string | null;
  createdAt: string;
}

/**
 * Puts replies right under the comment they answer (depth-first, oldest first at each level),
 * whatever order the API sent. A reply whose parent is missing is shown at the top level.
 */
export function threadOrder<T extends ThreadItem>(items: readonly T[]): T[] {
  const ids = new Set(items.map((c) => c.id));
  const children = new Map<string | null, T[]>();
  for (const item of items) {
    const parent = item.parentId && ids.has(item.parentId) && item.parentId !== item.id ? item.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(item);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const result: T[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null) => {
    for (const item of children.get(parent) ?? []) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      result.push(item);
      walk(item.id);
    }
  };
  walk(null);
  return result;
}

/** Indent levels shown: deeper replies stay at the cap (phones get a lower cap). */
export function visualDepth(depth: number, cap: number): number {
  return Math.max(0, Math.min(depth, cap));
}
