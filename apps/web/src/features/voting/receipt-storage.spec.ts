import { describe, expect, it } from '@jest/globals';
import {
  matchReceipts,
  normalizeReceipt,
  receiptStorageKey,
  rememberReceipt,
  storedReceipts,
  type ReceiptStore,
  type StoredReceipt,
} from './receipt-storage';

function memoryStore(): ReceiptStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

const mine: StoredReceipt = {
  receipt: '7KQ2-M9XD-4TRA',
  voterId: 'p1',
  voterName: 'Sofie Peeters',
  onBehalf: false,
  receivedAt: '2026-06-17T14:02:00Z',
};
const forJan: StoredReceipt = {
  ...mine,
  receipt: 'AB12-CD34-EF56',
  voterId: 'p2',
  voterName: 'Jan Claes',
  onBehalf: true,
};

describe('receipts kept on this device', () => {
  it('keeps each receipt per poll, and gives them back in the order received', () => {
    const store = memoryStore();
    expect(rememberReceipt('poll-1', mine, store)).toBe(true);
    expect(rememberReceipt('poll-1', forJan, store)).toBe(true);
    expect(storedReceipts('poll-1', store)).toEqual([mine, forJan]);
    expect(storedReceipts('poll-2', store)).toEqual([]);
  });

  it('keeps one receipt per voter and poll: a second one replaces the first', () => {
    const store = memoryStore();
    rememberReceipt('poll-1', mine, store);
    rememberReceipt('poll-1', { ...mine, receipt: 'ZZZZ-ZZZZ-ZZZZ' }, store);
    expect(storedReceipts('poll-1', store).map((r) => r.receipt)).toEqual(['ZZZZ-ZZZZ-ZZZZ']);
  });

  it('never stores the choice, only the code and whose ballot it was', () => {
    const store = memoryStore();
    rememberReceipt('poll-1', { ...mine, choice: 'YES' } as StoredReceipt, store);
    const raw = store.data.get(receiptStorageKey('poll-1')) ?? '';
    expect(raw).toContain('7KQ2-M9XD-4TRA');
    expect(raw).not.toContain('YES');
    expect(Object.keys(JSON.parse(raw)[0] as object).sort()).toEqual([
      'onBehalf',
      'receipt',
      'receivedAt',
      'voterId',
      'voterName',
    ]);
  });

  it('reads nothing from a damaged or foreign value instead of failing', () => {
    const store = memoryStore();
    store.setItem(receiptStorageKey('poll-1'), '{not json');
    expect(storedReceipts('poll-1', store)).toEqual([]);
    store.setItem(receiptStorageKey('poll-1'), JSON.stringify([{ receipt: 42 }, mine]));
    expect(storedReceipts('poll-1', store)).toEqual([mine]);
  });

  it('reports when the receipt could not be kept (storage full or disabled)', () => {
    const full: ReceiptStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(rememberReceipt('poll-1', mine, full)).toBe(false);
    expect(rememberReceipt('poll-1', mine, null)).toBe(false);
    expect(storedReceipts('poll-1', null)).toEqual([]);
  });
});

describe('finding a receipt in the published list', () => {
  const list = [
    { receipt: '7KQ2-M9XD-4TRA', choice: 'YES' },
    { receipt: 'AB12-CD34-EF56', choice: 'NO' },
    { receipt: 'QQ7K-1111-2222', choice: 'ABSTAIN' },
  ];

  it('ignores case, spaces and dashes', () => {
    expect(normalizeReceipt(' 7kq2 m9xd-4tra ')).toBe('7KQ2M9XD4TRA');
    expect(matchReceipts(list, '7kq2 m9xd 4tra')).toEqual([list[0]]);
  });

  it('matches a part of at least four characters, and nothing on fewer', () => {
    expect(matchReceipts(list, 'cd34')).toEqual([list[1]]);
    expect(matchReceipts(list, '7K')).toEqual([]);
    expect(matchReceipts(list, '')).toEqual([]);
  });

  it('finds nothing for a code that is not in the list', () => {
    expect(matchReceipts(list, 'XXXX-YYYY-ZZZZ')).toEqual([]);
  });
});
