import { Injectable } from '@nestjs/common';
import {
  describePublicationProblem,
  ETHICS_CRITERIA,
  publicationProblems,
  type EthicsRating,
  type EthicsStance,
  type TranslatedTextValue,
} from '@letscoop/domain';
import type { EntityManager } from 'typeorm';

type Tx = TranslatedTextValue;

/** The committee's demo account writes in French; Dutch by a person, English machine-made. */
function text(fr: string, nl: string | null, en: string | null): Tx {
  return {
    original: 'fr',
    texts: {
      fr: { text: fr, origin: 'HUMAN' },
      ...(nl ? { nl: { text: nl, origin: 'HUMAN' as const } } : {}),
      ...(en ? { en: { text: en, origin: 'MACHINE' as const } } : {}),
    },
  };
}

function nlText(nl: string, fr: string, en: string): Tx {
  return {
    original: 'nl',
    texts: {
      nl: { text: nl, origin: 'HUMAN' },
      fr: { text: fr, origin: 'HUMAN' },
      en: { text: en, origin: 'MACHINE' },
    },
  };
}

/** One demo opinion: findings in the order of the statutes, a conclusion and a stance. */
export interface DemoOpinionSpec {
  /** A member activity (absent for an opinion on an agenda item). */
  activity?: Tx;
  /** Whose activity (a demo person's e-mail). */
  activityPersonEmail?: string;
  findings: [EthicsRating, Tx | null][];
  conclusion: Tx | null;
  stance: EthicsStance | null;
  /** Local day the committee wrote it; published that day at 18:00 when `published`. */
  writtenOn: string;
  published: boolean;
}

/** The committee's opinion on the assembly's motion on the solidarity contribution (for the assembly demo). */
export const DEMO_SOLIDARITY_RATE_OPINION: DemoOpinionSpec = {
  findings: [
    [
      'FAVOURABLE',
      text(
        'Un taux unique de 6,5 % sur chaque facture donne le même accompagnement à qui facture peu et à qui facture beaucoup : il protège les profils les plus fragiles.',
        'Eén tarief van 6,5 % op elke factuur geeft wie weinig factureert dezelfde begeleiding als wie veel factureert: het beschermt de kwetsbaarste profielen.',
        'A single rate of 6.5% on every invoice gives those who invoice little the same support as those who invoice a lot: it protects the most fragile profiles.',
      ),
    ],
    [
      'FAVOURABLE',
      text(
        'Mutualiser les risques entre tous les membres est la raison d’être de la coopérative.',
        'Risico’s delen tussen alle vennoten is de bestaansreden van de coöperatie.',
        'Pooling risks among all members is the cooperative’s reason for being.',
      ),
    ],
    ['NOT_APPLICABLE', null],
  ],
  conclusion: text(
    'Le comité recommande à l’assemblée d’adopter la motion. Il demande que l’usage de la contribution solidaire soit publié chaque année.',
    'Het comité raadt de vergadering aan de motie aan te nemen. Het vraagt dat de besteding van de solidaire bijdrage elk jaar wordt gepubliceerd.',
    'The committee advises the assembly to adopt the motion. It asks that the use of the solidarity contribution be published every year.',
  ),
  stance: 'FAVOURABLE',
  writtenOn: '2027-05-27',
  published: true,
};

