import { FINAL_STAGES, MAIN_PATH, type RecommendationStage } from '@letscoop/domain';

/** The board's columns: the main path, then the side exits. AMENDED sits with ENDORSED (both endorsed). */
export const BOARD_COLUMNS: readonly RecommendationStage[] = [...MAIN_PATH, ...FINAL_STAGES];

export function columnOf(stage: RecommendationStage): RecommendationStage {
  return stage === 'AMENDED' ? 'ENDORSED' : stage;
}

/** Recommendations per column, every column present (empty ones too), in board order. */
export function boardColumns<T extends { stage: RecommendationStage }>(
  items: readonly T[],
): { stage: RecommendationStage; items: T[] }[] {
  const columns = BOARD_COLUMNS.map((stage) => ({ stage, items: [] as T[] }));
  for (const item of items) {
    const column = columns.find((c) => c.stage === columnOf(item.stage));
    column?.items.push(item);
  }
  return columns;
}

/** Newest edition first (by number). */
export function newestFirst<T extends { number: number }>(editions: readonly T[]): T[] {
  return [...editions].sort((a, b) => b.number - a.number);
}
