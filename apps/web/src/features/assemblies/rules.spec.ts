import { describe, expect, it } from '@jest/globals';
import i18next from 'i18next';
import {
  agendaFormDefaults,
  defaultSourceEdition,
  formatAssemblyDates,
  minutesUrl,
  parseDecimal,
  proposalsToOffer,
  proxyOffer,
  quorumProgress,
  ruleSummary,
  splitAssemblies,
  toAgendaItemInput,
  type StatutesDefaults,
} from './rules';

// The real locale files, so the sentences tested are the ones people read.
const load = async (language: string) =>
  ((await import(`../../locales/${language}.json`, { with: { type: 'json' } })) as { default: object }).default;
const i18n = i18next.createInstance();
await i18n.init({
  resources: {
    en: { translation: await load('en') },
    fr: { translation: await load('fr') },
    nl: { translation: await load('nl') },
  },
  lng: 'en',
  interpolation: { escapeValue: false },
});
const en = i18n.getFixedT('en');
const fr = i18n.getFixedT('fr');
const nl = i18n.getFixedT('nl');
const spaces = (s: string | null) => s?.replace(/\s/g, ' ') ?? null;

const statutes: StatutesDefaults = {
  quorumPercent: 5,
  quorumBasis: 'MEMBERS',
  defaultMajority: 'SIMPLE',
  abstentionsCount: false,
  votingWeightMode: 'ONE_MEMBER_ONE_VOTE',
};

describe('ruleSummary', () => {
  const motion = {
    kind: 'MOTION' as const,
    majorityRule: 'TWO_THIRDS' as const,
    abstentionsCount: false,
    quorumPercent: 5,
    quorumBasis: 'MEMBERS' as const,
    weightMode: 'ONE_MEMBER_ONE_VOTE' as const,
  };

  it('says a motion rule in a few words, per language', () => {
    expect(ruleSummary(motion, en, 'en')).toBe('two-thirds, abstentions not counted, quorum 5% of members');
    expect(spaces(ruleSummary(motion, fr, 'fr'))).toBe(
      'deux tiers, abstentions non comptées, quorum de 5 % des coopérateurs',
    );
    expect(spaces(ruleSummary(motion, nl, 'nl'))).toBe(
      'tweederdemeerderheid, onthoudingen tellen niet mee, quorum 5% van de vennoten',
    );
  });

  it('names the weight when it is not one member one vote, and a quorum by shares', () => {
    expect(
      ruleSummary(
        {
          ...motion,
          majorityRule: 'SIMPLE',
          abstentionsCount: true,
          quorumBasis: 'SHARES',
          quorumPercent: 12.5,
          weightMode: 'SHARE_WEIGHTED',
        },
        en,
        'en',
      ),
    ).toBe('simple majority, abstentions counted, quorum 12.5% of shares, weighted by shares');
  });

  it('says "no quorum" for 0 % and starts an election with its seats', () => {
    expect(
      ruleSummary({ ...motion, kind: 'ELECTION', seats: 3, quorumPercent: 0, majorityRule: 'ABSOLUTE' }, en, 'en'),
    ).toBe('3 seats, absolute majority, abstentions not counted, no quorum');
    expect(ruleSummary({ kind: 'ELECTION', seats: 1 }, en, 'en')).toBe('1 seat');
  });

  it('says how the seats of an election are won, per language', () => {
    const election = { kind: 'ELECTION' as const, seats: 3 };
    expect(ruleSummary({ ...election, electionMethod: 'APPROVAL' }, en, 'en')).toBe(
      '3 seats, the most approved elected',
    );
    expect(ruleSummary({ ...election, electionMethod: 'MAJORITY_PER_SEAT' }, en, 'en')).toBe(
      '3 seats, a majority of the ballots per seat',
    );
    expect(ruleSummary({ ...election, electionMethod: 'MAJORITY_PER_SEAT' }, nl, 'nl')).toBe(
      '3 zetels, per zetel een meerderheid van de stemmen',
    );
    expect(ruleSummary({ ...election, electionMethod: 'MAJORITY_PER_SEAT' }, fr, 'fr')).toBe(
      '3 sièges, majorité des bulletins requise pour chaque siège',
    );
    // Only an election has a method, whatever the API sends.
    expect(ruleSummary({ ...motion, electionMethod: 'MAJORITY_PER_SEAT' }, en, 'en')).toBe(
      'two-thirds, abstentions not counted, quorum 5% of members',
    );
  });

  it('has nothing to say about an information item', () => {
    expect(ruleSummary({ kind: 'INFORMATION' }, en, 'en')).toBeNull();
  });
});

