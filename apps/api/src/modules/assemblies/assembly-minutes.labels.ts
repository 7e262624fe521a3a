import type {
  AgendaItemKind,
  AssemblyKind,
  Language,
  MajorityRule,
  PollStatus,
  QuorumBasis,
  StakeholderCategory,
  VotingWeightMode,
} from '@letscoop/domain';

/**
 * The words of the printed minutes in nl, fr and en (the PDF is made on the server, so its
 * labels live here rather than in the web's locales). The rule applied, frozen at close by
 * libs/domain, stays in the words it was frozen with.
 */
export interface MinutesLabels {
  locale: string;
  documentTitle: string;
  assemblyKind: Record<AssemblyKind, string>;
  cooperative: string;
  date: string;
  place: string;
  online: string;
  recordDate: string;
  notConvened: string;
  attendance: string;
  entitled: string;
  present: string;
  represented: string;
  members: (count: number, n: string) => string;
  shares: (count: number, n: string) => string;
  quorum: string;
  quorumLine: (q: {
    reached: boolean;
    actual: string;
    required: string;
    percent: string;
    entitled: string;
    basis: QuorumBasis;
  }) => string;
  agenda: string;
  noAgenda: string;
  itemKind: Record<AgendaItemKind, string>;
  pollStatus: Record<PollStatus, string>;
  noVote: string;
  secret: string;
  named: string;
  majorityRule: Record<MajorityRule, string>;
  weightMode: Record<VotingWeightMode, string>;
  majorityRequired: string;
  seats: (n: number) => string;
  college: Record<StakeholderCategory, string>;
  threshold: (rule: MajorityRule, abstentionsCount: boolean) => string;
  yesNeeded: (n: string) => string;
  yes: string;
  no: string;
  abstain: string;
  ballots: string;
  cast: string;
  counted: string;
  entitledWeight: string;
  outcome: string;
  outcomes: Record<string, string>;
  ruleApplied: string;
  ranking: string;
  approvals: (count: number, n: string) => string;
  elected: string;
  noneElected: string;
  tieBetween: (names: string, seats: number) => string;
  vacantSeats: (n: number) => string;
  unpublished: string;
  hiddenUntilPublished: string;
  page: (n: number, total: number) => string;
  generated: (when: string) => string;
}

