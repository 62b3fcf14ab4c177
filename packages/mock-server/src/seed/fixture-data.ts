/**
 * The default test fixture, `FIXTURE`: one campaign, `bc-2026`, in five phases and three
 * categories; twelve labelled projects over nine communes of the seven arrondissements; six
 * comptoirs (one past, one online, one full with a waitlist, one with a single seat left);
 * registrations with known codes; a dossier still submitted and a rejected one; no ballot.
 * Instants are Paris time. `FIXTURE_TIMES` names a moment of each phase for the clock.
 *
 * `fixtureProjects(n)` generates more projects of the same kind (ids `prj-001`…, the first
 * twelve being the fixture's); `ballotsFor(votes)` turns vote counts into ballots.
 */
import type { Category, Choices, PhaseId } from '@budget-citoyen/sdk/schemas';
import { COMMUNES_BY_CODE } from './communes.js';
import type { Fixture, FixtureBallot, FixtureCampaign, FixtureComptoir, FixtureProject } from './fixture.js';
import { svgDataUri, type ImageTheme } from './images.js';

export const FIXTURE_CAMPAIGN = 'bc-2026';

/** A moment in each part of the fixture's calendar, for the clock. */
export const FIXTURE_TIMES = {
  /** Before anything opens. */
  beforeComptoirs: '2025-12-15T10:00:00+01:00',
  /** Comptoirs and dépôt open; the Lens comptoir is the next one. */
  comptoirs: '2026-02-10T10:00:00+01:00',
  /** Labelling done, the vote not open yet. */
  beforeVote: '2026-06-15T10:00:00+02:00',
  /** The vote is open. */
  vote: '2026-09-15T10:00:00+02:00',
  /** The vote closed: final results. */
  results: '2026-10-15T10:00:00+02:00',
} as const;

const PHASES: Array<{ id: PhaseId; start: string; end: string }> = [
  { id: 'comptoirs', start: '2026-01-05T00:00:00+01:00', end: '2026-04-30T23:59:59+02:00' },
  { id: 'depot', start: '2026-01-05T00:00:00+01:00', end: '2026-04-10T23:59:59+02:00' },
  { id: 'labellisation', start: '2026-05-01T00:00:00+02:00', end: '2026-05-31T23:59:59+02:00' },
  { id: 'vote', start: '2026-09-01T00:00:00+02:00', end: '2026-09-30T23:59:59+02:00' },
  { id: 'resultats', start: '2026-10-01T00:00:00+02:00', end: '2026-12-31T23:59:59+01:00' },
];

const CATEGORIES: Category[] = [
  { id: 'innovation-sociale', name: 'Innovation sociale', envelopeCents: 40_000_000, rolloverRank: 1 },
  { id: 'cooperation', name: 'Coopération', envelopeCents: 30_000_000, rolloverRank: 2 },
  { id: 'pratiques-ess', name: "Pratiques de l'Économie sociale et solidaire", envelopeCents: 30_000_000, rolloverRank: 3 },
];

export const FIXTURE_CAMPAIGN_2026: FixtureCampaign = {
  id: FIXTURE_CAMPAIGN,
  title: 'Budget citoyen du Pas-de-Calais 2026',
  phases: PHASES,
  categories: CATEGORIES,
  voting: { minAge: 11, choicesPerCategory: 1, liveResults: false, minVotes: 10 },
};

/** The same campaign a year earlier, over: for tests with a second campaign (not in `FIXTURE`). */
export const FIXTURE_CAMPAIGN_2025: FixtureCampaign = {
  ...FIXTURE_CAMPAIGN_2026,
  id: 'bc-2025',
  title: 'Budget citoyen du Pas-de-Calais 2025',
  phases: PHASES.map((p) => ({ ...p, start: p.start.replace('2026-', '2025-'), end: p.end.replace('2026-', '2025-') })),
};

/** Nine communes, at least one per arrondissement: Arras, Bapaume, Béthune, Boulogne-sur-Mer, Montreuil-sur-Mer, Saint-Omer, Calais, Lens, Liévin. */
export const FIXTURE_COMMUNES: readonly string[] = ['62041', '62080', '62119', '62160', '62588', '62765', '62193', '62498', '62510'];

interface Theme {
  title: string;
  summary: (commune: string) => string;
  holder: string;
  image: ImageTheme;
  tags: string[];
}

