import type {
  ActionProposalStatus,
  ActionStatus,
  CycleTransition,
  Language,
  RecommendationStage,
} from '@letscoop/domain';

/**
 * The words of the printed "from idea to action" report in nl, fr and en (the PDF is made on the
 * server, so its labels live here rather than in the web's locales). The rule applied, frozen
 * at the close of each poll, stays in the words it was frozen with.
 */
export interface ReportLabels {
  locale: string;
  documentTitle: string;
  edition: (number: number, period: string) => string;
  summary: string;
  recommendations: string;
  proposals: string;
  putToAssembly: string;
  adopted: string;
  rejected: string;
  actions: string;
  actionsDone: string;
  perStage: string;
  noGroups: string;
  noRecommendations: string;
  group: string;
  stage: Record<RecommendationStage, string>;
  stageReached: string;
  drafted: string;
  submitted: string;
  sentBack: (n: number) => string;
  boardDecision: string;
  decision: Record<CycleTransition, string>;
  noDecision: string;
  boardVote: (inFavour: number, against: number, abstaining: number) => string;
  reason: string;
  amended: (added: number, removed: number) => string;
  amendedDiffNote: string;
  mergedInto: string;
  mergedFrom: string;
  proposalsHeading: string;
  noProposals: string;
  proposalStatus: Record<ActionProposalStatus, string>;
  vote: string;
  notPut: string;
  awaiting: string;
  awaitingAt: (assembly: string, date: string) => string;
  noVoteRecorded: string;
  outcomes: Record<string, string>;
  figures: (yes: string, no: string, abstain: string) => string;
  ruleApplied: string;
  action: string;
  notInPlan: string;
  actionStatus: Record<ActionStatus, string>;
  progress: (percent: string) => string;
  otherActions: string;
  untitled: string;
  page: (n: number, total: number) => string;
  generated: (when: string) => string;
}

const EN: ReportLabels = {
  locale: 'en-GB',
  documentTitle: 'From idea to action',
  edition: (n, period) => `Edition ${n} (${period})`,
  summary: 'In figures',
  recommendations: 'Recommendations',
  proposals: 'Action proposals',
  putToAssembly: 'Put to the assembly',
  adopted: 'Adopted',
  rejected: 'Rejected',
  actions: 'Actions in the plan',
  actionsDone: 'Actions done',
  perStage: 'Recommendations per stage',
  noGroups: 'This edition has no working groups yet.',
  noRecommendations: 'No recommendations.',
  group: 'Working group',
  stage: {
    DRAFT: 'draft',
    SUBMITTED: 'submitted',
    UNDER_REVIEW: 'under review',
    ENDORSED: 'endorsed',
    AMENDED: 'amended and endorsed',
    MERGED: 'merged',
    DECLINED: 'declined',
    CONVERTED: 'converted into action proposals',
    AT_ASSEMBLY: 'at the general assembly',
  },
  stageReached: 'Stage reached',
  drafted: 'Drafted',
  submitted: 'Submitted to the board',
  sentBack: (n) => `Sent back to the group ${n === 1 ? 'once' : `${n} times`}`,
  boardDecision: "Board's decision",
  decision: {
    submit: 'submitted',
    startReview: 'review started',
    endorse: 'endorsed',
    amendAndEndorse: 'amended and endorsed',
    merge: 'merged',
    sendBack: 'sent back',
    decline: 'declined',
    convert: 'converted',
    putToAssembly: 'put to the assembly',
  },
  noDecision: 'not decided yet',
  boardVote: (f, a, ab) => `board vote: ${f} for, ${a} against, ${ab} abstaining`,
  reason: 'Reason',
  amended: (added, removed) =>
    `Amended by the board: ${added} ${added === 1 ? 'word' : 'words'} added, ${removed} removed.`,
  amendedDiffNote: "The group's text against the board's (removed: struck through; added: underlined):",
  mergedInto: 'Merged into',
  mergedFrom: 'Merged into this one',
  proposalsHeading: 'Action proposals',
  noProposals: 'No action proposals.',
  proposalStatus: { PROPOSED: 'proposed', ON_AGENDA: 'put to the assembly', ADOPTED: 'adopted', REJECTED: 'rejected' },
  vote: 'Vote',
  notPut: 'not put to the assembly yet',
  awaiting: 'not voted yet',
  awaitingAt: (assembly, date) => `not voted yet (on the agenda of ${assembly}, ${date})`,
  noVoteRecorded: 'no vote recorded in the platform',
  outcomes: {
    MAJORITY_REACHED: 'adopted (majority reached)',
    MAJORITY_NOT_REACHED: 'rejected (majority not reached)',
    TIE: 'rejected (tie)',
    QUORUM_NOT_REACHED: 'rejected (quorum not reached)',
  },
  figures: (yes, no, abstain) => `yes ${yes}, no ${no}, abstentions ${abstain}`,
  ruleApplied: 'Rule applied',
  action: 'Action',
  notInPlan: 'not in the action plan',
  actionStatus: { PLANNED: 'planned', IN_PROGRESS: 'in progress', DONE: 'done', ABANDONED: 'abandoned' },
  progress: (p) => `${p} done`,
  otherActions: 'Other actions drawn from it',
  untitled: '(untitled)',
  page: (n, total) => `Page ${n} of ${total}`,
  generated: (when) => `Drawn up on ${when}`,
};

