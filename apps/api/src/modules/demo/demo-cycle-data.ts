import type { CycleTransition, EditionStatus, TranslatedTextValue, WritingAuthorKind } from '@letscoop/domain';

/**
 * The demo decision cycle, after the report "Smart in Progress — Coöperatief werken" (June 2019):
 * the editions, working groups, their questions, the recommendations quoted there and their fates
 * follow the report; every person, quote and figure beyond it is invented. Plain data, no I/O.
 */

type Tx = TranslatedTextValue;

/** Written in Dutch, translated into French by a person; English is machine-made when given. */
export function nl(nlText: string, frText: string, enText?: string, enOrigin: 'HUMAN' | 'MACHINE' = 'MACHINE'): Tx {
  return {
    original: 'nl',
    texts: { nl: { text: nlText, origin: 'HUMAN' }, fr: { text: frText, origin: 'HUMAN' }, ...(enText ? { en: { text: enText, origin: enOrigin } } : {}) },
  };
}

/** Written in French, translated into Dutch by a person; English is machine-made when given. */
export function fr(frText: string, nlText: string, enText?: string, enOrigin: 'HUMAN' | 'MACHINE' = 'MACHINE'): Tx {
  return {
    original: 'fr',
    texts: { fr: { text: frText, origin: 'HUMAN' }, nl: { text: nlText, origin: 'HUMAN' }, ...(enText ? { en: { text: enText, origin: enOrigin } } : {}) },
  };
}

/** Smart France writes in French; English is machine-made. */
export function frOnly(frText: string, enText?: string): Tx {
  return { original: 'fr', texts: { fr: { text: frText, origin: 'HUMAN' }, ...(enText ? { en: { text: enText, origin: 'MACHINE' as const } } : {}) } };
}

export type DemoCooperative = 'smart-be' | 'smart-fr';
export type Vote = readonly [inFavour: number, against: number, abstaining: number];

export interface DemoStep {
  t: CycleTransition;
  /** yyyy-mm-dd */
  on: string;
  /** submit: the index of the group meeting where the group adopted the text. */
  meeting?: number;
  /** A key of DEMO_BOARD_MEETINGS. */
  board?: string;
  vote?: Vote;
  /** nl / fr, as the board publishes its decisions. */
  reason?: string;
  /** merge: the key of the recommendation it is merged into. */
  into?: string;
}

export interface DemoRecommendationText {
  title: Tx;
  body: Tx;
  rationale: Tx;
  expectedOutcome: Tx;
  proposedOwner: string;
  successIndicator: Tx;
}

export interface DemoProposal {
  title: Tx;
  body: Tx;
  owner: string;
  budgetEur?: number;
}

export interface DemoRecommendation {
  key: string;
  text: DemoRecommendationText;
  /** An earlier group draft of the body (version 1); the text above is the last group version. */
  earlierBody?: Tx;
  /** After a send-back, the group's reworked body (a new GROUP version before re-submitting). */
  reworkedBody?: Tx;
  /** The board's amended title and body (a BOARD version; the group's text stays). */
  board?: { title: Tx; body: Tx };
  testimonies: Tx[];
  steps: DemoStep[];
  proposals?: DemoProposal[];
  /** A board member's review note while it is under review. */
  reviewNote?: string;
}

export interface DemoGroup {
  key: string;
  theme: Tx;
  question: Tx;
  description: Tx;
  /** Meeting days (yyyy-mm-dd), monthly at the head office unless `place` says otherwise. */
  meetings: string[];
  /** What the third meeting is about (an expert, a site visit). */
  focus: Tx;
  guests: { meeting: number; name: string; role: string }[];
  participants: number;
  /** Demo logins with a role in this group (e-mail → role). */
  roles?: Record<string, 'LEAD' | 'COORDINATOR' | 'SECRETARY' | 'PARTICIPANT'>;
  /** Recommendations of earlier editions this theme grew from. */
  cites?: { recommendation: string; note: Tx }[];
  recommendations: DemoRecommendation[];
  /** Minutes that are still a draft (index of the meeting), in groups still at work. */
  draftMinutes?: number[];
  /** An addendum to approved minutes (meeting index). */
  addendum?: { meeting: number; text: Tx };
  /** A member asked to join and waits for a lead. */
  pendingRequest?: boolean;
  place?: string;
  onlineUrl?: string;
}

export interface DemoSmallTalk {
  group: string;
  branch: string;
  heldOn: string;
  title: Tx;
  report: Tx | null;
}

export interface DemoWriting {
  group: string;
  authorName: string;
  authorKind: WritingAuthorKind;
  title: Tx;
  body: Tx;
  status: 'SUBMITTED' | 'ACCEPTED' | 'DECLINED';
  submittedAt: string;
  decidedAt?: string;
  decisionReason?: string;
}

export interface DemoEdition {
  cooperative: DemoCooperative;
  number: number;
  period: string;
  title: Tx;
  status: EditionStatus;
  launchedBy: string;
  /** Action proposals of this edition: ADOPTED once the assembly voted, ON_AGENDA before. */
  proposalStatus: 'ADOPTED' | 'ON_AGENDA';
  groups: DemoGroup[];
  smallTalks: DemoSmallTalk[];
  writings: DemoWriting[];
}

export interface DemoBoardMeeting {
  key: string;
  cooperative: DemoCooperative;
  heldOn: string;
  title: string;
}

export const DEMO_BOARD_MEETINGS: DemoBoardMeeting[] = [
  { key: 'be-2016-04', cooperative: 'smart-be', heldOn: '2016-04-26', title: 'Raad van bestuur / Conseil d’administration — aanbevelingen Smart in Progress 1' },
  { key: 'be-2016-05', cooperative: 'smart-be', heldOn: '2016-05-24', title: 'Raad van bestuur / Conseil d’administration — actievoorstellen voor de AV van juni 2016' },
  { key: 'be-2017-04', cooperative: 'smart-be', heldOn: '2017-04-25', title: 'Raad van bestuur / Conseil d’administration — aanbevelingen Smart in Progress 2' },
  { key: 'be-2017-05', cooperative: 'smart-be', heldOn: '2017-05-23', title: 'Raad van bestuur / Conseil d’administration — actievoorstellen voor de AV van juni 2017' },
  { key: 'be-2019-05', cooperative: 'smart-be', heldOn: '2019-05-21', title: 'Raad van bestuur / Conseil d’administration — aanbevelingen Smart in Progress 3' },
  { key: 'be-2019-06', cooperative: 'smart-be', heldOn: '2019-06-04', title: 'Raad van bestuur / Conseil d’administration — agenda van de AV van 17 en 18 juni 2019' },
];

/** The meeting sequence every group follows; the third meeting is the group's own focus. */
export const MEETING_AGENDA: Tx[] = [
  nl(
    'Kennismaking en spelregels; de vraag van de werkgroep; kalender tot de Raad van bestuur',
    'Présentations et règles du jeu ; la question du groupe ; calendrier jusqu’au conseil d’administration',
    'Introductions and rules of the game; the group’s question; calendar up to the board',
  ),
  nl(
    'Getuigenissen van vennoten en eerste vaststellingen; verslag van de small talks',
    'Témoignages de coopérateurs et premiers constats ; retour des small talks',
    'Members’ testimonies and first findings; feedback from the small talks',
  ),
  // Each group replaces this one with its own focus (an expert, a site visit).
  nl('Gastspreker of werkbezoek', 'Invité ou visite', 'Guest speaker or site visit'),
  nl(
    'Eerste ontwerpen van aanbevelingen: elk rond een werkwoord dat actie uitdrukt',
    'Premiers projets de recommandations : chacune autour d’un verbe d’action',
    'First drafts of recommendations: each built around an action verb',
  ),
  nl(
    'Aanbevelingen afronden en goedkeuren voor de Raad van bestuur',
    'Finaliser et adopter les recommandations pour le conseil d’administration',
    'Finalise and adopt the recommendations for the board',
  ),
  nl(
    'Antwoord op de vragen van de Raad van bestuur; herwerkte teksten',
    'Réponse aux questions du conseil d’administration ; textes retravaillés',
    'Answering the board’s questions; reworked texts',
  ),
];

const OWNER_DG = 'Algemene directie / Direction générale';
const OWNER_COOP = 'Coöperatief project / Projet coopératif';
const OWNER_IT = 'IT-diensten / Services informatiques';
const OWNER_FIN = 'Financiële directie / Direction financière';
const OWNER_BOARD = 'Raad van bestuur / Conseil d’administration';

