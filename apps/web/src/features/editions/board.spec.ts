import { describe, expect, it } from '@jest/globals';
import { MAIN_PATH } from '@letscoop/domain';
import { boardColumns, newestFirst } from './board';

describe('boardColumns', () => {
  it('has the main path then merged and declined, and puts amended with endorsed', () => {
    const columns = boardColumns([
      { id: '1', stage: 'DRAFT' as const },
      { id: '2', stage: 'AMENDED' as const },
      { id: '3', stage: 'DECLINED' as const },
    ]);
    expect(columns.map((c) => c.stage)).toEqual([...MAIN_PATH, 'MERGED', 'DECLINED']);
    expect(columns.find((c) => c.stage === 'ENDORSED')?.items.map((i) => i.id)).toEqual(['2']);
    expect(columns.find((c) => c.stage === 'DECLINED')?.items.map((i) => i.id)).toEqual(['3']);
  });
});

describe('newestFirst', () => {
  it('sorts editions by number, newest first', () => {
    expect(newestFirst([{ number: 1 }, { number: 3 }, { number: 2 }]).map((e) => e.number)).toEqual([3, 2, 1]);
  });
});