const THEMES: Theme[] = [
  { title: 'Jardin partagé', summary: (c) => `Des parcelles cultivées ensemble par les habitants ${c}.`, holder: 'Association Les Jardins du quartier', image: 'leaf', tags: ['alimentation', 'lien social'] },
  { title: 'Atelier vélo', summary: (c) => `Un atelier où réparer son vélo soi-même, ouvert à tous les habitants ${c}.`, holder: 'Association Vélo pour tous', image: 'bike', tags: ['mobilité', 'réemploi'] },
  { title: 'Ressourcerie', summary: (c) => `Collecter, réparer et revendre les objets dont les habitants ${c} n'ont plus l'usage.`, holder: 'Ressourcerie solidaire', image: 'recycle', tags: ['réemploi', 'emploi'] },
  { title: 'Café associatif', summary: (c) => `Un lieu de rencontre, de débats et de concerts pour les habitants ${c}.`, holder: 'Collectif du café', image: 'cup', tags: ['lien social', 'culture'] },
  { title: 'Épicerie solidaire', summary: (c) => `Des produits de qualité à petit prix pour les familles ${c}.`, holder: 'Épicerie solidaire', image: 'basket', tags: ['alimentation', 'solidarité'] },
  { title: 'Fablab', summary: (c) => `Des machines et des conseils pour fabriquer et réparer, pour les habitants ${c}.`, holder: 'Fablab citoyen', image: 'wrench', tags: ['numérique', 'réemploi'] },
];
const CATEGORY_CYCLE = ['innovation-sociale', 'cooperation', 'pratiques-ess'] as const;

/** "de Lens", "d’Arras". */
const deCommune = (name: string) => (/^[AEIOUYÂÉÈÊÎÔH]/i.test(name) ? `d’${name}` : `de ${name}`);

/**
 * Project `i` (from 1): categories, themes and communes cycle, so that every filter has hits
 * (`i % 3`: 1 coopération, 2 pratiques de l'ESS, 0 innovation sociale). Titles end with the
 * zero-padded number, so that they sort the same with or without numeric collation.
 */
export function fixtureProject(i: number, overrides: Partial<FixtureProject> = {}): FixtureProject {
  const theme = THEMES[i % THEMES.length]!;
  const communeCode = FIXTURE_COMMUNES[i % FIXTURE_COMMUNES.length]!;
  const commune = COMMUNES_BY_CODE.get(communeCode)!.name;
  const number = String(i).padStart(3, '0');
  return {
    id: `prj-${number}`,
    campaignId: FIXTURE_CAMPAIGN,
    title: `${theme.title} ${deCommune(commune)} n° ${number}`,
    summary: theme.summary(deCommune(commune)),
    description:
      `${theme.summary(deCommune(commune))} Le projet ${number} a été préparé lors d'un comptoir à initiatives citoyennes.\n\n` +
      `Le budget couvre l'aménagement du lieu et le matériel,\npour une ouverture au printemps.`,
    category: CATEGORY_CYCLE[i % 3]!,
    requestedAmountCents: 500_000 + ((i * 7919) % 50) * 100_000,
    holder: { name: `${theme.holder} ${deCommune(commune)}`, kind: 'association' },
    communeCode,
    image: { url: svgDataUri(theme.image, i), alt: `Illustration du projet ${number} : ${theme.title.toLowerCase()}` },
    tags: [...theme.tags],
    ...overrides,
  };
}

/** Projects 1 to `count`. */
export function fixtureProjects(count: number): FixtureProject[] {
  return Array.from({ length: count }, (_, k) => fixtureProject(k + 1));
}

const inPerson = (
  slug: string,
  start: string,
  end: string,
  communeCode: string,
  venue: [name: string, address: string],
  capacity: number,
  taken: number,
): FixtureComptoir => ({
  id: `cpt-${slug}`,
  campaignId: FIXTURE_CAMPAIGN,
  title: `Comptoir à initiatives citoyennes ${deCommune(COMMUNES_BY_CODE.get(communeCode)!.name)}`,
  description: 'Trois heures pour transformer une idée en projet.',
  start,
  end,
  format: 'in-person',
  venue: { name: venue[0], address: venue[1], communeCode },
  capacity,
  taken,
});

/** One past (Arras), then open (Lens), online, full with a waitlist (Calais), one seat left before the change to summer time (Béthune), and after it (Saint-Omer). */
export const FIXTURE_COMPTOIRS: FixtureComptoir[] = [
  inPerson('arras', '2026-01-24T14:00:00+01:00', '2026-01-24T17:00:00+01:00', '62041', ['Maison de la vie associative', '2 rue de la Paix'], 30, 27),
  inPerson('lens', '2026-02-14T09:30:00+01:00', '2026-02-14T12:30:00+01:00', '62498', ['Médiathèque', '8 rue de la Gare'], 25, 12),
  {
    id: 'cpt-visio',
    campaignId: FIXTURE_CAMPAIGN,
    title: 'Comptoir en visioconférence',
    description: 'Une soirée en ligne.',
    start: '2026-02-18T18:30:00+01:00',
    end: '2026-02-18T20:00:00+01:00',
    format: 'online',
    onlineUrl: 'https://visio.example.org/budget-citoyen-2026',
    capacity: 100,
    taken: 45,
  },
  inPerson('calais', '2026-03-07T14:00:00+01:00', '2026-03-07T17:00:00+01:00', '62193', ['Maison pour tous', '40 boulevard Jacquard'], 30, 32),
  inPerson('bethune', '2026-03-28T14:00:00+01:00', '2026-03-28T17:00:00+01:00', '62119', ['Espace associatif', '5 rue d’Aire'], 30, 29),
  inPerson('saint-omer', '2026-04-04T14:00:00+02:00', '2026-04-04T17:00:00+02:00', '62765', ['Salle des fêtes', '1 place Foch'], 25, 5),
];

