import { describe, expect, it } from '@jest/globals';
import { ageInDays, formatCents, fromApiDiff, parseEurosToCents, stepperModel } from './cycle-view';

describe('stepperModel', () => {
  it('marks the stages before the current one done', () => {
    const model = stepperModel('UNDER_REVIEW');
    expect(model.steps.map((s) => s.state)).toEqual(['done', 'done', 'current', 'todo', 'todo', 'todo']);
    expect(model.exit).toBeNull();
  });
  it('puts an amended recommendation at the endorsed step', () => {
    expect(stepperModel('AMENDED').steps.find((s) => s.state === 'current')?.stage).toBe('ENDORSED');
  });
  it('shows where a merged or declined recommendation left the path', () => {
    const model = stepperModel('DECLINED', ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'DECLINED']);
    expect(model.exit).toEqual({ from: 'UNDER_REVIEW', to: 'DECLINED' });
    expect(model.steps.filter((s) => s.state === 'done')).toHaveLength(3);
    expect(model.steps.some((s) => s.state === 'current')).toBe(false);
  });
});

describe('money and diffs', () => {
  it('formats cents as euros per locale', () => {
    expect(formatCents('125050', 'en')).toBe('€1,250.50');
    expect(formatCents('125050', 'nl').replace(/\s/g, ' ')).toBe('€ 1.250,50');
    expect(formatCents(null, 'fr')).toBe('');
  });
  it('parses amounts the way people type them', () => {
    expect(parseEurosToCents('1.250,50')).toBe(125050);
    expect(parseEurosToCents('1250.5')).toBe(125050);
    expect(parseEurosToCents('12 000')).toBe(1200000);
    expect(parseEurosToCents('')).toBeNull();
    expect(parseEurosToCents('abc')).toBeNaN();
  });
  it('maps the API diff kinds to the domain ones', () => {
    expect(
      fromApiDiff([
        { kind: 'ADDED', text: 'a' },
        { kind: 'SAME', text: 'b' },
        { kind: 'REMOVED', text: 'c' },
      ]),
    ).toEqual([
      { kind: 'added', text: 'a' },
      { kind: 'same', text: 'b' },
      { kind: 'removed', text: 'c' },
    ]);
  });
  it('counts whole days', () => {
    expect(ageInDays('2026-01-01T00:00:00Z', new Date('2026-01-04T12:00:00Z'))).toBe(3);
  });
});
