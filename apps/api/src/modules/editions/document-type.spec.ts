import { describe, expect, it } from '@jest/globals';
import { cleanFilename, detectDocumentType } from './document-type.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('detectDocumentType', () => {
  it('recognises pdf and images by their magic bytes', () => {
    expect(detectDocumentType(bytes('%PDF-1.7\n...'))).toBe('application/pdf');
    expect(detectDocumentType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe('image/png');
    expect(detectDocumentType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(detectDocumentType(bytes('GIF89a...'))).toBe('image/gif');
    expect(detectDocumentType(bytes('RIFF\x00\x00\x00\x00WEBPVP8 '))).toBe('image/webp');
  });

  it('tells odt and docx from other zip files', () => {
    const header = 'PK\x03\x04' + '\x00'.repeat(26);
    expect(detectDocumentType(bytes(header, 'mimetypeapplication/vnd.oasis.opendocument.text'))).toBe('application/vnd.oasis.opendocument.text');
    expect(detectDocumentType(bytes(header, '[Content_Types].xml', '...PK\x03\x04', 'word/document.xml'))).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(detectDocumentType(bytes(header, 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet'))).toBeNull();
    expect(detectDocumentType(bytes(header, 'some.exe'))).toBeNull();
  });

  it('refuses anything else, whatever it is called', () => {
    expect(detectDocumentType(bytes('MZ\x90\x00'))).toBeNull();
    expect(detectDocumentType(bytes('<html>'))).toBeNull();
    expect(detectDocumentType(bytes(''))).toBeNull();
  });
});

describe('cleanFilename', () => {
  it('keeps the base name without control characters or quotes', () => {
    expect(cleanFilename('../../etc/pa"ss\nwd.pdf', 'application/pdf')).toBe('passwd.pdf');
    expect(cleanFilename('C:\\Users\\me\\verslag.odt', 'application/vnd.oasis.opendocument.text')).toBe('verslag.odt');
    expect(cleanFilename('', 'image/png')).toBe('document.png');
  });
});
