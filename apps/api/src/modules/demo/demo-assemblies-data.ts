import type { MajorityRule, TranslatedTextValue } from '@letscoop/domain';
import { frOnly, nl, type DemoCooperative } from './demo-cycle-data.js';

/**
 * The demo general assemblies: Smart Belgium's ordinary assemblies of June 2016, 2017, 2018 and
 * 17–18 June 2019 (closed, with their votes), one convened two weeks after the demo loads, and
 * Smart France's first one (June 2019). The motions from action proposals follow the demo cycle
 * (the board put edition 1's proposals to the assembly of June 2016, edition 2's to June 2017);
 * attendance, proxies and every figure are invented. Plain data, no I/O.
 */

type Tx = TranslatedTextValue;

/** Shares of the ballots cast: yes, no, abstain (they add up to 1). */
export type DemoVotes = readonly [yes: number, no: number, abstain: number];

/** Who stands: people picked from the register, each with the share of ballots approving them. */
export type DemoCandidates =
  | { source: 'LOGIN'; email: string; approval?: number }
  | { source: 'ETHICS_COMMITTEE' | 'BOARD_MEMBER' | 'MEMBER'; count: number; approval?: readonly [first: number, last: number] };

export interface DemoAgendaItem {
  kind: 'MOTION' | 'ELECTION' | 'INFORMATION';
  /** A motion from an action proposal: its recommendation's key and number (1-based). */
  proposal?: { recommendation: string; number: number };
  title?: Tx;
  body?: Tx;
  majorityRule?: MajorityRule;
  secret?: boolean;
  /** Historic motions: how the ballots went. */
  votes?: DemoVotes;
  election?: { seats: number; candidates: DemoCandidates[] };
  /** Two-day assemblies: 0 the first day, 1 the second. */
  day?: 0 | 1;
  /** The ethics committee's opinion on the motion, written on that day. */
  ethicsOpinionOn?: string;
}

export interface DemoAssembly {
  key: string;
  cooperative: DemoCooperative;
  title: Tx;
  /** Local times, yyyy-mm-dd hh:mm. */
  startsAt: string;
  endsAt: string;
  place: string;
  onlineUrl?: string;
  /** Convened (the voter list frozen) on that day. */
  recordDate: string;
  /** When the first vote opens, each day (local hh:mm). */
  votesFrom: [string] | [string, string];
  /** Checked in, of whom online; proxies given by absent members to members present. */
  present: number;
  online: number;
  proxies: number;
  /** Demo logins: present (and how), or giving their proxy to another login. */
  logins: { present: Record<string, 'IN_PERSON' | 'ONLINE'>; proxies?: [grantor: string, holder: string][] };
  items: DemoAgendaItem[];
}

const HEAD_OFFICE = 'Brussels, Smart, Rue Coenraets 72';

const proposal = (recommendation: string, number: number, votes: DemoVotes): DemoAgendaItem => ({
  kind: 'MOTION',
  proposal: { recommendation, number },
  votes,
});

const accounts = (year: number, votes: DemoVotes): DemoAgendaItem => ({
  kind: 'MOTION',
  title: nl(`Goedkeuring van de jaarrekening ${year}`, `Approbation des comptes annuels ${year}`, `Approval of the ${year} annual accounts`),
  body: nl(
    `De vergadering keurt de jaarrekening ${year} goed en verleent kwijting aan de bestuurders en de commissaris.`,
    `L’assemblée approuve les comptes annuels ${year} et donne décharge aux administrateurs et au commissaire.`,
    `The assembly approves the ${year} annual accounts and discharges the directors and the auditor.`,
  ),
  votes,
});