describe('splitAssemblies', () => {
  const now = new Date('2026-06-10T12:00:00Z');
  const a = (
    id: string,
    startsAt: string,
    status: 'DRAFT' | 'CONVENED' | 'IN_SESSION' | 'CLOSED',
    endsAt: string | null = null,
  ) => ({
    id,
    startsAt,
    endsAt,
    status,
  });

  it('puts upcoming ones first (soonest first) and past ones after (latest first)', () => {
    const { upcoming, past } = splitAssemblies(
      [
        a('2019', '2019-06-17T09:00:00Z', 'CLOSED', '2019-06-18T17:00:00Z'),
        a('2027', '2027-06-15T09:00:00Z', 'DRAFT'),
        a('2026', '2026-06-20T09:00:00Z', 'CONVENED'),
        a('2016', '2016-06-11T09:00:00Z', 'CLOSED'),
      ],
      now,
    );
    expect(upcoming.map((x) => x.id)).toEqual(['2026', '2027']);
    expect(past.map((x) => x.id)).toEqual(['2019', '2016']);
  });

  it('keeps an assembly in session upcoming, and one later today too', () => {
    const { upcoming, past } = splitAssemblies(
      [
        a('running', '2026-06-09T09:00:00Z', 'IN_SESSION'),
        a('today', '2026-06-10T08:00:00Z', 'CONVENED'),
        a('closed-today', '2026-06-10T08:00:00Z', 'CLOSED'),
      ],
      now,
    );
    expect(upcoming.map((x) => x.id)).toEqual(['running', 'today']);
    expect(past.map((x) => x.id)).toEqual(['closed-today']);
  });
});

describe('quorumProgress', () => {
  it('is the share of the quorum reached, capped at 100', () => {
    expect(quorumProgress({ reached: false, required: 200, actual: 50 })).toBe(25);
    expect(quorumProgress({ reached: true, required: 200, actual: 260 })).toBe(100);
    expect(quorumProgress({ reached: true, required: 0, actual: 0 })).toBe(100);
    expect(quorumProgress({ reached: false, required: 3, actual: 1 })).toBe(33.3);
  });
});

