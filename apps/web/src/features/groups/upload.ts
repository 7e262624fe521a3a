/** The outcome of posting a document: the server's own message when it refuses (type, size, rights). */
export type UploadResult = { ok: true } | { ok: false; code: string; message: string };

/** Reads the `{ code, message }` JSON the documents endpoint answers with on failure. */
export function readUploadError(status: number, body: unknown): UploadResult {
  const object = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const code = typeof object.code === 'string' ? object.code : status === 413 ? 'PAYLOAD_TOO_LARGE' : 'INTERNAL';
  const message = typeof object.message === 'string' ? object.message : '';
  return { ok: false, code, message };
}

export async function uploadDocument(groupId: string, file: File, meetingId?: string): Promise<UploadResult> {
  const form = new FormData();
  form.append('file', file);
  if (meetingId) form.append('meetingId', meetingId);
  let response: Response;
  try {
    response = await fetch(`/api/groups/${encodeURIComponent(groupId)}/documents`, {
      method: 'POST',
      body: form,
      credentials: 'include',
      headers: { 'X-LetsCoop-Upload': '1' },
    });
  } catch (error) {
    return { ok: false, code: 'NETWORK', message: error instanceof Error ? error.message : '' };
  }
  if (response.ok) return { ok: true };
  const body: unknown = await response.json().catch(() => null);
  return readUploadError(response.status, body);
}

/** 1536 -> "1.5 KB" (units in the locale's number format). */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