const ACTIVITY_OPINIONS: DemoOpinionSpec[] = [
  {
    activity: text(
      'Livraisons à vélo pour une plateforme de repas, payées à la course',
      'Fietsleveringen voor een maaltijdplatform, betaald per levering',
      'Bicycle deliveries for a meal platform, paid per delivery',
    ),
    findings: [
      [
        'UNFAVOURABLE',
        text(
          'Payées à la course, sans heures garanties, les livraisons tombent sous le salaire horaire minimum les soirs calmes. Le risque économique repose entièrement sur le coursier.',
          'Betaald per levering, zonder gewaarborgde uren, zakken de leveringen op rustige avonden onder het minimumuurloon. Het economische risico ligt volledig bij de koerier.',
          'Paid per delivery with no guaranteed hours, deliveries fall below the minimum hourly wage on quiet evenings. The economic risk lies entirely with the courier.',
        ),
      ],
      [
        'RESERVATIONS',
        text(
          'Le service est utile, mais la plateforme décide seule des tarifs et de l’accès au travail.',
          'De dienst is nuttig, maar het platform bepaalt alleen de tarieven en de toegang tot het werk.',
          'The service is useful, but the platform alone sets the rates and access to work.',
        ),
      ],
      [
        'FAVOURABLE',
        text(
          'Des livraisons à vélo plutôt qu’en voiture ou en scooter.',
          'Leveringen met de fiets in plaats van met auto of scooter.',
          'Deliveries by bicycle rather than by car or scooter.',
        ),
      ],
    ],
    conclusion: text(
      'Avis défavorable tant que les coursiers ne sont pas payés à l’heure, avec un minimum garanti par prestation. Le comité propose au conseil d’administration de négocier ces conditions avec la plateforme.',
      'Ongunstig advies zolang de koeriers niet per uur worden betaald, met een gewaarborgd minimum per prestatie. Het comité stelt de Raad van bestuur voor die voorwaarden met het platform te onderhandelen.',
      'Unfavourable as long as couriers are not paid by the hour, with a guaranteed minimum per shift. The committee proposes that the board negotiate these terms with the platform.',
    ),
    stance: 'UNFAVOURABLE',
    writtenOn: '2025-11-04',
    published: true,
  },
  {
    activity: text(
      'Séances photo pour une marque de mode éphémère (fast fashion)',
      'Fotoreportages voor een fast-fashionmerk',
      'Photo shoots for a fast-fashion clothing brand',
    ),
    activityPersonEmail: 'membre@smart.demo',
    findings: [
      [
        'FAVOURABLE',
        text(
          'Payé au tarif journalier convenu, via Smart, avec assurance et temps de préparation compris.',
          'Betaald aan het afgesproken dagtarief, via Smart, met verzekering en voorbereidingstijd inbegrepen.',
          'Paid at the agreed day rate through Smart, insurance and preparation time included.',
        ),
      ],
      [
        'RESERVATIONS',
        text(
          'Le travail créatif est légitime ; la marque, elle, pousse à la surconsommation de vêtements produits dans de mauvaises conditions.',
          'Het creatieve werk is legitiem; het merk zelf zet aan tot overconsumptie van kleding die in slechte omstandigheden wordt gemaakt.',
          'The creative work is legitimate; the brand itself drives overconsumption of clothes made in poor conditions.',
        ),
      ],
      [
        'RESERVATIONS',
        text(
          'Déplacements en voiture vers des séances à l’étranger ; le train est possible pour la plupart.',
          'Verplaatsingen met de auto naar reportages in het buitenland; voor de meeste kan de trein.',
          'Car travel to shoots abroad; the train is possible for most of them.',
        ),
      ],
    ],
    conclusion: text(
      'Activité acceptable, avec réserves : le comité encourage le membre à privilégier le train et à proposer ses services à des marques de mode durable.',
      'Aanvaardbare activiteit, met voorbehoud: het comité moedigt de vennoot aan de trein te verkiezen en zijn diensten aan duurzame modemerken aan te bieden.',
      'Acceptable activity, with reservations: the committee encourages the member to prefer the train and to offer their services to sustainable fashion brands.',
    ),
    stance: 'RESERVATIONS',
    writtenOn: '2026-02-17',
    published: true,
  },
  {
    activity: text(
      'Ateliers de réparation d’appareils électriques dans des repair cafés',
      'Workshops over het herstellen van elektrische toestellen in repaircafés',
      'Workshops on repairing electrical appliances in repair cafés',
    ),
    activityPersonEmail: 'lid@smart.demo',
    findings: [
      [
        'FAVOURABLE',
        text(
          'Rémunéré par les communes organisatrices, au tarif horaire du secteur socioculturel.',
          'Vergoed door de organiserende gemeenten, aan het uurtarief van de socioculturele sector.',
          'Paid by the organising municipalities at the socio-cultural sector’s hourly rate.',
        ),
      ],
      [
        'FAVOURABLE',
        text(
          'Transmettre un savoir-faire et prolonger la vie des objets : au cœur des valeurs de la coopérative.',
          'Vakmanschap doorgeven en de levensduur van spullen verlengen: de kern van de waarden van de coöperatie.',
          'Passing on skills and extending the life of things: at the heart of the cooperative’s values.',
        ),
      ],
      [
        'FAVOURABLE',
        text(
          'Chaque appareil réparé évite un achat neuf et des déchets électroniques.',
          'Elk hersteld toestel voorkomt een nieuwe aankoop en elektronisch afval.',
          'Every appliance repaired avoids a new purchase and electronic waste.',
        ),
      ],
    ],
    conclusion: text(
      'Avis favorable. Le comité propose de citer cette activité en exemple dans le rapport d’impact social.',
      'Gunstig advies. Het comité stelt voor deze activiteit als voorbeeld te noemen in het rapport over de sociale impact.',
      'Favourable. The committee proposes citing this activity as an example in the social impact report.',
    ),
    stance: 'FAVOURABLE',
    writtenOn: '2026-05-12',
    published: true,
  },
  // A draft the committee is still writing (French only): only its members see it.
  {
    activity: text('Sous-titrage de publicités pour un site de paris en ligne', null, null),
    findings: [
      ['FAVOURABLE', text('Tarif au mot correct, délais raisonnables.', null, null)],
      ['UNFAVOURABLE', text('Promouvoir les jeux d’argent auprès d’un jeune public pose question.', null, null)],
      ['NOT_APPLICABLE', null],
    ],
    conclusion: null,
    stance: null,
    writtenOn: '2026-11-10',
    published: false,
  },
];

