import type { Language, RecommendationStage } from '@letscoop/domain';

/** The report as a file, in the reader's language: /api/editions/:id/report.pdf?lang=fr. */
export function reportFileUrl(editionId: string, format: 'pdf' | 'csv', language: Language): string {
  return `/api/editions/${encodeURIComponent(editionId)}/report.${format}?lang=${language}`;
}

/** The recommendation page's comparison of the group's text and the board's. */
export function amendmentCompareUrl(
  recommendationId: string,
  amendment: { groupVersion: number | null; boardVersion: number },
): string {
  const from = amendment.groupVersion ?? 1;
  return `/recommendations/${encodeURIComponent(recommendationId)}/compare?from=${from}&to=${amendment.boardVersion}`;
}

/** The stages with at least one recommendation, in the order of the cycle. */
export function stagesWithCounts<T extends { stage: RecommendationStage; count: number }>(counts: readonly T[]): T[] {
  return counts.filter((c) => c.count > 0);
}

/** An edition's short name on the dashboard: "2015/2016", or "Edition 4" when two share a period. */
export function editionLabels(
  editions: readonly { id: string; number: number; period: string }[],
  numbered: (n: number) => string,
): Map<string, string> {
  const periods = new Map<string, number>();
  for (const e of editions) periods.set(e.period, (periods.get(e.period) ?? 0) + 1);
  return new Map(
    editions.map((e) => [e.id, (periods.get(e.period) ?? 0) > 1 ? `${numbered(e.number)} · ${e.period}` : e.period]),
  );
}
