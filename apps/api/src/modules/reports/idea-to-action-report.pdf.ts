import { resolveText, wordDiff, type DiffPart, type Language, type TranslatedTextValue } from '@letscoop/domain';
import {
  amendmentSize,
  type IdeaToActionReportData,
  type ReportActionData,
  type ReportGroupData,
  type ReportProposalData,
  type ReportRecommendationData,
} from './idea-to-action-report.service.js';
import { REPORT_LABELS, type ReportLabels } from './idea-to-action-report.labels.js';
import {
  a4Document,
  PDF_BOLD as BOLD,
  PDF_GREY as GREY,
  PDF_MARGIN as MARGIN,
  PDF_REGULAR as REGULAR,
  PdfWriter,
} from '../../common/pdf-writer.js';

/** Smart's cooperatives are in Belgium and France: dates print in Brussels time. */
const TIME_ZONE = 'Europe/Brussels';

/**
 * The report as an A4 PDF: the figures first, then one working group per page with the fate of
 * each recommendation. Standard fonts (Latin-1 covers nl, fr, en); page numbers at the foot.
 * `compress: false` keeps the text streams readable for tests.
 */
export function ideaToActionPdf(
  report: IdeaToActionReportData,
  language: Language,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const l = REPORT_LABELS[language];
  const editionTitle = resolveText(report.edition.title, language).text;
  const { doc, bytes } = a4Document({
    compress: options.compress,
    lang: l.locale,
    info: {
      Title: `${l.documentTitle}: ${editionTitle}`,
      Author: report.cooperativeName,
      Subject: l.edition(report.edition.number, report.edition.period),
      CreationDate: report.generatedAt,
    },
  });
  new ReportWriter(doc, report, language, l, editionTitle).write();
  doc.end();
  return bytes;
}

class ReportWriter extends PdfWriter {
  private readonly number: Intl.NumberFormat;
  private readonly percent: Intl.NumberFormat;
  private readonly date: Intl.DateTimeFormat;
  private readonly dateOnly: Intl.DateTimeFormat;
  private readonly dateTime: Intl.DateTimeFormat;

  constructor(
    doc: PDFKit.PDFDocument,
    private readonly r: IdeaToActionReportData,
    private readonly language: Language,
    private readonly l: ReportLabels,
    private readonly editionTitle: string,
  ) {
    super(doc, 130);
    this.number = new Intl.NumberFormat(l.locale);
    this.percent = new Intl.NumberFormat(l.locale, { style: 'percent', maximumFractionDigits: 1 });
    this.date = new Intl.DateTimeFormat(l.locale, { dateStyle: 'long', timeZone: TIME_ZONE });
    this.dateOnly = new Intl.DateTimeFormat(l.locale, { dateStyle: 'long', timeZone: 'UTC' });
    this.dateTime = new Intl.DateTimeFormat(l.locale, { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE });
  }

  write(): void {
    this.header();
    this.summary();
    if (this.r.groups.length === 0) this.doc.font(REGULAR).fontSize(11).moveDown(1).text(this.l.noGroups);
    for (const group of this.r.groups) this.group(group);
    this.pageNumbers(this.l.generated(this.dateTime.format(this.r.generatedAt)), this.l.page);
  }

  private header(): void {
    const { doc, r, l } = this;
    doc.font(REGULAR).fontSize(10).fillColor(GREY).text(this.clean(r.cooperativeName));
    doc.font(BOLD).fontSize(18).fillColor('black').text(l.documentTitle);
    doc.moveDown(0.3);
    doc.font(BOLD).fontSize(14).text(this.clean(this.editionTitle));
    doc.font(REGULAR).fontSize(11).text(l.edition(r.edition.number, r.edition.period));
  }

  private summary(): void {
    const { r, l } = this;
    const t = r.totals;
    this.section(l.summary);
    this.field(l.recommendations, this.n(t.recommendations));
    this.field(l.proposals, this.n(t.proposals));
    this.field(l.putToAssembly, this.n(t.putToAssembly));
    this.field(l.adopted, this.n(t.adopted));
    this.field(l.rejected, this.n(t.rejected));
    this.field(l.actions, this.n(t.actions));
    this.field(l.actionsDone, this.n(t.actionsDone));
    this.field(
      l.perStage,
      r.stageCounts
        .filter((s) => s.count > 0)
        .map((s) => `${l.stage[s.stage]}: ${this.n(s.count)}`)
        .join(' · ') || '0',
    );
  }