interface DemoIndicatorSpec {
  name: Tx;
  unit: Tx;
  method: Tx;
  values: [year: number, value: number, note?: Tx][];
}

const INDICATORS: DemoIndicatorSpec[] = [
  {
    name: nlText('Mediaan uurloon van de vennoten', 'Salaire horaire médian des membres', 'Members’ median hourly pay'),
    unit: nlText('€ bruto per uur', '€ brut par heure', '€ gross per hour'),
    method: nlText(
      'Mediaan van het brutouurloon over alle prestaties van het jaar, uit de loonadministratie.',
      'Médiane du salaire horaire brut sur toutes les prestations de l’année, d’après l’administration salariale.',
      'Median gross hourly pay over all the year’s work, from the payroll records.',
    ),
    values: [
      [2016, 14.8],
      [2017, 15.2],
      [2018, 15.9],
      [2019, 16.4, nlText('Voorlopig cijfer', 'Chiffre provisoire', 'Provisional figure')],
    ],
  },
  {
    name: nlText(
      'Vennoten met een arbeidsovereenkomst',
      'Membres sous contrat de travail',
      'Members with an employment contract',
    ),
    unit: nlText('% van de actieve vennoten', '% des membres actifs', '% of active members'),
    method: nlText(
      'Aandeel van de vennoten met minstens één prestatie in het jaar die onder een arbeidsovereenkomst werkten (en niet als zelfstandige).',
      'Part des membres ayant au moins une prestation dans l’année qui ont travaillé sous contrat de travail (et non comme indépendants).',
      'Share of members with at least one engagement in the year who worked under an employment contract (not as self-employed).',
    ),
    values: [
      [2016, 61],
      [2017, 64],
      [2018, 68],
      [2019, 71],
    ],
  },
  {
    name: nlText(
      'CO₂-uitstoot van het wagenpark',
      'Émissions de CO₂ de la flotte',
      'CO₂ emissions of the office fleet',
    ),
    unit: nlText('ton CO₂', 'tonnes de CO₂', 'tonnes CO₂'),
    method: nlText(
      'Brandstofverbruik van de dienstwagens van de vaste medewerkers, omgerekend met de factoren van de overheid.',
      'Consommation de carburant des véhicules de service des permanents, convertie avec les facteurs officiels.',
      'Fuel used by the permanent staff’s company cars, converted with the official factors.',
    ),
    values: [
      [2016, 212],
      [2017, 198],
      [2018, 176],
      [2019, 151],
    ],
  },
  {
    name: nlText('Opleidingsuren voor vennoten', 'Heures de formation des membres', 'Training hours for members'),
    unit: nlText('uren', 'heures', 'hours'),
    method: nlText(
      'Som van de uren opleiding die vennoten volgden bij Smart (infosessies, workshops, coöperatieve opleiding).',
      'Somme des heures de formation suivies par les membres chez Smart (séances d’info, ateliers, formation coopérative).',
      'Total hours of training members attended at Smart (info sessions, workshops, cooperative training).',
    ),
    values: [
      [2016, 5200],
      [2017, 6100],
      [2018, 7400],
      [2019, 8300],
    ],
  },
  {
    name: nlText('Solidaire bijdrage', 'Contribution solidaire', 'Solidarity contribution'),
    unit: nlText('% van de gefactureerde bedragen', '% des montants facturés', '% of invoiced amounts'),
    method: nlText(
      'Het ene tarief dat de Algemene vergadering vastlegt, gelijk voor elke vennoot en elke factuur.',
      'Le taux unique fixé par l’assemblée générale, le même pour chaque membre et chaque facture.',
      'The single rate the general assembly sets, the same for every member and every invoice.',
    ),
    values: [
      [2016, 6.5],
      [2017, 6.5],
      [2018, 6.5],
      [2019, 6.5],
    ],
  },
];

