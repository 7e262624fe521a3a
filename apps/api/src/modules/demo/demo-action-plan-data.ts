import type { ActionStatus, TranslatedTextValue } from '@letscoop/domain';
import { nl } from './demo-cycle-data.js';

/**
 * The demo action plan of Smart Belgium, after the report "Smart in Progress — Coöperatief
 * werken" (June 2019): invest in support services, an IT steering committee and a user survey,
 * interfaces for phones and tablets, approval of documents by e-mail, more network events, a
 * study of the internal economy between activities, a member directory, tools for joint
 * investment, a central purchasing office. The figures, dates, milestones and updates are
 * invented. Plain data, no I/O.
 */

type Tx = TranslatedTextValue;

export interface DemoMilestone {
  title: Tx;
  /** yyyy-mm-dd */
  due: string;
  done?: string;
}

export interface DemoUpdate {
  /** yyyy-mm-dd */
  on: string;
  progress: number;
  text: Tx;
  /** Who wrote it: the owner person when there is one, else the managing director (default) or the secretariat. */
  by?: 'director' | 'secretariat';
}

export interface DemoAction {
  /** The adopted proposal it comes from: its recommendation's key and its number (1-based). */
  proposal?: { recommendation: string; number: number };
  /** Without a proposal: the recommendation it was drawn from, with a title and description of its own. */
  recommendation?: string;
  title?: Tx;
  description?: Tx;
  /** A directorate by name, or a demo login by e-mail. */
  owner: string | { email: string };
  /** yyyy-mm-dd: the assembly that adopted it (or when the board put it in the plan). */
  enteredOn: string;
  status: ActionStatus;
  /** DONE or ABANDONED: the day it happened. */
  closedOn?: string;
  /** ABANDONED: why (nl / fr, as the board publishes its decisions). */
  reason?: string;
  milestones: DemoMilestone[];
  updates: DemoUpdate[];
}

export interface DemoProject {
  title: Tx;
  description?: Tx;
  actions: DemoAction[];
}

export interface DemoProgramme {
  title: Tx;
  description: Tx;
  projects: DemoProject[];
}

const OWNER_DG = 'Algemene directie / Direction générale';
const OWNER_COOP = 'Coöperatief project / Projet coopératif';
const OWNER_IT = 'IT-diensten / Services informatiques';
const OWNER_FIN = 'Financiële directie / Direction financière';
const OWNER_BOARD = 'Raad van bestuur / Conseil d’administration';
const OWNER_BRANCHES = 'Antennes / Antennes';
const OWNER_ETHICS = 'Ethisch comité / Comité d’éthique';

/** The assemblies of June 2016 and June 2017 adopted the proposals of editions 1 and 2. */
const AV_2016 = '2016-06-18';
const AV_2017 = '2017-06-17';

