/**
 * The committee's console in tests: a moment of the labelling, the mock's admin token, and as
 * many confidential dossiers as a test needs (the default fixture has two), of every status,
 * category, commune and holder kind.
 */
import {
  DEFAULT_ADMIN_TOKEN,
  FIXTURE_CAMPAIGN,
  FIXTURE_COMMUNES,
  type Fixture,
  type FixtureDossier,
} from '@budget-citoyen/mock-server/testing';

export const ADMIN_TOKEN = DEFAULT_ADMIN_TOKEN;
/** 12 May 2026, 10:00 in Paris: the labelling of `bc-2026` is open (1–31 May). */
export const LABELLING_NOW = '2026-05-12T10:00:00+02:00';

const THEMES = ['Jardin partagé', 'Atelier vélo', 'Ressourcerie', 'Café associatif', 'Épicerie solidaire', 'Fablab'];
const KINDS = ['citizen', 'collective', 'association', 'ess-organisation'] as const;
const CATEGORIES = ['innovation-sociale', 'cooperation', 'pratiques-ess', undefined] as const;
const FIRST = Date.parse('2026-02-02T09:00:00+01:00');

/**
 * Dossier `i` (from 1), `d-gen-001`…: submitted in February–April, every seventh rejected;
 * categories cycle with every fourth proposing none; communes and holders cycle.
 */
export function fixtureDossier(i: number): FixtureDossier {
  const n = String(i).padStart(3, '0');
  const theme = THEMES[i % THEMES.length]!;
  const kind = KINDS[i % KINDS.length]!;
  const proposedCategory = CATEGORIES[i % CATEGORIES.length];
  const submittedAt = new Date(FIRST + i * 3 * 3_600_000).toISOString();
  return {
    id: `d-gen-${n}`,
    campaignId: FIXTURE_CAMPAIGN,
    receiptCode: `D-GEN-${n}`,
    submittedAt,
    request: {
      holder: {
        name: `Porteur ${n}`,
        email: `porteur.${n}@example.org`,
        kind,
        ...(kind === 'citizen' ? {} : { organisation: `Association ${theme} ${n}` }),
      },
      comptoirCode: `C-GEN-${n}`,
      title: `${theme} n° ${n}`,
      summary: `Le projet ${n} : ${theme.toLowerCase()} pour le quartier.`,
      description: `Premier paragraphe du dossier ${n}.\n\nSecond paragraphe,\nsur deux lignes.`,
      requestedAmountCents: 100_000 + ((i * 7919) % 97) * 25_000,
      communeCode: FIXTURE_COMMUNES[i % FIXTURE_COMMUNES.length]!,
      ...(proposedCategory ? { proposedCategory } : {}),
      certifiesAccuracy: true,
    },
    ...(i % 7 === 0 ? { rejected: { reason: `Motif du refus ${n}.`, decidedAt: '2026-05-05T10:00:00+02:00' } } : {}),
  };
}

/** The fixture with `count` more dossiers. */
export const withDossiers =
  (count: number) =>
  (f: Fixture): Fixture => ({ ...f, dossiers: [...f.dossiers, ...Array.from({ length: count }, (_, k) => fixtureDossier(k + 1))] });