const NL: ReportLabels = {
  locale: 'nl-BE',
  documentTitle: 'Van idee tot actie',
  edition: (n, period) => `Editie ${n} (${period})`,
  summary: 'In cijfers',
  recommendations: 'Aanbevelingen',
  proposals: 'Actievoorstellen',
  putToAssembly: 'Voorgelegd aan de vergadering',
  adopted: 'Aangenomen',
  rejected: 'Verworpen',
  actions: 'Acties in het plan',
  actionsDone: 'Acties afgerond',
  perStage: 'Aanbevelingen per fase',
  noGroups: 'Deze editie heeft nog geen werkgroepen.',
  noRecommendations: 'Geen aanbevelingen.',
  group: 'Werkgroep',
  stage: {
    DRAFT: 'ontwerp',
    SUBMITTED: 'ingediend',
    UNDER_REVIEW: 'in behandeling',
    ENDORSED: 'goedgekeurd',
    AMENDED: 'gewijzigd en goedgekeurd',
    MERGED: 'samengevoegd',
    DECLINED: 'afgewezen',
    CONVERTED: 'omgezet in actievoorstellen',
    AT_ASSEMBLY: 'op de algemene vergadering',
  },
  stageReached: 'Bereikte fase',
  drafted: 'Opgesteld',
  submitted: 'Ingediend bij de raad',
  sentBack: (n) => `${n === 1 ? 'Eenmaal' : `${n} keer`} teruggestuurd naar de groep`,
  boardDecision: 'Beslissing van de raad',
  decision: {
    submit: 'ingediend',
    startReview: 'behandeling gestart',
    endorse: 'goedgekeurd',
    amendAndEndorse: 'gewijzigd en goedgekeurd',
    merge: 'samengevoegd',
    sendBack: 'teruggestuurd',
    decline: 'afgewezen',
    convert: 'omgezet',
    putToAssembly: 'voorgelegd aan de vergadering',
  },
  noDecision: 'nog niet beslist',
  boardVote: (f, a, ab) => `stemming in de raad: ${f} voor, ${a} tegen, ${ab} onthoudingen`,
  reason: 'Reden',
  amended: (added, removed) =>
    `Gewijzigd door de raad: ${added} ${added === 1 ? 'woord' : 'woorden'} toegevoegd, ${removed} geschrapt.`,
  amendedDiffNote:
    'De tekst van de groep tegenover die van de raad (geschrapt: doorgehaald; toegevoegd: onderstreept):',
  mergedInto: 'Samengevoegd met',
  mergedFrom: 'Hierin samengevoegd',
  proposalsHeading: 'Actievoorstellen',
  noProposals: 'Geen actievoorstellen.',
  proposalStatus: {
    PROPOSED: 'voorgesteld',
    ON_AGENDA: 'voorgelegd aan de vergadering',
    ADOPTED: 'aangenomen',
    REJECTED: 'verworpen',
  },
  vote: 'Stemming',
  notPut: 'nog niet voorgelegd aan de vergadering',
  awaiting: 'nog niet gestemd',
  awaitingAt: (assembly, date) => `nog niet gestemd (op de agenda van ${assembly}, ${date})`,
  noVoteRecorded: 'geen stemming geregistreerd in het platform',
  outcomes: {
    MAJORITY_REACHED: 'aangenomen (meerderheid bereikt)',
    MAJORITY_NOT_REACHED: 'verworpen (meerderheid niet bereikt)',
    TIE: 'verworpen (staking van stemmen)',
    QUORUM_NOT_REACHED: 'verworpen (quorum niet bereikt)',
  },
  figures: (yes, no, abstain) => `ja ${yes}, nee ${no}, onthoudingen ${abstain}`,
  ruleApplied: 'Toegepaste regel',
  action: 'Actie',
  notInPlan: 'niet in het actieplan',
  actionStatus: { PLANNED: 'gepland', IN_PROGRESS: 'lopend', DONE: 'afgerond', ABANDONED: 'stopgezet' },
  progress: (p) => `${p} gerealiseerd`,
  otherActions: 'Andere acties die eruit voortkomen',
  untitled: '(zonder titel)',
  page: (n, total) => `Pagina ${n} van ${total}`,
  generated: (when) => `Opgemaakt op ${when}`,
};