const EDITION_1: DemoEdition = {
  cooperative: 'smart-be',
  number: 1,
  period: '2015/2016',
  title: nl('Smart in Progress 1 — naar een coöperatie', 'Smart in Progress 1 — vers une coopérative', 'Smart in Progress 1 — towards a cooperative', 'HUMAN'),
  status: 'CLOSED',
  launchedBy: 'Algemene vergadering van juni 2015 / Assemblée générale de juin 2015',
  proposalStatus: 'ADOPTED',
  groups: [
    {
      key: 'e1-who',
      theme: nl('Doelgroepen: met wie, voor wie?', 'Publics : avec qui, pour qui ?', 'Who for: with whom, for whom?', 'HUMAN'),
      question: nl('Naar een coöperatie: met wie? Voor wie?', 'Vers une coopérative : avec qui ? Pour qui ?', 'Towards a cooperative: with whom? For whom?', 'HUMAN'),
      description: nl(
        'Welk publiek van vennoten wil de toekomstige coöperatie? Smart richtte zich lang op kunstenaars en de podiumkunsten; de werkgroep onderzoekt of en hoe ze zich openstelt voor alle autonome werkers.',
        'Quel public de coopérateurs la future coopérative veut-elle ? Smart s’est longtemps adressée aux artistes et aux arts de la scène ; le groupe examine si et comment elle s’ouvre à tous les travailleurs autonomes.',
        'Which members does the future cooperative want? Smart long addressed artists and the performing arts; the group examines whether and how it opens up to all autonomous workers.',
      ),
      meetings: ['2015-10-15', '2015-11-12', '2015-12-10', '2016-01-14', '2016-02-11', '2016-03-10'],
      focus: nl(
        'Gastspreker: de "zelfstandigen van de tweede generatie" en de arbeidsmarkt',
        'Invitée : les « indépendants de deuxième génération » et le marché du travail',
        'Guest speaker: "second-generation self-employed" workers and the labour market',
      ),
      guests: [
        { meeting: 2, name: 'Prof. Griet Vanhoutte (demo)', role: 'Arbeidssocioloog / sociologue du travail' },
        { meeting: 1, name: 'Tolken nl-fr / interprètes nl-fr', role: 'Vertaling / interprétation' },
      ],
      participants: 22,
      recommendations: [
        {
          key: 'open-to-all',
          text: {
            title: nl('Zich openstellen voor alle profielen en alle beroepen', 'S’ouvrir à tous les profils et à tous les métiers', 'Open up to all profiles and all trades'),
            body: nl(
              'Smart stelt haar diensten open voor alle autonome werkers, mannen en vrouwen, uit alle sectoren en niet langer alleen voor kunstenaars en creatieve beroepen.',
              'Smart ouvre ses services à tous les travailleurs autonomes, femmes et hommes, de tous les secteurs, et plus seulement aux artistes et aux métiers créatifs.',
              'Smart opens its services to all autonomous workers, women and men, from every sector, and no longer to artists and creative trades only.',
            ),
            rationale: nl(
              'De kenmerken van de artistieke beroepen — onderbroken werk en inkomen, zwakke sociale bescherming, lage lonen — gelden vandaag voor veel nieuwe zelfstandigen. Er is geen reden om diensten te beperken die anderen ook nodig hebben.',
              'Les traits des métiers artistiques — travail et revenus discontinus, faible protection sociale, bas salaires — valent aujourd’hui pour beaucoup de nouveaux indépendants. Rien ne justifie de réserver des services dont d’autres ont besoin.',
              'The features of artistic work — broken work and income, weak social protection, low pay — now apply to many new self-employed people. There is no reason to restrict services that others need too.',
            ),
            expectedOutcome: nl(
              'Nieuwe vennoten uit andere sectoren vinden hun weg naar de coöperatie.',
              'De nouveaux coopérateurs d’autres secteurs rejoignent la coopérative.',
              'New members from other sectors join the cooperative.',
            ),
            proposedOwner: OWNER_DG,
            successIndicator: nl(
              'Aandeel vennoten buiten de creatieve sectoren, jaarlijks gemeten',
              'Part des coopérateurs hors secteurs créatifs, mesurée chaque année',
              'Share of members outside the creative sectors, measured yearly',
            ),
          },
          earlierBody: nl(
            'Smart stelt haar diensten open voor alle autonome werkers.',
            'Smart ouvre ses services à tous les travailleurs autonomes.',
            'Smart opens its services to all autonomous workers.',
          ),
          board: {
            title: nl(
              'Zich openstellen voor alle profielen en alle beroepen, binnen de waarden van de coöperatie',
              'S’ouvrir à tous les profils et à tous les métiers, dans le respect des valeurs de la coopérative',
              'Open up to all profiles and all trades, within the cooperative’s values',
            ),
            body: nl(
              'Smart stelt haar diensten open voor alle autonome werkers, mannen en vrouwen, uit alle sectoren en niet langer alleen voor kunstenaars en creatieve beroepen. Een ethisch kader, voorbereid door een intern ethisch comité, bepaalt welke activiteiten de coöperatie aanvaardt.',
              'Smart ouvre ses services à tous les travailleurs autonomes, femmes et hommes, de tous les secteurs, et plus seulement aux artistes et aux métiers créatifs. Un cadre éthique, préparé par un comité d’éthique interne, précise quelles activités la coopérative accepte.',
              'Smart opens its services to all autonomous workers, women and men, from every sector, and no longer to artists and creative trades only. An ethical framework, prepared by an internal ethics committee, sets which activities the cooperative accepts.',
            ),
          },
          testimonies: [
            nl(
              'Ik ben grafisch ontwerper én geef yogales. Waarom zou Smart maar de helft van mijn werk mogen dragen?',
              'Je suis graphiste et je donne des cours de yoga. Pourquoi Smart ne porterait-elle que la moitié de mon travail ?',
              'I am a graphic designer and I teach yoga. Why should Smart carry only half of my work?',
            ),
            fr(
              'Nous voulions nous ouvrir à tous, mais en gardant la question : quelles activités acceptons-nous vraiment ?',
              'We wilden ons openstellen voor iedereen, maar met de vraag: welke activiteiten aanvaarden we eigenlijk?',
              'We wanted to open up to everyone, while keeping the question: which activities do we really accept?',
            ),
          ],
          steps: [
            { t: 'submit', on: '2016-03-18', meeting: 5 },
            { t: 'startReview', on: '2016-04-05' },
            {
              t: 'amendAndEndorse',
              on: '2016-04-26',
              board: 'be-2016-04',
              vote: [13, 1, 4],
              reason:
                'De Raad onderschrijft de openstelling en voegt toe dat een ethisch kader bepaalt welke activiteiten aanvaard worden, zoals de werkgroep zelf vroeg. / Le conseil soutient l’ouverture et ajoute qu’un cadre éthique précise les activités acceptées, comme le groupe l’a lui-même demandé.',
            },
            { t: 'convert', on: '2016-05-24', board: 'be-2016-05' },
            { t: 'putToAssembly', on: '2016-05-24', board: 'be-2016-05' },
          ],
          proposals: [
            {
              title: nl('Het lidmaatschap openstellen voor alle autonome werkers', 'Ouvrir l’adhésion à tous les travailleurs autonomes', 'Open membership to all autonomous workers'),
              body: nl(
                'De statuten en de dienstverlening worden aangepast zodat elke autonome werker, uit elke sector, vennoot kan worden.',
                'Les statuts et l’offre de services sont adaptés pour que tout travailleur autonome, de tout secteur, puisse devenir coopérateur.',
                'The statutes and services are adapted so that any autonomous worker, from any sector, can become a member.',
              ),
              owner: OWNER_DG,
            },
          ],
        },
        {
          key: 'ethics-committee',
          text: {
            title: nl('Een intern ethisch comité oprichten', 'Créer un comité d’éthique interne', 'Set up an internal ethics committee'),
            body: nl(
              'De openstelling naar nieuwe beroepen wordt begeleid door een groep vennoten die aangeeft welke activiteiten moreel en ethisch aanvaardbaar zijn, naast het kader van de statuten en de wet.',
              'L’ouverture à de nouveaux métiers est accompagnée par un groupe de coopérateurs qui indique quelles activités sont moralement et éthiquement acceptables, au-delà du cadre des statuts et de la loi.',
              'Opening up to new trades is accompanied by a group of members who say which activities are morally and ethically acceptable, beyond the framework of the statutes and the law.',
            ),
            rationale: nl(
              'Wie zich openstelt voor iedereen, moet kunnen zeggen waar de grens ligt. Dat is een vraag voor de vennoten, niet alleen voor de juristen.',
              'Qui s’ouvre à tous doit pouvoir dire où est la limite. C’est une question pour les coopérateurs, pas seulement pour les juristes.',
              'Whoever opens up to all must be able to say where the line is. That is a question for the members, not only for the lawyers.',
            ),
            expectedOutcome: nl(
              'Een comité dat adviseert over de activiteiten die de coöperatie draagt.',
              'Un comité qui rend des avis sur les activités que la coopérative porte.',
              'A committee that advises on the activities the cooperative carries.',
            ),
            proposedOwner: OWNER_BOARD,
            successIndicator: nl(
              'Het comité is verkozen en brengt elk jaar verslag uit aan de Algemene vergadering',
              'Le comité est élu et fait rapport chaque année à l’assemblée générale',
              'The committee is elected and reports to the general assembly every year',
            ),
          },
          testimonies: [
            nl(
              'Een klant vroeg me ooit om reclame te maken voor een gokwebsite. Ik wist niet bij wie ik terecht kon met die vraag.',
              'Un client m’a un jour demandé une publicité pour un site de paris en ligne. Je ne savais pas à qui poser la question.',
              'A client once asked me to advertise a gambling site. I did not know whom to ask about it.',
            ),
          ],
          steps: [
            { t: 'submit', on: '2016-03-18', meeting: 5 },
            { t: 'startReview', on: '2016-04-05' },
            {
              t: 'endorse',
              on: '2016-04-26',
              board: 'be-2016-04',
              vote: [15, 0, 3],
              reason:
                'Onderschreven; de samenstelling en opdracht worden uitgewerkt in een werkgroep van Smart in Progress 2. / Approuvée ; composition et mission à préciser par un groupe de Smart in Progress 2.',
            },
            { t: 'convert', on: '2017-05-23', board: 'be-2017-05' },
            { t: 'putToAssembly', on: '2017-05-23', board: 'be-2017-05' },
          ],
          proposals: [
            {
              title: nl(
                'Een ethisch comité van 15 leden met een mandaat van 2 jaar, adviserend aan de Algemene vergadering',
                'Un comité d’éthique de 15 membres aux mandats de 2 ans, consultatif auprès de l’assemblée générale',
                'An ethics committee of 15 members with 2-year mandates, advisory to the assembly',
              ),
              body: nl(
                'De Algemene vergadering verkiest vijftien vennoten voor twee jaar. Het comité is een adviesorgaan dat rechtstreeks verbonden is aan de Algemene vergadering en waakt over de samenhang tussen de waarden van Smart en de activiteiten van haar vennoten: menswaardige arbeidsomstandigheden en lonen, doel en context van de productie, ecologische voetafdruk.',
                'L’assemblée générale élit quinze coopérateurs pour deux ans. Le comité est un organe consultatif directement rattaché à l’assemblée générale ; il veille à la cohérence entre les valeurs de Smart et les activités de ses membres : conditions de travail et rémunérations dignes, finalité et contexte de la production, empreinte écologique.',
                'The general assembly elects fifteen members for two years. The committee is an advisory body attached directly to the general assembly; it watches over the fit between Smart’s values and its members’ activities: decent working conditions and pay, purpose and context of production, ecological footprint.',
              ),
              owner: 'Algemene vergadering / Assemblée générale',
              budgetEur: 15000,
            },
          ],
        },
        {
          key: 'permanent-process',
          text: {
            title: nl('Continu blijven nadenken: een permanente Smart in Progress', 'Continuer à réfléchir : un Smart in Progress permanent', 'Keep reflecting: a permanent process'),
            body: nl(
              'Smart in Progress wordt geen eenmalige oefening: elk jaar brengt de coöperatie haar vennoten samen rond de grote vragen van haar toekomst.',
              'Smart in Progress n’est pas un exercice unique : chaque année, la coopérative réunit ses membres autour des grandes questions de son avenir.',
              'Smart in Progress is not a one-off: every year the cooperative brings its members together on the big questions of its future.',
            ),
            rationale: nl(
              'De deelnemers zagen meteen het belang van dit overleg. Een coöperatie die alleen eenmaal per jaar stemt, blijft een papieren coöperatie.',
              'Les participants ont tout de suite vu l’intérêt de cette concertation. Une coopérative qui ne vote qu’une fois par an reste une coopérative de papier.',
              'Participants saw the value of this process at once. A cooperative that only votes once a year remains a cooperative on paper.',
            ),
            expectedOutcome: nl(
              'Een nieuwe editie van Smart in Progress, met mensen en middelen om ze te dragen.',
              'Une nouvelle édition de Smart in Progress, avec des personnes et des moyens pour la porter.',
              'A new edition of Smart in Progress, with people and means to carry it.',
            ),
            proposedOwner: OWNER_COOP,
            successIndicator: nl(
              'Een editie per jaar; aantal deelnemers per editie',
              'Une édition par an ; nombre de participants par édition',
              'One edition a year; number of participants per edition',
            ),
          },
          testimonies: [
            nl('Blijven samenwerken is de boodschap!', 'Continuer à travailler ensemble, voilà le message !', 'Keep working together, that’s the message!'),
          ],
          steps: [
            { t: 'submit', on: '2016-03-18', meeting: 5 },
            { t: 'startReview', on: '2016-04-05' },
            { t: 'endorse', on: '2016-04-26', board: 'be-2016-04', vote: [16, 0, 2] },
            { t: 'convert', on: '2016-05-24', board: 'be-2016-05' },
            { t: 'putToAssembly', on: '2016-05-24', board: 'be-2016-05' },
          ],
          proposals: [
            {
              title: nl(
                'Personeel en budget voor het coöperatieve project',
                'Du personnel et un budget pour le projet coopératif',
                'Staff and budget for the cooperative project',
              ),
              body: nl(
                'Twee personen versterken de leiding van het coöperatieve project binnen de Algemene directie; een jaarlijks budget draagt de volgende edities van Smart in Progress.',
                'Deux personnes renforcent la direction du projet coopératif au sein de la Direction générale ; un budget annuel porte les prochaines éditions de Smart in Progress.',
                'Two people strengthen the management of the cooperative project within the general management; a yearly budget carries the next editions of Smart in Progress.',
              ),
              owner: OWNER_DG,
              budgetEur: 120000,
            },
            {
              title: nl(
                'Een educatieve insteek voor het coöperatieve leven',
                'Une approche d’éducation permanente pour la vie coopérative',
                'An educational approach to cooperative life',
              ),
              body: nl(
                'Alle initiatieven rond het coöperatieve leven krijgen een educatieve en opleidingsgerichte insteek, zodat elke vennoot kennis opdoet over coöperatief ondernemen.',
                'Toutes les initiatives de vie coopérative prennent une orientation d’éducation et de formation, pour que chaque coopérateur acquière des savoirs sur l’entreprise coopérative.',
                'All cooperative-life initiatives take an educational and training angle, so that every member learns about cooperative enterprise.',
              ),
              owner: OWNER_COOP,
            },
          ],
        },
        {
          key: 'collaborative-economy',
          text: {
            title: nl(
              'De collaboratieve economie versterken binnen het netwerk',
              'Renforcer l’économie collaborative au sein du réseau',
              'Strengthen the collaborative economy within the network',
            ),
            body: nl(
              'Smart ontwikkelt systematisch de samenwerking tussen haar vennoten: elkaar leren kennen, samen investeren, samen aankopen, elkaar werk bezorgen.',
              'Smart développe systématiquement la coopération entre ses membres : se connaître, investir ensemble, acheter ensemble, se confier du travail.',
              'Smart systematically develops cooperation between its members: getting to know each other, investing together, buying together, passing work on to one another.',
            ),
            rationale: nl(
              'Individuele autonomie en samenwerking zijn geen tegenpolen: de collectieve omgeving van de coöperatie vergroot de kansen op werk.',
              'Autonomie individuelle et coopération ne s’opposent pas : le cadre collectif de la coopérative augmente les chances de travail.',
              'Individual autonomy and cooperation are not opposites: the cooperative’s collective setting increases the chances of work.',
            ),
            expectedOutcome: nl(
              'Meer opdrachten en investeringen tussen vennoten onderling.',
              'Plus de missions et d’investissements entre coopérateurs.',
              'More assignments and investments between members.',
            ),
            proposedOwner: OWNER_COOP,
            successIndicator: nl(
              'Budgetoverdrachten tussen Activiteiten; aantal netwerkevenementen per jaar',
              'Transferts de budget entre Activités ; nombre d’événements de réseau par an',
              'Budget transfers between Activities; number of network events per year',
            ),
          },
          testimonies: [
            fr(
              'J’ai trouvé mon monteur vidéo à une soirée réseau de l’antenne de Liège. Il faudrait que ce hasard devienne une habitude.',
              'Ik vond mijn videomonteur op een netwerkavond van de antenne in Luik. Dat toeval zou een gewoonte moeten worden.',
              'I found my video editor at a network evening of the Liège branch. That chance should become a habit.',
            ),
          ],
          steps: [
            { t: 'submit', on: '2016-03-18', meeting: 5 },
            { t: 'startReview', on: '2016-04-05' },
            { t: 'endorse', on: '2016-04-26', board: 'be-2016-04', vote: [14, 0, 4] },
            { t: 'convert', on: '2016-05-24', board: 'be-2016-05' },
            { t: 'putToAssembly', on: '2016-05-24', board: 'be-2016-05' },
          ],
          proposals: [
            {
              title: nl('Meer netwerkevenementen organiseren', 'Organiser davantage d’événements de réseau', 'Organise more network events'),
              body: nl(
                'Elke antenne organiseert netwerkmomenten waar vennoten elkaar leren kennen en zich aan de buitenwereld voorstellen.',
                'Chaque antenne organise des moments de réseau où les coopérateurs se rencontrent et se présentent à l’extérieur.',
                'Each branch holds network events where members meet and present themselves to the outside world.',
              ),
              owner: 'Antennes / Antennes',
              budgetEur: 30000,
            },
            {
              title: nl(
                'De interne economie tussen vennoten bestuderen',
                'Étudier l’économie interne entre coopérateurs',
                'Study the internal economy between members',
              ),
              body: nl(
                'Een studie van de budgetoverdrachten tussen de Activiteiten toont hoeveel vennoten elkaar al werk bezorgen.',
                'Une étude des transferts de budget entre Activités montre combien les coopérateurs se confient déjà du travail.',
                'A study of budget transfers between Activities shows how much members already pass work to each other.',
              ),
              owner: OWNER_FIN,
            },
            {
              title: nl('Een aankoopcentrale onderzoeken', 'Étudier une centrale d’achat', 'Explore a purchasing cooperative'),
              body: nl(
                'Aankopen groeperen, leveringen centraliseren en leveranciers kiezen volgens de coöperatieve principes: het thema gaat naar een werkgroep van Smart in Progress 3.',
                'Grouper les achats, centraliser les livraisons et choisir les fournisseurs selon les principes coopératifs : le thème est confié à un groupe de Smart in Progress 3.',
                'Group purchases, centralise deliveries and select suppliers on cooperative principles: the theme goes to a working group of Smart in Progress 3.',
              ),
              owner: OWNER_COOP,
            },
          ],
        },
      ],
    },
    {
      key: 'e1-model',
      theme: nl('Een haalbaar economisch model', 'Un modèle économique viable', 'A viable economic model', 'HUMAN'),
      question: nl(
        'A sharing economy: een haalbaar economisch model?',
        'A sharing economy : un modèle économique viable ?',
        'A sharing economy: a viable economic model?',
        'HUMAN',
      ),
      description: nl(
        'Welk economisch model houdt de coöperatie in stand, nu ongeveer 80 % van de omzet van 20 % van de vennoten komt? Zwakke en sterke profielen, solidariteit en gedifferentieerde diensten.',
        'Quel modèle économique fait vivre la coopérative, alors qu’environ 80 % du chiffre d’affaires vient de 20 % des membres ? Profils fragiles et profils forts, solidarité et services différenciés.',
        'Which economic model sustains the cooperative, now that about 80 % of turnover comes from 20 % of members? Fragile and strong profiles, solidarity and differentiated services.',
      ),
      meetings: ['2015-10-20', '2015-11-17', '2015-12-15', '2016-01-19', '2016-02-16', '2016-03-15', '2016-05-10'],
      focus: nl(
        'Werkbezoek aan de financiële dienst: hoe wordt de solidaire bijdrage van 6,5 % besteed?',
        'Visite du service financier : comment la contribution solidaire de 6,5 % est-elle utilisée ?',
        'Site visit to the finance department: how is the 6.5 % solidarity contribution spent?',
      ),
      guests: [
        { meeting: 2, name: 'Financiële dienst / Service financier', role: 'Werkbezoek / visite' },
        { meeting: 3, name: 'Dr. Olivier Dessart (demo)', role: 'Économiste de l’économie sociale / econoom sociale economie' },
      ],
      participants: 18,
      addendum: {
        meeting: 2,
        text: nl(
          'Correctie: de solidaire bijdrage bedraagt 6,5 % van de gefactureerde bedragen aan klanten, niet van de lonen zoals in het verslag stond.',
          'Correction : la contribution solidaire est de 6,5 % des montants facturés aux clients, et non des salaires comme l’indiquait le procès-verbal.',
        ),
      },
      recommendations: [
        {
          key: 'solidarity-rate',
          text: {
            title: nl('Eén solidair tarief behouden voor iedereen', 'Garder un seul taux solidaire pour tous', 'Keep one solidarity rate for all'),
            body: nl(
              'Een solidair tarief behouden onder de vorm van eenzelfde percentage voor alle vennoten en op alle facturen — vandaag 6,5 % van de gefactureerde bedragen — en garanderen dat elke gebruiker kan rekenen op diensten die zijn afgestemd op zijn economische realiteit en noden.',
              'Garder un tarif solidaire sous la forme d’un même pourcentage pour tous les coopérateurs et sur toutes les factures — aujourd’hui 6,5 % des montants facturés — et garantir à chaque utilisateur des services adaptés à sa réalité économique et à ses besoins.',
              'Keep a solidarity rate in the form of one percentage for all members and on every invoice — today 6.5 % of invoiced amounts — and guarantee every user services fitted to their economic reality and needs.',
            ),
            rationale: nl(
              'Wie het meest heeft, draagt het meest bij; wie het minst heeft, het minst. Eén percentage houdt de herverdeling eenvoudig en zichtbaar.',
              'Qui a le plus contribue le plus ; qui a le moins contribue le moins. Un seul pourcentage garde la redistribution simple et visible.',
              'Whoever has most contributes most; whoever has least, least. One percentage keeps redistribution simple and visible.',
            ),
            expectedOutcome: nl(
              'Het tarief blijft op 6,5 % voor iedereen; de diensten groeien mee met de projecten.',
              'Le taux reste à 6,5 % pour tous ; les services évoluent avec les projets.',
              'The rate stays at 6.5 % for everyone; services grow with the projects.',
            ),
            proposedOwner: OWNER_FIN,
            successIndicator: nl(
              'Eén tarief in de tariefkaart; tevredenheid over de diensten per profiel',
              'Un seul taux dans la grille tarifaire ; satisfaction sur les services par profil',
              'One rate in the price list; satisfaction with services per profile',
            ),
          },
          earlierBody: nl(
            'Eenzelfde percentage voor alle vennoten en op alle facturen behouden.',
            'Garder un même pourcentage pour tous les coopérateurs et sur toutes les factures.',
            'Keep one percentage for all members and on every invoice.',
          ),
          testimonies: [
            nl(
              'Toen ik begon, factureerde ik bijna niets en kreeg ik dezelfde begeleiding als iemand met tien klanten. Dat is wat solidariteit betekent.',
              'Quand j’ai commencé, je ne facturais presque rien et j’avais le même accompagnement que quelqu’un qui a dix clients. C’est ça, la solidarité.',
              'When I started I invoiced almost nothing and got the same support as someone with ten clients. That is what solidarity means.',
            ),
            fr(
              'Nous ne voulons pas un autre modèle économique pour les projets avancés, mais de meilleurs services.',
              'We willen geen ander economisch model voor gevorderde projecten, wel betere diensten.',
              'We do not want another economic model for advanced projects, but better services.',
            ),
          ],
          steps: [
            { t: 'submit', on: '2016-03-21', meeting: 5 },
            { t: 'startReview', on: '2016-04-05' },
            {
              t: 'endorse',
              on: '2016-04-26',
              board: 'be-2016-04',
              vote: [15, 1, 2],
              reason: 'Het tarief blijft 6,5 % voor alle vennoten. / Le taux reste de 6,5 % pour tous les coopérateurs.',
            },
            { t: 'convert', on: '2016-05-24', board: 'be-2016-05' },
            { t: 'putToAssembly', on: '2016-05-24', board: 'be-2016-05' },
          ],
          proposals: [
            {
              title: nl(
                'De solidaire bijdrage op 6,5 % houden, voor iedereen gelijk',
                'Maintenir la contribution solidaire à 6,5 %, identique pour tous',
                'Keep the solidarity contribution at 6.5 %, the same for all',
              ),
              body: nl(
                'De solidaire bijdrage blijft 6,5 % van de gefactureerde bedragen, voor elke vennoot en op elke factuur. Elke wijziging van dit percentage komt voor de Algemene vergadering.',
                'La contribution solidaire reste de 6,5 % des montants facturés, pour chaque coopérateur et sur chaque facture. Toute modification de ce pourcentage passe par l’assemblée générale.',
                'The solidarity contribution stays at 6.5 % of invoiced amounts, for every member and on every invoice. Any change to this percentage goes to the general assembly.',
              ),
              owner: OWNER_FIN,
            },
            {
              title: nl(
                'Investeren in de ondersteunende diensten',
                'Investir dans les services d’accompagnement',
                'Invest in support services',
              ),
              body: nl(
                'Middelen en personeel om de diensten uit te bouwen voor de meest gevorderde activiteiten, zonder het gemeenschappelijke tarief te raken.',
                'Des moyens et du personnel pour développer les services destinés aux activités les plus avancées, sans toucher au taux commun.',
                'Means and staff to develop services for the most advanced activities, without touching the common rate.',
              ),
              owner: OWNER_DG,
              budgetEur: 250000,
            },
          ],
        },
        {
          key: 'readable-figures',
          text: {
            title: nl(
              'De cijfers van de coöperatie leesbaar maken voor elke vennoot',
              'Rendre les chiffres de la coopérative lisibles pour chaque coopérateur',
              'Make the cooperative’s figures readable for every member',
            ),
            body: nl(
              'Elke maand de rekeningen van elke dienst publiceren op het platform.',
              'Publier chaque mois les comptes de chaque service sur la plateforme.',
              'Publish the accounts of every service on the platform each month.',
            ),
            rationale: nl(
              'Het ontbrak de werkgroep aan duidelijke, eenvoudige en toegankelijke gegevens om over het model te oordelen.',
              'Le groupe a manqué de données claires, simples et accessibles pour juger du modèle.',
              'The group lacked clear, simple and accessible data to judge the model.',
            ),
            expectedOutcome: nl(
              'Vennoten begrijpen waar hun bijdrage naartoe gaat.',
              'Les coopérateurs comprennent où va leur contribution.',
              'Members understand where their contribution goes.',
            ),
            proposedOwner: OWNER_FIN,
            successIndicator: nl(
              'Een jaarlijks vereenvoudigd verslag, besproken op de Algemene vergadering',
              'Un rapport simplifié annuel, discuté à l’assemblée générale',
              'A yearly simplified report, discussed at the general assembly',
            ),
          },
          reworkedBody: nl(
            'Een jaarlijks vereenvoudigd financieel verslag voor alle vennoten, met per dienst wat hij kost en wat hij opbrengt; de economische transparantie wordt het thema van een werkgroep in de volgende editie.',
            'Un rapport financier simplifié annuel pour tous les coopérateurs, avec pour chaque service ce qu’il coûte et ce qu’il rapporte ; la transparence économique devient le thème d’un groupe de la prochaine édition.',
            'A yearly simplified financial report for all members, showing for each service what it costs and what it brings in; economic transparency becomes the theme of a working group in the next edition.',
          ),
          testimonies: [
            nl(
              'We hadden heel wat vragen, en te weinig cijfers om ze te beantwoorden. Zo kwam het idee van transparantie.',
              'Nous avions beaucoup de questions, et trop peu de chiffres pour y répondre. C’est ainsi qu’est née l’idée de transparence.',
            ),
          ],
          steps: [
            { t: 'submit', on: '2016-03-21', meeting: 5 },
            { t: 'startReview', on: '2016-04-05' },
            {
              t: 'sendBack',
              on: '2016-04-26',
              board: 'be-2016-04',
              reason:
                'Welke cijfers, voor wie en tegen welke kost? Maandelijkse rekeningen per dienst bestaan nog niet; de Raad vraagt de groep dit te verduidelijken. / Quels chiffres, pour qui et à quel coût ? Des comptes mensuels par service n’existent pas encore ; le conseil demande au groupe de préciser.',
            },
            { t: 'submit', on: '2016-05-12', meeting: 6 },
            { t: 'startReview', on: '2016-05-13' },
            { t: 'endorse', on: '2016-05-24', board: 'be-2016-05', vote: [14, 2, 2] },
            { t: 'convert', on: '2016-05-24', board: 'be-2016-05' },
            { t: 'putToAssembly', on: '2016-05-24', board: 'be-2016-05' },
          ],
          proposals: [
            {
              title: nl(
                'Een werkgroep economische transparantie in Smart in Progress 2',
                'Un groupe de travail sur la transparence économique dans Smart in Progress 2',
                'A working group on economic transparency in Smart in Progress 2',
              ),
              body: nl(
                'De Algemene vergadering van juni 2016 keurt een werkgroep goed die uitwerkt hoe de coöperatie haar economische transparantie waarborgt.',
                'L’assemblée générale de juin 2016 approuve un groupe de travail chargé de définir comment la coopérative garantit sa transparence économique.',
                'The June 2016 general assembly approves a working group to work out how the cooperative guarantees its economic transparency.',
              ),
              owner: OWNER_COOP,
            },
          ],
        },
      ],
    },
    {
      key: 'e1-tools',
      theme: nl('Tools om je activiteit te ontwikkelen', 'Des outils pour développer son activité', 'Tools to develop your activity', 'HUMAN'),
      question: nl(
        'Je activiteit creëren en ontwikkelen: hoe en met welke tools?',
        'Créer et développer son activité : comment, avec quels outils ?',
        'Creating and developing your activity: how, with which tools?',
        'HUMAN',
      ),
      description: nl(
        'De tools die nodig zijn om in te spelen op de noden van de gebruikers: de IT-diensten van het platform, ondersteuning op maat, minder administratieve last.',
        'Les outils nécessaires pour répondre aux besoins des utilisateurs : les services informatiques de la plateforme, un accompagnement sur mesure, moins de charge administrative.',
        'The tools needed to meet users’ needs: the platform’s IT services, tailored support, less paperwork.',
      ),
      meetings: ['2015-10-22', '2015-11-19', '2015-12-17', '2016-01-21', '2016-02-18', '2016-03-17'],
      focus: nl(
        'Demonstratie van het platform door de IT-diensten; wat werkt, wat niet?',
        'Démonstration de la plateforme par les services informatiques ; ce qui marche, ce qui ne marche pas',
        'Platform demonstration by the IT services; what works, what does not?',
      ),
      guests: [{ meeting: 2, name: 'IT-diensten / Services informatiques', role: 'Demonstratie / démonstration' }],
      participants: 14,
      recommendations: [
        {
          key: 'it-user-groups',
          text: {
            title: nl(
              'De IT-tools verbeteren via werkgroepen van gebruikers',
              'Améliorer les outils informatiques via des groupes d’utilisateurs',
              'Improve the IT tools through user working groups',
            ),
            body: nl(
              'De IT-tools verbeteren via werkgroepen voor de verschillende schakels binnen de Smart-community: vennoten, vaste medewerkers en ontwikkelaars bepalen samen de prioriteiten.',
              'Améliorer les outils informatiques via des groupes de travail réunissant les différents maillons de la communauté Smart : coopérateurs, permanents et développeurs fixent ensemble les priorités.',
              'Improve the IT tools through working groups for the different links of the Smart community: members, staff and developers set the priorities together.',
            ),
            rationale: nl(
              'De automatisering van de administratie is een sterkte van Smart, maar de tools volgen de nieuwe realiteit van de vennoten niet meer.',
              'L’automatisation de l’administratif est une force de Smart, mais les outils ne suivent plus la nouvelle réalité des coopérateurs.',
              'Automating paperwork is one of Smart’s strengths, but the tools no longer follow members’ new reality.',
            ),
            expectedOutcome: nl(
              'Tools die de vennoten zelf mee vormgaven, en minder tijdrovend administratief werk.',
              'Des outils conçus avec les coopérateurs, et moins de tâches administratives chronophages.',
              'Tools shaped with members, and less time-consuming paperwork.',
            ),
            proposedOwner: OWNER_IT,
            successIndicator: nl(
              'Tevredenheid over de IT-tools, gemeten bij de gebruikers',
              'Satisfaction des utilisateurs à l’égard des outils informatiques',
              'User satisfaction with the IT tools',
            ),
          },
          testimonies: [
            fr(
              'Je passe mes dimanches à encoder des notes de frais. Je voudrais qu’on me demande mon avis avant de changer l’écran.',
              'Ik breng mijn zondagen door met onkostennota’s ingeven. Ik wil dat men mij raadpleegt voor men het scherm verandert.',
              'I spend my Sundays entering expense notes. I want to be asked before the screen is changed.',
            ),
          ],
          steps: [
            { t: 'submit', on: '2016-03-22', meeting: 5 },
            { t: 'startReview', on: '2016-04-05' },
            { t: 'endorse', on: '2016-04-26', board: 'be-2016-04', vote: [16, 0, 2] },
            { t: 'convert', on: '2016-05-24', board: 'be-2016-05' },
            { t: 'putToAssembly', on: '2016-05-24', board: 'be-2016-05' },
          ],
          proposals: [
            {
              title: nl(
                'Een werkgroep van gebruikers over de IT-tools in Smart in Progress 2',
                'Un groupe d’utilisateurs sur les outils informatiques dans Smart in Progress 2',
                'A users’ working group on the IT tools in Smart in Progress 2',
              ),
              body: nl(
                'Een werkgroep van de volgende editie onderzoekt hoe de gebruikers mee de IT-tools bouwen; de IT-diensten nemen deel.',
                'Un groupe de la prochaine édition examine comment les utilisateurs peuvent construire les outils informatiques ; les services informatiques y participent.',
                'A group of the next edition examines how users can help build the IT tools; the IT services take part.',
              ),
              owner: OWNER_IT,
            },
          ],
        },
        {
          key: 'mobile',
          text: {
            title: nl(
              'De interfaces van Smart geschikt maken voor smartphones en tablets',
              'Adapter les interfaces de Smart aux smartphones et tablettes',
              'Make Smart’s interfaces work on smartphones and tablets',
            ),
            body: nl(
              'Facturen, onkostennota’s en contracten moeten ook onderweg op een smartphone of tablet kunnen worden ingegeven.',
              'Factures, notes de frais et contrats doivent pouvoir être encodés en déplacement, sur smartphone ou tablette.',
              'Invoices, expense notes and contracts must be possible on the go, on a smartphone or tablet.',
            ),
            rationale: nl(
              'Veel vennoten werken op verplaatsing, op werven, in zalen of op festivals.',
              'Beaucoup de coopérateurs travaillent en déplacement, sur des chantiers, en salle ou en festival.',
              'Many members work on the move, on sites, in venues or at festivals.',
            ),
            expectedOutcome: nl('Een platform dat overal werkt.', 'Une plateforme utilisable partout.', 'A platform that works anywhere.'),
            proposedOwner: OWNER_IT,
            successIndicator: nl(
              'Aandeel handelingen via mobiele toestellen',
              'Part des opérations faites sur appareil mobile',
              'Share of operations done on mobile devices',
            ),
          },
          testimonies: [
            nl(
              'Tussen twee voorstellingen wil ik mijn factuur kunnen maken, niet drie dagen later achter een computer.',
              'Entre deux représentations, je veux pouvoir faire ma facture, pas trois jours plus tard devant un ordinateur.',
              'Between two shows I want to do my invoice, not three days later at a computer.',
            ),
          ],
          steps: [
            { t: 'submit', on: '2016-03-22', meeting: 5 },
            { t: 'startReview', on: '2016-04-05' },
            {
              t: 'merge',
              on: '2016-04-26',
              board: 'be-2016-04',
              vote: [15, 0, 3],
              into: 'it-user-groups',
              reason:
                'Maakt deel uit van dezelfde vernieuwing van de tools: opgenomen in "De IT-tools verbeteren via werkgroepen van gebruikers". / Fait partie de la même refonte des outils : reprise dans « Améliorer les outils informatiques via des groupes d’utilisateurs ».',
            },
          ],
        },
      ],
    },
    {
      key: 'e1-governance',
      theme: nl('Een gedeelde en participatieve onderneming', 'Une entreprise partagée et participative', 'A shared and participatory enterprise', 'HUMAN'),
      question: nl(
        'Een gedeelde en participatieve onderneming, is dat wel realistisch?',
        'Une entreprise partagée et participative, est-ce réaliste ?',
        'A shared and participatory enterprise: is it realistic?',
        'HUMAN',
      ),
      description: nl(
        'Het bestuursmodel van de toekomstige coöperatie: hoe nemen duizenden vennoten, vaste medewerkers, klanten en partners samen beslissingen?',
        'Le modèle de gouvernance de la future coopérative : comment des milliers de coopérateurs, permanents, clients et partenaires décident-ils ensemble ?',
        'The governance model of the future cooperative: how do thousands of members, staff, clients and partners decide together?',
      ),
      meetings: ['2015-10-27', '2015-11-24', '2015-12-22', '2016-01-26', '2016-02-23', '2016-03-22'],
      focus: nl(
        'Bezoek aan een andere coöperatie: hoe werkt hun Algemene vergadering?',
        'Visite d’une autre coopérative : comment fonctionne leur assemblée générale ?',
        'Visit to another cooperative: how does their general assembly work?',
      ),
      guests: [{ meeting: 2, name: 'Coöperatie De Zuivelhoeve (demo)', role: 'Werkbezoek / visite' }],
      participants: 16,
      recommendations: [
        {
          key: 'local-contacts',
          text: {
            title: nl(
              'Lokale contactpersonen aanduiden in elke antenne',
              'Désigner des personnes de contact locales dans chaque antenne',
              'Appoint local contact persons in every branch',
            ),
            body: nl(
              'In elke antenne is een contactpersoon het aanspreekpunt voor het coöperatieve leven: informatie delen, small talks organiseren, nieuwe vennoten verwelkomen.',
              'Dans chaque antenne, une personne de contact est le relais de la vie coopérative : partager l’information, organiser des small talks, accueillir les nouveaux coopérateurs.',
              'In every branch a contact person relays cooperative life: sharing information, organising small talks, welcoming new members.',
            ),
            rationale: nl(
              'Een nationale coöperatie leeft pas als de democratische deelname ook lokaal mogelijk is.',
              'Une coopérative nationale ne vit que si la participation démocratique est aussi possible localement.',
              'A national cooperative only lives if democratic participation is possible locally too.',
            ),
            expectedOutcome: nl(
              'Meer vennoten die deelnemen aan het coöperatieve leven buiten Brussel.',
              'Plus de coopérateurs qui participent à la vie coopérative hors de Bruxelles.',
              'More members taking part in cooperative life outside Brussels.',
            ),
            proposedOwner: OWNER_COOP,
            successIndicator: nl(
              'Een contactpersoon per antenne; deelnemers aan de small talks',
              'Une personne de contact par antenne ; participants aux small talks',
              'One contact person per branch; small-talk participants',
            ),
          },
          testimonies: [
            fr(
              'À Charleroi, on a l’impression que tout se décide à Bruxelles. Une personne de contact ici changerait beaucoup.',
              'In Charleroi hebben we de indruk dat alles in Brussel beslist wordt. Een contactpersoon hier zou veel veranderen.',
            ),
          ],
          steps: [
            { t: 'submit', on: '2016-03-24', meeting: 5 },
            { t: 'startReview', on: '2016-04-05' },
            { t: 'endorse', on: '2016-04-26', board: 'be-2016-04', vote: [16, 0, 2] },
            { t: 'convert', on: '2016-05-24', board: 'be-2016-05' },
            { t: 'putToAssembly', on: '2016-05-24', board: 'be-2016-05' },
          ],
          proposals: [
            {
              title: nl(
                'Een contactpersoon per antenne voor het coöperatieve leven',
                'Une personne de contact par antenne pour la vie coopérative',
                'A contact person per branch for cooperative life',
              ),
              body: nl(
                'Elke antenne krijgt een contactpersoon, opgeleid door het team van het coöperatieve project.',
                'Chaque antenne reçoit une personne de contact, formée par l’équipe du projet coopératif.',
                'Each branch gets a contact person, trained by the cooperative-project team.',
              ),
              owner: OWNER_COOP,
              budgetEur: 40000,
            },
          ],
        },
        {
          key: 'all-stakeholders',
          text: {
            title: nl(
              'Alle stakeholders samenbrengen in de coöperatie',
              'Réunir toutes les parties prenantes dans la coopérative',
              'Bring all stakeholders together in the cooperative',
            ),
            body: nl(
              'Autonome werkers, loontrekkende ondernemers, vaste medewerkers, klanten en partners worden allen vennoot en krijgen een stem.',
              'Travailleurs autonomes, entrepreneurs salariés, permanents, clients et partenaires deviennent tous coopérateurs et ont voix au chapitre.',
              'Autonomous workers, salaried entrepreneurs, staff, clients and partners all become members and have a say.',
            ),
            rationale: nl(
              'De gedeelde onderneming is het werk van iedereen die erin werkt of ermee samenwerkt.',
              'L’entreprise partagée est l’œuvre de tous ceux qui y travaillent ou travaillent avec elle.',
              'The shared enterprise is the work of everyone who works in it or with it.',
            ),
            expectedOutcome: nl(
              'Statuten met meerdere categorieën van vennoten.',
              'Des statuts avec plusieurs catégories de coopérateurs.',
              'Statutes with several categories of members.',
            ),
            proposedOwner: OWNER_BOARD,
            successIndicator: nl(
              'Aandeel van elke categorie onder de vennoten en op de Algemene vergadering',
              'Part de chaque catégorie parmi les coopérateurs et à l’assemblée générale',
              'Share of each category among members and at the general assembly',
            ),
          },
          testimonies: [
            nl(
              'Als klant van Smart wil ik ook mee beslissen over de diensten die ik gebruik.',
              'En tant que client de Smart, je veux aussi décider des services que j’utilise.',
              'As a client of Smart, I also want a say in the services I use.',
            ),
          ],
          steps: [
            { t: 'submit', on: '2016-03-24', meeting: 5 },
            { t: 'startReview', on: '2016-04-05' },
            { t: 'endorse', on: '2016-04-26', board: 'be-2016-04', vote: [16, 0, 2] },
            { t: 'convert', on: '2016-05-24', board: 'be-2016-05' },
            { t: 'putToAssembly', on: '2016-05-24', board: 'be-2016-05' },
          ],
          proposals: [
            {
              title: nl(
                'Een coöperatie met alle stakeholders als vennoot',
                'Une coopérative avec toutes les parties prenantes comme coopérateurs',
                'A cooperative with all stakeholders as members',
              ),
              body: nl(
                'De statuten van de coöperatie (2017) openen het vennootschap voor autonome werkers, vaste medewerkers, klanten en partners; de Raad van bestuur telt achttien leden, verkozen door de vennoten.',
                'Les statuts de la coopérative (2017) ouvrent le sociétariat aux travailleurs autonomes, permanents, clients et partenaires ; le conseil d’administration compte dix-huit membres élus par les coopérateurs.',
                'The cooperative’s statutes (2017) open membership to autonomous workers, staff, clients and partners; the board has eighteen members elected by the members.',
              ),
              owner: OWNER_BOARD,
            },
          ],
        },
      ],
    },
  ],
  smallTalks: [
    {
      group: 'e1-who',
      branch: 'Gent',
      heldOn: '2015-11-26',
      title: nl('Small talk: is Smart alleen voor kunstenaars?', 'Small talk : Smart, seulement pour les artistes ?', 'Small talk: is Smart only for artists?'),
      report: nl(
        'Een dertigtal vennoten, onder wie een webontwikkelaar, een coach en een fietskoerier. Allen willen een open coöperatie, maar vragen wie bepaalt welke activiteiten aanvaard worden.',
        'Une trentaine de coopérateurs, dont un développeur web, une coach et un coursier à vélo. Tous veulent une coopérative ouverte, mais demandent qui décide des activités acceptées.',
        'About thirty members, among them a web developer, a coach and a bike courier. All want an open cooperative, but ask who decides which activities are accepted.',
      ),
    },
    {
      group: 'e1-model',
      branch: 'Liège',
      heldOn: '2016-01-28',
      title: nl('Small talk: waar gaat mijn 6,5 % naartoe?', 'Small talk : où vont mes 6,5 % ?', 'Small talk: where does my 6.5 % go?'),
      report: nl(
        'De financiële dienst legde uit hoe de solidaire bijdrage de gemeenschappelijke diensten financiert. Veel vragen over duidelijke cijfers: het thema gaat terug naar de werkgroep.',
        'Le service financier a expliqué comment la contribution solidaire finance les services communs. Beaucoup de questions sur des chiffres clairs : le thème retourne au groupe.',
      ),
    },
  ],
  writings: [
    {
      group: 'e1-who',
      authorName: 'Hilde Verbeeck (demo), Vlaams parlementslid',
      authorKind: 'POLITICIAN',
      title: nl(
        'De zelfstandige van de tweede generatie verdient sociale bescherming',
        'L’indépendant de deuxième génération mérite une protection sociale',
        'The second-generation self-employed deserve social protection',
      ),
      body: nl(
        'Onze sociale zekerheid is gebouwd rond de loontrekkende met één werkgever. Wie vandaag voor tien klanten werkt, valt tussen twee stoelen. Coöperaties als Smart tonen dat het anders kan; de wetgever moet volgen.',
        'Notre sécurité sociale est bâtie autour du salarié à employeur unique. Qui travaille aujourd’hui pour dix clients tombe entre deux chaises. Des coopératives comme Smart montrent qu’on peut faire autrement ; le législateur doit suivre.',
        'Our social security is built around the employee with one employer. Whoever works for ten clients today falls between two stools. Cooperatives like Smart show another way; lawmakers must follow.',
      ),
      status: 'ACCEPTED',
      submittedAt: '2015-12-01',
      decidedAt: '2015-12-08',
    },
    {
      group: 'e1-model',
      authorName: 'Prof. Luc Demeyer (demo), onderzoeker sociale economie',
      authorKind: 'RESEARCHER',
      title: nl(
        'Solidariteit in cijfers: waarom één tarief werkt',
        'La solidarité en chiffres : pourquoi un taux unique fonctionne',
        'Solidarity in figures: why one rate works',
      ),
      body: nl(
        'Wanneer 80 % van de omzet van 20 % van de leden komt, is een vlak percentage de eenvoudigste vorm van herverdeling: het vraagt geen controle van inkomens en blijft voor iedereen leesbaar.',
        'Quand 80 % du chiffre d’affaires vient de 20 % des membres, un pourcentage unique est la forme la plus simple de redistribution : il n’exige aucun contrôle des revenus et reste lisible pour tous.',
        'When 80 % of turnover comes from 20 % of members, a flat percentage is the simplest form of redistribution: it needs no means test and stays readable for all.',
      ),
      status: 'ACCEPTED',
      submittedAt: '2016-01-10',
      decidedAt: '2016-01-15',
    },
  ],
};

