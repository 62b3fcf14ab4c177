/**
 * Shared by the ballot's test files: the page's mock API (./mock.ts) on the fixture with every
 * commune of the département and a past campaign beside `bc-2026`, its clock on 20 September
 * 2026 in the vote; and the steps of a vote done through the DOM, the e-mailed code read in the
 * mock's outbox as the voter reads it in their mailbox.
 */
import { fixture, html } from '@open-wc/testing';
import { FIXTURE_CAMPAIGN_2025, verificationCode, verifiedVoter, type Fixture } from '@budget-citoyen/mock-server/testing';
import { createClient } from '@budget-citoyen/sdk';
import type { TemplateResult } from 'lit';
import type { BcBallot } from '../src/ballot/ballot.js';
import '../src/ballot/define.js';
import { $, $$, heading, type, typeCommune, waitForState } from './fixtures.js';
/** Re-exported for the tests that import them with this file's other helpers. */
export { communesLoaded, heading, headingText, type } from './fixtures.js';
import { API, CAMPAIGN_ID, mock } from './mock.js';
import { postsTo, useWorker } from './worker.js';

export { mock };
export const CAMPAIGN = CAMPAIGN_ID;
/** The ballot's clock: 20 September 2026, noon in Paris, in the vote. */
export const BALLOT_NOW = '2026-09-20T12:00:00+02:00';
const ballotFixture = (f: Fixture): Fixture => ({ ...f, campaigns: [...f.campaigns, FIXTURE_CAMPAIGN_2025], communes: 'all' });

export interface Voter {
  firstName: string;
  lastName: string;
  day: string;
  month: string;
  year: string;
  commune: string;
  email: string;
}

export const VOTER: Voter = {
  firstName: 'Camille',
  lastName: 'Durand',
  day: '14',
  month: '7',
  year: '1990',
  commune: 'Arras',
  email: 'camille.durand@example.fr',
};

let voters = 0;

/**
 * Mocha hooks: the worker and the mock on the ballot's fixture and clock, back to them after
 * each test; before each, a new voter e-mail.
 */
export function useMockServer(): void {
  useWorker({ fixture: ballotFixture, now: BALLOT_NOW });
  beforeEach(() => {
    VOTER.email = `camille.durand.${++voters}.${Date.now()}@example.fr`;
  });
}

/** Sets the mock's clock through its HTTP control, as a demo page would. */
export async function setClock(now: string): Promise<void> {
  const response = await fetch(`${API}/__mock/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ now }),
  });
  if (!response.ok) throw new Error(`clock: ${response.status}`);
}

/**
 * Time allowed to a test: axe over the choices step and the 9 pages of communes take seconds
 * on a busy machine (two test files run side by side).
 */
export const SLOW_TEST_MS = 45_000;

export const ballotsCast = () => mock.store.ballots(CAMPAIGN).length;
export const ballotPosts = () => postsTo('/ballot');
export const voterPosts = () => postsTo('/voters');

export async function ballot(template?: TemplateResult): Promise<BcBallot> {
  const el = await fixture<BcBallot>(
    template ?? html`<bc-ballot api-base=${API} campaign=${CAMPAIGN} results-url="/resultats" rules-url="/reglement"></bc-ballot>`,
  );
  await waitForState(el, () => heading(el) || $(el, '[part~="state-error"]'), 'ballot not rendered', 6000);
  return el;
}

/** Fills the identity step (commune by typing its exact name) and ticks the rules. */
export async function fillIdentity(el: BcBallot, voter: Partial<Voter> = {}): Promise<void> {
  const v = { ...VOTER, ...voter };
  for (const field of ['firstName', 'lastName', 'email'] as const) type(el, `#bc-${field}`, v[field]);
  type(el, '#bc-birthDate', v.day);
  type(el, '#bc-birth-month', v.month);
  type(el, '#bc-birth-year', v.year);
  const rules = $<HTMLInputElement>(el, '#bc-rules')!;
  if (!rules.checked) rules.click();
  await typeCommune(el, v.commune);
}

export function submitIdentity(el: BcBallot): void {
  $<HTMLButtonElement>(el, '[part~="next-button"]')!.click();
}

export const choicesReady = (el: Element) => () => $$(el, 'fieldset[part~="category"]').length > 0;
export const codeStep = (el: Element) => () => $(el, '#bc-code');

/** The code the mock e-mailed last to `email` (its outbox). */
export const codeFor = (email = VOTER.email): string => verificationCode(mock, email);

/** Six digits other than the code e-mailed to `email`. */
export const wrongCode = (n = 1, email = VOTER.email): string => String((Number(codeFor(email)) + n) % 1_000_000).padStart(6, '0');

/** Types `code` (by default the one e-mailed) and presses "Valider". */
export function submitCode(el: BcBallot, code = codeFor()): void {
  type(el, '#bc-code', code);
  $<HTMLButtonElement>(el, '[part~="next-button"]')!.click();
}

/** The identity sent: waits for the code step. */
export async function toCodeStep(el: BcBallot, voter: Partial<Voter> = {}): Promise<void> {
  await fillIdentity(el, voter);
  submitIdentity(el);
  await waitForState(el, codeStep(el), 'code step', 15_000);
}

/** At (or on the way to) the code step: gives the e-mailed code back and waits for the next step. */
export async function passCode(el: BcBallot, email = VOTER.email): Promise<void> {
  await waitForState(el, codeStep(el), 'code step', 15_000);
  submitCode(el, codeFor(email));
  await waitForState(el, () => !$(el, '#bc-code'), 'past the code step', 15_000);
}

/** Registers, gives the e-mailed code back and lands on the choices step. */
export async function toChoices(el: BcBallot, voter: Partial<Voter> = {}): Promise<void> {
  await toCodeStep(el, voter);
  await passCode(el, voter.email ?? VOTER.email);
  await waitForState(el, choicesReady(el), 'choices', 15_000);
}

/** Checks the first project of each of the first `n` categories. */
export function chooseFirst(el: BcBallot, n = 2): string[] {
  return $$<HTMLFieldSetElement>(el, 'fieldset[part~="category"]')
    .slice(0, n)
    .map((fieldset) => {
      const input = fieldset.querySelector<HTMLInputElement>('input[value]:not([value=""])')!;
      input.click();
      return input.value;
    });
}

export async function toReview(el: BcBallot): Promise<string[]> {
  await toChoices(el);
  const ids = chooseFirst(el);
  await el.updateComplete;
  $<HTMLButtonElement>(el, '[part~="next-button"]')!.click();
  await waitForState(el, () => $(el, '[part~="cast-button"]'), 'review');
  return ids;
}

/** A voter of the mock who has already voted, through the SDK (as another tab would). */
export async function castElsewhere(voter: Partial<Voter> = {}): Promise<{ receiptCode: string; token: string }> {
  const v = { ...VOTER, ...voter };
  const client = createClient({ baseUrl: API });
  const commune = (await client.communes.list({ q: v.commune, limit: 5 })).items.find((c) => c.name === v.commune)!;
  const session = await verifiedVoter(client, mock, CAMPAIGN, {
    firstName: v.firstName,
    lastName: v.lastName,
    birthDate: `${v.year}-${v.month.padStart(2, '0')}-${v.day.padStart(2, '0')}`,
    communeCode: commune.code,
    email: v.email,
  });
  const project = mock.store.projects(CAMPAIGN)[0]!;
  const receipt = await client.ballot.cast(CAMPAIGN, { [project.category]: project.id }, { token: session.token });
  return { receiptCode: receipt.receiptCode, token: session.token };
}