const FR: ReportLabels = {
  locale: 'fr-BE',
  documentTitle: "De l'idée à l'action",
  edition: (n, period) => `Édition ${n} (${period})`,
  summary: 'En chiffres',
  recommendations: 'Recommandations',
  proposals: "Propositions d'action",
  putToAssembly: "Soumises à l'assemblée",
  adopted: 'Adoptées',
  rejected: 'Rejetées',
  actions: 'Actions au plan',
  actionsDone: 'Actions réalisées',
  perStage: 'Recommandations par étape',
  noGroups: "Cette édition n'a pas encore de groupes de travail.",
  noRecommendations: 'Aucune recommandation.',
  group: 'Groupe de travail',
  stage: {
    DRAFT: 'brouillon',
    SUBMITTED: 'soumise',
    UNDER_REVIEW: "en cours d'examen",
    ENDORSED: 'approuvée',
    AMENDED: 'amendée et approuvée',
    MERGED: 'fusionnée',
    DECLINED: 'refusée',
    CONVERTED: "convertie en propositions d'action",
    AT_ASSEMBLY: "à l'assemblée générale",
  },
  stageReached: 'Étape atteinte',
  drafted: 'Rédigée',
  submitted: 'Soumise au conseil',
  sentBack: (n) => `Renvoyée au groupe ${n === 1 ? 'une fois' : `${n} fois`}`,
  boardDecision: 'Décision du conseil',
  decision: {
    submit: 'soumise',
    startReview: 'examen commencé',
    endorse: 'approuvée',
    amendAndEndorse: 'amendée et approuvée',
    merge: 'fusionnée',
    sendBack: 'renvoyée',
    decline: 'refusée',
    convert: 'convertie',
    putToAssembly: "soumise à l'assemblée",
  },
  noDecision: 'pas encore décidée',
  boardVote: (f, a, ab) => `vote du conseil : ${f} pour, ${a} contre, ${ab} abstentions`,
  reason: 'Motif',
  amended: (added, removed) =>
    `Amendée par le conseil : ${added} ${added === 1 ? 'mot ajouté' : 'mots ajoutés'}, ${removed} ${removed === 1 ? 'supprimé' : 'supprimés'}.`,
  amendedDiffNote: 'Le texte du groupe face à celui du conseil (supprimé : barré ; ajouté : souligné) :',
  mergedInto: 'Fusionnée dans',
  mergedFrom: 'Fusionnées dans celle-ci',
  proposalsHeading: "Propositions d'action",
  noProposals: "Aucune proposition d'action.",
  proposalStatus: { PROPOSED: 'proposée', ON_AGENDA: "soumise à l'assemblée", ADOPTED: 'adoptée', REJECTED: 'rejetée' },
  vote: 'Vote',
  notPut: "pas encore soumise à l'assemblée",
  awaiting: 'pas encore votée',
  awaitingAt: (assembly, date) => `pas encore votée (à l'ordre du jour de ${assembly}, ${date})`,
  noVoteRecorded: 'aucun vote enregistré dans la plateforme',
  outcomes: {
    MAJORITY_REACHED: 'adoptée (majorité atteinte)',
    MAJORITY_NOT_REACHED: 'rejetée (majorité non atteinte)',
    TIE: 'rejetée (égalité des voix)',
    QUORUM_NOT_REACHED: 'rejetée (quorum non atteint)',
  },
  figures: (yes, no, abstain) => `oui ${yes}, non ${no}, abstentions ${abstain}`,
  ruleApplied: 'Règle appliquée',
  action: 'Action',
  notInPlan: "pas dans le plan d'action",
  actionStatus: { PLANNED: 'prévue', IN_PROGRESS: 'en cours', DONE: 'réalisée', ABANDONED: 'abandonnée' },
  progress: (p) => `${p} réalisé`,
  otherActions: 'Autres actions qui en découlent',
  untitled: '(sans titre)',
  page: (n, total) => `Page ${n} sur ${total}`,
  generated: (when) => `Établi le ${when}`,
};

export const REPORT_LABELS: Record<Language, ReportLabels> = { en: EN, nl: NL, fr: FR };
