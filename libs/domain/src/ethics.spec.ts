import { describe, expect, it } from '@jest/globals';
import {
  daysBetween,
  describePublicationProblem,
  ETHICS_CRITERIA,
  ethicsMandateEndsOn,
  mandateEndingSoon,
  peakSeats,
  publicationProblems,
  reminderHorizon,
  seriesYears,
  setTextInLanguage,
  stanceFromFindings,
  stanceIsConsistent,
  type EthicsFindingDraft,
  type EthicsRating,
} from './ethics.js';
import { humanText } from './translated-text.js';

const findings = (...ratings: EthicsRating[]): EthicsFindingDraft[] =>
  ETHICS_CRITERIA.map((criterion, i) => ({
    criterion,
    rating: ratings[i],
    text: humanText('nl', `Bevinding ${i + 1}`),
  }));

describe('ethics: the stance an opinion may take', () => {
  it('follows the most severe applicable finding', () => {
    expect(stanceFromFindings(findings('FAVOURABLE', 'FAVOURABLE', 'NOT_APPLICABLE'))).toBe('FAVOURABLE');
    expect(stanceFromFindings(findings('FAVOURABLE', 'RESERVATIONS', 'FAVOURABLE'))).toBe('RESERVATIONS');
    expect(stanceFromFindings(findings('UNFAVOURABLE', 'RESERVATIONS', 'FAVOURABLE'))).toBe('UNFAVOURABLE');
    expect(stanceFromFindings(findings('NOT_APPLICABLE', 'NOT_APPLICABLE', 'NOT_APPLICABLE'))).toBeNull();
  });

  it('lets the conclusion be stricter than the findings, never milder', () => {
    const mixed = findings('FAVOURABLE', 'RESERVATIONS', 'FAVOURABLE');
    expect(stanceIsConsistent('RESERVATIONS', mixed)).toBe(true);
    expect(stanceIsConsistent('UNFAVOURABLE', mixed)).toBe(true);
    expect(stanceIsConsistent('FAVOURABLE', mixed)).toBe(false);
  });
});

describe('ethics: what a draft needs before publication', () => {
  const complete = {
    findings: findings('FAVOURABLE', 'RESERVATIONS', 'NOT_APPLICABLE'),
    conclusion: humanText('fr', 'Avis.'),
    stance: 'RESERVATIONS' as const,
  };

  it('accepts a complete opinion (a not-applicable criterion needs no text)', () => {
    const draft = {
      ...complete,
      findings: complete.findings.map((f) => (f.rating === 'NOT_APPLICABLE' ? { ...f, text: null } : f)),
    };
    expect(publicationProblems(draft)).toEqual([]);
  });

  it('names every missing part', () => {
    const problems = publicationProblems({
      findings: [{ criterion: 'PURPOSE_AND_CONTEXT', rating: 'FAVOURABLE', text: null }],
      conclusion: null,
      stance: null,
    });
    expect(problems).toEqual([
      { code: 'FINDING_MISSING', criterion: 'WORKING_CONDITIONS_AND_PAY' },
      { code: 'FINDING_TEXT_MISSING', criterion: 'PURPOSE_AND_CONTEXT' },
      { code: 'FINDING_MISSING', criterion: 'ECOLOGICAL_FOOTPRINT' },
      { code: 'CONCLUSION_MISSING' },
      { code: 'STANCE_MISSING' },
    ]);
    for (const p of problems) expect(describePublicationProblem(p)).toMatch(/\w/);
  });

  it('refuses an opinion where no criterion applies, and a stance milder than the findings', () => {
    expect(
      publicationProblems({ ...complete, findings: findings('NOT_APPLICABLE', 'NOT_APPLICABLE', 'NOT_APPLICABLE') }),
    ).toEqual([{ code: 'NO_CRITERION_APPLIES' }]);
    expect(publicationProblems({ ...complete, stance: 'FAVOURABLE' })).toEqual([
      { code: 'STANCE_TOO_MILD', stance: 'FAVOURABLE', required: 'RESERVATIONS' },
    ]);
  });

  it('treats blank text as missing', () => {
    expect(publicationProblems({ ...complete, conclusion: humanText('nl', '   ') })).toEqual([
      { code: 'CONCLUSION_MISSING' },
    ]);
  });
});

describe('ethics: mandates', () => {
  it('runs two years, to the day before', () => {
    expect(ethicsMandateEndsOn('2025-06-16')).toBe('2027-06-15');
    expect(ethicsMandateEndsOn('2026-01-01')).toBe('2027-12-31');
    expect(ethicsMandateEndsOn('2024-02-29')).toBe('2026-02-28');
    expect(ethicsMandateEndsOn('2024-03-01')).toBe('2026-02-28');
  });

  it('is ending soon from today up to 60 days ahead', () => {
    expect(reminderHorizon('2027-04-16')).toBe('2027-06-15');
    expect(mandateEndingSoon('2027-06-15', '2027-04-16')).toBe(true);
    expect(mandateEndingSoon('2027-06-15', '2027-04-15')).toBe(false);
    expect(mandateEndingSoon('2027-06-15', '2027-06-15')).toBe(true);
    expect(mandateEndingSoon('2027-06-15', '2027-06-16')).toBe(false);
    expect(mandateEndingSoon(null, '2027-06-16')).toBe(false);
    expect(daysBetween('2027-04-16', '2027-06-15')).toBe(60);
    expect(daysBetween('2027-06-16', '2027-06-15')).toBe(-1);
  });

  it('counts the peak of seats in force over a new mandate', () => {
    const ending = { startsOn: '2024-01-01', endsOn: '2025-12-31' };
    const starting = { startsOn: '2026-06-01', endsOn: '2028-05-31' };
    // A mandate ending the day before the new one starts frees its seat.
    expect(peakSeats([ending], { startsOn: '2026-01-01', endsOn: '2027-12-31' })).toBe(1);
    // One starting during the new mandate takes a seat from then on.
    expect(peakSeats([ending, starting], { startsOn: '2026-01-01', endsOn: '2027-12-31' })).toBe(2);
    expect(peakSeats([], { startsOn: '2026-01-01', endsOn: null })).toBe(1);
  });
});

describe('ethics: indicator series and texts', () => {
  it('lists every year from the first to the last, gaps included', () => {
    expect(seriesYears([2019, 2016, 2018])).toEqual([2016, 2017, 2018, 2019]);
    expect(seriesYears([])).toEqual([]);
  });

  it('sets, replaces and removes one language', () => {
    const nl = setTextInLanguage(null, 'nl', ' Tekst ');
    expect(nl).toEqual({ original: 'nl', texts: { nl: { text: 'Tekst', origin: 'HUMAN' } } });
    const both = setTextInLanguage(nl, 'fr', 'Texte');
    expect(both?.original).toBe('nl');
    expect(both?.texts.fr?.text).toBe('Texte');
    expect(setTextInLanguage(both, 'fr', undefined)).toBe(both);
    const frOnly = setTextInLanguage(both, 'nl', '');
    expect(frOnly).toEqual({ original: 'fr', texts: { fr: { text: 'Texte', origin: 'HUMAN' } } });
    expect(setTextInLanguage(frOnly, 'fr', null)).toBeNull();
  });
});