/** The default fixture (see the top of this file). */
export const FIXTURE: Fixture = {
  campaigns: [FIXTURE_CAMPAIGN_2026],
  projects: fixtureProjects(12),
  comptoirs: FIXTURE_COMPTOIRS,
  registrations: [
    // Arras: three attended (one code still free, two used by the dossiers below); Lens: one to come.
    { comptoirId: 'cpt-arras', name: 'Camille Lefebvre', email: 'camille.lefebvre@example.org', code: 'C-ARRA-0001', attended: true },
    { comptoirId: 'cpt-arras', name: 'Dominique Martin', email: 'dominique.martin@example.org', code: 'C-ARRA-0002', attended: true },
    { comptoirId: 'cpt-arras', name: 'Sacha Dubois', email: 'sacha.dubois@example.org', code: 'C-ARRA-0003', attended: true },
    { comptoirId: 'cpt-lens', name: 'Lou Lambert', email: 'lou.lambert@example.org', code: 'C-LENS-0001' },
  ],
  dossiers: [
    {
      id: 'd-submitted',
      campaignId: FIXTURE_CAMPAIGN,
      receiptCode: 'D-SUBM-0001',
      submittedAt: '2026-03-02T11:00:00+01:00',
      request: {
        holder: { name: 'Dominique Martin', email: 'dominique.martin@example.org', kind: 'citizen' },
        comptoirCode: 'C-ARRA-0002',
        title: 'Boîte à livres du square',
        summary: 'Une boîte à livres en bois, fabriquée par les habitants.',
        description: 'Une boîte à livres dans le square de la mairie.\n\nLes enfants de l’école la décorent.',
        requestedAmountCents: 150_000,
        communeCode: '62080',
        proposedCategory: 'cooperation',
        certifiesAccuracy: true,
      },
    },
    {
      id: 'd-rejected',
      campaignId: FIXTURE_CAMPAIGN,
      receiptCode: 'D-REJE-0001',
      submittedAt: '2026-03-20T16:30:00+01:00',
      request: {
        holder: { name: 'Sacha Dubois', email: 'sacha.dubois@example.org', kind: 'collective', organisation: 'Collectif des commerçants du centre' },
        comptoirCode: 'C-ARRA-0003',
        title: 'Rénovation de la façade de nos magasins',
        summary: 'Repeindre les façades des magasins du centre.',
        description: 'Les façades des magasins du centre ont besoin d’être repeintes.',
        requestedAmountCents: 2_000_000,
        communeCode: '62041',
        proposedCategory: 'innovation-sociale',
        certifiesAccuracy: true,
      },
      rejected: { reason: 'Le projet sert un intérêt privé, non l’intérêt général.', decidedAt: '2026-05-20T10:00:00+02:00' },
    },
  ],
  ballots: [],
  communes: FIXTURE_COMMUNES,
};

/**
 * Ballots that give each project its number of votes, in as few ballots as possible (one vote
 * per category on each): `ballotsFor({ 'prj-001': 120, 'prj-004': 80 }, projects)`. Projects
 * are found in `projects` (for their category and campaign; default: `FIXTURE`'s).
 */
export function ballotsFor(
  votes: Readonly<Record<string, number>>,
  projects: readonly Pick<FixtureProject, 'id' | 'category' | 'campaignId'>[] = FIXTURE.projects,
  options: { castAt?: string } = {},
): FixtureBallot[] {
  const byCampaign = new Map<string, Choices[]>();
  for (const [projectId, count] of Object.entries(votes)) {
    const project = projects.find((p) => p.id === projectId);
    if (!project) throw new Error(`ballotsFor: no project ${projectId}`);
    let ballots = byCampaign.get(project.campaignId);
    if (!ballots) byCampaign.set(project.campaignId, (ballots = []));
    let filled = 0;
    for (const choices of ballots) {
      if (filled === count) break;
      if (choices[project.category] === undefined) {
        choices[project.category] = projectId;
        filled++;
      }
    }
    for (; filled < count; filled++) ballots.push({ [project.category]: projectId });
  }
  return [...byCampaign].flatMap(([campaignId, list]) =>
    list.map((choices) => ({ campaignId, choices, ...(options.castAt ? { castAt: options.castAt } : {}) })),
  );
}
