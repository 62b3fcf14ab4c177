/**
 * The fixed frame of the seed scenario: two campaigns, their calendars, envelopes, comptoirs,
 * and for each category the ranking the votes will produce (amount and popularity per rank).
 * Names, places, holders and the exact counts vary with the seed; this frame does not, so
 * every seed tells the same story: a category leaves money that funds another's projects.
 *
 * Phases are half-open intervals [start, end): the dépôt "until 10 April" ends at
 * 11 April 00:00, Paris time.
 */
import type { PhaseRecord } from '../store/records.js';
import { paris } from '../util/time.js';
import type { SeedCategory } from './archetypes.js';

export const DEFAULT_SEED = 62;
/** Default clock: the middle of the 2026 vote, live results on. */
export const DEFAULT_NOW = paris(2026, 9, 20, 12, 0);

export const CATEGORY_NAMES: Record<SeedCategory, string> = {
  'innovation-sociale': 'Innovation sociale',
  cooperation: 'Coopération',
  'pratiques-ess': "Pratiques de l'économie sociale et solidaire",
};
export const CATEGORY_ORDER: readonly SeedCategory[] = ['innovation-sociale', 'cooperation', 'pratiques-ess'];

/** One rank of a category: what the project asks and how popular it is (relative weight). */
export interface RankSlot {
  euros: number;
  weight: number;
}

export interface ComptoirPlan {
  slug: string;
  date: [year: number, month: number, day: number, hour: number, minute: number];
  durationMinutes: number;
  format: 'in-person' | 'online';
  communeCode?: string;
  venue?: { name: string; address: string };
  capacity: number;
  /** Registrations already taken in the seed (past capacity: waitlisted). */
  registrations: number;
}

export interface CampaignPlan {
  id: string;
  year: number;
  title: string;
  phases: PhaseRecord[];
  envelopesEuros: Record<SeedCategory, number>;
  ranks: Record<SeedCategory, readonly RankSlot[]>;
  /** Distinct identities whose ballot counts. */
  countedBallots: number;
  /** Identities that vote twice, under two e-mails: all their ballots are annulled. */
  doubleVoters: number;
  /** Ballots are cast between the vote's start and this instant. */
  ballotsUntil: number;
  comptoirs: readonly ComptoirPlan[];
  rejected: number;
  /** Dossiers still `submitted` (never decided): confidential, never public. */
  undecided: number;
}

const phases = (year: number, vote: { start: [number, number, number]; end: [number, number, number] }): PhaseRecord[] => [
  { id: 'comptoirs', start: paris(year, 1, year === 2025 ? 13 : 12), end: paris(year, 5, 1) },
  { id: 'depot', start: paris(year, 1, year === 2025 ? 13 : 12), end: paris(year, 4, 11) },
  { id: 'labellisation', start: paris(year, 5, 1), end: paris(year, 6, 1) },
  { id: 'vote', start: paris(year, vote.start[0], vote.start[1], vote.start[2]), end: paris(year, vote.end[0], vote.end[1], vote.end[2]) },
  { id: 'resultats', start: paris(year, vote.end[0], vote.end[1], vote.end[2]), end: paris(year + 1, 1, 1) },
];

/** The places that host comptoirs year after year: each address written once, for every year. */
const VENUES = {
  arras: { communeCode: '62041', venue: { name: 'Maison de la vie associative', address: '2 rue de la Paix' } },
  lens: { communeCode: '62498', venue: { name: 'Médiathèque', address: '8 rue de la Gare' } },
  calais: { communeCode: '62193', venue: { name: 'Maison pour tous', address: '40 boulevard Jacquard' } },
  'boulogne-sur-mer': { communeCode: '62160', venue: { name: 'Centre social du quartier', address: '12 rue de la Lampe' } },
  'saint-omer': { communeCode: '62765', venue: { name: 'Salle des fêtes', address: '1 place Foch' } },
  bethune: { communeCode: '62119', venue: { name: 'Espace associatif', address: '5 rue d’Aire' } },
  'montreuil-sur-mer': { communeCode: '62588', venue: { name: 'Salle du conseil', address: '1 place Gambetta' } },
  lievin: { communeCode: '62510', venue: { name: 'Tiers-lieu de la cité', address: '3 rue Montgolfier' } },
  berck: { communeCode: '62108', venue: { name: 'Maison des associations', address: '20 rue de l’Impératrice' } },
};

const inPerson = (venue: keyof typeof VENUES) => ({ format: 'in-person' as const, ...VENUES[venue] });

const slot = (euros: number, weight: number): RankSlot => ({ euros, weight });