const EDITION_2: DemoEdition = {
  cooperative: 'smart-be',
  number: 2,
  period: '2016/2017',
  title: nl('Smart in Progress 2 — van aanbeveling naar uitvoering', 'Smart in Progress 2 — de la recommandation à la mise en œuvre', 'Smart in Progress 2 — from recommendation to implementation', 'HUMAN'),
  status: 'CLOSED',
  launchedBy: 'Algemene vergadering van juni 2016 / Assemblée générale de juin 2016',
  proposalStatus: 'ADOPTED',
  groups: [
    {
      key: 'e2-ethics',
      theme: nl('Het ethisch comité', 'Le comité d’éthique', 'The ethics committee', 'HUMAN'),
      question: nl(
        'Hoe zal het toekomstige ethisch comité van Smart eruitzien?',
        'À quoi ressemblera le futur comité d’éthique de Smart ?',
        'What will Smart’s future ethics committee look like?',
        'HUMAN',
      ),
      description: nl(
        'De taken van het ethisch comité en zijn relaties met de Algemene vergadering en de Raad van bestuur precies omschrijven.',
        'Définir précisément les missions du comité d’éthique et ses relations avec l’assemblée générale et le conseil d’administration.',
        'Define precisely the ethics committee’s tasks and its relations with the general assembly and the board.',
      ),
      meetings: ['2016-10-13', '2016-11-10', '2016-12-08', '2017-01-12', '2017-02-09', '2017-03-09'],
      focus: nl(
        'Gastspreker: hoe werken ethische comités in andere coöperaties?',
        'Invité : comment fonctionnent les comités d’éthique d’autres coopératives ?',
        'Guest speaker: how do ethics committees work in other cooperatives?',
      ),
      guests: [{ meeting: 2, name: 'Mr. Thierry Collard (demo)', role: 'Jurist coöperatief recht / juriste en droit coopératif' }],
      participants: 19,
      roles: { 'ethiek@smart.demo': 'PARTICIPANT' },
      cites: [
        {
          recommendation: 'ethics-committee',
          note: nl(
            'Editie 1 vroeg een intern ethisch comité; deze groep werkt uit hoe het eruitziet.',
            'L’édition 1 a demandé un comité d’éthique interne ; ce groupe en précise la forme.',
            'Edition 1 asked for an internal ethics committee; this group works out its form.',
          ),
        },
      ],
      recommendations: [
        {
          key: 'ethics-touchstones',
          text: {
            title: nl(
              'Het ethisch comité drie toetsstenen geven',
              'Donner trois pierres de touche au comité d’éthique',
              'Give the ethics committee three touchstones',
            ),
            body: nl(
              'Het comité toetst de activiteiten aan drie vragen: menswaardige arbeidsomstandigheden en lonen; doel en context van de productie; de ecologische voetafdruk.',
              'Le comité examine les activités à l’aune de trois questions : conditions de travail et rémunérations dignes ; finalité et contexte de la production ; empreinte écologique.',
              'The committee tests activities against three questions: decent working conditions and pay; purpose and context of production; ecological footprint.',
            ),
            rationale: nl(
              'Zonder duidelijke criteria wordt elk advies een discussie over smaak.',
              'Sans critères clairs, chaque avis devient un débat de goûts.',
              'Without clear criteria every opinion becomes a debate about taste.',
            ),
            expectedOutcome: nl(
              'Adviezen die vennoten kunnen begrijpen en voorspellen.',
              'Des avis que les coopérateurs peuvent comprendre et anticiper.',
              'Opinions that members can understand and anticipate.',
            ),
            proposedOwner: 'Ethisch comité / Comité d’éthique',
            successIndicator: nl(
              'Elk advies verwijst naar de drie toetsstenen',
              'Chaque avis se réfère aux trois pierres de touche',
              'Every opinion refers to the three touchstones',
            ),
          },
          testimonies: [
            fr(
              'Les réunions étaient très animées. Au début on a un peu perdu l’objectif de vue, mais on a fini par dire clairement ce qui compte pour le conseil et l’assemblée.',
              'De vergaderingen verliepen zeer geanimeerd. In het begin verloren we het doel wat uit het oog, maar uiteindelijk hebben we duidelijk gezegd wat telt voor de Raad en de Algemene vergadering.',
              'The meetings were very lively. At first we lost sight of the aim a little, but in the end we said clearly what matters for the board and the assembly.',
            ),
          ],
          steps: [
            { t: 'submit', on: '2017-03-16', meeting: 5 },
            { t: 'startReview', on: '2017-03-28' },
            { t: 'endorse', on: '2017-04-25', board: 'be-2017-04', vote: [15, 0, 3] },
            { t: 'convert', on: '2017-05-23', board: 'be-2017-05' },
            { t: 'putToAssembly', on: '2017-05-23', board: 'be-2017-05' },
          ],
          proposals: [
            {
              title: nl(
                'Een handvest van het ethisch comité met drie toetsstenen',
                'Une charte du comité d’éthique avec trois pierres de touche',
                'An ethics committee charter with three touchstones',
              ),
              body: nl(
                'Het handvest van het comité legt de drie toetsstenen vast en bepaalt hoe een vennoot of de Raad een advies vraagt.',
                'La charte du comité fixe les trois pierres de touche et précise comment un coopérateur ou le conseil demande un avis.',
                'The committee’s charter sets out the three touchstones and how a member or the board asks for an opinion.',
              ),
              owner: 'Ethisch comité / Comité d’éthique',
            },
          ],
        },
        {
          key: 'ethics-attach-assembly',
          text: {
            title: nl(
              'Het comité verbinden aan de Algemene vergadering',
              'Rattacher le comité à l’assemblée générale',
              'Attach the committee to the general assembly',
            ),
            body: nl(
              'Het ethisch comité telt vijftien vennoten, verkozen voor twee jaar, en adviseert rechtstreeks de Algemene vergadering, niet de Raad van bestuur.',
              'Le comité d’éthique compte quinze coopérateurs élus pour deux ans et conseille directement l’assemblée générale, et non le conseil d’administration.',
              'The ethics committee has fifteen members elected for two years and advises the general assembly directly, not the board.',
            ),
            rationale: nl(
              'Een comité dat de Raad adviseert, kan de Raad moeilijk tegenspreken.',
              'Un comité qui conseille le conseil d’administration peut difficilement le contredire.',
              'A committee that advises the board can hardly contradict it.',
            ),
            expectedOutcome: nl(
              'Een onafhankelijk comité met een duidelijk mandaat.',
              'Un comité indépendant au mandat clair.',
              'An independent committee with a clear mandate.',
            ),
            proposedOwner: 'Algemene vergadering / Assemblée générale',
            successIndicator: nl(
              'Het comité is verkozen op de Algemene vergadering',
              'Le comité est élu par l’assemblée générale',
              'The committee is elected by the general assembly',
            ),
          },
          testimonies: [
            nl(
              'Twee jaar is lang genoeg om te leren, kort genoeg om plaats te maken voor anderen.',
              'Deux ans, c’est assez pour apprendre et assez court pour laisser la place à d’autres.',
              'Two years is long enough to learn, short enough to make room for others.',
            ),
          ],
          steps: [
            { t: 'submit', on: '2017-03-16', meeting: 5 },
            { t: 'startReview', on: '2017-03-28' },
            {
              t: 'merge',
              on: '2017-04-25',
              board: 'be-2017-04',
              vote: [14, 1, 3],
              into: 'ethics-committee',
              reason:
                'De samenstelling en het mandaat worden opgenomen in het actievoorstel van "Een intern ethisch comité oprichten" (editie 1). / La composition et le mandat sont repris dans la proposition d’action de « Créer un comité d’éthique interne » (édition 1).',
            },
          ],
        },
      ],
    },
    {
      key: 'e2-representation',
      theme: nl('De vertegenwoordiging van Smart', 'La représentation de Smart', 'Representing Smart', 'HUMAN'),
      question: nl(
        'Hoe kunnen we de vertegenwoordiging van Smart in de toekomst organiseren?',
        'Comment organiser à l’avenir la représentation de Smart ?',
        'How can we organise Smart’s representation in future?',
        'HUMAN',
      ),
      description: nl(
        'De vertegenwoordigingsopdrachten van Smart bepalen en openstellen voor de vennoten: overleg met overheden, sectorfederaties, vakbonden.',
        'Définir les mandats de représentation de Smart et les ouvrir aux coopérateurs : concertation avec les pouvoirs publics, fédérations sectorielles, syndicats.',
        'Define Smart’s representation mandates and open them to members: talks with public authorities, sector federations, unions.',
      ),
      meetings: ['2016-10-18', '2016-11-15', '2016-12-13', '2017-01-17', '2017-02-14', '2017-03-14'],
      focus: nl(
        'Gastspreker van een vakbond: wat vraagt vertegenwoordiging?',
        'Invitée syndicale : que demande la représentation ?',
        'Union guest: what does representation require?',
      ),
      guests: [{ meeting: 2, name: 'Annick Van den Broeck (demo)', role: 'Vakbondssecretaris / secrétaire syndicale' }],
      participants: 11,
      recommendations: [
        {
          key: 'open-mandates',
          text: {
            title: nl(
              'De vertegenwoordigingsmandaten openstellen voor de vennoten',
              'Ouvrir les mandats de représentation aux coopérateurs',
              'Open representation mandates to members',
            ),
            body: nl(
              'Voor elk vertegenwoordigingsmandaat doet Smart een open oproep aan de vennoten; de Raad van bestuur kiest en de gekozen vennoot brengt verslag uit.',
              'Pour chaque mandat de représentation, Smart lance un appel ouvert aux coopérateurs ; le conseil choisit et le coopérateur désigné fait rapport.',
              'For each representation mandate Smart makes an open call to members; the board chooses and the chosen member reports back.',
            ),
            rationale: nl(
              'Vennoten kennen hun sector vaak beter dan de vaste medewerkers.',
              'Les coopérateurs connaissent souvent leur secteur mieux que les permanents.',
              'Members often know their sector better than staff do.',
            ),
            expectedOutcome: nl(
              'Meer vennoten die Smart vertegenwoordigen.',
              'Plus de coopérateurs qui représentent Smart.',
              'More members representing Smart.',
            ),
            proposedOwner: OWNER_BOARD,
            successIndicator: nl(
              'Aantal mandaten opgenomen door vennoten',
              'Nombre de mandats exercés par des coopérateurs',
              'Number of mandates held by members',
            ),
          },
          testimonies: [
            fr(
              'Je siège déjà dans une commission du secteur musical. Pourquoi ne pas y parler au nom de Smart ?',
              'Ik zetel al in een commissie van de muzieksector. Waarom daar niet namens Smart spreken?',
              'I already sit on a music-sector committee. Why not speak there on behalf of Smart?',
            ),
          ],
          steps: [
            { t: 'submit', on: '2017-03-17', meeting: 5 },
            { t: 'startReview', on: '2017-03-28' },
            { t: 'endorse', on: '2017-04-25', board: 'be-2017-04', vote: [13, 2, 3] },
            { t: 'convert', on: '2017-05-23', board: 'be-2017-05' },
            { t: 'putToAssembly', on: '2017-05-23', board: 'be-2017-05' },
          ],
          proposals: [
            {
              title: nl(
                'Een open oproep voor elk vertegenwoordigingsmandaat',
                'Un appel ouvert pour chaque mandat de représentation',
                'An open call for every representation mandate',
              ),
              body: nl(
                'Elk mandaat wordt op het platform gepubliceerd; vennoten stellen zich kandidaat en brengen jaarlijks verslag uit.',
                'Chaque mandat est publié sur la plateforme ; les coopérateurs se portent candidats et font rapport chaque année.',
                'Every mandate is published on the platform; members apply and report back every year.',
              ),
              owner: OWNER_BOARD,
            },
          ],
        },
        {
          key: 'paid-representatives',
          text: {
            title: nl(
              'Vertegenwoordigers vergoeden uit de solidaire bijdrage',
              'Rémunérer les représentants sur la contribution solidaire',
              'Pay representatives from the solidarity contribution',
            ),
            body: nl(
              'Vennoten die Smart vertegenwoordigen, krijgen een vast dagtarief betaald uit de solidaire bijdrage.',
              'Les coopérateurs qui représentent Smart reçoivent un tarif journalier fixe payé sur la contribution solidaire.',
              'Members who represent Smart receive a fixed daily rate paid from the solidarity contribution.',
            ),
            rationale: nl(
              'Een dag vertegenwoordiging is een dag zonder facturatie.',
              'Une journée de représentation est une journée sans facturation.',
              'A day of representation is a day without invoicing.',
            ),
            expectedOutcome: nl(
              'Ook vennoten met een klein inkomen kunnen een mandaat opnemen.',
              'Les coopérateurs aux petits revenus peuvent eux aussi exercer un mandat.',
              'Members on low incomes can take on a mandate too.',
            ),
            proposedOwner: OWNER_FIN,
            successIndicator: nl(
              'Diversiteit van inkomens onder de vertegenwoordigers',
              'Diversité des revenus parmi les représentants',
              'Income diversity among representatives',
            ),
          },
          testimonies: [
            nl(
              'Ik wil graag vertegenwoordigen, maar ik kan me geen dag zonder inkomen veroorloven.',
              'Je veux bien représenter, mais je ne peux pas me permettre une journée sans revenu.',
            ),
          ],
          steps: [
            { t: 'submit', on: '2017-03-17', meeting: 5 },
            { t: 'startReview', on: '2017-03-28' },
            {
              t: 'decline',
              on: '2017-04-25',
              board: 'be-2017-04',
              vote: [12, 3, 3],
              reason:
                'De solidaire bijdrage financiert de gemeenschappelijke diensten van alle vennoten; de Raad wil er geen vergoedingen uit betalen. Reiskosten worden wel terugbetaald, en de Raad vraagt een voorstel voor een vrijwilligersvergoeding. / La contribution solidaire finance les services communs de tous ; le conseil ne veut pas y prélever d’indemnités. Les frais de déplacement sont remboursés, et le conseil demande une proposition d’indemnité de volontariat.',
            },
          ],
        },
      ],
    },
    {
      key: 'e2-transparency',
      theme: nl('Economische transparantie', 'Transparence économique', 'Economic transparency', 'HUMAN'),
      question: nl(
        'Hoe kunnen we de economische transparantie van Smart in de toekomst waarborgen?',
        'Comment garantir à l’avenir la transparence économique de Smart ?',
        'How do we guarantee Smart’s economic transparency?',
        'HUMAN',
      ),
      description: nl(
        'De transparantie en het financieel en economisch inzicht in de coöperatie verbeteren: wat moet elke vennoot kunnen lezen, en hoe?',
        'Améliorer la transparence et la compréhension financière et économique de la coopérative : que doit pouvoir lire chaque coopérateur, et comment ?',
        'Improve transparency and financial and economic insight into the cooperative: what should every member be able to read, and how?',
      ),
      meetings: ['2016-10-20', '2016-11-17', '2016-12-15', '2017-01-19', '2017-02-16', '2017-03-16'],
      focus: nl(
        'Workshop met de bedrijfsrevisor: een jaarrekening lezen',
        'Atelier avec le réviseur d’entreprise : lire des comptes annuels',
        'Workshop with the auditor: reading annual accounts',
      ),
      guests: [{ meeting: 2, name: 'Véronique Hanssens (demo)', role: 'Bedrijfsrevisor / réviseure d’entreprise' }],
      participants: 15,
      cites: [
        {
          recommendation: 'readable-figures',
          note: nl(
            'De werkgroep economisch model van editie 1 miste duidelijke cijfers: daaruit groeide dit thema.',
            'Le groupe modèle économique de l’édition 1 manquait de chiffres clairs : ce thème en est né.',
            'The economic-model group of edition 1 lacked clear figures: this theme grew from that.',
          ),
        },
        {
          recommendation: 'solidarity-rate',
          note: nl(
            'Waar gaat de solidaire bijdrage van 6,5 % naartoe?',
            'Où va la contribution solidaire de 6,5 % ?',
            'Where does the 6.5 % solidarity contribution go?',
          ),
        },
      ],
      recommendations: [
        {
          key: 'simplified-report',
          text: {
            title: nl(
              'Elk kwartaal een vereenvoudigd financieel verslag publiceren',
              'Publier chaque trimestre un rapport financier simplifié',
              'Publish a simplified financial report every quarter',
            ),
            body: nl(
              'Elk kwartaal publiceert Smart een vereenvoudigd financieel verslag voor alle vennoten, in gewone taal, op het platform.',
              'Chaque trimestre, Smart publie pour tous les coopérateurs un rapport financier simplifié, en langage courant, sur la plateforme.',
              'Every quarter Smart publishes a simplified financial report for all members, in plain language, on the platform.',
            ),
            rationale: nl(
              'Een jaarrekening van honderd bladzijden is transparant op papier, niet in de praktijk.',
              'Des comptes annuels de cent pages sont transparents sur le papier, pas dans les faits.',
              'A hundred-page annual account is transparent on paper, not in practice.',
            ),
            expectedOutcome: nl(
              'Vennoten die de financiële gezondheid van hun coöperatie kennen.',
              'Des coopérateurs qui connaissent la santé financière de leur coopérative.',
              'Members who know their cooperative’s financial health.',
            ),
            proposedOwner: OWNER_FIN,
            successIndicator: nl(
              'Aantal keer dat het verslag gelezen wordt; vragen op de Algemene vergadering',
              'Nombre de lectures du rapport ; questions à l’assemblée générale',
              'Number of times the report is read; questions at the general assembly',
            ),
          },
          board: {
            title: nl(
              'Elk jaar een vereenvoudigd financieel verslag publiceren',
              'Publier chaque année un rapport financier simplifié',
              'Publish a simplified financial report every year',
            ),
            body: nl(
              'Elk jaar publiceert Smart een vereenvoudigd financieel verslag voor alle vennoten, in gewone taal, met per dienst wat hij kost en opbrengt; het wordt voorgesteld op de Algemene vergadering.',
              'Chaque année, Smart publie pour tous les coopérateurs un rapport financier simplifié, en langage courant, avec pour chaque service ce qu’il coûte et rapporte ; il est présenté à l’assemblée générale.',
              'Every year Smart publishes a simplified financial report for all members, in plain language, showing what each service costs and brings in; it is presented at the general assembly.',
            ),
          },
          testimonies: [
            nl(
              'We voelden dat we hierin verder moesten gaan. Transparantie bleek een interessante denkpiste.',
              'Nous sentions qu’il fallait aller plus loin. La transparence s’est révélée une piste intéressante.',
              'We felt we had to go further. Transparency turned out to be an interesting path.',
            ),
          ],
          steps: [
            { t: 'submit', on: '2017-03-20', meeting: 5 },
            { t: 'startReview', on: '2017-03-28' },
            {
              t: 'amendAndEndorse',
              on: '2017-04-25',
              board: 'be-2017-04',
              vote: [14, 1, 3],
              reason:
                'Een kwartaalverslag vraagt een afsluiting die nog niet bestaat; de Raad kiest een jaarlijks verslag met cijfers per dienst, voorgesteld op de Algemene vergadering. / Un rapport trimestriel exige une clôture qui n’existe pas encore ; le conseil retient un rapport annuel avec des chiffres par service, présenté à l’assemblée générale.',
            },
            { t: 'convert', on: '2017-05-23', board: 'be-2017-05' },
            { t: 'putToAssembly', on: '2017-05-23', board: 'be-2017-05' },
          ],
          proposals: [
            {
              title: nl(
                'Een jaarlijks vereenvoudigd financieel verslag voor de vennoten',
                'Un rapport financier simplifié annuel pour les coopérateurs',
                'A yearly simplified financial report for members',
              ),
              body: nl(
                'De financiële directie stelt elk jaar een verslag van tien bladzijden op, met per dienst kosten en opbrengsten, voorgesteld op de Algemene vergadering.',
                'La direction financière rédige chaque année un rapport de dix pages, avec coûts et recettes par service, présenté à l’assemblée générale.',
                'The finance department writes a ten-page report every year, with costs and income per service, presented at the general assembly.',
              ),
              owner: OWNER_FIN,
              budgetEur: 20000,
            },
          ],
        },
        {
          key: 'explain-contribution',
          text: {
            title: nl(
              'Uitleggen waar de 6,5 % naartoe gaat',
              'Expliquer où vont les 6,5 %',
              'Explain where the 6.5 % goes',
            ),
            body: nl(
              'Op elke factuur en op het platform toont Smart hoe de solidaire bijdrage van 6,5 % verdeeld wordt over de gemeenschappelijke diensten.',
              'Sur chaque facture et sur la plateforme, Smart montre comment la contribution solidaire de 6,5 % se répartit entre les services communs.',
              'On every invoice and on the platform Smart shows how the 6.5 % solidarity contribution is shared out among the common services.',
            ),
            rationale: nl(
              'Wie begrijpt wat de bijdrage financiert, aanvaardt ze beter.',
              'Qui comprend ce que finance la contribution l’accepte mieux.',
              'Whoever understands what the contribution pays for accepts it more readily.',
            ),
            expectedOutcome: nl(
              'Minder vragen en wantrouwen over de bijdrage.',
              'Moins de questions et de méfiance sur la contribution.',
              'Fewer questions and less distrust about the contribution.',
            ),
            proposedOwner: OWNER_FIN,
            successIndicator: nl(
              'Een verdeelsleutel zichtbaar op het platform',
              'Une clé de répartition visible sur la plateforme',
              'A breakdown visible on the platform',
            ),
          },
          testimonies: [
            fr(
              'Je paie volontiers, mais j’aimerais savoir pour quoi.',
              'Ik betaal graag, maar ik zou willen weten waarvoor.',
              'I am happy to pay, but I would like to know what for.',
            ),
          ],
          steps: [
            { t: 'submit', on: '2017-03-20', meeting: 5 },
            { t: 'startReview', on: '2017-03-28' },
            { t: 'endorse', on: '2017-04-25', board: 'be-2017-04', vote: [16, 0, 2] },
            { t: 'convert', on: '2017-05-23', board: 'be-2017-05' },
            { t: 'putToAssembly', on: '2017-05-23', board: 'be-2017-05' },
          ],
          proposals: [
            {
              title: nl(
                'De verdeling van de solidaire bijdrage tonen',
                'Montrer la répartition de la contribution solidaire',
                'Show how the solidarity contribution is shared out',
              ),
              body: nl(
                'Een pagina op het platform toont elk jaar hoe de 6,5 % verdeeld wordt: begeleiding, administratie, garantiefonds, IT.',
                'Une page de la plateforme montre chaque année comment les 6,5 % se répartissent : accompagnement, administration, fonds de garantie, informatique.',
                'A platform page shows every year how the 6.5 % is shared out: support, administration, guarantee fund, IT.',
              ),
              owner: OWNER_FIN,
            },
          ],
        },
      ],
    },
    {
      key: 'e2-it',
      theme: nl('Samen de IT-tools bouwen', 'Construire ensemble les outils informatiques', 'Building the IT tools together', 'HUMAN'),
      question: nl(
        'Hoe kunnen we voor de ontwikkeling van de IT-tools van Smart beter samenwerken met de gebruikers?',
        'Comment mieux collaborer avec les utilisateurs pour développer les outils informatiques de Smart ?',
        'How can users help build Smart’s IT tools?',
        'HUMAN',
      ),
      description: nl(
        'Reflectie- en consultatieruimtes creëren rond de IT-tools, zodat gebruikers en ontwikkelaars samen prioriteiten leggen.',
        'Créer des espaces de réflexion et de consultation autour des outils informatiques, pour que utilisateurs et développeurs fixent ensemble les priorités.',
        'Create spaces for reflection and consultation on the IT tools, so that users and developers set priorities together.',
      ),
      meetings: ['2016-10-25', '2016-11-22', '2016-12-20', '2017-01-24', '2017-02-21', '2017-03-21'],
      focus: nl(
        'Werkbezoek bij het IT-team: zo ontstaat een nieuwe functie',
        'Visite de l’équipe informatique : ainsi naît une nouvelle fonctionnalité',
        'Site visit to the IT team: how a new feature is born',
      ),
      guests: [{ meeting: 2, name: 'IT-team / équipe informatique', role: 'Werkbezoek / visite' }],
      participants: 12,
      cites: [
        {
          recommendation: 'it-user-groups',
          note: nl(
            'Editie 1 vroeg werkgroepen van gebruikers voor de IT-tools.',
            'L’édition 1 a demandé des groupes d’utilisateurs pour les outils informatiques.',
            'Edition 1 asked for user working groups on the IT tools.',
          ),
        },
      ],
      recommendations: [
        {
          key: 'it-steering',
          text: {
            title: nl(
              'Een stuurcomité van gebruikers oprichten voor de IT-tools',
              'Créer un comité de pilotage d’utilisateurs pour les outils informatiques',
              'Set up a users’ steering committee for the IT tools',
            ),
            body: nl(
              'Een stuurcomité van vennoten en medewerkers voert een kwalitatief en kwantitatief onderzoek uit naar de tevredenheid over de IT-tools en stelt de ontwikkelingsassen voor.',
              'Un comité de pilotage de coopérateurs et de permanents mène une enquête qualitative et quantitative sur la satisfaction à l’égard des outils et propose les axes de développement.',
              'A steering committee of members and staff runs a qualitative and quantitative survey of satisfaction with the IT tools and proposes the lines of development.',
            ),
            rationale: nl(
              'Prioriteiten moeten gesteund zijn op wat gebruikers echt ervaren.',
              'Les priorités doivent reposer sur ce que vivent réellement les utilisateurs.',
              'Priorities must rest on what users really experience.',
            ),
            expectedOutcome: nl(
              'Een gedeelde routekaart voor de IT-tools.',
              'Une feuille de route partagée pour les outils informatiques.',
              'A shared roadmap for the IT tools.',
            ),
            proposedOwner: OWNER_IT,
            successIndicator: nl(
              'Het onderzoek is uitgevoerd; de routekaart is gepubliceerd',
              'L’enquête est réalisée ; la feuille de route est publiée',
              'The survey is done; the roadmap is published',
            ),
          },
          testimonies: [
            nl(
              'Voor het eerst zaten ontwikkelaars en gebruikers aan dezelfde tafel.',
              'Pour la première fois, développeurs et utilisateurs étaient à la même table.',
              'For the first time developers and users sat at the same table.',
            ),
          ],
          steps: [
            { t: 'submit', on: '2017-03-23', meeting: 5 },
            { t: 'startReview', on: '2017-03-28' },
            { t: 'endorse', on: '2017-04-25', board: 'be-2017-04', vote: [16, 0, 2] },
            { t: 'convert', on: '2017-05-23', board: 'be-2017-05' },
            { t: 'putToAssembly', on: '2017-05-23', board: 'be-2017-05' },
          ],
          proposals: [
            {
              title: nl(
                'Een onderzoek naar de tevredenheid over de IT-tools',
                'Une enquête sur la satisfaction à l’égard des outils informatiques',
                'A survey of satisfaction with the IT tools',
              ),
              body: nl(
                'Het stuurcomité voert het onderzoek uit in 2017; de resultaten sturen de uitbouw van het platform voor aankopen, investeringen en afschrijvingen.',
                'Le comité de pilotage mène l’enquête en 2017 ; les résultats guident le développement de la plateforme pour les achats, investissements et amortissements.',
                'The steering committee runs the survey in 2017; the results steer the development of the platform for purchases, investments and depreciation.',
              ),
              owner: OWNER_IT,
              budgetEur: 35000,
            },
          ],
        },
        {
          key: 'digitise-documents',
          text: {
            title: nl(
              'De administratieve stukken digitaliseren',
              'Dématérialiser les pièces administratives',
              'Digitise the paperwork',
            ),
            body: nl(
              'Documenten goedkeuren via e-mail en bewijsstukken — onkostennota’s, bestelbonnen, identiteitskaart — opladen en digitaal bewaren.',
              'Approuver les documents par e-mail et télécharger puis conserver numériquement les pièces — notes de frais, bons de commande, carte d’identité.',
              'Approve documents by e-mail and upload and store supporting documents — expense notes, order forms, identity card — digitally.',
            ),
            rationale: nl(
              'Elke papieren handeling kost de vennoot en de medewerker tijd.',
              'Chaque démarche papier coûte du temps au coopérateur et au permanent.',
              'Every paper step costs the member and the staff time.',
            ),
            expectedOutcome: nl('Minder administratieve taken.', 'Moins de tâches administratives.', 'Fewer administrative tasks.'),
            proposedOwner: OWNER_IT,
            successIndicator: nl(
              'Aandeel digitaal ingediende stukken',
              'Part des pièces déposées numériquement',
              'Share of documents submitted digitally',
            ),
          },
          testimonies: [
            fr(
              'Envoyer une photo de mon ticket depuis mon téléphone, c’est tout ce que je demande.',
              'Een foto van mijn kasticket versturen met mijn telefoon, meer vraag ik niet.',
            ),
          ],
          steps: [
            { t: 'submit', on: '2017-03-23', meeting: 5 },
            { t: 'startReview', on: '2017-03-28' },
            { t: 'endorse', on: '2017-04-25', board: 'be-2017-04', vote: [16, 0, 2] },
            { t: 'convert', on: '2017-05-23', board: 'be-2017-05' },
            { t: 'putToAssembly', on: '2017-05-23', board: 'be-2017-05' },
          ],
          proposals: [
            {
              title: nl(
                'Goedkeuring via e-mail en digitale bewijsstukken',
                'Approbation par e-mail et pièces justificatives numériques',
                'Approval by e-mail and digital supporting documents',
              ),
              body: nl(
                'Het platform laat toe stukken op te laden en te bewaren, en documenten per e-mail goed te keuren; de interfaces worden geschikt voor smartphones en tablets.',
                'La plateforme permet de télécharger et conserver les pièces et d’approuver les documents par e-mail ; les interfaces s’adaptent aux smartphones et tablettes.',
                'The platform lets members upload and keep documents and approve them by e-mail; the interfaces are adapted to smartphones and tablets.',
              ),
              owner: OWNER_IT,
              budgetEur: 180000,
            },
          ],
        },
      ],
    },
  ],
  smallTalks: [
    {
      group: 'e2-ethics',
      branch: 'Charleroi',
      heldOn: '2016-12-01',
      title: nl('Small talk: welke activiteiten weigeren we?', 'Small talk : quelles activités refusons-nous ?', 'Small talk: which activities do we refuse?'),
      report: nl(
        'Levendig debat over reclame, wapenhandel en fast fashion. De deelnemers willen criteria, geen lijst van verboden beroepen.',
        'Débat animé sur la publicité, le commerce d’armes et la fast fashion. Les participants veulent des critères, pas une liste de métiers interdits.',
        'Lively debate on advertising, the arms trade and fast fashion. Participants want criteria, not a list of forbidden trades.',
      ),
    },
    {
      group: 'e2-transparency',
      branch: 'Antwerpen',
      heldOn: '2017-01-26',
      title: nl('Small talk: een jaarrekening in gewone taal', 'Small talk : des comptes en langage courant', 'Small talk: accounts in plain language'),
      report: nl(
        'De werkgroep toonde een eerste ontwerp van vereenvoudigd verslag. Vraag van de zaal: cijfers per dienst.',
        'Le groupe a montré un premier projet de rapport simplifié. Demande de la salle : des chiffres par service.',
      ),
    },
  ],
  writings: [
    {
      group: 'e2-representation',
      authorName: 'Annick Van den Broeck (demo), vakbondssecretaris',
      authorKind: 'UNION',
      title: nl(
        'Vakbonden en autonome werkers: een nieuw verbond',
        'Syndicats et travailleurs autonomes : une nouvelle alliance',
        'Unions and autonomous workers: a new alliance',
      ),
      body: nl(
        'De vakbeweging heeft lang de zelfstandige als een tegenpool gezien. Autonome werkers in een coöperatie zijn werknemers met een eigen onderneming: zij hebben ons nodig, en wij hen.',
        'Le mouvement syndical a longtemps vu l’indépendant comme un opposé. Les travailleurs autonomes en coopérative sont des salariés porteurs de leur propre activité : ils ont besoin de nous, et nous d’eux.',
        'The union movement long saw the self-employed as its opposite. Autonomous workers in a cooperative are employees running their own activity: they need us, and we need them.',
      ),
      status: 'ACCEPTED',
      submittedAt: '2016-11-20',
      decidedAt: '2016-11-28',
    },
    {
      group: 'e2-transparency',
      authorName: 'Bruno Lemaire-Stas (demo), consultant',
      authorKind: 'OTHER',
      title: nl('Onze diensten voor uw jaarverslag', 'Nos services pour votre rapport annuel', 'Our services for your annual report'),
      body: nl(
        'Ons kantoor biedt een pakket aan voor de opmaak van uw vereenvoudigd verslag.',
        'Notre bureau propose un forfait pour la mise en page de votre rapport simplifié.',
      ),
      status: 'DECLINED',
      submittedAt: '2017-01-05',
      decidedAt: '2017-01-09',
      decisionReason: 'Commercieel aanbod, geen bijdrage aan het debat. / Offre commerciale, pas une contribution au débat.',
    },
  ],
};

