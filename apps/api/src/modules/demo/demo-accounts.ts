import type { OfficeKind, StakeholderCategory } from '@letscoop/domain';

/** One login per role, printed on the login page in demo mode only. */
export const DEMO_PASSWORD = 'letscoop-demo';

export interface DemoAccountSpec {
  email: string;
  displayName: string;
  role: string;
  cooperative: 'smart-be' | 'smart-fr';
  language: 'nl' | 'fr' | 'en';
  category: StakeholderCategory;
  branch: string;
  offices: OfficeKind[];
}

export const DEMO_ACCOUNTS: DemoAccountSpec[] = [
  { email: 'secretariaat@smart.demo', displayName: 'Sofie Peeters', role: 'secretariat', cooperative: 'smart-be', language: 'nl', category: 'PERMANENT_STAFF', branch: 'Brussel-Bruxelles', offices: ['SECRETARIAT', 'STAFF'] },
  { email: 'voorzitter@smart.demo', displayName: 'Marc Vandenberghe', role: 'chair', cooperative: 'smart-be', language: 'nl', category: 'WORKER_MEMBER', branch: 'Gent', offices: ['BOARD_MEMBER', 'BOARD_CHAIR'] },
  { email: 'bestuur@smart.demo', displayName: 'Amélie Dubois', role: 'board', cooperative: 'smart-be', language: 'fr', category: 'WORKER_MEMBER', branch: 'Liège', offices: ['BOARD_MEMBER'] },
  { email: 'directie@smart.demo', displayName: 'Pieter Claes', role: 'director', cooperative: 'smart-be', language: 'nl', category: 'PERMANENT_STAFF', branch: 'Brussel-Bruxelles', offices: ['MANAGING_DIRECTOR', 'STAFF'] },
  { email: 'ethiek@smart.demo', displayName: 'Nadia El Amrani', role: 'ethics', cooperative: 'smart-be', language: 'fr', category: 'SALARIED_ENTREPRENEUR', branch: 'Charleroi', offices: ['ETHICS_COMMITTEE'] },
  { email: 'medewerker@smart.demo', displayName: 'Jonas Wouters', role: 'staff', cooperative: 'smart-be', language: 'nl', category: 'PERMANENT_STAFF', branch: 'Antwerpen', offices: ['STAFF'] },
  { email: 'lid@smart.demo', displayName: 'Lotte Janssens', role: 'member', cooperative: 'smart-be', language: 'nl', category: 'WORKER_MEMBER', branch: 'Antwerpen', offices: [] },
  { email: 'membre@smart.demo', displayName: 'Julien Lambert', role: 'member', cooperative: 'smart-be', language: 'fr', category: 'WORKER_MEMBER', branch: 'Liège', offices: [] },
  { email: 'partner@smart.demo', displayName: 'Hélène Martin', role: 'partner', cooperative: 'smart-be', language: 'en', category: 'PARTNER', branch: 'Brussel-Bruxelles', offices: [] },
  { email: 'secretariat@smart-fr.demo', displayName: 'Camille Bernard', role: 'secretariat', cooperative: 'smart-fr', language: 'fr', category: 'PERMANENT_STAFF', branch: 'Paris', offices: ['SECRETARIAT', 'STAFF'] },
];
