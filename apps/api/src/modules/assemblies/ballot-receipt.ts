import { randomBytes } from 'node:crypto';

/** Crockford's base 32: no I, L, O or U, so a receipt read aloud or retyped is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A ballot receipt: 12 characters (60 random bits from the system's CSPRNG) as XXXX-XXXX-XXXX.
 * Random, so nothing in it (no time, no counter) links it to the voter or to the order of casting.
 */
export function newReceipt(): string {
  const bytes = randomBytes(8);
  let bits = bytes.readBigUInt64BE(0) >> 4n; // 60 bits
  let code = '';
  for (let i = 0; i < 12; i++) {
    code = ALPHABET[Number(bits & 31n)] + code;
    bits >>= 5n;
  }
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

export const RECEIPT_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
