import { describe, expect, it } from '@jest/globals';
import { newReceipt, RECEIPT_PATTERN, receiptFromBytes } from './ballot-receipt.js';

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

  it('write the first 60 bits of their bytes, five at a time', () => {
    expect(receiptFromBytes(new Uint8Array(8))).toBe('0000-0000-0000');
    expect(receiptFromBytes(new Uint8Array(8).fill(255))).toBe('ZZZZ-ZZZZ-ZZZZ');
    expect(receiptFromBytes(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]))).toBe('0410-6105-0R3G');
    expect(receiptFromBytes(Uint8Array.from([0x8f, 0x3a, 0x11, 0xc4, 0x5e, 0x90, 0x07, 0xdb]))).toBe('HWX1-3H2Y-J03X');
  });
});