describe('the agenda form', () => {
  it('starts from the statutes; elections are secret by default', () => {
    const motion = agendaFormDefaults(statutes);
    expect(motion).toMatchObject({
      kind: 'MOTION',
      majorityRule: 'SIMPLE',
      abstentionsCount: false,
      quorumPercent: '5',
      secret: false,
    });
    expect(agendaFormDefaults(statutes, 'ELECTION').secret).toBe(true);
    expect(agendaFormDefaults(statutes, 'ELECTION').electionMethod).toBe('APPROVAL');
  });

  it('reads percentages the way people type them', () => {
    expect(parseDecimal('5')).toBe(5);
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal(' 7.5 % ')).toBe(7.5);
    expect(parseDecimal('-3')).toBeNaN();
    expect(parseDecimal('')).toBeNaN();
  });

  it('builds a motion with its rule', () => {
    const form = {
      ...agendaFormDefaults(statutes),
      title: '  Open Smart to every trade ',
      quorumPercent: '10,5',
      majorityRule: 'TWO_THIRDS' as const,
    };
    expect(toAgendaItemInput(form, 'a1', 'en')).toEqual({
      input: {
        assemblyId: 'a1',
        kind: 'MOTION',
        title: 'Open Smart to every trade',
        body: null,
        language: 'en',
        majorityRule: 'TWO_THIRDS',
        abstentionsCount: false,
        quorumPercent: 10.5,
        quorumBasis: 'MEMBERS',
        weightMode: 'ONE_MEMBER_ONE_VOTE',
        secret: false,
      },
      problems: [],
    });
  });

  it('builds an election with seats and the named candidates only', () => {
    const form = {
      ...agendaFormDefaults(statutes, 'ELECTION'),
      kind: 'ELECTION' as const,
      title: 'Board',
      seats: '2',
      candidates: ['Ann', ' ', 'Bram '],
    };
    const result = toAgendaItemInput(form, 'a1', 'nl');
    expect(result.input).toMatchObject({
      kind: 'ELECTION',
      seats: 2,
      secret: true,
      candidates: [{ name: 'Ann' }, { name: 'Bram' }],
    });
  });

  it("fills the ethics committee's seats with members only, each once, never typed names", () => {
    const form = {
      ...agendaFormDefaults(statutes, 'ELECTION'),
      kind: 'ELECTION' as const,
      title: 'Ethics committee',
      seats: '2',
      candidates: ['Typed name'],
      fillsSeatsOf: 'ETHICS_COMMITTEE' as const,
      memberCandidates: [
        { personId: 'p1', name: 'Ann Peeters' },
        { personId: 'p2', name: 'Bram De Smet' },
        { personId: 'p1', name: 'Ann Peeters' },
      ],
    };
    expect(toAgendaItemInput(form, 'a1', 'nl').input).toMatchObject({
      kind: 'ELECTION',
      seats: 2,
      fillsSeatsOf: 'ETHICS_COMMITTEE',
      candidates: [
        { name: 'Ann Peeters', personId: 'p1' },
        { name: 'Bram De Smet', personId: 'p2' },
      ],
    });
    expect(toAgendaItemInput({ ...form, memberCandidates: [] }, 'a1', 'nl')).toEqual({
      input: null,
      problems: ['memberCandidates'],
    });
  });

  it('sends no body for an ordinary election, nor for another kind of item', () => {
    const election = {
      ...agendaFormDefaults(statutes, 'ELECTION'),
      kind: 'ELECTION' as const,
      title: 'Board',
      candidates: ['Ann'],
    };
    expect(toAgendaItemInput(election, 'a1', 'en').input).not.toHaveProperty('fillsSeatsOf');
    const motion = {
      ...agendaFormDefaults(statutes),
      title: 'Rate',
      fillsSeatsOf: 'ETHICS_COMMITTEE' as const,
    };
    expect(toAgendaItemInput(motion, 'a1', 'en').input).not.toHaveProperty('fillsSeatsOf');
  });

  it('sends how the seats are won for an election only (the most approved, unless a majority per seat)', () => {
    const election = {
      ...agendaFormDefaults(statutes, 'ELECTION'),
      kind: 'ELECTION' as const,
      title: 'Board',
      candidates: ['Ann'],
    };
    expect(toAgendaItemInput(election, 'a1', 'en').input).toMatchObject({ electionMethod: 'APPROVAL' });
    const majority = { ...election, electionMethod: 'MAJORITY_PER_SEAT' as const };
    expect(toAgendaItemInput(majority, 'a1', 'en').input).toMatchObject({ electionMethod: 'MAJORITY_PER_SEAT' });
    const ethics = {
      ...majority,
      fillsSeatsOf: 'ETHICS_COMMITTEE' as const,
      memberCandidates: [{ personId: 'p1', name: 'Ann Peeters' }],
    };
    expect(toAgendaItemInput(ethics, 'a1', 'en').input).toMatchObject({ electionMethod: 'MAJORITY_PER_SEAT' });
    const motion = { ...majority, kind: 'MOTION' as const };
    expect(toAgendaItemInput(motion, 'a1', 'en').input).not.toHaveProperty('electionMethod');
    const information = { ...majority, kind: 'INFORMATION' as const };
    expect(toAgendaItemInput(information, 'a1', 'en').input).not.toHaveProperty('electionMethod');
  });

  it('sends college weights only when voting by college, and checks them', () => {
    const form = { ...agendaFormDefaults(statutes), title: 'Rate', weightMode: 'COLLEGES' as const };
    expect(toAgendaItemInput(form, 'a1', 'fr').input?.collegeWeights).toHaveLength(5);
    const zero = {
      ...form,
      collegeWeights: {
        WORKER_MEMBER: '0',
        SALARIED_ENTREPRENEUR: '0',
        PERMANENT_STAFF: '0',
        CLIENT: '0',
        PARTNER: '0',
      },
    };
    expect(toAgendaItemInput(zero, 'a1', 'fr').problems).toEqual(['collegeWeights']);
  });

  it('lists what to fix: title, quorum, seats, candidates', () => {
    const form = {
      ...agendaFormDefaults(statutes, 'ELECTION'),
      kind: 'ELECTION' as const,
      quorumPercent: '120',
      seats: '0',
      candidates: [''],
    };
    expect(toAgendaItemInput(form, 'a1', 'en')).toEqual({
      input: null,
      problems: ['title', 'quorum', 'seats', 'candidates'],
    });
  });

  it('sends no rule for an information item', () => {
    const form = {
      ...agendaFormDefaults(statutes),
      kind: 'INFORMATION' as const,
      title: 'Annual report',
      body: 'See annex.',
    };
    expect(toAgendaItemInput(form, 'a1', 'en').input).toEqual({
      assemblyId: 'a1',
      kind: 'INFORMATION',
      title: 'Annual report',
      body: 'See annex.',
      language: 'en',
      secret: false,
    });
  });
});

