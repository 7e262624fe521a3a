import PDFDocument from 'pdfkit';
import type { AssemblyMinutes, MinutesItem } from './assembly-minutes.service.js';
import { MINUTES_LABELS, type MinutesLabels } from './assembly-minutes.labels.js';

/** Assemblies of Smart are held in Belgium: dates and times print in Brussels time. */
const TIME_ZONE = 'Europe/Brussels';
const MARGIN = 56;
const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const GREY = '#555555';

/**
 * The minutes as an A4 PDF with page numbers. The standard PDF fonts (no font files to ship)
 * cover the Latin-1 characters of Dutch, French and English. `compress: false` keeps the text
 * streams readable (tests search them; the file stays small either way).
 */
export function minutesPdf(minutes: AssemblyMinutes, options: { compress?: boolean } = {}): Promise<Buffer> {
  const l = MINUTES_LABELS[minutes.language];
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
    bufferPages: true,
    compress: options.compress ?? true,
    lang: l.locale,
    info: {
      Title: `${l.documentTitle}: ${minutes.assembly.title}`,
      Author: minutes.cooperativeName,
      Subject: l.assemblyKind[minutes.assembly.kind],
      CreationDate: minutes.generatedAt,
    },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  new MinutesWriter(doc, minutes, l).write();
  doc.end();
  return done;
}