const EN: MinutesLabels = {
  locale: 'en-GB',
  documentTitle: 'Minutes of the general assembly',
  assemblyKind: { ORDINARY: 'Ordinary general assembly', EXTRAORDINARY: 'Extraordinary general assembly' },
  cooperative: 'Cooperative',
  date: 'Date',
  place: 'Place',
  online: 'Online',
  recordDate: 'Record date (voter list frozen)',
  notConvened: 'not convened yet',
  attendance: 'Attendance',
  entitled: 'Entitled to vote',
  present: 'Present (in the room or online)',
  represented: 'Represented by proxy',
  members: (count, n) => `${n} ${count === 1 ? 'member' : 'members'}`,
  shares: (count, n) => `${n} ${count === 1 ? 'share' : 'shares'}`,
  quorum: 'Quorum',
  quorumLine: (q) =>
    `${q.reached ? 'reached' : 'not reached'}: ${q.actual} ${q.basis === 'MEMBERS' ? 'members' : 'shares'} present or represented, ${q.required} required (${q.percent}% of ${q.entitled} entitled)`,
  agenda: 'Agenda and votes',
  noAgenda: 'The agenda is empty.',
  itemKind: { MOTION: 'Motion', ELECTION: 'Election', INFORMATION: 'Information' },
  pollStatus: {
    DRAFT: 'not put to the vote',
    OPEN: 'vote in progress',
    CLOSED: 'vote closed, result not yet published',
    PUBLISHED: 'result published',
  },
  noVote: 'Information item, no vote.',
  secret: 'secret ballot',
  named: 'named vote',
  majorityRule: {
    SIMPLE: 'simple majority',
    ABSOLUTE: 'absolute majority',
    TWO_THIRDS: 'two-thirds majority',
    THREE_QUARTERS: 'three-quarters majority',
  },
  weightMode: {
    ONE_MEMBER_ONE_VOTE: 'one member, one vote',
    SHARE_WEIGHTED: 'weighted by shares',
    COLLEGES: 'by college',
  },
  majorityRequired: 'Majority required',
  seats: (n) => `${n} ${n === 1 ? 'seat' : 'seats'}`,
  college: {
    WORKER_MEMBER: 'Worker members',
    SALARIED_ENTREPRENEUR: 'Salaried entrepreneurs',
    PERMANENT_STAFF: 'Permanent staff',
    CLIENT: 'Clients',
    PARTNER: 'Partners',
  },
  threshold: (rule, abstentions) =>
    `${{ SIMPLE: 'more than half', ABSOLUTE: 'more than half', TWO_THIRDS: 'at least two-thirds', THREE_QUARTERS: 'at least three-quarters' }[rule]} of the votes counted, abstentions ${abstentions ? 'counted' : 'not counted'}`,
  yesNeeded: (n) => `at least ${n} yes`,
  yes: 'Yes',
  no: 'No',
  abstain: 'Abstentions',
  ballots: 'Ballots',
  cast: 'Cast',
  counted: 'Counted',
  entitledWeight: 'Entitled',
  outcome: 'Outcome',
  outcomes: {
    MAJORITY_REACHED: 'adopted (majority reached)',
    MAJORITY_NOT_REACHED: 'rejected (majority not reached)',
    TIE: 'rejected (tie)',
    QUORUM_NOT_REACHED: 'rejected (quorum not reached)',
    ELECTED: 'seats filled',
    TIE_AT_CUTOFF: 'tie for the last seat',
  },
  ruleApplied: 'Rule applied',
  ranking: 'Ranking',
  approvals: (count, n) => `${n} ${count === 1 ? 'approval' : 'approvals'}`,
  elected: 'elected',
  noneElected: 'nobody',
  tieBetween: (names, seats) =>
    `Tie for ${seats === 1 ? 'the last seat' : `the last ${seats} seats`} between ${names}: the assembly decides.`,
  vacantSeats: (n) => `${n} ${n === 1 ? 'seat' : 'seats'} left vacant.`,
  unpublished: 'Not yet published: shown to the chair only.',
  hiddenUntilPublished: 'The result appears here once it is published.',
  page: (n, total) => `Page ${n} of ${total}`,
  generated: (when) => `Drawn up on ${when}`,
};

