/**
 * Support for the tests of `<bc-dossier-form>` and `<bc-dossier-status>`: the mock in the
 * dépôt's period, a form filled as a holder would (through its inputs), its steps, and the
 * committee's decisions through the SDK's admin client.
 */
import { fixture, html } from '@open-wc/testing';
import { DEFAULT_ADMIN_TOKEN, FIXTURE_TIMES } from '@budget-citoyen/mock-server/testing';
import { createClient, type Decision, type HolderKind } from '@budget-citoyen/sdk';
import type { TemplateResult } from 'lit';
import type { BcDossierForm } from '../src/dossier-form/dossier-form.js';
import type { DossierFields } from '../src/dossier-form/draft.js';
import type { BcDossierStatus } from '../src/dossier-status/dossier-status.js';
import { LABELLING_NOW } from './admin.js';
import { $, heading, type, typeCommune, waitForState } from './fixtures.js';
/** Re-exported for the tests that import them with this file's other helpers. */
export { communesLoaded, heading, headingText, type } from './fixtures.js';
import { HOLDER_TEXTS } from './holder.js';
import { API, CAMPAIGN_ID, mock } from './mock.js';
import { postsTo } from './worker.js';

/** The comptoirs and the dépôt open (10 February 2026). */
export const DEPOT_NOW = FIXTURE_TIMES.comptoirs;
/** The committee at work (12 May 2026). */
export { LABELLING_NOW };

/** What a holder types; `communeName`: typed in the commune field, exactly, so that it is chosen. */
export type Holder = Omit<DossierFields, 'kind' | 'communeCode' | 'communeText' | 'proposedCategory' | 'certifies'> & {
  kind: HolderKind;
  communeName: string;
  category: string;
};

export const HOLDER: Holder = { kind: 'association', ...HOLDER_TEXTS, communeName: 'Arras', category: 'cooperation' };

export const dossierCount = () => mock.store.dossiers(CAMPAIGN_ID).length;
export const depositPosts = () => postsTo('/dossiers');

export async function dossierForm(template?: TemplateResult): Promise<BcDossierForm> {
  const el = await fixture<BcDossierForm>(
    template ?? html`<bc-dossier-form api-base=${API} campaign=${CAMPAIGN_ID} agenda-url="/comptoirs" status-url="/suivi"></bc-dossier-form>`,
  );
  await waitForState(el, () => heading(el) || $(el, '[part~="state-error"]'), 'form not rendered', 6000);
  return el;
}

/** Fills every field through the form's inputs. */
export async function fillForm(el: BcDossierForm, holder: Partial<Holder> = {}): Promise<void> {
  const h = { ...HOLDER, ...holder };
  $<HTMLInputElement>(el, `input[name="kind"][value="${h.kind}"]`)!.click();
  for (const field of ['name', 'organisation', 'email', 'comptoirCode', 'title', 'summary', 'description', 'amount'] as const) type(el, `#bc-${field}`, h[field]);
  $<HTMLInputElement>(el, `input[name="proposedCategory"][value="${h.category}"]`)!.click();
  const certifies = $<HTMLInputElement>(el, '#bc-certifies')!;
  if (!certifies.checked) certifies.click();
  await typeCommune(el, h.communeName);
}

/** "Relire mon dossier", and the review once it shows. */
export async function toReview(el: BcDossierForm, holder: Partial<Holder> = {}): Promise<void> {
  await fillForm(el, holder);
  $<HTMLButtonElement>(el, '[part~="next-button"]')!.click();
  await waitForState(el, () => $(el, '[part~="review"]'), 'no review');
}

/** "Déposer le dossier". */
export function submit(el: BcDossierForm): void {
  $<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
}

/** The committee's decision, through the SDK's admin client, the mock's clock in the labelling. */
export async function decide(dossierId: string, decision: Decision): Promise<void> {
  const admin = createClient({ baseUrl: API, token: DEFAULT_ADMIN_TOKEN });
  mock.clock.set(Date.parse(LABELLING_NOW));
  await admin.admin.decide(CAMPAIGN_ID, dossierId, decision);
}

/** A dossier of the mock's fixture, by its receipt code as the mock holds it. */
export const receipt = (id: string) => mock.store.dossier(CAMPAIGN_ID, id).receiptCode;

/** `<bc-dossier-status>`: types the pair and asks; resolves once the answer (or its error) shows. */
export async function look(el: BcDossierStatus, id: string, code: string): Promise<void> {
  type(el, '#bc-dossier', id);
  type(el, '#bc-code', code);
  $<HTMLButtonElement>(el, '[part~="lookup-button"]')!.click();
  // The answer of an earlier look goes first (the click set the widget looking).
  await el.updateComplete;
  await waitForState(el, () => $(el, '[part~="result"]') || $(el, '[part~="state-error"]'), 'no answer');
}