const EDITION_3: DemoEdition = {
  cooperative: 'smart-be',
  number: 3,
  period: '2018/2019',
  title: nl('Smart in Progress 3 — samen sterker', 'Smart in Progress 3 — plus forts ensemble', 'Smart in Progress 3 — stronger together', 'HUMAN'),
  status: 'BOARD_REVIEW',
  launchedBy: 'Algemene vergadering van juni 2018 / Assemblée générale de juin 2018',
  proposalStatus: 'ON_AGENDA',
  groups: [
    {
      key: 'e3-purchasing',
      theme: nl('Een milieubewuste aankoopcentrale', 'Une centrale d’achat écologique', 'An ecological purchasing cooperative', 'HUMAN'),
      question: nl(
        'Een milieubewuste aankoopcentrale: goedkoper aankopen, maar niet alleen dat! Hoe voordeel halen uit de kracht van het collectief bij het gezamenlijk aankopen in een ecologisch verantwoord kader?',
        'Une centrale d’achat écologique : acheter moins cher, mais pas seulement ! Comment tirer parti de la force du collectif pour acheter ensemble dans un cadre écologiquement responsable ?',
        'An ecological purchasing cooperative: buying cheaper, but not only that! How can we use the strength of the collective to buy together in an ecologically responsible way?',
      ),
      description: nl(
        'Aankopen groeperen, leveringen centraliseren, leveranciers kiezen volgens de principes van het coöperatieve project.',
        'Grouper les achats, centraliser les livraisons, choisir les fournisseurs selon les principes du projet coopératif.',
        'Group purchases, centralise deliveries, choose suppliers on the principles of the cooperative project.',
      ),
      meetings: ['2018-11-08', '2018-12-13', '2019-01-10', '2019-02-14', '2019-03-14', '2019-04-11', '2019-05-09'],
      focus: nl(
        'Werkbezoek aan een coöperatieve groothandel in biologische producten',
        'Visite d’un grossiste coopératif en produits biologiques',
        'Site visit to a cooperative wholesaler of organic products',
      ),
      guests: [
        { meeting: 2, name: 'Coop Bio Grossiste (demo)', role: 'Werkbezoek / visite' },
        { meeting: 3, name: 'Sarah Mertens (demo)', role: 'Inkoopster / acheteuse' },
      ],
      participants: 17,
      roles: { 'bestuur@smart.demo': 'LEAD', 'partner@smart.demo': 'PARTICIPANT' },
      cites: [
        {
          recommendation: 'collaborative-economy',
          note: nl(
            'Eén van de acties van "De collaboratieve economie versterken" was een aankoopcentrale.',
            'Une des actions de « Renforcer l’économie collaborative » était une centrale d’achat.',
            'One of the actions of "Strengthen the collaborative economy" was a purchasing cooperative.',
          ),
        },
      ],
      draftMinutes: [6],
      recommendations: [
        {
          key: 'purchasing-pilot',
          text: {
            title: nl(
              'Een ecologische aankoopcentrale voor de vennoten oprichten',
              'Créer une centrale d’achat écologique pour les coopérateurs',
              'Set up an ecological purchasing cooperative for members',
            ),
            body: nl(
              'Smart richt een aankoopcentrale op die aankopen groepeert (materiaal, software, energie), leveringen centraliseert en leveranciers kiest op sociale en ecologische criteria.',
              'Smart crée une centrale d’achat qui groupe les achats (matériel, logiciels, énergie), centralise les livraisons et choisit ses fournisseurs sur des critères sociaux et écologiques.',
              'Smart sets up a purchasing cooperative that groups purchases (equipment, software, energy), centralises deliveries and chooses suppliers on social and ecological criteria.',
            ),
            rationale: nl(
              'Alleen betaalt een autonome werker de volle prijs; samen wegen duizenden vennoten op de markt.',
              'Seul, un travailleur autonome paie le prix fort ; ensemble, des milliers de coopérateurs pèsent sur le marché.',
              'Alone, an autonomous worker pays full price; together, thousands of members carry weight in the market.',
            ),
            expectedOutcome: nl(
              'Lagere kosten en een kleinere ecologische voetafdruk.',
              'Des coûts plus bas et une empreinte écologique réduite.',
              'Lower costs and a smaller ecological footprint.',
            ),
            proposedOwner: OWNER_COOP,
            successIndicator: nl(
              'Aantal vennoten dat via de centrale koopt; bespaarde kosten; aandeel gecertificeerde leveranciers',
              'Nombre de coopérateurs qui achètent via la centrale ; économies ; part de fournisseurs certifiés',
              'Number of members buying through the cooperative; savings; share of certified suppliers',
            ),
          },
          testimonies: [
            nl(
              'Ik koop elk jaar een nieuwe laptop. Met vijftig samen kopen we een betere, die langer meegaat.',
              'J’achète un nouvel ordinateur chaque année. À cinquante, on en achète un meilleur, qui dure plus longtemps.',
              'I buy a new laptop every year. Fifty of us together buy a better one that lasts longer.',
            ),
          ],
          steps: [
            { t: 'submit', on: '2019-04-15', meeting: 5 },
            { t: 'startReview', on: '2019-04-30' },
            { t: 'endorse', on: '2019-05-21', board: 'be-2019-05', vote: [14, 1, 3] },
            { t: 'convert', on: '2019-06-04', board: 'be-2019-06' },
            { t: 'putToAssembly', on: '2019-06-04', board: 'be-2019-06' },
          ],
          proposals: [
            {
              title: nl(
                'Een proefproject aankoopcentrale in 2019–2020',
                'Un projet pilote de centrale d’achat en 2019–2020',
                'A purchasing-cooperative pilot in 2019–2020',
              ),
              body: nl(
                'Een proefjaar met drie productfamilies (IT-materiaal, groene energie, kantoorbenodigdheden), leveranciers gekozen op sociale en ecologische criteria, en een evaluatie op de Algemene vergadering van 2020.',
                'Une année pilote avec trois familles de produits (matériel informatique, énergie verte, fournitures de bureau), des fournisseurs choisis sur des critères sociaux et écologiques, et une évaluation à l’assemblée générale de 2020.',
                'A pilot year with three product families (IT equipment, green energy, office supplies), suppliers chosen on social and ecological criteria, and an evaluation at the 2020 general assembly.',
              ),
              owner: OWNER_COOP,
              budgetEur: 60000,
            },
          ],
        },
        {
          key: 'supplier-criteria',
          text: {
            title: nl(
              'Leveranciers kiezen op sociale en ecologische criteria',
              'Choisir les fournisseurs sur des critères sociaux et écologiques',
              'Choose suppliers on social and ecological criteria',
            ),
            body: nl(
              'Een openbare lijst van criteria — arbeidsomstandigheden, korte keten, herstelbaarheid — bepaalt welke leveranciers in de aankoopcentrale komen.',
              'Une liste publique de critères — conditions de travail, circuit court, réparabilité — détermine quels fournisseurs entrent dans la centrale.',
              'A public list of criteria — working conditions, short supply chain, repairability — decides which suppliers enter the purchasing cooperative.',
            ),
            rationale: nl(
              'Goedkoper mag niet betekenen: ten koste van anderen.',
              'Moins cher ne doit pas vouloir dire : aux dépens des autres.',
              'Cheaper must not mean: at the expense of others.',
            ),
            expectedOutcome: nl(
              'Leveranciers die de waarden van de coöperatie delen.',
              'Des fournisseurs qui partagent les valeurs de la coopérative.',
              'Suppliers who share the cooperative’s values.',
            ),
            proposedOwner: 'Ethisch comité / Comité d’éthique',
            successIndicator: nl(
              'Gepubliceerde criteria; aandeel leveranciers dat eraan voldoet',
              'Critères publiés ; part des fournisseurs qui les respectent',
              'Published criteria; share of suppliers meeting them',
            ),
          },
          testimonies: [
            fr(
              'Je préfère payer un peu plus un fournisseur du coin qu’on connaît.',
              'Ik betaal liever wat meer aan een leverancier uit de buurt die we kennen.',
              'I would rather pay a little more to a local supplier we know.',
            ),
          ],
          steps: [
            { t: 'submit', on: '2019-04-15', meeting: 5 },
            { t: 'startReview', on: '2019-04-30' },
          ],
          reviewNote: 'Vraag aan het ethisch comité: kunnen deze criteria aansluiten bij de drie toetsstenen? / Question au comité d’éthique : ces critères rejoignent-ils les trois pierres de touche ?',
        },
        {
          key: 'pool-equipment',
          text: {
            title: nl(
              'Dure uitrusting delen tussen vennoten',
              'Mutualiser le matériel coûteux entre coopérateurs',
              'Pool expensive equipment between members',
            ),
            body: nl(
              'Camera’s, geluidsinstallaties en machines die weinig gebruikt worden, worden via het platform gedeeld of verhuurd tussen vennoten.',
              'Caméras, systèmes son et machines peu utilisés sont partagés ou loués entre coopérateurs via la plateforme.',
              'Cameras, sound systems and machines that are rarely used are shared or rented between members through the platform.',
            ),
            rationale: nl(
              'Een machine die stilstaat, kost geld en grondstoffen.',
              'Une machine à l’arrêt coûte de l’argent et des matières premières.',
              'An idle machine costs money and raw materials.',
            ),
            expectedOutcome: nl(
              'Minder aankopen, meer gebruik van wat er al is.',
              'Moins d’achats, plus d’usage de ce qui existe déjà.',
              'Fewer purchases, more use of what exists.',
            ),
            proposedOwner: OWNER_COOP,
            successIndicator: nl(
              'Aantal gedeelde toestellen en uitleningen per jaar',
              'Nombre d’appareils partagés et de prêts par an',
              'Number of shared devices and loans per year',
            ),
          },
          testimonies: [
            nl(
              'Mijn drone ligt elf maanden per jaar in de kast.',
              'Mon drone reste onze mois par an dans l’armoire.',
            ),
          ],
          steps: [],
        },
      ],
    },
    {
      key: 'e3-impact',
      theme: nl('De sociale impact meten', 'Mesurer l’impact social', 'Measuring social impact', 'HUMAN'),
      question: nl(
        'De sociale impact van Smart meten, is dit mogelijk?',
        'Mesurer l’impact social de Smart, est-ce possible ?',
        'Can we measure our social impact?',
        'HUMAN',
      ),
      description: nl(
        'Bepalen wat een coöperatie als meetbare sociale impact beschouwt is beleid, geen techniek. De groep kiest waarden; daarna nemen de indicatoren het over.',
        'Définir ce qu’une coopérative considère comme un impact social mesurable relève de la politique, pas de la technique. Le groupe choisit des valeurs ; les indicateurs suivent.',
        'Deciding what a cooperative counts as measurable social impact is policy, not technique. The group chooses values; indicators follow.',
      ),
      meetings: ['2018-11-15', '2018-12-20', '2019-01-17', '2019-02-21', '2019-03-21', '2019-04-18', '2019-05-16'],
      focus: nl(
        'Gastspreker: wat zijn externe effecten, en hoe meet je ze?',
        'Invitée : que sont les externalités, et comment les mesurer ?',
        'Guest speaker: what are externalities, and how are they measured?',
      ),
      guests: [{ meeting: 2, name: 'Dr. Marie-Claire Noël (demo)', role: 'Onderzoekster sociale impact / chercheuse en impact social' }],
      participants: 13,
      cites: [
        {
          recommendation: 'ethics-touchstones',
          note: nl(
            'De indicatoren geven het ethisch comité instrumenten voor zijn drie toetsstenen.',
            'Les indicateurs donnent au comité d’éthique des outils pour ses trois pierres de touche.',
            'The indicators give the ethics committee tools for its three touchstones.',
          ),
        },
      ],
      draftMinutes: [6],
      recommendations: [
        {
          key: 'impact-indicators',
          text: {
            title: nl(
              'De sociale impact meten met enkele indicatoren die de vennoten kiezen',
              'Mesurer l’impact social avec quelques indicateurs choisis par les coopérateurs',
              'Measure social impact with a few indicators chosen by members',
            ),
            body: nl(
              'Een korte lijst van indicatoren — inkomenszekerheid, toegang tot sociale bescherming, opleiding, ecologische voetafdruk — gekozen door de vennoten en jaarlijks gemeten.',
              'Une courte liste d’indicateurs — sécurité des revenus, accès à la protection sociale, formation, empreinte écologique — choisis par les coopérateurs et mesurés chaque année.',
              'A short list of indicators — income security, access to social protection, training, ecological footprint — chosen by members and measured every year.',
            ),
            rationale: nl(
              'Wat we meten, bepaalt wat we belangrijk vinden. Dat mag niet alleen aan deskundigen worden overgelaten.',
              'Ce que nous mesurons dit ce qui compte pour nous. On ne peut pas le laisser aux seuls experts.',
              'What we measure says what we value. It cannot be left to experts alone.',
            ),
            expectedOutcome: nl(
              'Een meetkader voor het ethisch comité.',
              'Un cadre de mesure pour le comité d’éthique.',
              'A measurement framework for the ethics committee.',
            ),
            proposedOwner: 'Ethisch comité / Comité d’éthique',
            successIndicator: nl(
              'Eerste meting gepubliceerd binnen het jaar',
              'Première mesure publiée dans l’année',
              'First measurement published within the year',
            ),
          },
          earlierBody: nl(
            'Een lijst van indicatoren om de sociale impact van Smart te meten.',
            'Une liste d’indicateurs pour mesurer l’impact social de Smart.',
            'A list of indicators to measure Smart’s social impact.',
          ),
          testimonies: [
            fr(
              'On ne voulait pas devenir des spécialistes, mais dire ce qui compte. Les indicateurs, ça vient après.',
              'We wilden geen specialisten worden, maar zeggen wat telt. De indicatoren komen daarna.',
              'We did not want to become specialists, but to say what counts. Indicators come after.',
            ),
          ],
          steps: [
            { t: 'submit', on: '2019-04-23', meeting: 5 },
            { t: 'startReview', on: '2019-04-30' },
            { t: 'endorse', on: '2019-05-21', board: 'be-2019-05', vote: [15, 0, 3] },
            { t: 'convert', on: '2019-06-04', board: 'be-2019-06' },
            { t: 'putToAssembly', on: '2019-06-04', board: 'be-2019-06' },
          ],
          proposals: [
            {
              title: nl(
                'Een raster van sociale-impactindicatoren voor het ethisch comité',
                'Une grille d’indicateurs d’impact social pour le comité d’éthique',
                'A grid of social-impact indicators for the ethics committee',
              ),
              body: nl(
                'Een studie levert op korte termijn conceptuele instrumenten en beoordelingscategorieën voor het ethisch comité; de eerste meting wordt voorgesteld op de Algemene vergadering van 2020.',
                'Une étude fournit à court terme des outils conceptuels et des catégories d’évaluation au comité d’éthique ; la première mesure est présentée à l’assemblée générale de 2020.',
                'A study provides the ethics committee with conceptual tools and assessment categories in the short term; the first measurement is presented at the 2020 general assembly.',
              ),
              owner: 'Ethisch comité / Comité d’éthique',
              budgetEur: 25000,
            },
          ],
        },
        {
          key: 'impact-report',
          text: {
            title: nl(
              'Elk jaar een sociaal-impactverslag publiceren naast de rekeningen',
              'Publier chaque année un rapport d’impact social à côté des comptes',
              'Publish a social-impact report every year alongside the accounts',
            ),
            body: nl(
              'Het verslag over de sociale impact wordt samen met de jaarrekening voorgesteld op de Algemene vergadering.',
              'Le rapport d’impact social est présenté avec les comptes annuels à l’assemblée générale.',
              'The social-impact report is presented with the annual accounts at the general assembly.',
            ),
            rationale: nl(
              'Een coöperatie met sociaal oogmerk legt rekenschap af over haar doel, niet alleen over haar winst.',
              'Une coopérative à finalité sociale rend compte de sa finalité, pas seulement de son résultat.',
              'A cooperative with a social purpose accounts for its purpose, not only its profit.',
            ),
            expectedOutcome: nl(
              'Sociale impact krijgt hetzelfde gewicht als de cijfers.',
              'L’impact social pèse autant que les chiffres.',
              'Social impact weighs as much as the figures.',
            ),
            proposedOwner: OWNER_DG,
            successIndicator: nl(
              'Verslag voorgesteld op de Algemene vergadering',
              'Rapport présenté à l’assemblée générale',
              'Report presented at the general assembly',
            ),
          },
          testimonies: [],
          steps: [{ t: 'submit', on: '2019-04-23', meeting: 5 }],
        },
        {
          key: 'interpreters',
          text: {
            title: nl(
              'Opnieuw tolken inzetten in de werkgroepen',
              'Réintroduire des interprètes dans les groupes de travail',
              'Bring interpreters back to the working groups',
            ),
            body: nl(
              'Zoals in de eerste editie krijgen de werkgroepen tolken Nederlands-Frans, zodat iedereen in zijn taal kan spreken.',
              'Comme lors de la première édition, les groupes de travail disposent d’interprètes néerlandais-français, pour que chacun puisse parler dans sa langue.',
              'As in the first edition, working groups get Dutch-French interpreters, so that everyone can speak in their own language.',
            ),
            rationale: nl(
              'Sinds de tweede editie zijn er geen tolken meer; sommige vennoten haakten daardoor af.',
              'Depuis la deuxième édition, il n’y a plus d’interprètes ; certains coopérateurs ont décroché.',
              'Since the second edition there have been no interpreters; some members dropped out.',
            ),
            expectedOutcome: nl(
              'Gemengde werkgroepen waar elke taal gehoord wordt.',
              'Des groupes mixtes où chaque langue est entendue.',
              'Mixed groups where every language is heard.',
            ),
            proposedOwner: OWNER_COOP,
            successIndicator: nl(
              'Aandeel Nederlandstalige en Franstalige deelnemers per groep',
              'Part de participants néerlandophones et francophones par groupe',
              'Share of Dutch- and French-speaking participants per group',
            ),
          },
          testimonies: [
            nl(
              'Ik volgde de helft van de discussie niet. De volgende keer blijf ik thuis, tenzij er tolken zijn.',
              'Je ne suivais pas la moitié de la discussion. La prochaine fois je reste chez moi, sauf s’il y a des interprètes.',
            ),
          ],
          steps: [],
        },
      ],
    },
    {
      key: 'e3-networks',
      theme: nl('Economische sectornetwerken', 'Réseaux économiques sectoriels', 'Sector networks', 'HUMAN'),
      question: nl(
        'De oprichting van economische sectornetwerken: do it yourself but not alone. Hoe kan ik lessen trekken uit de ervaring van mijn peers en mijn eigen professioneel netwerk voor mijn beroep en activiteitensector uitbouwen?',
        'Créer des réseaux économiques sectoriels : do it yourself but not alone. Comment tirer les leçons de l’expérience de mes pairs et développer mon propre réseau professionnel dans mon métier et mon secteur ?',
        'Sector networks: do it yourself but not alone. How can I learn from my peers’ experience and build my own professional network for my trade and sector?',
      ),
      description: nl(
        'Sectornetwerken kunnen bijdragen aan de differentiatie van de diensten van Smart en aan een betere wisselwerking tussen vennoten.',
        'Les réseaux sectoriels peuvent contribuer à différencier les services de Smart et à mieux faire circuler les échanges entre coopérateurs.',
        'Sector networks can help differentiate Smart’s services and improve exchanges between members.',
      ),
      meetings: ['2018-11-22', '2018-12-18', '2019-01-24', '2019-02-28', '2019-03-28', '2019-04-25', '2019-06-13'],
      focus: nl(
        'Getuigenis van een netwerk van grafisch ontwerpers dat samen offertes maakt',
        'Témoignage d’un réseau de graphistes qui répondent ensemble aux appels d’offres',
        'Testimony from a network of graphic designers who bid together',
      ),
      guests: [{ meeting: 2, name: 'Collectif Trait d’Union (demo)', role: 'Netwerk van ontwerpers / réseau de graphistes' }],
      participants: 20,
      roles: { 'lid@smart.demo': 'SECRETARY', 'membre@smart.demo': 'PARTICIPANT', 'medewerker@smart.demo': 'COORDINATOR' },
      cites: [
        {
          recommendation: 'solidarity-rate',
          note: nl(
            'Editie 1 vroeg diensten afgestemd op de economische realiteit van elke vennoot; sectornetwerken zijn een antwoord.',
            'L’édition 1 demandait des services adaptés à la réalité économique de chacun ; les réseaux sectoriels y répondent.',
            'Edition 1 asked for services fitted to each member’s economic reality; sector networks are one answer.',
          ),
        },
      ],
      draftMinutes: [6],
      pendingRequest: true,
      recommendations: [
        {
          key: 'sector-networks',
          text: {
            title: nl(
              'Sectornetwerken oprichten waar vennoten van hun peers leren',
              'Créer des réseaux sectoriels où les coopérateurs apprennent de leurs pairs',
              'Create sector networks where members learn from their peers',
            ),
            body: nl(
              'Per sector (grafisch ontwerp, podiumtechniek, opleiding, bouw …) brengt een netwerk vennoten samen om ervaring, klanten en uitrusting te delen, met steun van een medewerker.',
              'Par secteur (graphisme, technique de scène, formation, construction…), un réseau réunit les coopérateurs pour partager expérience, clients et matériel, avec l’appui d’un permanent.',
              'For each sector (graphic design, stage technology, training, construction …) a network brings members together to share experience, clients and equipment, supported by a staff member.',
            ),
            rationale: nl(
              'Autonoom werken hoeft niet alleen werken te betekenen.',
              'Travailler en autonomie ne veut pas dire travailler seul.',
              'Working autonomously does not have to mean working alone.',
            ),
            expectedOutcome: nl(
              'Vennoten die samen offertes maken en elkaar opleiden.',
              'Des coopérateurs qui répondent ensemble aux offres et se forment entre eux.',
              'Members who bid together and train each other.',
            ),
            proposedOwner: OWNER_COOP,
            successIndicator: nl(
              'Aantal actieve netwerken en gezamenlijke opdrachten',
              'Nombre de réseaux actifs et de missions communes',
              'Number of active networks and joint assignments',
            ),
          },
          testimonies: [
            fr(
              'Seule, je n’aurais jamais répondu à cet appel d’offres. À quatre, nous l’avons gagné.',
              'Alleen had ik nooit op die offerteaanvraag gereageerd. Met vier hebben we ze binnengehaald.',
              'Alone I would never have answered that tender. Four of us won it.',
            ),
          ],
          steps: [
            { t: 'submit', on: '2019-04-29', meeting: 5 },
            { t: 'startReview', on: '2019-04-30' },
          ],
          reviewNote: 'Welke sectoren eerst? De groep noemt er vier; de Raad wil weten welke medewerkers ze kunnen dragen. / Quels secteurs d’abord ? Le groupe en cite quatre ; le conseil veut savoir quels permanents peuvent les porter.',
        },
        {
          key: 'mentoring',
          text: {
            title: nl(
              'Een mentorprogramma starten tussen ervaren en startende vennoten',
              'Lancer un programme de parrainage entre coopérateurs expérimentés et débutants',
              'Start a mentoring programme between experienced and starting members',
            ),
            body: nl(
              'Ervaren vennoten begeleiden startende vennoten uit hun sector gedurende zes maanden, in koppels die het sectornetwerk samenstelt.',
              'Des coopérateurs expérimentés accompagnent pendant six mois des débutants de leur secteur, en binômes composés par le réseau sectoriel.',
              'Experienced members mentor starting members from their sector for six months, in pairs formed by the sector network.',
            ),
            rationale: nl(
              'De "sterke" profielen kennen de valkuilen die de "zwakke" profielen nog moeten ontdekken.',
              'Les profils « forts » connaissent les pièges que les profils « fragiles » doivent encore découvrir.',
              'The "strong" profiles know the pitfalls the "fragile" ones have yet to discover.',
            ),
            expectedOutcome: nl(
              'Startende vennoten die sneller zelfredzaam zijn.',
              'Des débutants plus vite autonomes.',
              'Starting members who become self-reliant sooner.',
            ),
            proposedOwner: OWNER_COOP,
            successIndicator: nl(
              'Aantal mentorkoppels; omzet van de begeleide vennoten na een jaar',
              'Nombre de binômes ; chiffre d’affaires des coopérateurs accompagnés après un an',
              'Number of mentoring pairs; turnover of mentored members after a year',
            ),
          },
          reworkedBody: nl(
            'Ervaren vennoten begeleiden startende vennoten uit hun sector gedurende zes maanden, in koppels die het sectornetwerk samenstelt. Mentoren krijgen een korte opleiding en een vergoeding in de vorm van opleidingsuren.',
            'Des coopérateurs expérimentés accompagnent pendant six mois des débutants de leur secteur, en binômes composés par le réseau sectoriel. Les parrains reçoivent une courte formation et une compensation en heures de formation.',
            'Experienced members mentor starting members from their sector for six months, in pairs formed by the sector network. Mentors get a short training and compensation in training hours.',
          ),
          testimonies: [
            nl(
              'Mijn eerste jaar had ik iemand nodig die zei: zo maak je een offerte.',
              'Ma première année, j’avais besoin de quelqu’un qui me dise : voilà comment on fait un devis.',
              'In my first year I needed someone to tell me: this is how you write a quote.',
            ),
          ],
          steps: [
            { t: 'submit', on: '2019-04-29', meeting: 5 },
            { t: 'startReview', on: '2019-04-30' },
            {
              t: 'sendBack',
              on: '2019-05-21',
              board: 'be-2019-05',
              reason:
                'Wie begeleidt de mentoren en wat krijgen ze ervoor? De Raad vraagt de groep dit te verduidelijken. / Qui accompagne les parrains et que reçoivent-ils en échange ? Le conseil demande au groupe de préciser.',
            },
          ],
        },
        {
          key: 'trade-map',
          text: {
            title: nl(
              'De vennoten in kaart brengen per beroep',
              'Cartographier les coopérateurs par métier',
              'Map members by trade',
            ),
            body: nl(
              'Een overzichtslijst van de vennoten-gebruikers per beroep en antenne, waarin elke vennoot zelf kiest of en hoe hij zichtbaar is.',
              'Un répertoire des coopérateurs-utilisateurs par métier et par antenne, où chacun choisit s’il est visible et comment.',
              'A directory of member-users by trade and branch, where each member chooses whether and how to be visible.',
            ),
            rationale: nl(
              'Je kunt geen peers vinden die je niet kent.',
              'On ne trouve pas des pairs qu’on ne connaît pas.',
              'You cannot find peers you do not know.',
            ),
            expectedOutcome: nl(
              'Vennoten vinden elkaar per beroep en per regio.',
              'Les coopérateurs se trouvent par métier et par région.',
              'Members find each other by trade and region.',
            ),
            proposedOwner: OWNER_IT,
            successIndicator: nl(
              'Aantal vennoten zichtbaar in de lijst; contacten via de lijst',
              'Nombre de coopérateurs visibles dans le répertoire ; contacts établis',
              'Number of members visible in the directory; contacts made',
            ),
          },
          testimonies: [
            fr(
              'Il y a sûrement dix régisseurs son à Liège chez Smart. Je n’en connais aucun.',
              'Er zijn vast tien geluidstechnici bij Smart in Luik. Ik ken er geen enkele.',
            ),
          ],
          steps: [],
        },
      ],
    },
  ],
  smallTalks: [
    {
      group: 'e3-networks',
      branch: 'Liège',
      heldOn: '2019-02-07',
      title: nl('Small talk: do it yourself but not alone', 'Small talk : do it yourself but not alone', 'Small talk: do it yourself but not alone'),
      report: nl(
        'Vijfentwintig vennoten uit de podiumtechniek en de grafische sector. Grote vraag naar een lijst van collega’s per beroep.',
        'Vingt-cinq coopérateurs de la technique de scène et du graphisme. Forte demande d’un répertoire des collègues par métier.',
        'Twenty-five members from stage technology and graphic design. Strong demand for a directory of colleagues by trade.',
      ),
    },
    {
      group: 'e3-purchasing',
      branch: 'Leuven',
      heldOn: '2019-03-07',
      title: nl('Small talk: samen aankopen, hoe?', 'Small talk : acheter ensemble, comment ?', 'Small talk: buying together, how?'),
      report: null,
    },
    {
      group: 'e3-impact',
      branch: 'Namur',
      heldOn: '2019-03-19',
      title: nl('Small talk: wat is een goede job?', 'Small talk : qu’est-ce qu’un bon travail ?', 'Small talk: what is a good job?'),
      report: fr(
        'Les participants placent la sécurité des revenus avant le niveau des revenus. Retour au groupe pour la liste des indicateurs.',
        'De deelnemers plaatsen inkomenszekerheid boven de hoogte van het inkomen. Terug naar de groep voor de lijst van indicatoren.',
      ),
    },
  ],
  writings: [
    {
      group: 'e3-networks',
      authorName: 'Karim Benali (demo), ondernemer',
      authorKind: 'ENTREPRENEUR',
      title: nl(
        'Mijn netwerk is mijn verzekering',
        'Mon réseau est mon assurance',
        'My network is my insurance',
      ),
      body: nl(
        'Als zelfstandig podiumtechnicus heb ik geleerd dat elk contract via een collega komt. Een sectornetwerk binnen de coöperatie maakt van dat toeval een structuur.',
        'Comme technicien de scène autonome, j’ai appris que chaque contrat vient d’un collègue. Un réseau sectoriel dans la coopérative fait de ce hasard une structure.',
        'As an independent stage technician I learned that every contract comes through a colleague. A sector network within the cooperative turns that chance into a structure.',
      ),
      status: 'ACCEPTED',
      submittedAt: '2019-01-20',
      decidedAt: '2019-01-25',
    },
    {
      group: 'e3-impact',
      authorName: 'Prof. Anne Dewandre (demo), chercheuse',
      authorKind: 'RESEARCHER',
      title: nl(
        'Sociale impact: een politieke keuze',
        'Impact social : un choix politique',
        'Social impact: a political choice',
      ),
      body: fr(
        'Mesurer l’impact social est trop souvent laissé aux techniciens. Choisir ce qui compte est un acte politique au sens noble : c’est aux coopérateurs de le faire.',
        'Het meten van sociale impact wordt te vaak aan technici overgelaten. Kiezen wat telt is beleid in de nobele zin van het woord: dat is aan de vennoten.',
        'Measuring social impact is too often left to technicians. Choosing what counts is politics in the noble sense: it is for the members to do.',
      ),
      status: 'ACCEPTED',
      submittedAt: '2019-02-02',
      decidedAt: '2019-02-08',
    },
    {
      group: 'e3-purchasing',
      authorName: 'Pieter-Jan Goossens (demo), schepen van economie',
      authorKind: 'POLITICIAN',
      title: nl(
        'Lokale aankopen, lokale jobs',
        'Achats locaux, emplois locaux',
        'Local purchases, local jobs',
      ),
      body: nl(
        'Een aankoopcentrale van duizenden autonome werkers kan de lokale economie versterken, als ze kiest voor leveranciers uit de buurt.',
        'Une centrale d’achat de milliers de travailleurs autonomes peut renforcer l’économie locale, si elle choisit des fournisseurs de proximité.',
      ),
      status: 'SUBMITTED',
      submittedAt: '2019-04-02',
    },
  ],
};