const TZ = 'Europe/Brussels';
const AUTHOR_EMAIL = 'ethiek@smart.demo';
const SECRETARIAT_EMAIL = 'secretariaat@smart.demo';

/**
 * The ethics committee's demo data (Smart Belgium): opinions on member activities, published and
 * one draft, and social impact indicators with values 2016–2019. Opinions on agenda items need
 * the demo assemblies: they call `attachOpinionToAgendaItem` once their agenda exists.
 */
@Injectable()
export class DemoEthicsService {
  async load(manager: EntityManager, cooperativeIds: Record<string, string>): Promise<void> {
    const cooperativeId = cooperativeIds['smart-be'];
    if (!cooperativeId) return;
    for (const spec of ACTIVITY_OPINIONS) await this.insertOpinion(manager, cooperativeId, spec, null);
    const [secretariat] = await this.people(manager, [SECRETARIAT_EMAIL]);
    for (const [i, spec] of INDICATORS.entries())
      await this.insertIndicator(manager, cooperativeId, spec, i, secretariat ?? null);
  }

  /**
   * For the assembly demo: the committee's opinion on an agenda item (by default, the motion on
   * the solidarity contribution), written by the demo committee account. Returns its id.
   */
  attachOpinionToAgendaItem(
    manager: EntityManager,
    cooperativeId: string,
    agendaItemId: string,
    spec: DemoOpinionSpec = DEMO_SOLIDARITY_RATE_OPINION,
  ): Promise<string> {
    return this.insertOpinion(manager, cooperativeId, spec, agendaItemId);
  }

