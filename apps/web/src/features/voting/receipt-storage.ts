/**
 * The receipts a member got on this device, remembered per poll so they can check them in the
 * published list later. Only the code and whose ballot it was are kept, never the choice: the
 * published list shows the choice next to the code.
 */

export interface StoredReceipt {
  receipt: string;
  /** The member whose ballot it is (the viewer, or a member they represent). */
  voterId: string;
  voterName: string;
  onBehalf: boolean;
  /** ISO timestamp of when this device received it. */
  receivedAt: string;
}

/** The part of the Web Storage API used here (localStorage in the browser, a map in tests). */
export type ReceiptStore = Pick<Storage, 'getItem' | 'setItem'>;

const PREFIX = 'letscoop.receipts.';

export function receiptStorageKey(pollId: string): string {
  return `${PREFIX}${pollId}`;
}

function browserStore(): ReceiptStore | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // storage disabled (private mode, policy): receipts are then shown, not kept
  }
}

function isStoredReceipt(value: unknown): value is StoredReceipt {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.receipt === 'string' &&
    typeof v.voterId === 'string' &&
    typeof v.voterName === 'string' &&
    typeof v.onBehalf === 'boolean' &&
    typeof v.receivedAt === 'string'
  );
}

/** The receipts kept for a poll, in the order they were received; [] when none or unreadable. */
export function storedReceipts(pollId: string, store: ReceiptStore | null = browserStore()): StoredReceipt[] {
  if (!store) return [];
  try {
    const raw = store.getItem(receiptStorageKey(pollId));
    if (!raw) return [];
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter(isStoredReceipt) : [];
  } catch {
    return [];
  }
}

/**
 * Keeps a receipt for a poll. One receipt per voter and poll (a ballot cannot be cast twice),
 * so a second one for the same voter replaces the first. Returns false when it could not be kept.
 */
export function rememberReceipt(
  pollId: string,
  entry: StoredReceipt,
  store: ReceiptStore | null = browserStore(),
): boolean {
  if (!store) return false;
  const others = storedReceipts(pollId, store).filter((r) => r.voterId !== entry.voterId);
  // Only these fields, whatever the caller passed: a choice must never end up on the device.
  const { receipt, voterId, voterName, onBehalf, receivedAt } = entry;
  const kept: StoredReceipt = { receipt, voterId, voterName, onBehalf, receivedAt };
  try {
    store.setItem(receiptStorageKey(pollId), JSON.stringify([...others, kept]));
    return true;
  } catch {
    return false; // quota or storage disabled
  }
}

/** A receipt as people type it: case, spaces and dashes do not matter ("7kq2 m9xd 4tra" = "7KQ2-M9XD-4TRA"). */
export function normalizeReceipt(code: string): string {
  return code.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

/**
 * The entries of a published list that match what was typed: the whole code, or a part of it of
 * at least 4 characters (so a single letter does not light up half the list).
 */
export function matchReceipts<T extends { receipt: string }>(entries: readonly T[], query: string): T[] {
  const wanted = normalizeReceipt(query);
  if (wanted.length < 4) return [];
  return entries.filter((entry) => normalizeReceipt(entry.receipt).includes(wanted));
}