describe('proposalsToOffer', () => {
  it('offers the proposals put to the assembly that are not on this agenda yet', () => {
    const recs = [
      {
        id: 'r1',
        proposals: [
          { id: 'p1', status: 'ON_AGENDA' },
          { id: 'p2', status: 'ON_AGENDA' },
        ],
      },
      { id: 'r2', proposals: [{ id: 'p3', status: 'PROPOSED' }] },
      { id: 'r3', proposals: [{ id: 'p4', status: 'ON_AGENDA' }] },
    ];
    const offers = proposalsToOffer(recs, new Set(['p2', 'p4']));
    expect(offers.map((o) => [o.recommendation.id, o.proposals.map((p) => p.id), o.none])).toEqual([
      ['r1', ['p1'], false],
    ]);
    expect(proposalsToOffer(recs, new Set()).map((o) => [o.recommendation.id, o.none])).toEqual([
      ['r1', true],
      ['r3', true],
    ]);
  });

  it('looks first in the newest edition at the assembly stage', () => {
    const editions = [
      { id: 'e1', number: 1, status: 'CLOSED' },
      { id: 'e3', number: 3, status: 'DRAFTING' },
      { id: 'e2', number: 2, status: 'AT_ASSEMBLY' },
    ];
    expect(defaultSourceEdition(editions)?.id).toBe('e2');
    expect(defaultSourceEdition(editions.filter((e) => e.status !== 'AT_ASSEMBLY'))?.id).toBe('e3');
    expect(defaultSourceEdition([])).toBeNull();
  });
});

describe('proxyOffer', () => {
  const open = { status: 'CONVENED' as const, proxiesOpen: true };
  const me = { entitled: true, proxyGiven: null, proxiesHeld: [], checkedIn: false };

  it('offers the form to an entitled member while proxies are open', () => {
    expect(proxyOffer(me, open)).toBe('form');
    expect(proxyOffer(me, { status: 'IN_SESSION', proxiesOpen: true })).toBe('form');
  });

  it('says why not otherwise', () => {
    expect(proxyOffer(null, open)).toBe('notEntitled');
    expect(proxyOffer({ ...me, entitled: false }, open)).toBe('notEntitled');
    expect(proxyOffer({ ...me, proxyGiven: { id: 'x' } }, open)).toBe('given');
    expect(proxyOffer({ ...me, proxiesHeld: [{ id: 'y' }] }, open)).toBe('holdsProxies');
    expect(proxyOffer(me, { status: 'IN_SESSION', proxiesOpen: false })).toBe('closed');
    expect(proxyOffer(me, { status: 'CLOSED', proxiesOpen: true })).toBe('closed');
    expect(proxyOffer(me, { status: 'DRAFT', proxiesOpen: true })).toBe('notYet');
  });
});

describe('dates and links', () => {
  it('writes one day once and two days in full', () => {
    const oneDay = spaces(formatAssemblyDates('2019-06-17T07:30:00Z', '2019-06-17T15:00:00Z', 'en'));
    expect(oneDay).toMatch(/17 Jun 2019/);
    expect(oneDay?.match(/2019/g)).toHaveLength(1);
    const twoDays = spaces(formatAssemblyDates('2019-06-17T07:30:00Z', '2019-06-18T15:00:00Z', 'fr'));
    expect(twoDays).toMatch(/17 juin 2019.*18 juin 2019/);
    expect(formatAssemblyDates('2019-06-17T07:30:00Z', null, 'nl')).toMatch(/17 jun 2019/);
  });

  it('points at the minutes beside the API', () => {
    expect(minutesUrl('abc', 'pdf')).toBe('/api/assemblies/abc/minutes.pdf');
    expect(minutesUrl('abc', 'csv')).toBe('/api/assemblies/abc/minutes.csv');
  });
});