const FRANCE_1: DemoEdition = {
  cooperative: 'smart-fr',
  number: 1,
  period: '2019/2020',
  title: frOnly('Smart in Progress France — édition 1', 'Smart in Progress France — edition 1'),
  status: 'OPEN',
  launchedBy: 'Assemblée générale de juin 2019',
  proposalStatus: 'ON_AGENDA',
  groups: [
    {
      key: 'fr-services',
      theme: frOnly('Des services pour tous les métiers', 'Services for every trade'),
      question: frOnly(
        'Vers une coopérative : quels services, pour quels métiers, dans quelles régions ?',
        'Towards a cooperative: which services, for which trades, in which regions?',
      ),
      description: frOnly(
        'Le premier groupe de Smart France s’inspire de l’édition 1 belge : quel public, quels services, quelle présence locale ?',
        'Smart France’s first group draws on Belgian edition 1: which members, which services, which local presence?',
      ),
      meetings: ['2019-10-08', '2019-11-05', '2019-12-03'],
      focus: frOnly('Invité : retour d’expérience de Smart Belgique', 'Guest: lessons from Smart Belgium'),
      guests: [{ meeting: 2, name: 'Délégation de Smart Belgique (demo)', role: 'Retour d’expérience' }],
      participants: 9,
      place: 'Smart France, Paris',
      draftMinutes: [2],
      pendingRequest: true,
      cites: [
        {
          recommendation: 'open-to-all',
          note: frOnly('Une coopérative sœur a ouvert ses services à tous les métiers.', 'A sister cooperative opened its services to all trades.'),
        },
      ],
      recommendations: [
        {
          key: 'fr-branches',
          text: {
            title: frOnly('Ouvrir une antenne dans chaque grande région', 'Open a branch in every large region'),
            body: frOnly(
              'Chaque grande région dispose d’une antenne avec une personne de contact pour la vie coopérative.',
              'Every large region has a branch with a contact person for cooperative life.',
            ),
            rationale: frOnly('Les coopérateurs hors de Paris se sentent loin des décisions.', 'Members outside Paris feel far from decisions.'),
            expectedOutcome: frOnly('Une coopérative présente partout.', 'A cooperative present everywhere.'),
            proposedOwner: 'Direction générale',
            successIndicator: frOnly('Nombre d’antennes actives', 'Number of active branches'),
          },
          testimonies: [frOnly('À Marseille, on ne voit Smart que sur un écran.', 'In Marseille we only see Smart on a screen.')],
          steps: [],
        },
        {
          key: 'fr-onboarding',
          text: {
            title: frOnly('Accueillir chaque nouveau coopérateur en personne', 'Welcome every new member in person'),
            body: frOnly(
              'Chaque nouveau coopérateur est invité à une séance d’accueil où on lui explique la coopérative, ses droits et la contribution.',
              'Every new member is invited to a welcome session explaining the cooperative, their rights and the contribution.',
            ),
            rationale: frOnly('On ne s’approprie pas une coopérative qu’on ne comprend pas.', 'You cannot own a cooperative you do not understand.'),
            expectedOutcome: frOnly('Des coopérateurs qui votent en connaissance de cause.', 'Members who vote knowingly.'),
            proposedOwner: 'Projet coopératif',
            successIndicator: frOnly('Part des nouveaux coopérateurs accueillis', 'Share of new members welcomed'),
          },
          testimonies: [],
          steps: [],
        },
      ],
    },
    {
      key: 'fr-governance',
      theme: frOnly('Une gouvernance partagée', 'Shared governance'),
      question: frOnly(
        'Comment associer les coopérateurs aux décisions de Smart France ?',
        'How do we involve members in Smart France’s decisions?',
      ),
      description: frOnly(
        'Assemblée générale, conseil d’administration, groupes de travail : quels rôles, quelles règles du jeu ?',
        'General assembly, board, working groups: which roles, which rules of the game?',
      ),
      meetings: ['2019-10-15', '2019-11-19'],
      focus: frOnly('Atelier : les règles du jeu du processus participatif', 'Workshop: the rules of the participatory process'),
      guests: [],
      participants: 8,
      onlineUrl: 'https://visio.smart-fr.demo/gouvernance',
      draftMinutes: [1],
      recommendations: [
        {
          key: 'fr-rules',
          text: {
            title: frOnly('Publier les règles du jeu dès le lancement', 'Publish the rules of the game at the start'),
            body: frOnly(
              'Chaque édition publie dès son lancement qui fait quoi : groupes, recommandations, examen par le conseil, vote de l’assemblée.',
              'Each edition publishes from the start who does what: groups, recommendations, board review, assembly vote.',
            ),
            rationale: frOnly('Un projet participatif doit être très bien encadré.', 'A participatory project must be very well framed.'),
            expectedOutcome: frOnly('Des participants qui savent ce qu’on attend d’eux.', 'Participants who know what is expected of them.'),
            proposedOwner: 'Conseil d’administration',
            successIndicator: frOnly('Règles publiées avant la première réunion', 'Rules published before the first meeting'),
          },
          testimonies: [],
          steps: [],
        },
      ],
    },
  ],
  smallTalks: [
    {
      group: 'fr-services',
      branch: 'Lyon',
      heldOn: '2019-11-14',
      title: frOnly('Small talk : une coopérative pour qui ?', 'Small talk: a cooperative for whom?'),
      report: null,
    },
  ],
  writings: [],
};

export const DEMO_EDITIONS: DemoEdition[] = [EDITION_1, EDITION_2, EDITION_3, FRANCE_1];