/** Smart Belgium's ordinary assemblies, oldest first. */
export const DEMO_PAST_ASSEMBLIES: DemoAssembly[] = [
  {
    key: 'be-2016',
    cooperative: 'smart-be',
    title: nl('Gewone algemene vergadering 2016', 'Assemblée générale ordinaire 2016', 'Ordinary general assembly 2016'),
    startsAt: '2016-06-18 10:00',
    endsAt: '2016-06-18 16:00',
    place: HEAD_OFFICE,
    recordDate: '2016-05-25',
    votesFrom: ['10:40'],
    present: 152,
    online: 0,
    proxies: 24,
    logins: {
      present: { 'voorzitter@smart.demo': 'IN_PERSON', 'secretariaat@smart.demo': 'IN_PERSON', 'directie@smart.demo': 'IN_PERSON', 'bestuur@smart.demo': 'IN_PERSON', 'medewerker@smart.demo': 'IN_PERSON' },
    },
    items: [
      {
        kind: 'INFORMATION',
        title: nl(
          'Smart in Progress 1: verslag van de werkgroepen en van de Raad van bestuur',
          'Smart in Progress 1 : rapport des groupes de travail et du conseil d’administration',
          'Smart in Progress 1: report of the working groups and the board',
        ),
        body: nl(
          'De vier werkgroepen stellen hun aanbevelingen voor; de Raad van bestuur legt uit hoe hij ze heeft omgezet in actievoorstellen, met tolken Nederlands–Frans.',
          'Les quatre groupes de travail présentent leurs recommandations ; le conseil d’administration explique comment il les a transformées en propositions d’action, avec interprètes néerlandais–français.',
          'The four working groups present their recommendations; the board explains how it turned them into action proposals, with Dutch–French interpreters.',
        ),
      },
      proposal('open-to-all', 1, [0.82, 0.12, 0.06]),
      proposal('all-stakeholders', 1, [0.76, 0.17, 0.07]),
      proposal('local-contacts', 1, [0.85, 0.09, 0.06]),
      proposal('permanent-process', 1, [0.79, 0.14, 0.07]),
      proposal('permanent-process', 2, [0.86, 0.08, 0.06]),
      proposal('collaborative-economy', 1, [0.88, 0.06, 0.06]),
      proposal('collaborative-economy', 2, [0.8, 0.12, 0.08]),
      proposal('collaborative-economy', 3, [0.74, 0.17, 0.09]),
      proposal('solidarity-rate', 1, [0.79, 0.18, 0.03]),
      proposal('solidarity-rate', 2, [0.84, 0.11, 0.05]),
      proposal('readable-figures', 1, [0.87, 0.07, 0.06]),
      proposal('it-user-groups', 1, [0.89, 0.06, 0.05]),
      {
        kind: 'MOTION',
        title: nl(
          'De werkgroepen van Smart in Progress 2 goedkeuren',
          'Approuver les groupes de travail de Smart in Progress 2',
          'Approve the working groups of Smart in Progress 2',
        ),
        body: nl(
          'De vergadering keurt de vier werkgroepen van de tweede editie goed: het ethisch comité, vertegenwoordiging, economische transparantie en de IT-tools.',
          'L’assemblée approuve les quatre groupes de travail de la deuxième édition : le comité d’éthique, la représentation, la transparence économique et les outils informatiques.',
          'The assembly approves the four working groups of the second edition: the ethics committee, representation, economic transparency and the IT tools.',
        ),
        votes: [0.88, 0.07, 0.05],
      },
      accounts(2015, [0.83, 0.09, 0.08]),
    ],
  },
  {
    key: 'be-2017',
    cooperative: 'smart-be',
    title: nl('Gewone algemene vergadering 2017', 'Assemblée générale ordinaire 2017', 'Ordinary general assembly 2017'),
    startsAt: '2017-06-17 10:00',
    endsAt: '2017-06-17 15:30',
    place: HEAD_OFFICE,
    recordDate: '2017-05-24',
    votesFrom: ['10:35'],
    present: 168,
    online: 0,
    proxies: 28,
    logins: {
      present: { 'voorzitter@smart.demo': 'IN_PERSON', 'secretariaat@smart.demo': 'IN_PERSON', 'directie@smart.demo': 'IN_PERSON', 'bestuur@smart.demo': 'IN_PERSON', 'medewerker@smart.demo': 'IN_PERSON', 'lid@smart.demo': 'IN_PERSON' },
    },
    items: [
      {
        kind: 'INFORMATION',
        title: nl(
          'Feedback: wat werd er van de aanbevelingen van editie 1?',
          'Retour : que sont devenues les recommandations de l’édition 1 ?',
          'Feedback: what became of the recommendations of edition 1?',
        ),
        body: nl(
          'De afgevaardigd bestuurder overloopt het actieplan: wat klaar is, wat loopt, wat nog moet beginnen.',
          'L’administrateur délégué passe en revue le plan d’action : ce qui est fait, ce qui est en cours, ce qui doit encore commencer.',
          'The managing director goes through the action plan: what is done, what is under way, what has yet to start.',
        ),
      },
      proposal('ethics-committee', 1, [0.85, 0.1, 0.05]),
      proposal('ethics-touchstones', 1, [0.8, 0.12, 0.08]),
      proposal('open-mandates', 1, [0.75, 0.18, 0.07]),
      proposal('simplified-report', 1, [0.9, 0.05, 0.05]),
      proposal('explain-contribution', 1, [0.86, 0.09, 0.05]),
      proposal('it-steering', 1, [0.84, 0.1, 0.06]),
      proposal('digitise-documents', 1, [0.81, 0.13, 0.06]),
      accounts(2016, [0.85, 0.07, 0.08]),
    ],
  },
  {
    key: 'be-2018',
    cooperative: 'smart-be',
    title: nl('Gewone algemene vergadering 2018', 'Assemblée générale ordinaire 2018', 'Ordinary general assembly 2018'),
    startsAt: '2018-06-16 10:00',
    endsAt: '2018-06-16 16:00',
    place: HEAD_OFFICE,
    recordDate: '2018-05-25',
    votesFrom: ['10:45'],
    present: 187,
    online: 0,
    proxies: 33,
    logins: {
      present: {
        'voorzitter@smart.demo': 'IN_PERSON', 'secretariaat@smart.demo': 'IN_PERSON', 'directie@smart.demo': 'IN_PERSON', 'bestuur@smart.demo': 'IN_PERSON',
        'medewerker@smart.demo': 'IN_PERSON', 'ethiek@smart.demo': 'IN_PERSON', 'partner@smart.demo': 'IN_PERSON',
      },
      proxies: [['membre@smart.demo', 'bestuur@smart.demo']],
    },
    items: [
      {
        kind: 'INFORMATION',
        title: nl(
          'Feedback op de edities 1 en 2: het actieplan',
          'Retour sur les éditions 1 et 2 : le plan d’action',
          'Feedback on editions 1 and 2: the action plan',
        ),
        body: nl(
          'Stand van zaken van de aangenomen actievoorstellen, per programma, met het eerste vereenvoudigde financiële verslag.',
          'État d’avancement des propositions d’action adoptées, par programme, avec le premier rapport financier simplifié.',
          'Progress of the adopted action proposals, programme by programme, with the first simplified financial report.',
        ),
      },
      {
        kind: 'MOTION',
        title: nl(
          'De werkgroepen van Smart in Progress 3 goedkeuren',
          'Approuver les groupes de travail de Smart in Progress 3',
          'Approve the working groups of Smart in Progress 3',
        ),
        body: nl(
          'De vergadering keurt de drie werkgroepen van de derde editie goed: een ecologische aankoopcoöperatie, onze sociale impact meten, en sectornetwerken.',
          'L’assemblée approuve les trois groupes de travail de la troisième édition : une coopérative d’achat écologique, mesurer notre impact social, et les réseaux sectoriels.',
          'The assembly approves the three working groups of the third edition: an ecological purchasing cooperative, measuring our social impact, and sector networks.',
        ),
        votes: [0.86, 0.09, 0.05],
      },
      {
        kind: 'ELECTION',
        title: nl(
          'Verkiezing van het ethisch comité (15 leden, mandaat van 2 jaar)',
          'Élection du comité d’éthique (15 membres, mandat de 2 ans)',
          'Election of the ethics committee (15 members, 2-year mandate)',
        ),
        body: nl(
          'Elke vennoot keurt ten hoogste vijftien kandidaten goed; de vijftien met de meeste goedkeuringen zijn verkozen.',
          'Chaque coopérateur approuve au plus quinze candidats ; les quinze qui recueillent le plus d’approbations sont élus.',
          'Each member approves at most fifteen candidates; the fifteen with the most approvals are elected.',
        ),
        secret: true,
        election: {
          seats: 15,
          candidates: [
            { source: 'ETHICS_COMMITTEE', count: 15, approval: [0.86, 0.56] },
            { source: 'MEMBER', count: 3, approval: [0.41, 0.27] },
          ],
        },
      },
      accounts(2017, [0.83, 0.1, 0.07]),
    ],
  },
  {
    key: 'be-2019',
    cooperative: 'smart-be',
    title: nl(
      'Gewone algemene vergadering 2019 (17 en 18 juni)',
      'Assemblée générale ordinaire 2019 (17 et 18 juin)',
      'Ordinary general assembly 2019 (17 and 18 June)',
    ),
    startsAt: '2019-06-17 14:00',
    endsAt: '2019-06-18 13:00',
    place: HEAD_OFFICE,
    onlineUrl: 'https://meet.smart.demo/av-2019',
    recordDate: '2019-05-31',
    votesFrom: ['14:30', '10:00'],
    present: 214,
    online: 46,
    proxies: 38,
    logins: {
      present: {
        'voorzitter@smart.demo': 'IN_PERSON', 'secretariaat@smart.demo': 'IN_PERSON', 'directie@smart.demo': 'IN_PERSON', 'bestuur@smart.demo': 'IN_PERSON',
        'medewerker@smart.demo': 'IN_PERSON', 'ethiek@smart.demo': 'IN_PERSON', 'lid@smart.demo': 'ONLINE', 'partner@smart.demo': 'ONLINE',
      },
      proxies: [['membre@smart.demo', 'lid@smart.demo']],
    },
    items: [
      {
        kind: 'INFORMATION',
        day: 0,
        title: nl(
          'Smart in Progress 3: de werkgroepen stellen hun aanbevelingen voor',
          'Smart in Progress 3 : les groupes de travail présentent leurs recommandations',
          'Smart in Progress 3: the working groups present their recommendations',
        ),
        body: nl(
          'Aankoopcoöperatie, sociale impact, sectornetwerken: de aanbevelingen en de eerste actievoorstellen van de Raad van bestuur. Over de actievoorstellen stemt een volgende vergadering.',
          'Coopérative d’achat, impact social, réseaux sectoriels : les recommandations et les premières propositions d’action du conseil d’administration. Une prochaine assemblée votera les propositions d’action.',
          'Purchasing cooperative, social impact, sector networks: the recommendations and the board’s first action proposals. A later assembly votes on the action proposals.',
        ),
      },
      {
        kind: 'INFORMATION',
        day: 0,
        title: nl(
          'Feedback op de vorige edities: wat werd er van elke aanbeveling?',
          'Retour sur les éditions précédentes : que sont devenues les recommandations ?',
          'Feedback on previous editions: what became of each recommendation?',
        ),
        body: nl(
          'Per aanbeveling van de edities 1 en 2: het actievoorstel, de acties in het actieplan, wat klaar is en wat werd stopgezet, met de redenen.',
          'Pour chaque recommandation des éditions 1 et 2 : la proposition d’action, les actions du plan, ce qui est fait et ce qui a été abandonné, avec les raisons.',
          'For each recommendation of editions 1 and 2: the action proposal, the actions in the plan, what is done and what was abandoned, with the reasons.',
        ),
      },
      {
        kind: 'MOTION',
        day: 1,
        title: nl(
          'De solidaire bijdrage op 6,5 % behouden',
          'Maintenir la contribution solidaire à 6,5 %',
          'Keep the solidarity contribution at 6.5 %',
        ),
        body: nl(
          'De solidaire bijdrage blijft 6,5 % van de gefactureerde bedragen, voor elke vennoot en op elke factuur. Een wijziging vraagt een meerderheid van twee derde.',
          'La contribution solidaire reste fixée à 6,5 % des montants facturés, pour chaque coopérateur et sur chaque facture. Une modification requiert une majorité des deux tiers.',
          'The solidarity contribution stays at 6.5 % of invoiced amounts, for every member and on every invoice. Changing it takes a two-thirds majority.',
        ),
        majorityRule: 'TWO_THIRDS',
        secret: true,
        votes: [0.68, 0.28, 0.04],
        ethicsOpinionOn: '2019-06-05',
      },
      {
        kind: 'ELECTION',
        day: 1,
        title: nl(
          'Verkiezing van de Raad van bestuur (4 zetels)',
          'Élection du conseil d’administration (4 sièges)',
          'Election of the board (4 seats)',
        ),
        secret: true,
        election: {
          seats: 4,
          candidates: [
            { source: 'LOGIN', email: 'bestuur@smart.demo', approval: 0.79 },
            { source: 'BOARD_MEMBER', count: 3, approval: [0.74, 0.61] },
            { source: 'MEMBER', count: 2, approval: [0.43, 0.3] },
          ],
        },
      },
      { ...accounts(2018, [0.82, 0.11, 0.07]), day: 1 },
    ],
  },
  {
    key: 'fr-2019',
    cooperative: 'smart-fr',
    title: frOnly('Assemblée générale ordinaire 2019', 'Ordinary general assembly 2019'),
    startsAt: '2019-06-22 10:00',
    endsAt: '2019-06-22 13:00',
    place: 'Paris, Smart France',
    onlineUrl: 'https://meet.smart-fr.demo/ag-2019',
    recordDate: '2019-05-31',
    votesFrom: ['10:40'],
    present: 48,
    online: 9,
    proxies: 12,
    logins: { present: { 'secretariat@smart-fr.demo': 'IN_PERSON' } },
    items: [
      {
        kind: 'INFORMATION',
        title: frOnly('Rapport de gestion 2018', '2018 management report'),
        body: frOnly(
          'Le conseil d’administration présente l’activité de l’année 2018 et le projet de processus participatif.',
          'The board presents the activity of 2018 and the planned participatory process.',
        ),
      },
      {
        kind: 'MOTION',
        title: frOnly('Approbation des comptes annuels 2018', 'Approval of the 2018 annual accounts'),
        votes: [0.85, 0.09, 0.06],
      },
      {
        kind: 'MOTION',
        title: frOnly('Quitus aux administrateurs', 'Discharge of the directors'),
        votes: [0.8, 0.12, 0.08],
      },
      {
        kind: 'MOTION',
        title: frOnly(
          'Lancer Smart in Progress France : approuver les groupes de travail de la première édition',
          'Launch Smart in Progress France: approve the working groups of the first edition',
        ),
        body: frOnly(
          'L’assemblée approuve les deux groupes de travail de la première édition : les services et les régions, la gouvernance.',
          'The assembly approves the two working groups of the first edition: services and regions, governance.',
        ),
        votes: [0.9, 0.05, 0.05],
      },
    ],
  },
];

