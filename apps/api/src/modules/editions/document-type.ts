import { DOCUMENT_TYPES } from '@letscoop/domain';

const ascii = (bytes: Uint8Array, from: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(from, from + length));

/** Whether a ZIP archive (docx, odt) names `needle` among its entries (names are stored uncompressed). */
function zipMentions(bytes: Uint8Array, needle: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle, 0, 'latin1');
}

/**
 * The type of a file read from its first bytes, never from the name or the browser's claim.
 * Returns one of DOCUMENT_TYPES' MIME types, or null for anything else.
 */
export function detectDocumentType(bytes: Uint8Array): string | null {
  if (ascii(bytes, 0, 5) === '%PDF-') return 'application/pdf';
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (['GIF87a', 'GIF89a'].includes(ascii(bytes, 0, 6))) return 'image/gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'image/webp';
  if (ascii(bytes, 0, 4) === 'PK\x03\x04') {
    // OpenDocument: the first entry is an uncompressed "mimetype" file holding the type.
    if (ascii(bytes, 30, 8) === 'mimetype' && ascii(bytes, 38, 39) === 'application/vnd.oasis.opendocument.text') {
      return 'application/vnd.oasis.opendocument.text';
    }
    if (zipMentions(bytes, '[Content_Types].xml') && zipMentions(bytes, 'word/')) {
      return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    }
  }
  return null;
}

export const ACCEPTED_EXTENSIONS = [...new Set(Object.values(DOCUMENT_TYPES))].join(', ');

/** A filename safe to store and to send back in Content-Disposition. */
export function cleanFilename(name: string | undefined, mimeType: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (name ?? '').split(/[\\/]/).pop()?.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 200) ?? '';
  return base || `document.${DOCUMENT_TYPES[mimeType] ?? 'bin'}`;
}
