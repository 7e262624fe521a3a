import { describe, expect, it } from '@jest/globals';
import { amendmentCompareUrl, editionLabels, reportFileUrl, stagesWithCounts } from './report-view';

describe('report view helpers', () => {
  it('links the files in the reader’s language', () => {
    expect(reportFileUrl('abc', 'pdf', 'fr')).toBe('/api/editions/abc/report.pdf?lang=fr');
    expect(reportFileUrl('abc', 'csv', 'nl')).toBe('/api/editions/abc/report.csv?lang=nl');
  });

  it('compares the group’s last text with the board’s', () => {
    expect(amendmentCompareUrl('r1', { groupVersion: 2, boardVersion: 3 })).toBe(
      '/recommendations/r1/compare?from=2&to=3',
    );
    expect(amendmentCompareUrl('r1', { groupVersion: null, boardVersion: 1 })).toBe(
      '/recommendations/r1/compare?from=1&to=1',
    );
  });

  it('keeps the stages that have recommendations, in order', () => {
    expect(
      stagesWithCounts([
        { stage: 'DRAFT', count: 0 },
        { stage: 'MERGED', count: 2 },
        { stage: 'AT_ASSEMBLY', count: 5 },
      ]).map((s) => s.stage),
    ).toEqual(['MERGED', 'AT_ASSEMBLY']);
  });

  it('names editions by period, and by number too when two share a period', () => {
    const labels = editionLabels(
      [
        { id: 'a', number: 1, period: '2015/2016' },
        { id: 'b', number: 2, period: '2016/2017' },
        { id: 'c', number: 3, period: '2016/2017' },
      ],
      (n) => `Edition ${n}`,
    );
    expect([...labels.values()]).toEqual(['2015/2016', 'Edition 2 · 2016/2017', 'Edition 3 · 2016/2017']);
  });
});
