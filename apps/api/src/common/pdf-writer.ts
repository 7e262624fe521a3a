import PDFDocument from 'pdfkit';

/** Page layout shared by the PDFs the API writes (the assembly minutes, the idea-to-action report). */
export const PDF_MARGIN = 56;
export const PDF_REGULAR = 'Helvetica';
export const PDF_BOLD = 'Helvetica-Bold';
export const PDF_GREY = '#555555';

/**
 * An A4 document with room at the foot for page numbers, buffered so they can be written last,
 * and the bytes it will have once ended. The standard PDF fonts (no font files to ship) cover the
 * Latin-1 characters of Dutch, French and English. `compress: false` keeps the text streams
 * readable (tests search them).
 */
export function a4Document(options: { compress?: boolean; lang: string; info: PDFKit.DocumentInfo }): {
  doc: PDFKit.PDFDocument;
  bytes: Promise<Buffer>;
} {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PDF_MARGIN, bottom: PDF_MARGIN + 14, left: PDF_MARGIN, right: PDF_MARGIN },
    bufferPages: true,
    compress: options.compress ?? true,
    lang: options.lang,
    info: options.info,
  });
  const bytes = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, bytes };
}

/** Sections, label–value fields, page breaks and page numbers, for the writers to build on. */
export abstract class PdfWriter {
  protected readonly width: number;

  constructor(
    protected readonly doc: PDFKit.PDFDocument,
    private readonly labelWidth: number,
  ) {
    this.width = doc.page.width - PDF_MARGIN * 2;
  }

  protected section(title: string): void {
    const { doc } = this;
    this.keepSpace(60);
    doc.moveDown(1);
    doc.font(PDF_BOLD).fontSize(13).fillColor('black').text(title, PDF_MARGIN, doc.y, { width: this.width });
    const y = doc.y + 2;
    doc
      .moveTo(PDF_MARGIN, y)
      .lineTo(PDF_MARGIN + this.width, y)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();
    doc.moveDown(0.4);
  }

  /** A label and its value side by side; the longer of the two sets the next line. */
  protected field(label: string, value: string, options: { bold?: boolean } = {}): void {
    const { doc, labelWidth } = this;
    this.keepSpace(28);
    const top = doc.y;
    doc.font(PDF_BOLD).fontSize(10).fillColor('black').text(label, PDF_MARGIN, top, { width: labelWidth });
    const afterLabel = doc.y;
    doc
      .font(options.bold ? PDF_BOLD : PDF_REGULAR)
      .fontSize(10)
      .text(this.clean(value), PDF_MARGIN + labelWidth + 8, top, { width: this.width - labelWidth - 8 });
    doc.x = PDF_MARGIN;
    doc.y = Math.max(afterLabel, doc.y);
  }

  /** A new page when fewer than `points` are left on this one. */
  protected keepSpace(points: number): void {
    const { doc } = this;
    if (doc.y + points > doc.page.height - doc.page.margins.bottom) doc.addPage();
  }

  /** "Page n of N" at the foot of every page, once the number of pages is known, beside `footer`. */
  protected pageNumbers(footer: string, page: (n: number, of: number) => string): void {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      // Writing inside the bottom margin would start a new page: lift the margin for the footer.
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      const y = doc.page.height - PDF_MARGIN + 4;
      doc.font(PDF_REGULAR).fontSize(8).fillColor(PDF_GREY);
      doc.text(this.clean(footer), PDF_MARGIN, y, { width: this.width / 2, lineBreak: false });
      doc.text(page(i - range.start + 1, range.count), PDF_MARGIN + this.width / 2, y, {
        width: this.width / 2,
        align: 'right',
        lineBreak: false,
      });
      doc.page.margins.bottom = bottom;
    }
  }

  protected capital(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  /**
   * The standard fonts encode WinAnsi only: narrow no-break spaces (French number and date
   * formats) become no-break spaces; other characters outside it print as a placeholder.
   */
  protected clean(text: string): string {
    return text.replace(/[\u202f\u2009]/g, '\u00a0');
  }
}
