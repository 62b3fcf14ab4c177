/**
 * Shared by the ballot's test files: the mock server (`@budget-citoyen/mock-server`, its real
 * handlers over its seeded store, campaign `bc-2026` in its vote) in front of the test worker,
 * and the steps of a vote done through the DOM.
 */
import { fixture, html } from '@open-wc/testing';
import { createMockApi } from '@budget-citoyen/mock-server';
import { createClient } from '@budget-citoyen/sdk';
import type { TemplateResult } from 'lit';
import { $, $$, API, requests, resetMock, startWorker, text, waitForState, worker } from '../../test-utils/index.js';
import type { BcBallot } from './ballot.js';
import './define.js';

export const CAMPAIGN = 'bc-2026';
export const mock = createMockApi({ rateLimit: false });

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
 * Mocha hooks: the worker and the mock server; before each test, the mock's clock back to its
 * default and a new voter e-mail (seeding the mock again takes seconds, so its data is kept
 * between the tests of a file: tests count ballots relative to what was there before).
 */
export function useMockServer(): void {
  before(() => startWorker());
  beforeEach(() => {
    mock.clock.set(mock.options.now);
    VOTER.email = `camille.durand.${++voters}.${Date.now()}@example.fr`;
    worker.use(...mock.handlers);
  });
  afterEach(() => resetMock());
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

/** Waits for the commune list (9 pages of 100 from the mock). */
export function communesLoaded(el: BcBallot): Promise<void> {
  return waitForState(el, () => (el as unknown as { communes: { status: string } }).communes.status === 'ready', 'communes', 20_000);
}

export const heading = (el: Element) => $(el, '[part~="heading"]');
export const headingText = (el: Element) => text(heading(el));
export const ballotsCast = () => mock.store.ballots(CAMPAIGN).length;
export const ballotPosts = () => requests().filter((r) => r.method === 'POST' && new URL(r.url).pathname.endsWith('/ballot'));

export async function ballot(template?: TemplateResult): Promise<BcBallot> {
  const el = await fixture<BcBallot>(
    template ?? html`<bc-ballot api-base=${API} campaign=${CAMPAIGN} results-url="/resultats" rules-url="/reglement"></bc-ballot>`,
  );
  await waitForState(el, () => heading(el) || $(el, '[part~="state-error"]'), 'ballot not rendered', 6000);
  return el;
}

/** Types into a field as a script would (value + `input` event). */
export function type(el: Element, selector: string, value: string): void {
  const input = $<HTMLInputElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Fills the identity step (commune by typing its exact name) and ticks the rules. */
export async function fillIdentity(el: BcBallot, voter: Partial<Voter> = {}): Promise<void> {
  const v = { ...VOTER, ...voter };
  type(el, '#bc-firstName', v.firstName);
  type(el, '#bc-lastName', v.lastName);
  type(el, '#bc-birthDate', v.day);
  type(el, '#bc-birth-month', v.month);
  type(el, '#bc-birth-year', v.year);
  type(el, '#bc-email', v.email);
  const rules = $<HTMLInputElement>(el, '#bc-rules')!;
  if (!rules.checked) rules.click();
  // The commune list loads in the background: type once it is there, so the exact name selects it.
  await communesLoaded(el);
  type(el, '#bc-communeCode', v.commune);
  await el.updateComplete;
}

export function submitIdentity(el: BcBallot): void {
  $<HTMLButtonElement>(el, '[part~="next-button"]')!.click();
}

export const choicesReady = (el: Element) => () => $$(el, 'fieldset[part~="category"]').length > 0;

/** Registers and lands on the choices step. */
export async function toChoices(el: BcBallot, voter: Partial<Voter> = {}): Promise<void> {
  await fillIdentity(el, voter);
  submitIdentity(el);
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
  const session = await client.voters.register(CAMPAIGN, {
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
