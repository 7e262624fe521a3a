import { Injectable, Logger } from '@nestjs/common';
import { fakerFR, fakerFR_BE, fakerNL_BE, type Faker } from '@faker-js/faker';
import {
  humanText,
  withTranslation,
  type Language,
  type OfficeKind,
  type StakeholderCategory,
  type Statutes,
  type TranslatedTextValue,
} from '@letscoop/domain';
import * as argon2 from 'argon2';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { searchable } from '../members/searchable.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';
import { DemoActionPlanService } from './demo-action-plan.service.js';
import { DemoAssembliesService } from './demo-assemblies.service.js';
import { DemoCycleService } from './demo-cycle.service.js';
import { DemoEthicsService } from './demo-ethics.service.js';

interface CooperativeSpec {
  slug: 'smart-be' | 'smart-fr';
  name: string;
  country: string;
  languages: Language[];
  description: TranslatedTextValue;
  statutes: Statutes;
  branches: [name: string, city: string][];
  members: number;
  boardSize: number;
  ethicsSize: number;
  fakers: { faker: Faker; language: Language; weight: number }[];
}

const BE_DESCRIPTION = withTranslation(
  withTranslation(
    humanText(
      'nl',
      'Smart is een coöperatie van autonome werkers: vennoten delen diensten, risico’s en beslissingen. Via Smart in Progress schrijven werkgroepen aanbevelingen die de Raad van bestuur omzet in actievoorstellen voor de Algemene vergadering.',
    ),
    'fr',
    'Smart est une coopérative de travailleurs autonomes : les coopérateurs partagent services, risques et décisions. Avec Smart in Progress, des groupes de travail rédigent des recommandations que le conseil d’administration transforme en propositions d’action pour l’assemblée générale.',
    'HUMAN',
  ),
  'en',
  'Smart is a cooperative of autonomous workers: members share services, risks and decisions. Through Smart in Progress, working groups write recommendations that the board turns into action proposals for the general assembly.',
  'MACHINE',
);

// French only: English readers see the fallback, marked as such.
const FR_DESCRIPTION = humanText(
  'fr',
  'Smart France accompagne les travailleurs autonomes en coopérative. Première édition de son processus participatif, sur le modèle de Smart in Progress.',
);

const COOPERATIVES: CooperativeSpec[] = [
  {
    slug: 'smart-be',
    name: 'Smart Belgium',
    country: 'BE',
    languages: ['nl', 'fr', 'en'],
    description: BE_DESCRIPTION,
    statutes: { quorumPercent: 5, quorumBasis: 'MEMBERS', proxyCapPerHolder: 2, defaultMajority: 'SIMPLE', abstentionsCount: false, votingWeightMode: 'ONE_MEMBER_ONE_VOTE' },
    branches: [
      ['Brussel-Bruxelles', 'Brussel'],
      ['Antwerpen', 'Antwerpen'],
      ['Gent', 'Gent'],
      ['Leuven', 'Leuven'],
      ['Liège', 'Liège'],
      ['Charleroi', 'Charleroi'],
      ['Namur', 'Namur'],
      ['Mons', 'Mons'],
    ],
    members: 2000,
    boardSize: 18,
    ethicsSize: 15,
    fakers: [
      { faker: fakerNL_BE, language: 'nl', weight: 0.55 },
      { faker: fakerFR_BE, language: 'fr', weight: 0.43 },
      { faker: fakerFR, language: 'en', weight: 0.02 },
    ],
  },
  {
    slug: 'smart-fr',
    name: 'Smart France',
    country: 'FR',
    languages: ['fr', 'en'],
    description: FR_DESCRIPTION,
    statutes: { quorumPercent: 10, quorumBasis: 'MEMBERS', proxyCapPerHolder: 3, defaultMajority: 'SIMPLE', abstentionsCount: false, votingWeightMode: 'ONE_MEMBER_ONE_VOTE' },
    branches: [
      ['Paris', 'Paris'],
      ['Lyon', 'Lyon'],
      ['Lille', 'Lille'],
      ['Marseille', 'Marseille'],
      ['Nantes', 'Nantes'],
    ],
    members: 400,
    boardSize: 12,
    ethicsSize: 0,
    fakers: [{ faker: fakerFR, language: 'fr', weight: 1 }],
  },
];

// Most members hold one share; a few hold many (about 80 % of turnover comes from 20 % of members).
function pickCategory(r: number): StakeholderCategory {
  if (r < 0.7) return 'WORKER_MEMBER';
  if (r < 0.85) return 'SALARIED_ENTREPRENEUR';
  if (r < 0.93) return 'PERMANENT_STAFF';
  if (r < 0.97) return 'CLIENT';
  return 'PARTNER';
}