export const CAMPAIGN_2025: CampaignPlan = {
  id: 'bc-2025',
  year: 2025,
  title: 'Budget citoyen du Pas-de-Calais 2025',
  phases: phases(2025, { start: [9, 15, 9], end: [9, 28, 18] }),
  envelopesEuros: { 'innovation-sociale': 120_000, cooperation: 100_000, 'pratiques-ess': 80_000 },
  // Innovation sociale: its envelope runs out with strong projects left unfunded (ranks 7, 8),
  // which the leftover of Pratiques de l'ESS then funds.
  ranks: {
    'innovation-sociale': [
      slot(28_000, 100), slot(24_000, 85), slot(19_500, 72), slot(30_000, 60), slot(22_000, 50), slot(15_000, 42),
      slot(12_000, 35), slot(8_500, 28), slot(6_000, 22), slot(3_000, 17), slot(9_000, 12), slot(14_000, 9),
      slot(5_000, 8), slot(2_500, 1.5), slot(11_000, 1.2), slot(7_000, 1), slot(4_000, 0.8),
    ],
    cooperation: [
      slot(26_000, 95), slot(21_000, 80), slot(18_000, 70), slot(25_000, 62), slot(16_000, 50), slot(12_500, 41),
      slot(9_000, 33), slot(14_000, 26), slot(6_500, 20), slot(4_000, 15), slot(11_000, 11), slot(2_800, 9),
      slot(7_500, 8), slot(3_500, 1.5), slot(5_500, 1.2), slot(9_500, 1), slot(2_000, 0.8),
    ],
    // Few projects reach the minimum of votes: a large leftover goes to the pool.
    'pratiques-ess': [
      slot(14_000, 90), slot(11_000, 75), slot(9_500, 60), slot(8_000, 48), slot(6_000, 30), slot(12_000, 20),
      slot(4_500, 1.5), slot(3_000, 1.4), slot(7_000, 1.3), slot(2_000, 1.2), slot(5_000, 1.1), slot(6_500, 1),
      slot(3_800, 0.9), slot(2_600, 0.8), slot(9_000, 0.7), slot(4_200, 0.6), slot(2_200, 0.5),
    ],
  },
  countedBallots: 5_912,
  doubleVoters: 44,
  ballotsUntil: paris(2025, 9, 28, 17, 59),
  comptoirs: [
    { slug: 'arras', date: [2025, 1, 25, 14, 0], durationMinutes: 180, ...inPerson('arras'), capacity: 30, registrations: 29 },
    { slug: 'lens', date: [2025, 2, 1, 9, 30], durationMinutes: 180, ...inPerson('lens'), capacity: 25, registrations: 25 },
    { slug: 'calais', date: [2025, 2, 15, 14, 0], durationMinutes: 180, ...inPerson('calais'), capacity: 30, registrations: 27 },
    { slug: 'visio', date: [2025, 3, 5, 18, 30], durationMinutes: 90, format: 'online', capacity: 80, registrations: 34 },
    { slug: 'boulogne-sur-mer', date: [2025, 3, 15, 14, 0], durationMinutes: 180, ...inPerson('boulogne-sur-mer'), capacity: 20, registrations: 20 },
    { slug: 'saint-omer', date: [2025, 3, 29, 9, 30], durationMinutes: 180, ...inPerson('saint-omer'), capacity: 25, registrations: 21 },
  ],
  rejected: 5,
  undecided: 0,
};

export const CAMPAIGN_2026: CampaignPlan = {
  id: 'bc-2026',
  year: 2026,
  title: 'Budget citoyen du Pas-de-Calais 2026',
  phases: phases(2026, { start: [9, 14, 9], end: [9, 27, 18] }),
  envelopesEuros: { 'innovation-sociale': 60_000, cooperation: 50_000, 'pratiques-ess': 40_000 },
  ranks: {
    'innovation-sociale': [
      slot(24_000, 30), slot(18_500, 24), slot(22_000, 19), slot(12_000, 15), slot(9_800, 10), slot(6_500, 7),
      slot(4_200, 1.5), slot(3_000, 1),
    ],
    cooperation: [
      slot(19_000, 28), slot(15_000, 22), slot(21_000, 18), slot(8_000, 14), slot(12_500, 10), slot(5_000, 8),
      slot(2_500, 1.5), slot(7_000, 1),
    ],
    'pratiques-ess': [
      slot(9_000, 26), slot(7_500, 20), slot(11_000, 15), slot(6_000, 1.5), slot(4_800, 1.5), slot(3_500, 1),
      slot(8_200, 1), slot(2_200, 1),
    ],
  },
  countedBallots: 1_236,
  doubleVoters: 3,
  ballotsUntil: paris(2026, 9, 20, 11, 0),
  comptoirs: [
    { slug: 'arras', date: [2026, 1, 24, 14, 0], durationMinutes: 180, ...inPerson('arras'), capacity: 30, registrations: 28 },
    { slug: 'lens', date: [2026, 1, 31, 9, 30], durationMinutes: 180, ...inPerson('lens'), capacity: 25, registrations: 25 },
    { slug: 'calais', date: [2026, 2, 7, 14, 0], durationMinutes: 180, ...inPerson('calais'), capacity: 30, registrations: 26 },
    { slug: 'visio-fevrier', date: [2026, 2, 11, 18, 30], durationMinutes: 90, format: 'online', capacity: 100, registrations: 45 },
    { slug: 'boulogne-sur-mer', date: [2026, 2, 21, 14, 0], durationMinutes: 180, ...inPerson('boulogne-sur-mer'), capacity: 20, registrations: 24 },
    { slug: 'bethune', date: [2026, 3, 7, 9, 30], durationMinutes: 180, ...inPerson('bethune'), capacity: 30, registrations: 30 },
    { slug: 'saint-omer', date: [2026, 3, 14, 14, 0], durationMinutes: 180, ...inPerson('saint-omer'), capacity: 25, registrations: 22 },
    { slug: 'montreuil-sur-mer', date: [2026, 3, 21, 10, 0], durationMinutes: 150, ...inPerson('montreuil-sur-mer'), capacity: 8, registrations: 5 },
    { slug: 'visio-mars', date: [2026, 3, 25, 18, 30], durationMinutes: 90, format: 'online', capacity: 60, registrations: 12 },
    { slug: 'lievin', date: [2026, 4, 4, 14, 0], durationMinutes: 180, ...inPerson('lievin'), capacity: 30, registrations: 0 },
    { slug: 'berck', date: [2026, 4, 8, 14, 0], durationMinutes: 180, ...inPerson('berck'), capacity: 15, registrations: 6 },
  ],
  rejected: 4,
  undecided: 3,
};

export const CAMPAIGN_PLANS: readonly CampaignPlan[] = [CAMPAIGN_2025, CAMPAIGN_2026];

export const VOTING = { minAge: 11, choicesPerCategory: 1, liveResults: true, minVotes: 50 } as const;
