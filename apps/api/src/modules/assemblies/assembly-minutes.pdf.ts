import {
  a4Document,
  PDF_BOLD as BOLD,
  PDF_GREY as GREY,
  PDF_MARGIN as MARGIN,
  PDF_REGULAR as REGULAR,
  PdfWriter,
} from '../../common/pdf-writer.js';
import type { AssemblyMinutes, MinutesItem } from './assembly-minutes.service.js';
import { MINUTES_LABELS, type MinutesLabels } from './assembly-minutes.labels.js';

/** Assemblies of Smart are held in Belgium: dates and times print in Brussels time. */
const TIME_ZONE = 'Europe/Brussels';

/** The minutes as an A4 PDF with page numbers (see a4Document). */
export function minutesPdf(minutes: AssemblyMinutes, options: { compress?: boolean } = {}): Promise<Buffer> {
  const l = MINUTES_LABELS[minutes.language];
  const { doc, bytes } = a4Document({
    compress: options.compress,
    lang: l.locale,
    info: {
      Title: `${l.documentTitle}: ${minutes.assembly.title}`,
      Author: minutes.cooperativeName,
      Subject: l.assemblyKind[minutes.assembly.kind],
      CreationDate: minutes.generatedAt,
    },
  });
  new MinutesWriter(doc, minutes, l).write();
  doc.end();
  return bytes;
}

class MinutesWriter extends PdfWriter {
  private readonly number: Intl.NumberFormat;
  private readonly dateTime: Intl.DateTimeFormat;
  private readonly dateOnly: Intl.DateTimeFormat;

  constructor(
    doc: PDFKit.PDFDocument,
    private readonly m: AssemblyMinutes,
    private readonly l: MinutesLabels,
  ) {
    super(doc, 150);
    this.number = new Intl.NumberFormat(l.locale);
    this.dateTime = new Intl.DateTimeFormat(l.locale, { dateStyle: 'full', timeStyle: 'short', timeZone: TIME_ZONE });
    this.dateOnly = new Intl.DateTimeFormat(l.locale, { dateStyle: 'long', timeZone: 'UTC' });
  }

  write(): void {
    this.header();
    this.attendance();
    this.agenda();
    this.pageNumbers(this.l.generated(this.dateTime.format(this.m.generatedAt)), this.l.page);
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
}