  /** Each working group on a page of its own. */
  private group(group: ReportGroupData): void {
    const { doc, l } = this;
    doc.addPage();
    doc.font(REGULAR).fontSize(9).fillColor(GREY).text(l.group, MARGIN, doc.y, { width: this.width });
    doc.font(BOLD).fontSize(15).fillColor('black').text(this.text(group.theme), { width: this.width });
    doc.moveDown(0.3);
    if (group.recommendations.length === 0) doc.font(REGULAR).fontSize(10).text(l.noRecommendations);
    for (const rec of group.recommendations) this.recommendation(rec);
  }

  private recommendation(rec: ReportRecommendationData): void {
    const { doc, l } = this;
    this.keepSpace(110);
    doc.moveDown(0.8);
    const y = doc.y;
    doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + this.width, y)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();
    doc.moveDown(0.4);
    doc
      .font(BOLD)
      .fontSize(12)
      .fillColor('black')
      .text(rec.title ? this.text(rec.title) : l.untitled, MARGIN, doc.y, { width: this.width });
    doc.moveDown(0.2);
    this.field(l.stageReached, this.capital(l.stage[rec.stage]), { bold: true });
    this.field(l.drafted, this.date.format(rec.draftedAt));
    if (rec.submittedAt) this.field(l.submitted, this.date.format(rec.submittedAt));
    if (rec.sentBack > 0) this.field('', l.sentBack(rec.sentBack));
    this.decision(rec);
    if (rec.mergedInto) this.field(l.mergedInto, rec.mergedInto.title ? this.text(rec.mergedInto.title) : l.untitled);
    if (rec.mergedFrom.length > 0)
      this.field(l.mergedFrom, rec.mergedFrom.map((m) => (m.title ? this.text(m.title) : l.untitled)).join('; '));
    this.amendment(rec);
    this.proposals(rec);
  }

  private decision(rec: ReportRecommendationData): void {
    const { l } = this;
    const d = rec.decision;
    if (!d) {
      this.field(l.boardDecision, l.noDecision);
      return;
    }
    const meeting = d.boardMeeting
      ? ` (${this.clean(d.boardMeeting)}${d.boardMeetingOn ? `, ${this.dateOnly.format(new Date(`${d.boardMeetingOn}T00:00:00Z`))}` : ''})`
      : '';
    const vote = d.vote ? `; ${l.boardVote(d.vote.inFavour, d.vote.against, d.vote.abstaining)}` : '';
    this.field(
      l.boardDecision,
      `${this.capital(l.decision[d.transition])}, ${this.date.format(d.decidedAt)}${meeting}${vote}`,
    );
    if (d.reason) this.field(l.reason, d.reason);
  }

  /** "Amended by the board: n words added, m removed", then the word diff, struck through and underlined. */
  private amendment(rec: ReportRecommendationData): void {
    const { doc, l } = this;
    const a = rec.amendment;
    if (!a) return;
    const size = amendmentSize(a.group, a.board, this.language);
    this.keepSpace(60);
    doc.moveDown(0.3);
    doc
      .font(BOLD)
      .fontSize(10)
      .fillColor('black')
      .text(l.amended(size.added, size.removed), MARGIN, doc.y, { width: this.width });
    doc.font(REGULAR).fontSize(9).fillColor(GREY).text(l.amendedDiffNote, { width: this.width });
    const text = (v: TranslatedTextValue | undefined) => (v ? resolveText(v, this.language).text : '');
    this.diff(wordDiff(text(a.group?.title), text(a.board.title)), BOLD);
    this.diff(wordDiff(text(a.group?.body), text(a.board.body)), REGULAR);
  }

  private diff(parts: DiffPart[], font: string): void {
    const { doc } = this;
    doc.moveDown(0.2);
    const shown = parts.filter((p) => p.text.length > 0);
    shown.forEach((p, i) => {
      const last = i === shown.length - 1;
      doc
        .font(font)
        .fontSize(10)
        .fillColor(p.kind === 'removed' ? GREY : 'black')
        .text(this.clean(p.text), i === 0 ? MARGIN : undefined, i === 0 ? doc.y : undefined, {
          width: this.width,
          continued: !last,
          strike: p.kind === 'removed',
          underline: p.kind === 'added',
        });
    });
    doc.fillColor('black');
    doc.x = MARGIN;
  }

  private proposals(rec: ReportRecommendationData): void {
    const { doc, l } = this;
    doc.moveDown(0.3);
    if (rec.proposals.length === 0 && rec.otherActions.length === 0) {
      if (rec.stage !== 'MERGED' && rec.stage !== 'DECLINED')
        doc
          .font(REGULAR)
          .fontSize(10)
          .fillColor(GREY)
          .text(l.noProposals, MARGIN, doc.y, { width: this.width })
          .fillColor('black');
      return;
    }
    if (rec.proposals.length > 0) {
      this.keepSpace(50);
      doc.font(BOLD).fontSize(10).fillColor('black').text(l.proposalsHeading, MARGIN, doc.y, { width: this.width });
      for (const p of rec.proposals) this.proposal(p);
    }
    if (rec.otherActions.length > 0) {
      this.keepSpace(40);
      doc.moveDown(0.2);
      doc.font(BOLD).fontSize(10).text(l.otherActions, MARGIN, doc.y, { width: this.width });
      for (const a of rec.otherActions) this.indented(`${this.text(a.title)}: ${this.actionLine(a)}`);
    }
  }

  private proposal(p: ReportProposalData): void {
    const { doc, l } = this;
    this.keepSpace(50);
    doc.moveDown(0.2);
    doc
      .font(BOLD)
      .fontSize(10)
      .text(`${p.number}. ${this.text(p.title)}`, MARGIN + 12, doc.y, { width: this.width - 12 });
    this.indented(`${l.vote}: ${this.voteLine(p)}`);
    const result = p.vote.result;
    if (result?.ruleApplied) {
      doc
        .font(REGULAR)
        .fontSize(8)
        .fillColor(GREY)
        .text(`${l.ruleApplied}: ${this.clean(result.ruleApplied)}`, MARGIN + 24, doc.y, { width: this.width - 24 })
        .fillColor('black');
    }
    // The action usually bears the proposal's title: name it only when it differs.
    const action = p.action;
    const named = action && this.text(action.title) !== this.text(p.title) ? `${this.text(action.title)}: ` : '';
    this.indented(`${l.action}: ${action ? `${named}${this.actionLine(action)}` : l.notInPlan}`);
    doc.x = MARGIN;
  }

  private voteLine(p: ReportProposalData): string {
    const { l } = this;
    const v = p.vote;
    const assembly = v.assemblyTitle ? this.text(v.assemblyTitle) : null;
    const when = v.assemblyDate ? this.date.format(v.assemblyDate) : null;
    switch (v.state) {
      case 'NOT_PUT':
        return l.notPut;
      case 'NO_VOTE_RECORDED':
        return `${l.proposalStatus[p.status]}; ${l.noVoteRecorded}`;
      case 'AWAITING':
        return assembly && when ? l.awaitingAt(assembly, when) : l.awaiting;
      case 'PUBLISHED': {
        const r = v.result;
        if (!r) return l.awaiting;
        const outcome = l.outcomes[r.outcome] ?? (r.passed ? l.proposalStatus.ADOPTED : l.proposalStatus.REJECTED);
        return `${[assembly, when].filter(Boolean).join(', ')}: ${outcome}; ${l.figures(this.n(r.yes), this.n(r.no), this.n(r.abstain))}`;
      }
    }
  }

  private actionLine(a: ReportActionData): string {
    const line = `${this.l.actionStatus[a.status]} (${this.l.progress(this.percent.format(a.progress / 100))})`;
    return a.statusReason && a.status === 'ABANDONED' ? `${line}: ${a.statusReason}` : line;
  }

  // ── Layout helpers (as in the assembly minutes) ─────────────────────────────────────────

  private indented(text: string): void {
    this.keepSpace(16);
    this.doc
      .font(REGULAR)
      .fontSize(10)
      .fillColor('black')
      .text(this.clean(text), MARGIN + 24, this.doc.y, { width: this.width - 24 });
    this.doc.x = MARGIN;
  }

  private text(value: TranslatedTextValue): string {
    return this.clean(resolveText(value, this.language).text);
  }

  private n(value: number): string {
    return this.clean(this.number.format(value));
  }
}
