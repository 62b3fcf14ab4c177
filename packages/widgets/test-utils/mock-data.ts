/**
 * Deterministic data for the widgets' tests, shaped exactly as the API contract says (the SDK
 * validates every answer). Independent of `@budget-citoyen/mock-server` so that each test
 * controls counts, clock and payloads precisely.
 */
import type { Campaign, Commune, Project } from '@budget-citoyen/sdk';

export const CAMPAIGN_ID = 'pdc-2026';

/** During the vote by default: 15 September 2026, 10:00 in Paris. */
export const VOTE_OPEN_NOW = '2026-09-15T10:00:00+02:00';
export const BEFORE_VOTE_NOW = '2026-06-15T10:00:00+02:00';
export const RESULTS_NOW = '2026-10-15T10:00:00+02:00';

export function makeCampaign(overrides: Partial<Campaign> = {}): Campaign {
  const now = overrides.now ?? VOTE_OPEN_NOW;
  const phases: Campaign['phases'] = [
    { id: 'comptoirs', start: '2026-01-05T00:00:00+01:00', end: '2026-04-30T23:59:59+02:00' },
    { id: 'depot', start: '2026-01-05T00:00:00+01:00', end: '2026-04-10T23:59:59+02:00' },
    { id: 'labellisation', start: '2026-05-01T00:00:00+02:00', end: '2026-05-31T23:59:59+02:00' },
    { id: 'vote', start: '2026-09-01T00:00:00+02:00', end: '2026-09-30T23:59:59+02:00' },
    { id: 'resultats', start: '2026-10-01T00:00:00+02:00', end: '2026-12-31T23:59:59+01:00' },
  ];
  const t = Date.parse(now);
  const open = phases.filter((p) => Date.parse(p.start) <= t && t < Date.parse(p.end));
  open.sort((a, b) => Date.parse(b.start) - Date.parse(a.start));
  return {
    id: CAMPAIGN_ID,
    title: 'Budget citoyen du Pas-de-Calais 2026',
    territory: { code: '62', name: 'Pas-de-Calais' },
    phases,
    currentPhase: open[0]?.id ?? null,
    categories: [
      { id: 'innovation-sociale', name: 'Innovation sociale', envelopeCents: 40_000_000, rolloverRank: 1 },
      { id: 'cooperation', name: 'Coopération', envelopeCents: 30_000_000, rolloverRank: 2 },
      { id: 'pratiques-ess', name: "Pratiques de l'Économie sociale et solidaire", envelopeCents: 30_000_000, rolloverRank: 3 },
    ],
    voting: { minAge: 11, choicesPerCategory: 1, liveResults: false, minVotes: 10 },
    ...overrides,
    now,
  };
}

const arr = (code: string, name: string) => ({ code, name });
/** Real communes of the Pas-de-Calais (INSEE codes), a few per arrondissement. */
export const COMMUNES: Commune[] = [
  { code: '62041', name: 'Arras', postcodes: ['62000'], arrondissement: arr('621', 'Arras') },
  { code: '62080', name: 'Bapaume', postcodes: ['62450'], arrondissement: arr('621', 'Arras') },
  { code: '62119', name: 'Béthune', postcodes: ['62400'], arrondissement: arr('622', 'Béthune') },
  { code: '62160', name: 'Boulogne-sur-Mer', postcodes: ['62200'], arrondissement: arr('623', 'Boulogne-sur-Mer') },
  { code: '62588', name: 'Montreuil', postcodes: ['62170'], arrondissement: arr('624', 'Montreuil') },
  { code: '62765', name: 'Saint-Omer', postcodes: ['62500'], arrondissement: arr('625', 'Saint-Omer') },
  { code: '62193', name: 'Calais', postcodes: ['62100'], arrondissement: arr('626', 'Calais') },
  { code: '62498', name: 'Lens', postcodes: ['62300'], arrondissement: arr('627', 'Lens') },
  { code: '62510', name: 'Liévin', postcodes: ['62800'], arrondissement: arr('627', 'Lens') },
];

const CATEGORIES = ['innovation-sociale', 'cooperation', 'pratiques-ess'] as const;
const THEMES = ['Jardin partagé', 'Atelier vélo', 'Ressourcerie', 'Café associatif', 'Épicerie solidaire', 'Fablab'];

/** Project `i` (1-based): categories, communes and amounts cycle so that every filter has hits. */
export function makeProject(i: number, overrides: Partial<Project> = {}): Project {
  const commune = COMMUNES[i % COMMUNES.length]!;
  const theme = THEMES[i % THEMES.length]!;
  return {
    id: `prj-${String(i).padStart(3, '0')}`,
    campaignId: CAMPAIGN_ID,
    title: `${theme} de ${commune.name} n° ${i}`,
    summary: `Un ${theme.toLowerCase()} ouvert à tous les habitants de ${commune.name}.`,
    description: `Premier paragraphe du projet ${i}.\n\nSecond paragraphe, avec une ligne\nà la suite.`,
    category: CATEGORIES[i % CATEGORIES.length]!,
    requestedAmountCents: 500_000 + ((i * 7919) % 50) * 100_000,
    holder: { name: `Association n° ${i}`, kind: 'association' },
    commune: { code: commune.code, name: commune.name },
    arrondissement: commune.arrondissement,
    image: { url: '/images/projet.svg', alt: `Illustration du projet ${i}` },
    tags: ['solidarité'],
    status: 'labelled',
    ...overrides,
  };
}

export function makeProjects(count: number): Project[] {
  return Array.from({ length: count }, (_, k) => makeProject(k + 1));
}
