import { describe, expect, it } from '@jest/globals';
import { threadOrder, visualDepth } from './thread';

describe('threadOrder', () => {
  it('puts replies right under their parent, oldest first', () => {
    const items = [
      { id: 'a', parentId: null, createdAt: '2026-01-01T10:00:00Z' },
      { id: 'b', parentId: null, createdAt: '2026-01-01T11:00:00Z' },
      { id: 'a2', parentId: 'a', createdAt: '2026-01-01T12:30:00Z' },
      { id: 'a1', parentId: 'a', createdAt: '2026-01-01T12:00:00Z' },
      { id: 'a1x', parentId: 'a1', createdAt: '2026-01-01T13:00:00Z' },
    ];
    expect(threadOrder(items).map((c) => c.id)).toEqual(['a', 'a1', 'a1x', 'a2', 'b']);
  });

  it('shows a reply to a missing comment at the top level', () => {
    const items = [{ id: 'r', parentId: 'gone', createdAt: '2026-01-01T10:00:00Z' }];
    expect(threadOrder(items).map((c) => c.id)).toEqual(['r']);
  });
});

describe('visualDepth', () => {
  it('caps the indentation', () => {
    expect(visualDepth(0, 2)).toBe(0);
    expect(visualDepth(5, 2)).toBe(2);
    expect(visualDepth(3, 6)).toBe(3);
  });
});