export const DEMO_ACTION_PLAN: DemoProgramme[] = [
  {
    title: nl('Diensten en tools voor de vennoten', 'Services et outils pour les coopérateurs', 'Services and tools for members', 'HUMAN'),
    description: nl(
      'De ondersteunende diensten en de IT-tools waarmee vennoten hun activiteit uitbouwen, verbeterd met de gebruikers.',
      'Les services d’accompagnement et les outils informatiques avec lesquels les coopérateurs développent leur activité, améliorés avec les utilisateurs.',
      'The support services and IT tools members build their activity with, improved together with the users.',
    ),
    projects: [
      {
        title: nl('Ondersteunende diensten versterken', 'Renforcer les services d’accompagnement', 'Strengthening the support services', 'HUMAN'),
        actions: [
          {
            proposal: { recommendation: 'solidarity-rate', number: 2 },
            owner: OWNER_DG,
            enteredOn: AV_2016,
            status: 'IN_PROGRESS',
            milestones: [
              { title: nl('Twaalf adviseurs aanwerven voor de antennes', 'Recruter douze conseillers pour les antennes', 'Recruit twelve advisers for the branches'), due: '2016-12-31', done: '2017-01-20' },
              { title: nl('Adviesloketten openen in Gent en Charleroi', 'Ouvrir des guichets de conseil à Gand et Charleroi', 'Open advice desks in Ghent and Charleroi'), due: '2017-09-30', done: '2017-10-16' },
              { title: nl('Wachttijden evalueren met de vennoten', 'Évaluer les délais d’attente avec les coopérateurs', 'Evaluate waiting times with members'), due: '2019-03-31' },
            ],
            updates: [
              {
                on: '2016-10-04',
                progress: 15,
                text: nl(
                  'Het budget voor 2017 voorziet twaalf extra adviseurs; de vacatures staan open.',
                  'Le budget 2017 prévoit douze conseillers supplémentaires ; les offres d’emploi sont publiées.',
                  'The 2017 budget provides for twelve extra advisers; the vacancies are open.',
                ),
              },
              {
                on: '2017-03-14',
                progress: 40,
                text: nl(
                  'Tien van de twaalf adviseurs zijn aan de slag; de opleiding over de nieuwe activiteitsvormen loopt.',
                  'Dix des douze conseillers ont commencé ; la formation aux nouvelles formes d’activité est en cours.',
                  'Ten of the twelve advisers have started; their training on the new forms of activity is under way.',
                ),
              },
              {
                on: '2018-02-06',
                progress: 65,
                text: nl(
                  'De loketten in Gent en Charleroi ontvangen elke week meer dan honderd vennoten.',
                  'Les guichets de Gand et de Charleroi accueillent chaque semaine plus de cent coopérateurs.',
                  'The desks in Ghent and Charleroi see more than a hundred members every week.',
                ),
              },
              {
                on: '2019-02-19',
                progress: 80,
                text: nl(
                  'De evaluatie van de wachttijden loopt vertraging op: de bevraging start pas na de Algemene vergadering van juni.',
                  'L’évaluation des délais d’attente prend du retard : l’enquête ne démarrera qu’après l’assemblée générale de juin.',
                  'The evaluation of waiting times is late: the survey only starts after the June general assembly.',
                ),
              },
            ],
          },
          {
            proposal: { recommendation: 'solidarity-rate', number: 1 },
            owner: OWNER_FIN,
            enteredOn: AV_2016,
            status: 'DONE',
            closedOn: '2016-12-20',
            milestones: [
              { title: nl('Het tarief van 6,5 % opnemen in het huishoudelijk reglement', 'Inscrire le taux de 6,5 % dans le règlement d’ordre intérieur', 'Write the 6.5 % rate into the internal rules'), due: '2016-12-31', done: '2016-12-20' },
            ],
            updates: [
              {
                on: '2016-12-20',
                progress: 100,
                text: nl(
                  'Het huishoudelijk reglement vermeldt één tarief van 6,5 % voor elke vennoot en elke factuur.',
                  'Le règlement d’ordre intérieur mentionne un taux unique de 6,5 % pour chaque coopérateur et chaque facture.',
                  'The internal rules state one rate of 6.5 % for every member and every invoice.',
                ),
              },
            ],
          },
        ],
      },
      {
        title: nl('IT-tools met en voor de gebruikers', 'Outils informatiques avec et pour les utilisateurs', 'IT tools with and for their users', 'HUMAN'),
        actions: [
          {
            proposal: { recommendation: 'it-user-groups', number: 1 },
            owner: OWNER_IT,
            enteredOn: AV_2016,
            status: 'DONE',
            closedOn: '2016-10-12',
            milestones: [
              { title: nl('De werkgroep start in Smart in Progress 2', 'Le groupe démarre dans Smart in Progress 2', 'The group starts in Smart in Progress 2'), due: '2016-10-31', done: '2016-10-12' },
            ],
            updates: [
              {
                on: '2016-10-12',
                progress: 100,
                text: nl(
                  'De werkgroep “Hoe kunnen gebruikers de IT-tools mee bouwen?” is gestart met 19 deelnemers.',
                  'Le groupe « Comment les utilisateurs peuvent-ils co-construire les outils informatiques ? » a démarré avec 19 participants.',
                  'The group “How can users help build the IT tools?” has started with 19 participants.',
                ),
              },
            ],
          },
          {
            proposal: { recommendation: 'it-steering', number: 1 },
            owner: OWNER_IT,
            enteredOn: AV_2017,
            status: 'DONE',
            closedOn: '2018-03-27',
            milestones: [
              { title: nl('Stuurcomité van gebruikers en IT-diensten installeren', 'Installer le comité de pilotage des utilisateurs et des services informatiques', 'Set up the steering committee of users and IT services'), due: '2017-09-30', done: '2017-09-14' },
              { title: nl('Het onderzoek naar alle vennoten sturen', 'Envoyer l’enquête à tous les coopérateurs', 'Send the survey to every member'), due: '2017-12-15', done: '2017-11-28' },
              { title: nl('De resultaten voorstellen aan de Raad van bestuur', 'Présenter les résultats au conseil d’administration', 'Present the results to the board'), due: '2018-03-31', done: '2018-03-27' },
            ],
            updates: [
              {
                on: '2017-09-14',
                progress: 25,
                text: nl(
                  'Het stuurcomité telt zes gebruikers en drie medewerkers van de IT-diensten; het keurt de vragenlijst goed.',
                  'Le comité de pilotage compte six utilisateurs et trois membres des services informatiques ; il approuve le questionnaire.',
                  'The steering committee has six users and three IT staff; it approves the questionnaire.',
                ),
              },
              {
                on: '2018-01-16',
                progress: 70,
                text: nl(
                  '3.412 vennoten antwoordden: de tevredenheid is goed voor de facturatie, zwak voor het gebruik op smartphone.',
                  '3 412 coopérateurs ont répondu : la satisfaction est bonne pour la facturation, faible pour l’usage sur smartphone.',
                  '3,412 members answered: satisfaction is good for invoicing, poor on smartphones.',
                ),
              },
              {
                on: '2018-03-27',
                progress: 100,
                text: nl(
                  'De Raad van bestuur neemt de ontwikkelingsassen over: goedkeuring via e-mail, digitale bewijsstukken, mobiele interfaces.',
                  'Le conseil d’administration reprend les axes de développement : approbation par e-mail, pièces numériques, interfaces mobiles.',
                  'The board adopts the development priorities: approval by e-mail, digital documents, mobile interfaces.',
                ),
              },
            ],
          },
          {
            proposal: { recommendation: 'digitise-documents', number: 1 },
            owner: { email: 'medewerker@smart.demo' },
            enteredOn: AV_2017,
            status: 'IN_PROGRESS',
            milestones: [
              { title: nl('Contracten goedkeuren via e-mail', 'Approuver les contrats par e-mail', 'Approve contracts by e-mail'), due: '2018-03-31', done: '2018-04-16' },
              { title: nl('Onkostennota’s en bestelbonnen opladen', 'Télécharger notes de frais et bons de commande', 'Upload expense notes and order forms'), due: '2018-12-31', done: '2019-02-11' },
              { title: nl('Identiteitsbewijzen digitaal bewaren', 'Conserver les pièces d’identité sous forme numérique', 'Store identity documents digitally'), due: '2019-09-30' },
            ],
            updates: [
              {
                on: '2017-11-07',
                progress: 10,
                text: nl(
                  'Analyse klaar: elke maand worden 14.000 documenten op papier ondertekend en opgestuurd.',
                  'Analyse terminée : chaque mois, 14 000 documents sont signés et envoyés sur papier.',
                  'Analysis done: every month 14,000 documents are signed and sent on paper.',
                ),
              },
              {
                on: '2018-04-16',
                progress: 35,
                text: nl(
                  'Vennoten keuren hun contracten nu goed met een link in een e-mail; twee weken later dan gepland.',
                  'Les coopérateurs approuvent désormais leurs contrats via un lien dans un e-mail ; deux semaines plus tard que prévu.',
                  'Members now approve their contracts through a link in an e-mail; two weeks later than planned.',
                ),
              },
              {
                on: '2019-02-11',
                progress: 65,
                text: nl(
                  'Onkostennota’s en bestelbonnen worden opgeladen en digitaal bewaard; de papieren stroom daalde met de helft.',
                  'Notes de frais et bons de commande sont téléchargés et conservés sous forme numérique ; le flux papier a diminué de moitié.',
                  'Expense notes and order forms are uploaded and stored digitally; the paper flow has halved.',
                ),
              },
            ],
          },
          {
            recommendation: 'mobile',
            title: nl(
              'De interfaces van Smart geschikt maken voor smartphones en tablets',
              'Adapter les interfaces de Smart aux smartphones et tablettes',
              'Make Smart’s interfaces fit for smartphones and tablets',
            ),
            description: nl(
              'Uit de aanbeveling die de Raad van bestuur samenvoegde met de werkgroep over de IT-tools, en uit het onderzoek van 2017: vennoten willen hun activiteit ook onderweg beheren.',
              'Issu de la recommandation que le conseil d’administration a fusionnée avec le groupe sur les outils informatiques, et de l’enquête de 2017 : les coopérateurs veulent gérer leur activité en déplacement.',
              'From the recommendation the board merged with the IT tools group, and from the 2017 survey: members want to manage their activity on the move.',
            ),
            owner: OWNER_IT,
            enteredOn: '2018-03-27',
            status: 'IN_PROGRESS',
            milestones: [
              { title: nl('Het activiteitenoverzicht werkt op elk scherm', 'Le tableau de bord des activités fonctionne sur tout écran', 'The activity dashboard works on any screen'), due: '2018-09-30', done: '2018-10-09' },
              { title: nl('Factureren vanaf een smartphone', 'Facturer depuis un smartphone', 'Invoicing from a smartphone'), due: '2019-06-30' },
            ],
            updates: [
              {
                on: '2018-10-09',
                progress: 30,
                text: nl(
                  'Het nieuwe activiteitenoverzicht past zich aan smartphones en tablets aan.',
                  'Le nouveau tableau de bord des activités s’adapte aux smartphones et aux tablettes.',
                  'The new activity dashboard adapts to smartphones and tablets.',
                ),
              },
              {
                on: '2019-04-23',
                progress: 45,
                text: nl(
                  'Factureren op de smartphone wordt getest door veertig vennoten; de lancering schuift op naar het najaar.',
                  'La facturation sur smartphone est testée par quarante coopérateurs ; le lancement glisse à l’automne.',
                  'Invoicing on smartphones is being tested by forty members; the launch moves to the autumn.',
                ),
              },
            ],
          },
        ],
      },
    ],
  },
  {
    title: nl('Een coöperatieve economie binnen Smart', 'Une économie coopérative au sein de Smart', 'A cooperative economy within Smart', 'HUMAN'),
    description: nl(
      'De collaboratieve economie binnen het netwerk versterken: vennoten leren elkaar kennen, werken samen, investeren en kopen samen.',
      'Renforcer l’économie collaborative au sein du réseau : les coopérateurs se rencontrent, coopèrent, investissent et achètent ensemble.',
      'Strengthening the collaborative economy within the network: members meet, cooperate, invest and buy together.',
    ),
    projects: [
      {
        title: nl('Netwerk en samenwerking tussen vennoten', 'Réseau et coopération entre coopérateurs', 'Network and cooperation between members', 'HUMAN'),
        actions: [
          {
            proposal: { recommendation: 'collaborative-economy', number: 1 },
            owner: OWNER_BRANCHES,
            enteredOn: AV_2016,
            status: 'IN_PROGRESS',
            milestones: [
              { title: nl('Een kalender van netwerkavonden per antenne', 'Un calendrier de soirées réseau par antenne', 'A calendar of network evenings per branch'), due: '2016-12-31', done: '2016-11-30' },
              { title: nl('Tien netwerkevenementen per jaar', 'Dix événements de réseau par an', 'Ten network events a year'), due: '2017-12-31', done: '2017-12-12' },
              { title: nl('Netwerkavonden per sector, met de sectornetwerken', 'Soirées réseau par secteur, avec les réseaux sectoriels', 'Network evenings per sector, with the sector networks'), due: '2019-12-31' },
            ],
            updates: [
              {
                on: '2016-11-30',
                progress: 20,
                text: nl(
                  'Elke antenne heeft een kalender; de eerste netwerkavond in Antwerpen bracht 85 vennoten samen.',
                  'Chaque antenne a son calendrier ; la première soirée réseau à Anvers a réuni 85 coopérateurs.',
                  'Every branch has a calendar; the first network evening in Antwerp brought 85 members together.',
                ),
              },
              {
                on: '2017-12-12',
                progress: 55,
                text: nl(
                  'Twaalf evenementen in 2017, in zes antennes; de helft van de deelnemers kwam voor het eerst.',
                  'Douze événements en 2017, dans six antennes ; la moitié des participants venaient pour la première fois.',
                  'Twelve events in 2017, in six branches; half of the participants came for the first time.',
                ),
              },
              {
                on: '2019-03-05',
                progress: 70,
                text: nl(
                  'De werkgroep sectornetwerken van Smart in Progress 3 bereidt avonden per sector voor.',
                  'Le groupe réseaux sectoriels de Smart in Progress 3 prépare des soirées par secteur.',
                  'The sector networks group of Smart in Progress 3 is preparing evenings per sector.',
                ),
              },
            ],
          },
          {
            recommendation: 'collaborative-economy',
            title: nl(
              'Een overzichtslijst van de vennoten-gebruikers opmaken',
              'Établir un répertoire des coopérateurs-utilisateurs',
              'Build a directory of member-users',
            ),
            description: nl(
              'Een lijst met de gegevens van de vennoten die dat willen (beroep, regio, contact), zodat vennoten elkaar vinden om samen te werken.',
              'Une liste des coordonnées des coopérateurs qui le souhaitent (métier, région, contact), pour que les coopérateurs se trouvent et travaillent ensemble.',
              'A list of the details of members who wish to be listed (trade, region, contact), so that members find each other and work together.',
            ),
            owner: OWNER_COOP,
            enteredOn: AV_2016,
            status: 'PLANNED',
            milestones: [
              { title: nl('De privacytoets van de ledengegevens', 'L’analyse de protection des données des coopérateurs', 'The data-protection review of member data'), due: '2019-12-31' },
            ],
            updates: [
              {
                on: '2018-05-29',
                progress: 0,
                by: 'secretariat',
                text: nl(
                  'Uitgesteld tot na de invoering van de GDPR: elke vennoot moet zelf kiezen of en wat er in de lijst komt.',
                  'Reporté après l’entrée en vigueur du RGPD : chaque coopérateur doit choisir lui-même si et quoi figure dans le répertoire.',
                  'Postponed until after the GDPR took effect: each member must choose whether and what goes into the directory.',
                ),
              },
            ],
          },
        ],
      },
      {
        title: nl('Interne economie en gezamenlijke investeringen', 'Économie interne et investissements communs', 'Internal economy and joint investment', 'HUMAN'),
        actions: [
          {
            proposal: { recommendation: 'collaborative-economy', number: 2 },
            owner: OWNER_FIN,
            enteredOn: AV_2016,
            status: 'DONE',
            closedOn: '2018-01-22',
            milestones: [
              { title: nl('De budgetoverdrachten tussen Activiteiten 2014–2016 verzamelen', 'Rassembler les transferts de budget entre Activités 2014–2016', 'Gather the budget transfers between Activities 2014–2016'), due: '2017-03-31', done: '2017-02-24' },
              { title: nl('De studie publiceren voor de vennoten', 'Publier l’étude pour les coopérateurs', 'Publish the study for members'), due: '2017-11-30', done: '2018-01-22' },
            ],
            updates: [
              {
                on: '2017-02-24',
                progress: 40,
                text: nl(
                  'De gegevens van 2014 tot 2016 zijn verzameld: 9 % van de Activiteiten factureert aan een andere Activiteit.',
                  'Les données de 2014 à 2016 sont rassemblées : 9 % des Activités facturent à une autre Activité.',
                  'The data from 2014 to 2016 are gathered: 9 % of Activities invoice another Activity.',
                ),
              },
              {
                on: '2018-01-22',
                progress: 100,
                text: nl(
                  'De studie over de interne economie is gepubliceerd en besproken in de werkgroep economische transparantie.',
                  'L’étude sur l’économie interne est publiée et discutée au groupe transparence économique.',
                  'The study of the internal economy is published and discussed in the economic transparency group.',
                ),
              },
            ],
          },
          {
            recommendation: 'collaborative-economy',
            title: nl(
              'Tools voor gezamenlijke investeringen invoeren',
              'Mettre en place des outils d’investissement commun',
              'Introduce tools for joint investment',
            ),
            description: nl(
              'Financieringstechnieken ontwikkelen waarmee vennoten samen investeren in materiaal en uitrusting.',
              'Développer des techniques de financement avec lesquelles les coopérateurs investissent ensemble dans du matériel et des équipements.',
              'Develop financing techniques with which members invest together in materials and equipment.',
            ),
            owner: OWNER_FIN,
            enteredOn: AV_2016,
            status: 'ABANDONED',
            closedOn: '2018-06-12',
            reason:
              'Gezamenlijke financiering tussen vennoten vraagt een vergunning die de coöperatie niet heeft; de vraag gaat naar de werkgroep sectornetwerken. / Le financement commun entre coopérateurs exige un agrément que la coopérative n’a pas ; la question passe au groupe réseaux sectoriels.',
            milestones: [
              { title: nl('Juridisch advies over gezamenlijke financiering', 'Avis juridique sur le financement commun', 'Legal advice on joint financing'), due: '2017-06-30', done: '2017-09-05' },
            ],
            updates: [
              {
                on: '2017-09-05',
                progress: 20,
                text: nl(
                  'Het juridisch advies is binnen: een gezamenlijk investeringsfonds valt onder het toezicht op financiële diensten.',
                  'L’avis juridique est arrivé : un fonds d’investissement commun relève de la surveillance des services financiers.',
                  'The legal advice is in: a joint investment fund falls under financial-services supervision.',
                ),
              },
            ],
          },
          {
            proposal: { recommendation: 'collaborative-economy', number: 3 },
            owner: OWNER_COOP,
            enteredOn: AV_2016,
            status: 'IN_PROGRESS',
            milestones: [
              { title: nl('Haalbaarheidsnota aankoopcentrale', 'Note de faisabilité de la centrale d’achat', 'Feasibility note on a purchasing office'), due: '2017-06-30', done: '2017-06-27' },
              { title: nl('Een werkgroep in Smart in Progress 3', 'Un groupe de travail dans Smart in Progress 3', 'A working group in Smart in Progress 3'), due: '2018-10-31', done: '2018-10-04' },
              { title: nl('Proefproject voorgelegd aan de Algemene vergadering', 'Projet pilote soumis à l’assemblée générale', 'Pilot put to the general assembly'), due: '2019-06-18' },
            ],
            updates: [
              {
                on: '2017-06-27',
                progress: 15,
                text: nl(
                  'De haalbaarheidsnota ziet drie productfamilies waar gegroepeerd aankopen loont: IT-materiaal, energie, kantoorbenodigdheden.',
                  'La note de faisabilité retient trois familles de produits où l’achat groupé est rentable : matériel informatique, énergie, fournitures de bureau.',
                  'The feasibility note finds three product families where buying together pays: IT equipment, energy, office supplies.',
                ),
              },
              {
                on: '2018-10-04',
                progress: 30,
                text: nl(
                  'De werkgroep “Een milieubewuste aankoopcentrale” van Smart in Progress 3 is gestart.',
                  'Le groupe « Une centrale d’achat écologique » de Smart in Progress 3 a démarré.',
                  'The group “An ecological purchasing cooperative” of Smart in Progress 3 has started.',
                ),
              },
              {
                on: '2019-06-04',
                progress: 35,
                text: nl(
                  'Het proefproject staat op de agenda van de Algemene vergadering van 17 en 18 juni 2019.',
                  'Le projet pilote est à l’ordre du jour de l’assemblée générale des 17 et 18 juin 2019.',
                  'The pilot is on the agenda of the general assembly of 17 and 18 June 2019.',
                ),
              },
            ],
          },
        ],
      },
    ],
  },
  {
    title: nl('Coöperatief leven en bestuur', 'Vie coopérative et gouvernance', 'Cooperative life and governance', 'HUMAN'),
    description: nl(
      'Een coöperatie die openstaat voor alle autonome werkers, waar elke vennoot het project mee draagt en waar een ethisch comité over de waarden waakt.',
      'Une coopérative ouverte à tous les travailleurs autonomes, où chaque coopérateur porte le projet et où un comité d’éthique veille aux valeurs.',
      'A cooperative open to all autonomous workers, where every member carries the project and an ethics committee watches over its values.',
    ),
    projects: [
      {
        title: nl('Openstellen en betrekken', 'Ouvrir et associer', 'Opening up and involving', 'HUMAN'),
        actions: [
          {
            proposal: { recommendation: 'open-to-all', number: 1 },
            owner: OWNER_DG,
            enteredOn: AV_2016,
            status: 'DONE',
            closedOn: '2016-12-14',
            milestones: [
              { title: nl('Nieuwe statuten met alle beroepen', 'Nouveaux statuts ouverts à tous les métiers', 'New statutes open to every trade'), due: '2016-12-31', done: '2016-12-14' },
            ],
            updates: [
              {
                on: '2016-12-14',
                progress: 100,
                text: nl(
                  'De buitengewone Algemene vergadering keurde de nieuwe statuten goed: elke autonome werker kan vennoot worden.',
                  'L’assemblée générale extraordinaire a approuvé les nouveaux statuts : tout travailleur autonome peut devenir coopérateur.',
                  'The extraordinary general assembly approved the new statutes: any autonomous worker can become a member.',
                ),
              },
            ],
          },
          {
            proposal: { recommendation: 'all-stakeholders', number: 1 },
            owner: OWNER_BOARD,
            enteredOn: AV_2016,
            status: 'DONE',
            closedOn: '2016-12-14',
            milestones: [],
            updates: [
              {
                on: '2016-12-14',
                progress: 100,
                text: nl(
                  'De statuten voorzien aandelen voor gebruikers, vaste medewerkers, klanten en partners.',
                  'Les statuts prévoient des parts pour les utilisateurs, les permanents, les clients et les partenaires.',
                  'The statutes provide shares for users, permanent staff, clients and partners.',
                ),
              },
            ],
          },
          {
            proposal: { recommendation: 'local-contacts', number: 1 },
            owner: OWNER_COOP,
            enteredOn: AV_2016,
            status: 'IN_PROGRESS',
            milestones: [
              { title: nl('Een contactpersoon in elke Belgische antenne', 'Une personne de contact dans chaque antenne belge', 'A contact person in every Belgian branch'), due: '2017-06-30', done: '2017-09-01' },
            ],
            updates: [
              {
                on: '2017-09-01',
                progress: 80,
                text: nl(
                  'Elke antenne heeft een contactpersoon; zij organiseren de small talks van Smart in Progress 2.',
                  'Chaque antenne a sa personne de contact ; elles organisent les small talks de Smart in Progress 2.',
                  'Every branch has a contact person; they host the small talks of Smart in Progress 2.',
                ),
              },
              {
                on: '2018-11-20',
                progress: 90,
                text: nl(
                  'Een opleiding voor de contactpersonen is klaar; de evaluatie volgt in 2019.',
                  'Une formation pour les personnes de contact est prête ; l’évaluation suivra en 2019.',
                  'A training for the contact persons is ready; the evaluation follows in 2019.',
                ),
              },
            ],
          },
          {
            proposal: { recommendation: 'open-mandates', number: 1 },
            owner: OWNER_BOARD,
            enteredOn: AV_2017,
            status: 'IN_PROGRESS',
            milestones: [
              { title: nl('Een lijst van alle vertegenwoordigingsmandaten publiceren', 'Publier la liste de tous les mandats de représentation', 'Publish the list of all representation mandates'), due: '2017-12-31', done: '2017-12-19' },
            ],
            updates: [
              {
                on: '2017-12-19',
                progress: 40,
                text: nl(
                  'De lijst van 23 mandaten staat online; de eerste oproep (sectorfederatie podiumkunsten) lokte 11 kandidaten.',
                  'La liste de 23 mandats est en ligne ; le premier appel (fédération sectorielle des arts de la scène) a attiré 11 candidats.',
                  'The list of 23 mandates is online; the first call (performing arts federation) drew 11 candidates.',
                ),
              },
              {
                on: '2018-09-25',
                progress: 50,
                text: nl(
                  'Vijf mandaten werden via een open oproep ingevuld; de andere lopen tot hun einddatum.',
                  'Cinq mandats ont été pourvus par appel ouvert ; les autres courent jusqu’à leur échéance.',
                  'Five mandates were filled through an open call; the others run until they end.',
                ),
              },
            ],
          },
        ],
      },
      {
        title: nl('Het coöperatieve project dragen', 'Porter le projet coopératif', 'Carrying the cooperative project', 'HUMAN'),
        actions: [
          {
            proposal: { recommendation: 'permanent-process', number: 1 },
            owner: OWNER_DG,
            enteredOn: AV_2016,
            status: 'DONE',
            closedOn: '2017-01-09',
            milestones: [],
            updates: [
              {
                on: '2017-01-09',
                progress: 100,
                text: nl(
                  'Twee medewerkers en een jaarbudget voor Smart in Progress zijn vastgelegd in het budget 2017.',
                  'Deux permanents et un budget annuel pour Smart in Progress sont inscrits au budget 2017.',
                  'Two staff members and a yearly budget for Smart in Progress are in the 2017 budget.',
                ),
              },
            ],
          },
          {
            proposal: { recommendation: 'permanent-process', number: 2 },
            owner: OWNER_COOP,
            enteredOn: AV_2016,
            status: 'IN_PROGRESS',
            milestones: [
              { title: nl('Een opleiding voor de werkgroepverantwoordelijken', 'Une formation pour les responsables des groupes', 'A training for working group leads'), due: '2018-09-30', done: '2018-10-02' },
            ],
            updates: [
              {
                on: '2017-05-16',
                progress: 30,
                text: nl(
                  'Een brochure legt uit hoe de coöperatie werkt en hoe vennoten beslissen.',
                  'Une brochure explique comment fonctionne la coopérative et comment les coopérateurs décident.',
                  'A booklet explains how the cooperative works and how members decide.',
                ),
              },
              {
                on: '2018-10-02',
                progress: 60,
                text: nl(
                  'De verantwoordelijken van Smart in Progress 3 kregen een korte opleiding over wat van een werkgroep verwacht wordt.',
                  'Les responsables de Smart in Progress 3 ont suivi une courte formation sur ce qu’on attend d’un groupe.',
                  'The leads of Smart in Progress 3 had a short training on what is expected of a group.',
                ),
              },
            ],
          },
          {
            proposal: { recommendation: 'readable-figures', number: 1 },
            owner: OWNER_COOP,
            enteredOn: AV_2016,
            status: 'DONE',
            closedOn: '2016-10-12',
            milestones: [],
            updates: [
              {
                on: '2016-10-12',
                progress: 100,
                text: nl(
                  'De werkgroep “Hoe waarborgen we de economische transparantie?” is gestart in Smart in Progress 2.',
                  'Le groupe « Comment garantir la transparence économique ? » a démarré dans Smart in Progress 2.',
                  'The group “How do we guarantee economic transparency?” has started in Smart in Progress 2.',
                ),
              },
            ],
          },
          {
            proposal: { recommendation: 'simplified-report', number: 1 },
            owner: OWNER_FIN,
            enteredOn: AV_2017,
            status: 'IN_PROGRESS',
            milestones: [
              { title: nl('Eerste vereenvoudigd verslag (boekjaar 2017)', 'Premier rapport simplifié (exercice 2017)', 'First simplified report (2017 accounts)'), due: '2018-06-30', done: '2018-06-05' },
              { title: nl('Tweede verslag (boekjaar 2018)', 'Deuxième rapport (exercice 2018)', 'Second report (2018 accounts)'), due: '2019-06-30', done: '2019-06-03' },
            ],
            updates: [
              {
                on: '2018-06-05',
                progress: 50,
                text: nl(
                  'Het eerste vereenvoudigde verslag (acht pagina’s) is verstuurd met de uitnodiging voor de Algemene vergadering.',
                  'Le premier rapport simplifié (huit pages) a été envoyé avec la convocation à l’assemblée générale.',
                  'The first simplified report (eight pages) was sent with the invitation to the general assembly.',
                ),
              },
              {
                on: '2019-06-03',
                progress: 75,
                text: nl(
                  'Het tweede verslag is klaar; vennoten vroegen een versie per sector, die volgt in 2020.',
                  'Le deuxième rapport est prêt ; les coopérateurs ont demandé une version par secteur, qui suivra en 2020.',
                  'The second report is ready; members asked for a version per sector, which follows in 2020.',
                ),
              },
            ],
          },
          {
            proposal: { recommendation: 'explain-contribution', number: 1 },
            owner: OWNER_FIN,
            enteredOn: AV_2017,
            status: 'DONE',
            closedOn: '2018-06-05',
            milestones: [],
            updates: [
              {
                on: '2018-06-05',
                progress: 100,
                text: nl(
                  'Het verslag toont waar de 6,5 % naartoe gaat: begeleiding, garantiefonds, IT, administratie.',
                  'Le rapport montre où vont les 6,5 % : accompagnement, fonds de garantie, informatique, administration.',
                  'The report shows where the 6.5 % goes: support, guarantee fund, IT, administration.',
                ),
              },
            ],
          },
        ],
      },
      {
        title: nl('Het ethisch comité', 'Le comité d’éthique', 'The ethics committee', 'HUMAN'),
        actions: [
          {
            proposal: { recommendation: 'ethics-committee', number: 1 },
            owner: 'Algemene vergadering / Assemblée générale',
            enteredOn: AV_2017,
            status: 'DONE',
            closedOn: '2018-06-16',
            milestones: [
              { title: nl('Verkiezing van de vijftien leden', 'Élection des quinze membres', 'Election of the fifteen members'), due: '2018-06-30', done: '2018-06-16' },
            ],
            updates: [
              {
                on: '2018-06-16',
                progress: 100,
                by: 'secretariat',
                text: nl(
                  'De Algemene vergadering verkoos de vijftien leden van het eerste ethisch comité, voor twee jaar.',
                  'L’assemblée générale a élu les quinze membres du premier comité d’éthique, pour deux ans.',
                  'The general assembly elected the fifteen members of the first ethics committee, for two years.',
                ),
              },
            ],
          },
          {
            proposal: { recommendation: 'ethics-touchstones', number: 1 },
            owner: OWNER_ETHICS,
            enteredOn: AV_2017,
            status: 'IN_PROGRESS',
            milestones: [
              { title: nl('Ontwerp van handvest', 'Projet de charte', 'Draft charter'), due: '2018-12-31', done: '2018-12-11' },
              { title: nl('Handvest goedgekeurd door de Algemene vergadering', 'Charte approuvée par l’assemblée générale', 'Charter approved by the general assembly'), due: '2019-06-18' },
            ],
            updates: [
              {
                on: '2018-12-11',
                progress: 60,
                by: 'secretariat',
                text: nl(
                  'Het ontwerp van handvest werkt de drie toetsstenen uit: arbeidsvoorwaarden en verloning, doel en context van de productie, ecologische voetafdruk.',
                  'Le projet de charte développe les trois pierres de touche : conditions de travail et rémunération, finalité et contexte de la production, empreinte écologique.',
                  'The draft charter works out the three touchstones: working conditions and pay, purpose and context of production, ecological footprint.',
                ),
              },
              {
                on: '2019-05-28',
                progress: 80,
                by: 'secretariat',
                text: nl(
                  'Het handvest wordt voorgelegd aan de Algemene vergadering van juni 2019.',
                  'La charte sera soumise à l’assemblée générale de juin 2019.',
                  'The charter goes to the general assembly of June 2019.',
                ),
              },
            ],
          },
        ],
      },
    ],
  },
];