  private async insertOpinion(
    manager: EntityManager,
    cooperativeId: string,
    spec: DemoOpinionSpec,
    agendaItemId: string | null,
  ): Promise<string> {
    const findings = spec.findings.map(([rating, value], i) => ({
      criterion: ETHICS_CRITERIA[i],
      rating,
      text: value,
    }));
    if (spec.published) {
      // The demo keeps the rules the committee keeps: nothing incomplete is published.
      const problems = publicationProblems({ findings, conclusion: spec.conclusion, stance: spec.stance });
      if (problems.length) throw new Error(`Demo opinion: ${problems.map(describePublicationProblem).join(' ')}`);
    }
    const [author, subject] = await this.people(manager, [AUTHOR_EMAIL, spec.activityPersonEmail ?? null]);
    if (!author) throw new Error(`Demo opinion: no ${AUTHOR_EMAIL}`);
    const written = `${spec.writtenOn} 11:00`;
    const published = spec.published ? `${spec.writtenOn} 18:00` : null;
    const local = (n: number) => `$${n}::timestamp AT TIME ZONE '${TZ}'`;
    const [{ id }] = await manager.query<{ id: string }[]>(
      `INSERT INTO ethics_opinion (cooperative_id, subject_kind, agenda_item_id, activity, activity_person_id, status, conclusion, stance,
                                   created_by, created_at, updated_by, updated_at, published_by, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, ${local(10)}, $9, ${local(11)}, $12, ${local(13)})
       RETURNING id`,
      [
        cooperativeId,
        agendaItemId ? 'AGENDA_ITEM' : 'MEMBER_ACTIVITY',
        agendaItemId,
        agendaItemId ? null : (spec.activity ?? null),
        agendaItemId ? null : (subject ?? null),
        spec.published ? 'PUBLISHED' : 'DRAFT',
        spec.conclusion,
        spec.stance,
        author,
        written,
        published ?? written,
        published ? author : null,
        published,
      ],
    );
    await manager.query(
      `INSERT INTO ethics_finding (opinion_id, criterion, rating, text)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::jsonb[])`,
      [
        id,
        findings.map((f) => f.criterion),
        findings.map((f) => f.rating),
        findings.map((f) => (f.text ? JSON.stringify(f.text) : null)),
      ],
    );
    const events: [string, string][] = [['ethics.opinionDrafted', written]];
    if (published) events.push(['ethics.opinionPublished', published]);
    for (const [action, at] of events) {
      await manager.query(
        `INSERT INTO audit_event (occurred_at, actor_id, action, subject_type, subject_id, cooperative_id, after)
         VALUES ($1::timestamp AT TIME ZONE '${TZ}', $2, $3, 'ethics_opinion', $4, $5, $6)`,
        [
          at,
          author,
          action,
          id,
          cooperativeId,
          { stance: spec.stance, ratings: Object.fromEntries(findings.map((f) => [f.criterion, f.rating])) },
        ],
      );
    }
    return id;
  }

  private async insertIndicator(
    manager: EntityManager,
    cooperativeId: string,
    spec: DemoIndicatorSpec,
    index: number,
    recordedBy: string | null,
  ): Promise<void> {
    // One after the other, so they list in this order.
    const definedOn = `${spec.values[0][0] + 1}-01-20 10:${String(index).padStart(2, '0')}`;
    const [{ id }] = await manager.query<{ id: string }[]>(
      `INSERT INTO social_indicator (cooperative_id, name, unit, method, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6::timestamp AT TIME ZONE '${TZ}') RETURNING id`,
      [cooperativeId, spec.name, spec.unit, spec.method, recordedBy, definedOn],
    );
    // Each year's figure is recorded in March of the following year.
    await manager.query(
      `INSERT INTO social_indicator_value (indicator_id, year, value, note, recorded_by, recorded_at)
       SELECT $1, t.year, t.value, t.note, $5, make_timestamptz(t.year + 1, 3, 15, 10, 0, 0, '${TZ}')
       FROM unnest($2::int[], $3::numeric[], $4::jsonb[]) AS t(year, value, note)`,
      [
        id,
        spec.values.map((v) => v[0]),
        spec.values.map((v) => v[1]),
        spec.values.map((v) => (v[2] ? JSON.stringify(v[2]) : null)),
        recordedBy,
      ],
    );
    await manager.query(
      `INSERT INTO audit_event (occurred_at, actor_id, action, subject_type, subject_id, cooperative_id, after)
       VALUES ($1::timestamp AT TIME ZONE '${TZ}', $2, 'indicator.defined', 'social_indicator', $3, $4, $5)`,
      [definedOn, recordedBy, id, cooperativeId, { unit: spec.unit.texts.nl?.text, values: spec.values.length }],
    );
  }

  private async people(manager: EntityManager, emails: (string | null)[]): Promise<(string | undefined)[]> {
    const wanted = emails.filter((e): e is string => !!e);
    const rows = await manager.query<{ id: string; email: string }[]>(
      `SELECT id, email FROM person WHERE email = ANY($1)`,
      [wanted],
    );
    const byEmail = new Map(rows.map((r) => [r.email, r.id]));
    return emails.map((e) => (e ? byEmail.get(e) : undefined));
  }
}
