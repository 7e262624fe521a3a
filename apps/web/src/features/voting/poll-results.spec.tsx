import { describe, expect, it } from '@jest/globals';
import { MantineProvider } from '@mantine/core';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import type { VotingAgendaItemFieldsFragment, VotingResultFieldsFragment } from '../../generated/graphql';
import { PollResults } from './poll-results';
import { RuleInWords } from './voting-parts';

// Dynamic import: the shared swc transform drops static import attributes, Jest wants them.
const load = async (language: string) =>
  ((await import(`../../locales/${language}.json`, { with: { type: 'json' } })) as { default: object }).default;
const [en, fr] = await Promise.all([load('en'), load('fr')]);

const i18n = i18next.createInstance();
await i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, fr: { translation: fr } },
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});

const QUORUM = {
  reached: true,
  required: 100,
  actual: 130,
  entitled: 2000,
  shortBy: 0,
  basis: 'MEMBERS',
  percent: 5,
} as const;

function motion(overrides: Partial<VotingResultFieldsFragment> = {}): VotingResultFieldsFragment {
  return {
    outcome: 'MAJORITY_REACHED',
    passed: true,
    ruleApplied:
      'Two-thirds majority of the votes cast, abstentions not counted. … 84 yes (70.00%): majority reached, the motion passes.',
    majorityRule: 'TWO_THIRDS',
    abstentionsCount: false,
    weightMode: 'ONE_MEMBER_ONE_VOTE',
    ballots: 130,
    yes: 84,
    no: 36,
    abstain: 10,
    cast: 130,
    counted: 120,
    entitled: 2000,
    yesNeeded: 80,
    yesPercent: '70.00',
    quorum: QUORUM,
    colleges: null,
    election: null,
    frozenAt: '2026-06-17T15:00:00Z',
    ...overrides,
  };
}

async function render(node: ReactNode, language: 'en' | 'fr' = 'en'): Promise<string> {
  await i18n.changeLanguage(language);
  return renderToStaticMarkup(
    <MantineProvider>
      <I18nextProvider i18n={i18n}>{node}</I18nextProvider>
    </MantineProvider>,
  );
}

/** The text of the element carrying a data-testid (first match), read from the static markup. */
function textOf(html: string, testId: string): string {
  const start = html.indexOf(`data-testid="${testId}"`);
  if (start < 0) throw new Error(`no element with data-testid="${testId}"`);
  const open = html.lastIndexOf('<', start);
  const tag = /^<([a-z0-9]+)/i.exec(html.slice(open))?.[1] ?? 'div';
  // Find the matching close tag, counting nested tags of the same name.
  let depth = 0;
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  re.lastIndex = open;
  let end = html.length;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      end = m.index;
      break;
    }
  }
  return html
    .slice(open, end)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