class MinutesWriter {
  private readonly width: number;
  private readonly number: Intl.NumberFormat;
  private readonly dateTime: Intl.DateTimeFormat;
  private readonly dateOnly: Intl.DateTimeFormat;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly m: AssemblyMinutes,
    private readonly l: MinutesLabels,
  ) {
    this.width = doc.page.width - MARGIN * 2;
    this.number = new Intl.NumberFormat(l.locale);
    this.dateTime = new Intl.DateTimeFormat(l.locale, { dateStyle: 'full', timeStyle: 'short', timeZone: TIME_ZONE });
    this.dateOnly = new Intl.DateTimeFormat(l.locale, { dateStyle: 'long', timeZone: 'UTC' });
  }

  write(): void {
    this.header();
    this.attendance();
    this.agenda();
    this.pageNumbers();
  }

  private header(): void {
    const { doc, m, l } = this;
    doc.font(REGULAR).fontSize(10).fillColor(GREY).text(this.clean(m.cooperativeName));
    doc.font(BOLD).fontSize(18).fillColor('black').text(l.documentTitle);
    doc.moveDown(0.3);
    doc.font(BOLD).fontSize(14).text(this.clean(m.assembly.title));
    doc.font(REGULAR).fontSize(11).text(l.assemblyKind[m.assembly.kind]);
    doc.moveDown(0.8);
    const when = m.assembly.endsAt
      ? `${this.dateTime.format(m.assembly.startsAt)} – ${this.dateTime.format(m.assembly.endsAt)}`
      : this.dateTime.format(m.assembly.startsAt);
    this.field(l.date, when);
    if (m.assembly.place) this.field(l.place, m.assembly.place);
    if (m.assembly.onlineUrl) this.field(l.online, m.assembly.onlineUrl);
    this.field(
      l.recordDate,
      m.assembly.recordDate ? this.dateOnly.format(new Date(`${m.assembly.recordDate}T00:00:00Z`)) : l.notConvened,
    );
  }

  private attendance(): void {
    const { m, l } = this;
    const a = m.attendance;
    this.section(l.attendance);
    const both = (members: number, shares: number) =>
      `${l.members(members, this.n(members))}, ${l.shares(shares, this.n(shares))}`;
    this.field(l.entitled, both(a.entitledMembers, a.entitledShares));
    this.field(l.present, both(a.presentMembers, a.presentShares));
    this.field(l.represented, both(a.representedMembers, a.representedShares));
    this.field(l.quorum, this.quorumLine(m.quorum));
  }

  private agenda(): void {
    const { doc, m, l } = this;
    this.section(l.agenda);
    if (m.items.length === 0) doc.font(REGULAR).fontSize(11).text(l.noAgenda);
    for (const item of m.items) this.item(item);
  }

  private item(item: MinutesItem): void {
    const { doc, l } = this;
    this.keepSpace(90);
    doc.moveDown(0.6);
    doc
      .font(BOLD)
      .fontSize(12)
      .fillColor('black')
      .text(`${item.position}. ${this.clean(item.title)}`, MARGIN, doc.y, { width: this.width });
    const settings = [l.itemKind[item.kind]];
    if (item.poll) settings.push(item.secret ? l.secret : l.named);
    if (item.kind === 'MOTION' && item.majorityRule) settings.push(l.majorityRule[item.majorityRule]);
    if (item.weightMode && item.kind !== 'INFORMATION') settings.push(l.weightMode[item.weightMode]);
    if (item.seats) settings.push(l.seats(item.seats));
    doc.font(REGULAR).fontSize(10).fillColor(GREY).text(settings.join(' · '), { width: this.width });
    doc.fillColor('black');
    if (!item.poll) {
      doc.fontSize(10).text(l.noVote, { width: this.width });
      return;
    }
    const status =
      item.poll.status === 'CLOSED' && item.result
        ? `${l.pollStatus.CLOSED}. ${l.unpublished}`
        : l.pollStatus[item.poll.status];
    doc
      .font(item.poll.status === 'PUBLISHED' ? REGULAR : BOLD)
      .fontSize(10)
      .text(this.capital(status), { width: this.width });
    const r = item.result;
    if (!r) {
      if (item.poll.status === 'CLOSED')
        doc.font(REGULAR).fontSize(10).fillColor(GREY).text(l.hiddenUntilPublished).fillColor('black');
      return;
    }
    doc.moveDown(0.3);
    if (r.election) {
      this.figures([
        [l.ballots, r.ballots],
        [l.cast, r.cast],
        [l.entitledWeight, r.entitled],
      ]);
      this.field(l.ranking, '');
      for (const c of r.election.ranking) {
        const name = this.clean(item.candidates.get(c.candidateId) ?? c.candidateId);
        doc
          .font(c.elected ? BOLD : REGULAR)
          .fontSize(10)
          .text(
            `${c.rank}. ${name}: ${l.approvals(c.approvals, this.n(c.approvals))}${c.elected ? ` (${l.elected})` : ''}`,
            MARGIN + 16,
            doc.y,
            { width: this.width - 16 },
          );
      }
      doc.x = MARGIN;
      if (r.election.tieCandidateIds.length) {
        const names = r.election.tieCandidateIds.map((id) => this.clean(item.candidates.get(id) ?? id)).join(', ');
        const seatsLeft = r.election.seats - r.election.elected.length - r.election.vacantSeats;
        doc.font(REGULAR).text(l.tieBetween(names, Math.max(1, seatsLeft)), MARGIN, doc.y, { width: this.width });
      }
      if (r.election.vacantSeats > 0)
        doc.font(REGULAR).text(l.vacantSeats(r.election.vacantSeats), MARGIN, doc.y, { width: this.width });
    } else {
      this.figures([
        [l.yes, r.yes],
        [l.no, r.no],
        [l.abstain, r.abstain],
        [l.ballots, r.ballots],
        [l.counted, r.counted],
        [l.entitledWeight, r.entitled],
      ]);
      if (r.majorityRule) {
        const needed = r.yesNeeded === null ? '' : ` (${l.yesNeeded(this.n(r.yesNeeded))})`;
        this.field(
          l.majorityRequired,
          `${this.capital(l.majorityRule[r.majorityRule])}: ${l.threshold(r.majorityRule, r.abstentionsCount)}${needed}`,
        );
      }
      if (r.colleges) {
        for (const c of r.colleges) {
          this.field(
            l.college[c.college],
            `${l.yes} ${this.n(c.yes)}, ${l.no} ${this.n(c.no)}, ${l.abstain} ${this.n(c.abstain)}${c.yesPercent ? ` (${c.yesPercent}%)` : ''}`,
          );
        }
      }
    }
    this.field(l.quorum, this.quorumLine(r.quorum));
    this.field(l.outcome, this.capital(l.outcomes[r.outcome] ?? r.outcome), { bold: true });
    doc.moveDown(0.2);
    doc
      .font(REGULAR)
      .fontSize(9)
      .fillColor(GREY)
      .text(`${l.ruleApplied}: ${this.clean(r.ruleApplied)}`, MARGIN, doc.y, { width: this.width });
    doc.fillColor('black');
  }

  // ── Layout helpers ───────────────────────────────────────────────────────────────────────

  private section(title: string): void {
    const { doc } = this;
    this.keepSpace(60);
    doc.moveDown(1);
    doc.font(BOLD).fontSize(13).fillColor('black').text(title, MARGIN, doc.y, { width: this.width });
    const y = doc.y + 2;
    doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + this.width, y)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();
    doc.moveDown(0.4);
  }

  /** A label and its value side by side; the longer of the two sets the next line. */
  private field(label: string, value: string, options: { bold?: boolean } = {}): void {
    const { doc } = this;
    const labelWidth = 150;
    this.keepSpace(28);
    const top = doc.y;
    doc.font(BOLD).fontSize(10).fillColor('black').text(label, MARGIN, top, { width: labelWidth });
    const afterLabel = doc.y;
    doc
      .font(options.bold ? BOLD : REGULAR)
      .fontSize(10)
      .text(this.clean(value), MARGIN + labelWidth + 8, top, { width: this.width - labelWidth - 8 });
    doc.x = MARGIN;
    doc.y = Math.max(afterLabel, doc.y);
  }

  /** A row of figures: small labels above, the numbers below. */
  private figures(cells: [string, number][]): void {
    const { doc } = this;
    this.keepSpace(36);
    const col = this.width / cells.length;
    const top = doc.y;
    cells.forEach(([label], i) =>
      doc
        .font(REGULAR)
        .fontSize(8)
        .fillColor(GREY)
        .text(label, MARGIN + i * col, top, { width: col - 4 }),
    );
    const valuesTop = top + 11;
    cells.forEach(([, value], i) =>
      doc
        .font(BOLD)
        .fontSize(12)
        .fillColor('black')
        .text(this.n(value), MARGIN + i * col, valuesTop, { width: col - 4 }),
    );
    doc.x = MARGIN;
    doc.y = valuesTop + 18;
  }

  private keepSpace(points: number): void {
    const { doc } = this;
    if (doc.y + points > doc.page.height - doc.page.margins.bottom) doc.addPage();
  }

  /** "Page n of N" at the foot of every page, once the number of pages is known. */
  private pageNumbers(): void {
    const { doc, l, m } = this;
    const range = doc.bufferedPageRange();
    const generated = l.generated(this.dateTime.format(m.generatedAt));
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      // Writing inside the bottom margin would start a new page: lift the margin for the footer.
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      const y = doc.page.height - MARGIN + 4;
      doc.font(REGULAR).fontSize(8).fillColor(GREY);
      doc.text(this.clean(generated), MARGIN, y, { width: this.width / 2, lineBreak: false });
      doc.text(l.page(i - range.start + 1, range.count), MARGIN + this.width / 2, y, {
        width: this.width / 2,
        align: 'right',
        lineBreak: false,
      });
      doc.page.margins.bottom = bottom;
    }
  }

  private quorumLine(q: AssemblyMinutes['quorum']): string {
    return this.l.quorumLine({
      reached: q.reached,
      actual: this.n(q.actual),
      required: this.n(q.required),
      percent: this.n(q.percent),
      entitled: this.n(q.entitled),
      basis: q.basis,
    });
  }

  private n(value: number): string {
    return this.clean(this.number.format(value));
  }

  private capital(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  /**
   * The standard fonts encode WinAnsi only: narrow no-break spaces (French number and date
   * formats) become no-break spaces; other characters outside it print as a placeholder.
   */
  private clean(text: string): string {
    return text.replace(/[\u202f\u2009]/g, '\u00a0');
  }
}
