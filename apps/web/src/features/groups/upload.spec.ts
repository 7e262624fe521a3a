import { describe, expect, it } from '@jest/globals';
import { formatBytes, readUploadError } from './upload';

describe('readUploadError', () => {
  it('keeps the code and message the server sent', () => {
    expect(readUploadError(415, { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Not a PDF' })).toEqual({
      ok: false,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: 'Not a PDF',
    });
  });
  it('names a 413 without a body', () => {
    expect(readUploadError(413, null)).toEqual({ ok: false, code: 'PAYLOAD_TOO_LARGE', message: '' });
  });
});

describe('formatBytes', () => {
  it('uses the largest sensible unit', () => {
    expect(formatBytes(500, 'en-GB')).toBe('500 byte');
    expect(formatBytes(1536, 'en-GB')).toBe('1.5 kB');
  });
});
