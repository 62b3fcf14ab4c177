/**
 * Dossiers of the mock's seed for the dépôt and follow-up stories, found through the API as
 * the committee sees them (the seed is generated, its codes are not known in advance): a
 * comptoir participation code attended and still free, and a dossier in a given state with
 * its receipt code.
 */
import { DEFAULT_ADMIN_TOKEN } from '@budget-citoyen/mock-server/browser';
import type { DossierStatus } from '@budget-citoyen/sdk';
import { normalizeApiBase } from '../../packages/widgets/src/base/client.js';
import { draftKey, newDraft, saveDraft, type DossierFields } from '../../packages/widgets/src/dossier-form/draft.js';
import { API, CAMPAIGN, storyClient } from './mock.js';

const admin = () => storyClient(DEFAULT_ADMIN_TOKEN);

/** The first participation code of `bc-2026`'s comptoirs that was attended, and that a dossier used or not. */
export async function participationCode(used = false): Promise<string> {
  const client = admin();
  for (const comptoir of await client.comptoirs.list(CAMPAIGN, { limit: 100 }).toArray()) {
    const registrations = await client.admin.registrations(CAMPAIGN, comptoir.id, { limit: 100 }).toArray();
    const found = registrations.find((r) => r.attended && r.usedByDossier === used);
    if (found) return found.code;
  }
  throw new Error(`no attended participation code ${used ? 'used' : 'free'} in ${CAMPAIGN}'s seed`);
}

/** The first dossier of `bc-2026` in `status`: its number and its receipt code, as its holder has them. */
export async function dossierIn(status: DossierStatus): Promise<{ id: string; code: string }> {
  const dossiers = await admin().admin.dossiers(CAMPAIGN, { limit: 100 }).toArray();
  const dossier = dossiers.find((d) => d.status === status);
  if (!dossier) throw new Error(`no ${status} dossier in ${CAMPAIGN}'s seed`);
  return { id: dossier.id, code: dossier.receiptCode };
}

/** What a holder of Arras fills in; the participation code is free, or `used` by another dossier. */
async function filledIn(used: boolean): Promise<DossierFields> {
  return {
    kind: 'association',
    name: 'Camille Lefebvre',
    organisation: 'Les Jardins du Marais',
    email: 'camille.lefebvre@example.org',
    comptoirCode: await participationCode(used),
    title: 'Un verger partagé',
    summary: 'Planter un verger ouvert à tous au bord du marais.',
    description: 'Vingt arbres fruitiers.\n\nLes écoles du quartier participent à la plantation.',
    amount: '12 500,50',
    communeCode: '62041',
    communeText: 'Arras (62000)',
    proposedCategory: 'cooperation',
    certifies: true,
  };
}

/**
 * The dossier form's draft, every field filled in, at the review (as after a reload of the
 * page); `used`: with a participation code another dossier used.
 */
export async function draftAtReview({ used = false } = {}): Promise<void> {
  const key = draftKey(normalizeApiBase(API), CAMPAIGN);
  saveDraft(key, { ...newDraft(), fields: await filledIn(used), step: 'review' });
}
