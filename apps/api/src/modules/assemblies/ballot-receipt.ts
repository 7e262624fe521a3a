import { randomBytes } from 'node:crypto';

/** Crockford's base 32: no I, L, O or U, so a receipt read aloud or retyped is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A ballot receipt: 12 characters (60 random bits from the system's CSPRNG) as XXXX-XXXX-XXXX.
 * Random, so nothing in it (no time, no counter) links it to the voter or to the order of casting.
 */
export function newReceipt(): string {
  return receiptFromBytes(randomBytes(8));
}

/**
 * The receipt written from 8 bytes: their first 60 bits, five at a time from the most significant.
 * The demo loader feeds it seeded bytes, so its receipts look like the real ones.
 */
export function receiptFromBytes(bytes: Uint8Array): string {
  let code = '';
  for (let i = 0; i < 12; i++) {
    const bit = i * 5;
    const pair = (bytes[bit >> 3] << 8) | bytes[(bit >> 3) + 1];
    code += ALPHABET[(pair >> (11 - (bit & 7))) & 31];
  }
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

export const RECEIPT_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