const NL: MinutesLabels = {
  locale: 'nl-BE',
  documentTitle: 'Notulen van de algemene vergadering',
  assemblyKind: { ORDINARY: 'Gewone algemene vergadering', EXTRAORDINARY: 'Buitengewone algemene vergadering' },
  cooperative: 'Coöperatie',
  date: 'Datum',
  place: 'Plaats',
  online: 'Online',
  recordDate: 'Registratiedatum (kiezerslijst vastgelegd)',
  notConvened: 'nog niet bijeengeroepen',
  attendance: 'Aanwezigheid',
  entitled: 'Stemgerechtigd',
  present: 'Aanwezig (in de zaal of online)',
  represented: 'Vertegenwoordigd met volmacht',
  members: (count, n) => `${n} ${count === 1 ? 'lid' : 'leden'}`,
  shares: (count, n) => `${n} ${count === 1 ? 'aandeel' : 'aandelen'}`,
  quorum: 'Quorum',
  quorumLine: (q) =>
    `${q.reached ? 'bereikt' : 'niet bereikt'}: ${q.actual} ${q.basis === 'MEMBERS' ? 'leden' : 'aandelen'} aanwezig of vertegenwoordigd, ${q.required} vereist (${q.percent}% van ${q.entitled} stemgerechtigd)`,
  agenda: 'Agenda en stemmingen',
  noAgenda: 'De agenda is leeg.',
  itemKind: { MOTION: 'Motie', ELECTION: 'Verkiezing', INFORMATION: 'Informatie' },
  pollStatus: {
    DRAFT: 'niet in stemming gebracht',
    OPEN: 'stemming loopt',
    CLOSED: 'stemming gesloten, uitslag nog niet bekendgemaakt',
    PUBLISHED: 'uitslag bekendgemaakt',
  },
  noVote: 'Informatiepunt, geen stemming.',
  secret: 'geheime stemming',
  named: 'stemming bij naam',
  majorityRule: {
    SIMPLE: 'gewone meerderheid',
    ABSOLUTE: 'volstrekte meerderheid',
    TWO_THIRDS: 'tweederdemeerderheid',
    THREE_QUARTERS: 'driekwartmeerderheid',
  },
  weightMode: {
    ONE_MEMBER_ONE_VOTE: 'één lid, één stem',
    SHARE_WEIGHTED: 'gewogen naar aandelen',
    COLLEGES: 'per college',
  },
  majorityRequired: 'Vereiste meerderheid',
  seats: (n) => `${n} ${n === 1 ? 'zetel' : 'zetels'}`,
  college: {
    WORKER_MEMBER: 'Werkende vennoten',
    SALARIED_ENTREPRENEUR: 'Ondernemers in loondienst',
    PERMANENT_STAFF: 'Vaste medewerkers',
    CLIENT: 'Klanten',
    PARTNER: 'Partners',
  },
  threshold: (rule, abstentions) =>
    `${{ SIMPLE: 'meer dan de helft', ABSOLUTE: 'meer dan de helft', TWO_THIRDS: 'minstens twee derde', THREE_QUARTERS: 'minstens drie kwart' }[rule]} van de getelde stemmen, onthoudingen tellen ${abstentions ? 'mee' : 'niet mee'}`,
  yesNeeded: (n) => `minstens ${n} ja`,
  yes: 'Ja',
  no: 'Nee',
  abstain: 'Onthoudingen',
  ballots: 'Stembiljetten',
  cast: 'Uitgebracht',
  counted: 'Geteld',
  entitledWeight: 'Stemgerechtigd',
  outcome: 'Uitslag',
  outcomes: {
    MAJORITY_REACHED: 'aangenomen (meerderheid bereikt)',
    MAJORITY_NOT_REACHED: 'verworpen (meerderheid niet bereikt)',
    TIE: 'verworpen (staking van stemmen)',
    QUORUM_NOT_REACHED: 'verworpen (quorum niet bereikt)',
    ELECTED: 'zetels ingevuld',
    TIE_AT_CUTOFF: 'gelijke stand voor de laatste zetel',
  },
  ruleApplied: 'Toegepaste regel',
  ranking: 'Rangschikking',
  approvals: (count, n) => `${n} ${count === 1 ? 'stem' : 'stemmen'}`,
  elected: 'verkozen',
  noneElected: 'niemand',
  tieBetween: (names, seats) =>
    `Gelijke stand voor ${seats === 1 ? 'de laatste zetel' : `de laatste ${seats} zetels`} tussen ${names}: de vergadering beslist.`,
  vacantSeats: (n) => `${n} ${n === 1 ? 'zetel blijft' : 'zetels blijven'} onbezet.`,
  unpublished: 'Nog niet bekendgemaakt: alleen zichtbaar voor de voorzitter.',
  hiddenUntilPublished: 'De uitslag verschijnt hier zodra ze bekendgemaakt is.',
  page: (n, total) => `Pagina ${n} van ${total}`,
  generated: (when) => `Opgemaakt op ${when}`,
};