describe('PollResults', () => {
  it('shows the outcome and every figure of a motion: votes per choice, counted, needed, quorum', async () => {
    const html = await render(<PollResults result={motion()} method="MOTION" />);
    expect(textOf(html, 'outcome')).toBe('Adopted');
    expect(textOf(html, 'bar-yes')).toContain('84 votes');
    expect(textOf(html, 'bar-no')).toContain('36 votes');
    expect(textOf(html, 'bar-abstain')).toContain('10 votes');
    expect(textOf(html, 'figure-counted')).toBe('120 votes');
    expect(textOf(html, 'figure-yes-needed')).toBe('80 votes');
    expect(textOf(html, 'figure-yes-percent')).toBe('70%');
    expect(textOf(html, 'figure-threshold')).toBe('at least two-thirds');
    expect(textOf(html, 'figure-entitled')).toBe('2,000 votes');
    const quorum = textOf(html, 'quorum');
    expect(quorum).toContain('Quorum reached');
    expect(quorum).toContain('130 members');
    expect(quorum).toContain('required: 100');
    expect(quorum).toContain('5% of the 2,000 entitled');
    expect(textOf(html, 'rule-applied')).toContain('Two-thirds majority');
    expect(textOf(html, 'yes-share')).toContain('line at 66.67%');
  });

  it('says a motion failed for want of quorum, with how many were missing', async () => {
    const html = await render(
      <PollResults
        result={motion({
          outcome: 'QUORUM_NOT_REACHED',
          passed: false,
          quorum: { ...QUORUM, reached: false, actual: 99, shortBy: 1 },
        })}
        method="MOTION"
      />,
    );
    expect(textOf(html, 'outcome')).toBe('Quorum not reached');
    expect(textOf(html, 'quorum')).toContain('1 short of the quorum');
  });

  it('names a tie as such, and counts in shares when the vote is share-weighted', async () => {
    const html = await render(
      <PollResults
        result={motion({
          outcome: 'TIE',
          passed: false,
          majorityRule: 'SIMPLE',
          weightMode: 'SHARE_WEIGHTED',
          yes: 500,
          no: 500,
          abstain: 0,
          cast: 1000,
          counted: 1000,
          yesNeeded: 501,
          yesPercent: '50.00',
        })}
        method="MOTION"
      />,
    );
    expect(textOf(html, 'outcome')).toBe('Tie: rejected');
    expect(textOf(html, 'figure-yes-needed')).toBe('501 shares');
  });

  it('lists every college with its weight and share of yes', async () => {
    const html = await render(
      <PollResults
        result={motion({
          weightMode: 'COLLEGES',
          yesNeeded: null,
          yesPercent: '64.00',
          colleges: [
            {
              college: 'WORKER_MEMBER',
              collegeWeight: 60,
              yes: 40,
              no: 10,
              abstain: 0,
              counted: 50,
              yesPercent: '80.00',
              included: true,
            },
            {
              college: 'CLIENT',
              collegeWeight: 40,
              yes: 0,
              no: 0,
              abstain: 3,
              counted: 0,
              yesPercent: null,
              included: false,
            },
          ],
        })}
        method="MOTION"
      />,
    );
    const table = textOf(html, 'colleges');
    expect(table).toContain('Worker member 60 40 10 0 80%');
    expect(table).toContain('Client left out (no votes counted)');
  });

  it('ranks an election, marks the elected and warns of a tie for the last seat', async () => {
    const candidate = (id: string, name: string, position: number) => ({ id, name, position });
    const html = await render(
      <PollResults
        result={motion({
          outcome: 'TIE_AT_CUTOFF',
          passed: false,
          majorityRule: null,
          yes: 0,
          no: 0,
          abstain: 0,
          yesNeeded: null,
          yesPercent: null,
          election: {
            seats: 2,
            elected: ['a'],
            tieCandidateIds: ['b', 'c'],
            vacantSeats: 0,
            ranking: [
              { rank: 1, approvals: 70, elected: true, candidate: candidate('a', 'Ann Peeters', 1) },
              { rank: 2, approvals: 55, elected: false, candidate: candidate('b', 'Bruno Leroy', 2) },
              { rank: 2, approvals: 55, elected: false, candidate: candidate('c', 'Chloé Martin', 3) },
            ],
          },
        })}
        method="APPROVAL"
      />,
    );
    expect(textOf(html, 'outcome')).toBe('Tie for the last seat');
    expect(textOf(html, 'ranking')).toContain('1 Ann Peeters Elected 70');
    expect(textOf(html, 'tie-warning')).toContain('Bruno Leroy, Chloé Martin');
  });

  it('speaks the reader language, numbers included', async () => {
    const html = await render(<PollResults result={motion()} method="MOTION" />, 'fr');
    expect(textOf(html, 'outcome')).toBe('Adoptée');
    expect(textOf(html, 'figure-entitled').replace(/\s/g, ' ')).toBe('2 000 voix');
    expect(textOf(html, 'quorum')).toContain('Quorum atteint');
  });
});

describe('RuleInWords', () => {
  const election: VotingAgendaItemFieldsFragment = {
    id: 'i1',
    assemblyId: 'a1',
    position: 1,
    kind: 'ELECTION',
    title: {
      text: 'Board',
      language: 'en',
      requested: 'en',
      fellBack: false,
      original: 'en',
      machineTranslated: false,
      translations: [],
    },
    body: null,
    majorityRule: null,
    abstentionsCount: null,
    quorumPercent: null,
    quorumBasis: null,
    weightMode: null,
    secret: true,
    seats: 3,
    electionMethod: 'APPROVAL',
    candidates: [],
    recommendationId: null,
  };

  it('tells the voter that each seat needs more than half of the ballots, only under that method', async () => {
    const approval = textOf(await render(<RuleInWords item={election} method="APPROVAL" />), 'rule-in-words');
    expect(approval).toContain('Approve up to 3 candidates (3 seats). The most approved candidates are elected.');
    expect(approval).not.toContain('Majority per seat');
    const majority = textOf(
      await render(<RuleInWords item={{ ...election, electionMethod: 'MAJORITY_PER_SEAT' }} method="APPROVAL" />),
      'rule-in-words',
    );
    expect(majority).toContain(
      'Majority per seat: a candidate is elected only when approved on more than half of the ballots cast, blank ballots included.',
    );
    const fr = textOf(
      await render(<RuleInWords item={{ ...election, electionMethod: 'MAJORITY_PER_SEAT' }} method="APPROVAL" />, 'fr'),
      'rule-in-words',
    );
    expect(fr).toContain('Majorité par siège');
  });
});
