import { describe, expect, it } from '@jest/globals';
import { newReceipt, RECEIPT_PATTERN } from './ballot-receipt.js';

describe('ballot receipts', () => {
  it('are 12 characters of Crockford base 32 in three groups', () => {
    for (let i = 0; i < 1000; i++) expect(newReceipt()).toMatch(RECEIPT_PATTERN);
  });

  it('do not repeat and use the whole alphabet', () => {
    const receipts = Array.from({ length: 5000 }, newReceipt);
    expect(new Set(receipts).size).toBe(receipts.length);
    const used = new Set(receipts.join('').replaceAll('-', ''));
    expect(used.size).toBe(32);
  });
});