const FR: MinutesLabels = {
  locale: 'fr-BE',
  documentTitle: "Procès-verbal de l'assemblée générale",
  assemblyKind: { ORDINARY: 'Assemblée générale ordinaire', EXTRAORDINARY: 'Assemblée générale extraordinaire' },
  cooperative: 'Coopérative',
  date: 'Date',
  place: 'Lieu',
  online: 'En ligne',
  recordDate: "Date d'arrêt de la liste des votants",
  notConvened: 'pas encore convoquée',
  attendance: 'Présences',
  entitled: 'Ayants droit de vote',
  present: 'Présents (dans la salle ou en ligne)',
  represented: 'Représentés par procuration',
  members: (count, n) => `${n} ${count === 1 ? 'membre' : 'membres'}`,
  shares: (count, n) => `${n} ${count === 1 ? 'part' : 'parts'}`,
  quorum: 'Quorum',
  quorumLine: (q) =>
    `${q.reached ? 'atteint' : 'non atteint'} : ${q.actual} ${q.basis === 'MEMBERS' ? 'membres' : 'parts'} présents ou représentés, ${q.required} requis (${q.percent} % de ${q.entitled} ayants droit)`,
  agenda: 'Ordre du jour et votes',
  noAgenda: "L'ordre du jour est vide.",
  itemKind: { MOTION: 'Motion', ELECTION: 'Élection', INFORMATION: 'Information' },
  pollStatus: {
    DRAFT: 'pas mis au vote',
    OPEN: 'vote en cours',
    CLOSED: 'vote clos, résultat pas encore publié',
    PUBLISHED: 'résultat publié',
  },
  noVote: "Point d'information, sans vote.",
  secret: 'vote secret',
  named: 'vote nominatif',
  majorityRule: {
    SIMPLE: 'majorité simple',
    ABSOLUTE: 'majorité absolue',
    TWO_THIRDS: 'majorité des deux tiers',
    THREE_QUARTERS: 'majorité des trois quarts',
  },
  weightMode: {
    ONE_MEMBER_ONE_VOTE: 'un membre, une voix',
    SHARE_WEIGHTED: 'pondéré par les parts',
    COLLEGES: 'par collège',
  },
  majorityRequired: 'Majorité requise',
  seats: (n) => `${n} ${n === 1 ? 'siège' : 'sièges'}`,
  college: {
    WORKER_MEMBER: 'Coopérateurs travailleurs',
    SALARIED_ENTREPRENEUR: 'Entrepreneurs salariés',
    PERMANENT_STAFF: 'Permanents',
    CLIENT: 'Clients',
    PARTNER: 'Partenaires',
  },
  threshold: (rule, abstentions) =>
    `${{ SIMPLE: 'plus de la moitié', ABSOLUTE: 'plus de la moitié', TWO_THIRDS: 'au moins deux tiers', THREE_QUARTERS: 'au moins trois quarts' }[rule]} des voix comptées, abstentions ${abstentions ? 'comptées' : 'non comptées'}`,
  yesNeeded: (n) => `au moins ${n} oui`,
  yes: 'Oui',
  no: 'Non',
  abstain: 'Abstentions',
  ballots: 'Bulletins',
  cast: 'Exprimés',
  counted: 'Comptés',
  entitledWeight: 'Ayants droit',
  outcome: 'Résultat',
  outcomes: {
    MAJORITY_REACHED: 'adoptée (majorité atteinte)',
    MAJORITY_NOT_REACHED: 'rejetée (majorité non atteinte)',
    TIE: 'rejetée (égalité des voix)',
    QUORUM_NOT_REACHED: 'rejetée (quorum non atteint)',
    ELECTED: 'sièges pourvus',
    TIE_AT_CUTOFF: 'égalité pour le dernier siège',
  },
  ruleApplied: 'Règle appliquée',
  ranking: 'Classement',
  approvals: (_count, n) => `${n} voix`,
  elected: 'élu',
  noneElected: 'personne',
  tieBetween: (names, seats) =>
    `Égalité pour ${seats === 1 ? 'le dernier siège' : `les ${seats} derniers sièges`} entre ${names} : l'assemblée décide.`,
  vacantSeats: (n) => `${n} ${n === 1 ? 'siège reste vacant' : 'sièges restent vacants'}.`,
  unpublished: 'Pas encore publié : visible par la présidence seulement.',
  hiddenUntilPublished: 'Le résultat apparaîtra ici dès sa publication.',
  page: (n, total) => `Page ${n} sur ${total}`,
  generated: (when) => `Établi le ${when}`,
};

export const MINUTES_LABELS: Record<Language, MinutesLabels> = { en: EN, nl: NL, fr: FR };
