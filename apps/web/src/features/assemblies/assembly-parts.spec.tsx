import { describe, expect, it } from '@jest/globals';
import { MantineProvider } from '@mantine/core';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import type { AgendaItemFieldsFragment, AssemblyAttendanceFieldsFragment } from '../../generated/graphql';
import { AgendaList } from './agenda-list';
import { AttendanceCard } from './assembly-parts';

// Dynamic import: the shared swc transform drops static import attributes, Jest wants them.
const load = async (language: string) =>
  ((await import(`../../locales/${language}.json`, { with: { type: 'json' } })) as { default: object }).default;
const [en, fr] = await Promise.all([load('en'), load('fr')]);
const i18n = i18next.createInstance();
await i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, fr: { translation: fr } },
  lng: 'en',
  interpolation: { escapeValue: false },
});

async function render(node: ReactNode, language: 'en' | 'fr' = 'en'): Promise<string> {
  await i18n.changeLanguage(language);
  const html = renderToStaticMarkup(
    <MantineProvider>
      <I18nextProvider i18n={i18n}>
        <MemoryRouter>{node}</MemoryRouter>
      </I18nextProvider>
    </MantineProvider>,
  );
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

const attendance = (quorum: Partial<AssemblyAttendanceFieldsFragment['quorum']>): AssemblyAttendanceFieldsFragment => ({
  entitledMembers: 2000,
  entitledShares: 14000,
  presentMembers: 29,
  representedMembers: 8,
  presentShares: 300,
  representedShares: 40,
  quorum: {
    reached: false,
    required: 100,
    actual: 37,
    entitled: 2000,
    shortBy: 63,
    basis: 'MEMBERS',
    percent: 5,
    ...quorum,
  },
});

describe('AttendanceCard', () => {
  it('says how many are missing for the quorum', async () => {
    const text = await render(<AttendanceCard attendance={attendance({})} />);
    expect(text).toContain('Quorum not reached');
    expect(text).toContain('Short by 63 members (37 of the 100 needed).');
    expect(text).toContain('Quorum: 5% of the members entitled to vote, present or represented');
  });

  it('says the quorum is reached, in shares when it is counted in shares', async () => {
    const text = await render(
      <AttendanceCard
        attendance={attendance({ reached: true, basis: 'SHARES', required: 700, actual: 710, shortBy: 0 })}
      />,
    );
    expect(text).toContain('Quorum reached');
    expect(text).toContain('710 shares present or represented; 700 needed.');
    expect(text).toContain('300 shares');
  });

  it('speaks French', async () => {
    const text = await render(<AttendanceCard attendance={attendance({ shortBy: 1, actual: 99 })} />, 'fr');
    expect(text).toContain('Il manque 1 coopérateur (99 sur les 100 requis).');
  });
});

const tt = (text: string) => ({
  text,
  language: 'en' as const,
  requested: 'en' as const,
  fellBack: false,
  original: 'en' as const,
  machineTranslated: false,
  translations: [],
});

const item = (overrides: Partial<AgendaItemFieldsFragment>): AgendaItemFieldsFragment => ({
  id: 'i1',
  assemblyId: 'a1',
  position: 1,
  kind: 'MOTION',
  title: tt('Open Smart to every trade'),
  body: null,
  actionProposal: null,
  recommendationId: null,
  majorityRule: 'TWO_THIRDS',
  abstentionsCount: false,
  quorumPercent: 5,
  quorumBasis: 'MEMBERS',
  weightMode: 'ONE_MEMBER_ONE_VOTE',
  secret: false,
  seats: null,
  electionMethod: null,
  fillsSeatsOf: null,
  candidates: [],
  poll: { id: 'p1', status: 'DRAFT' },
  ...overrides,
});

describe('AgendaList', () => {
  it('shows each item in order with its rule, ballot kind and the recommendation it comes from', async () => {
    const html = await render(
      <AgendaList
        canChair={false}
        items={[
          item({
            id: 'i2',
            position: 2,
            title: tt('Annual report'),
            kind: 'INFORMATION',
            poll: null,
            majorityRule: null,
          }),
          item({
            actionProposal: { id: 'ap1', number: 3, status: 'ON_AGENDA', recommendationId: 'r1' },
            recommendationId: 'r1',
            poll: { id: 'p1', status: 'OPEN' },
          }),
        ]}
      />,
    );
    expect(html.indexOf('1. Open Smart to every trade')).toBeLessThan(html.indexOf('2. Annual report'));
    expect(html).toContain('two-thirds, abstentions not counted, quorum 5% of members');
    expect(html).toContain('Named vote');
    expect(html).toContain('Action proposal 3: see the recommendation');
    expect(html).toContain('Voting open');
    expect(html).toContain(' Vote ');
  });

  it("shows the ethics committee's opinion beside the motion it is about, and nowhere else", async () => {
    const opinion = {
      id: 'o1',
      agendaItemId: 'i2',
      status: 'PUBLISHED' as const,
      stance: 'FAVOURABLE' as const,
      publishedAt: '2019-06-05T10:00:00Z',
      conclusion: { text: 'The rate keeps solidarity fair.', language: 'en' as const },
    };
    const items = [item({}), item({ id: 'i2', position: 2, title: tt('Keep the solidarity rate') })];
    const html = await render(
      <AgendaList canChair={false} items={items} opinionsByItem={new Map([['i2', [opinion]]])} />,
    );
    expect(html).toContain('The rate keeps solidarity fair.');
    expect(html.indexOf('The rate keeps solidarity fair.')).toBeGreaterThan(
      html.indexOf('2. Keep the solidarity rate'),
    );
    expect(await render(<AgendaList canChair={false} items={items} />)).not.toContain(
      'The rate keeps solidarity fair.',
    );
  });

  it('links a poll not yet open for the chair only', async () => {
    const items = [item({ secret: true })];
    expect(await render(<AgendaList canChair={false} items={items} />)).not.toContain('Poll page');
    const chair = await render(<AgendaList canChair items={items} />);
    expect(chair).toContain('Poll page');
    expect(chair).toContain('Secret ballot');
  });

  it('lists an election with its seats and candidates', async () => {
    const html = await render(
      <AgendaList
        canChair={false}
        items={[
          item({
            kind: 'ELECTION',
            seats: 2,
            electionMethod: 'MAJORITY_PER_SEAT',
            majorityRule: 'ABSOLUTE',
            quorumPercent: 0,
            candidates: [
              { id: 'c2', name: 'Bram', position: 2, person: null },
              { id: 'c1', name: 'Ann', position: 1, person: { id: 'p1', displayName: 'Ann' } },
            ],
          }),
        ]}
      />,
    );
    expect(html).toContain(
      '2 seats, a majority of the ballots per seat, absolute majority, abstentions not counted, no quorum',
    );
    expect(html).toContain('2 candidates');
    expect(html.indexOf('Ann')).toBeLessThan(html.indexOf('Bram'));
  });

  it("marks an election that fills the ethics committee's seats, and only that one", async () => {
    const ethics = item({
      kind: 'ELECTION',
      seats: 1,
      fillsSeatsOf: 'ETHICS_COMMITTEE',
      candidates: [{ id: 'c1', name: 'Ann', position: 1, person: { id: 'p1', displayName: 'Ann' } }],
    });
    expect(await render(<AgendaList canChair={false} items={[ethics]} />)).toContain('Ethics committee seats');
    expect(await render(<AgendaList canChair={false} items={[ethics]} />, 'fr')).toContain(
      'Sièges au comité d&#x27;éthique',
    );
    expect(await render(<AgendaList canChair={false} items={[{ ...ethics, fillsSeatsOf: null }]} />)).not.toContain(
      'Ethics committee seats',
    );
  });
});