interface PersonRow {
  email: string;
  name: string;
  language: Language;
  category: StakeholderCategory;
  shares: number;
  shareClass: string;
  branch: string;
  joinedOn: string;
  offices: OfficeKind[];
  passwordHash: string | null;
}

/** Loads the demo cooperatives into an empty database, the same on every run (fixed seeds). */
@Injectable()
export class DemoDataService {
  private readonly logger = new Logger(DemoDataService.name);

  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly cycle: DemoCycleService,
    private readonly actionPlan: DemoActionPlanService,
    private readonly ethics: DemoEthicsService,
    private readonly assemblies: DemoAssembliesService,
  ) {}

  async loadIfEmpty(): Promise<boolean> {
    const [{ n }] = await this.db.query<{ n: string }[]>(`SELECT count(*) AS n FROM cooperative`);
    if (Number(n) > 0) return false;
    const started = Date.now();
    const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
    let cycleMs = 0;
    let assembliesMs = 0;
    await this.db.transaction(async (manager) => {
      const cooperativeIds: Record<string, string> = {};
      for (const spec of COOPERATIVES) cooperativeIds[spec.slug] = await this.loadCooperative(manager, spec, passwordHash);
      const cycleStarted = Date.now();
      await this.cycle.load(manager, cooperativeIds);
      cycleMs = Date.now() - cycleStarted;
      // Before the action plan: the assemblies enter the adopted proposals, the plan places them.
      const assembliesStarted = Date.now();
      await this.assemblies.load(manager, cooperativeIds);
      assembliesMs = Date.now() - assembliesStarted;
      await this.actionPlan.load(manager, cooperativeIds);
      await this.ethics.load(manager, cooperativeIds);
    });
    this.logger.log(`Demo cooperatives loaded in ${Date.now() - started} ms (decision cycle: ${cycleMs} ms, assemblies: ${assembliesMs} ms)`);
    return true;
  }

  private async loadCooperative(manager: EntityManager, spec: CooperativeSpec, passwordHash: string): Promise<string> {
    const s = spec.statutes;
    const [{ id: cooperativeId }] = await manager.query<{ id: string }[]>(
      `INSERT INTO cooperative (slug, name, country, languages, description, quorum_percent, quorum_basis, proxy_cap_per_holder, default_majority, abstentions_count, voting_weight_mode)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) RETURNING id`,
      [spec.slug, spec.name, spec.country, spec.languages, spec.description, s.quorumPercent, s.quorumBasis, s.proxyCapPerHolder, s.defaultMajority, s.abstentionsCount, s.votingWeightMode],
    );
    const branches = await manager.query<{ id: string; name: string }[]>(
      `INSERT INTO branch (cooperative_id, name, city) SELECT $1, * FROM unnest($2::text[], $3::text[]) RETURNING id, name`,
      [cooperativeId, spec.branches.map((b) => b[0]), spec.branches.map((b) => b[1])],
    );
    const branchId = new Map(branches.map((b) => [b.name, b.id]));
    const people = this.generatePeople(spec, passwordHash);

    const inserted = await manager.query<{ id: string; email: string }[]>(
      `INSERT INTO person (email, display_name, search_name, preferred_language, password_hash)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) RETURNING id, email`,
      [people.map((p) => p.email), people.map((p) => p.name), people.map((p) => searchable(p.name)), people.map((p) => p.language), people.map((p) => p.passwordHash)],
    );
    const personId = new Map(inserted.map((p) => [p.email, p.id]));
    await manager.query(
      `INSERT INTO membership (person_id, cooperative_id, category, shares, share_class, branch_id, joined_on)
       SELECT person_id, $1, category, shares, share_class, branch_id, joined_on
       FROM unnest($2::uuid[], $3::text[], $4::int[], $5::text[], $6::uuid[], $7::date[]) AS t(person_id, category, shares, share_class, branch_id, joined_on)`,
      [cooperativeId, people.map((p) => personId.get(p.email)), people.map((p) => p.category), people.map((p) => p.shares), people.map((p) => p.shareClass), people.map((p) => branchId.get(p.branch)), people.map((p) => p.joinedOn)],
    );
    const offices = people.flatMap((p) => p.offices.map((kind) => ({ personId: personId.get(p.email) as string, kind })));
    const term = (kind: OfficeKind): [string, string | null] =>
      kind === 'ETHICS_COMMITTEE' ? ['2025-06-16', '2027-06-15'] : kind === 'BOARD_MEMBER' || kind === 'BOARD_CHAIR' ? ['2023-06-19', '2027-06-30'] : ['2016-01-01', null];
    await manager.query(
      `INSERT INTO office (person_id, cooperative_id, kind, starts_on, ends_on)
       SELECT person_id, $1, kind, starts_on, ends_on FROM unnest($2::uuid[], $3::text[], $4::date[], $5::date[]) AS t(person_id, kind, starts_on, ends_on)`,
      [cooperativeId, offices.map((o) => o.personId), offices.map((o) => o.kind), offices.map((o) => term(o.kind)[0]), offices.map((o) => term(o.kind)[1])],
    );
    await this.audit.record(manager, {
      actorId: null,
      action: 'demo.loaded',
      subjectType: 'cooperative',
      subjectId: cooperativeId,
      cooperativeId,
      reason: 'Demo mode: invented people and figures.',
      after: { members: people.length, branches: branches.length, offices: offices.length },
    });
    return cooperativeId;
  }

  private generatePeople(spec: CooperativeSpec, passwordHash: string): PersonRow[] {
    const accounts = DEMO_ACCOUNTS.filter((a) => a.cooperative === spec.slug);
    const people: PersonRow[] = accounts.map((a) => ({
      email: a.email,
      name: a.displayName,
      language: a.language,
      category: a.category,
      shares: a.category === 'PARTNER' ? 20 : 4,
      shareClass: a.category === 'PARTNER' || a.category === 'CLIENT' ? 'B' : 'A',
      branch: a.branch,
      joinedOn: '2012-03-01',
      offices: [...a.offices],
      passwordHash,
    }));
    const seeded = spec.fakers.map((f, i) => {
      f.faker.seed(2015 + i + (spec.slug === 'smart-fr' ? 100 : 0));
      return f;
    });
    const pick = seeded[0].faker;
    const used = new Set(people.map((p) => p.email));
    while (people.length < spec.members) {
      const r = pick.number.float({ min: 0, max: 1 });
      let acc = 0;
      const source = seeded.find((f) => (acc += f.weight) >= r) ?? seeded[0];
      const first = source.faker.person.firstName();
      const last = source.faker.person.lastName();
      const base = `${searchable(first)}.${searchable(last)}`.replace(/[^a-z0-9.]+/g, '-');
      let email = `${base}@members.${spec.slug}.demo`;
      for (let n = 2; used.has(email); n++) email = `${base}.${n}@members.${spec.slug}.demo`;
      used.add(email);
      const category = pickCategory(pick.number.float({ min: 0, max: 1 }));
      const heavy = pick.number.float({ min: 0, max: 1 }) < 0.2;
      people.push({
        email,
        name: `${first} ${last}`,
        language: source.language,
        category,
        shares: category === 'PARTNER' || category === 'CLIENT' ? pick.number.int({ min: 5, max: 100 }) : heavy ? pick.number.int({ min: 4, max: 40 }) : pick.number.int({ min: 1, max: 3 }),
        shareClass: category === 'PARTNER' || category === 'CLIENT' ? 'B' : 'A',
        branch: pick.helpers.arrayElement(spec.branches)[0],
        joinedOn: pick.date.between({ from: '2008-01-01', to: '2026-06-30' }).toISOString().slice(0, 10),
        offices: [],
        passwordHash: null,
      });
    }
    // Fill the board and the ethics committee up to their statutory size with generated members.
    const fill = (kind: OfficeKind, size: number, eligible: (p: PersonRow) => boolean) => {
      let count = people.filter((p) => p.offices.includes(kind)).length;
      for (const p of people) {
        if (count >= size) break;
        if (p.offices.length === 0 && eligible(p)) {
          p.offices.push(kind);
          count++;
        }
      }
    };
    fill('BOARD_MEMBER', spec.boardSize, (p) => p.category !== 'PERMANENT_STAFF' && p.passwordHash === null);
    // The assembly of June 2018 elected the committee (demo-assemblies-data.ts): members by then.
    fill('ETHICS_COMMITTEE', spec.ethicsSize, (p) => p.category !== 'PERMANENT_STAFF' && p.passwordHash === null && p.joinedOn <= '2018-05-25');
    fill('STAFF', 20, (p) => p.category === 'PERMANENT_STAFF');
    if (spec.slug === 'smart-fr') fill('MANAGING_DIRECTOR', 1, (p) => p.category === 'PERMANENT_STAFF');
    return people;
  }
}