/**
 * Smart Belgium's next ordinary assembly: convened on the day the demo loads, fourteen days
 * ahead, on edition 3's action proposals. Nobody is checked in and no vote is open yet: the demo
 * logins can give proxies now, and check in and vote once the chair opens the session.
 */
export const DEMO_NEXT_ASSEMBLY = {
  cooperative: 'smart-be' as const,
  title: nl(
    'Gewone algemene vergadering: de actievoorstellen van Smart in Progress 3',
    'Assemblée générale ordinaire : les propositions d’action de Smart in Progress 3',
    'Ordinary general assembly: the action proposals of Smart in Progress 3',
  ),
  daysAhead: 14,
  startsAt: '10:00',
  endsAt: '16:00',
  place: HEAD_OFFICE,
  onlineUrl: 'https://meet.smart.demo/algemene-vergadering',
  /** A few proxies already given by members without a demo login. */
  proxies: 6,
  items: [
    {
      kind: 'INFORMATION',
      title: nl('Het actieplan: stand van zaken', 'Le plan d’action : état d’avancement', 'The action plan: where it stands'),
      body: nl(
        'De afgevaardigd bestuurder stelt de vooruitgang voor van elk programma van het actieplan.',
        'L’administrateur délégué présente l’avancement de chaque programme du plan d’action.',
        'The managing director presents the progress of each programme of the action plan.',
      ),
    },
    { kind: 'MOTION', proposal: { recommendation: 'purchasing-pilot', number: 1 } },
    { kind: 'MOTION', proposal: { recommendation: 'impact-indicators', number: 1 }, secret: true },
    {
      kind: 'ELECTION',
      title: nl('Verkiezing van de Raad van bestuur (3 zetels)', 'Élection du conseil d’administration (3 sièges)', 'Election of the board (3 seats)'),
      body: nl(
        'Drie mandaten lopen af. Elke vennoot keurt ten hoogste drie kandidaten goed.',
        'Trois mandats arrivent à échéance. Chaque coopérateur approuve au plus trois candidats.',
        'Three mandates end. Each member approves at most three candidates.',
      ),
      secret: true,
      election: {
        seats: 3,
        candidates: [
          { source: 'BOARD_MEMBER', count: 2 },
          { source: 'MEMBER', count: 3 },
        ],
      },
    },
  ] satisfies DemoAgendaItem[],
};
