/**
 * The committee's console in browser tests: the page's mock at a moment of the labelling with
 * 30 more dossiers, a console on it, and the steps a committee member takes (sign in, open a
 * dossier, decide). Data helpers shared with Node: ./admin.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BcLabellingConsole } from '../src/admin/labelling-console.js';
import '../src/admin/define.js';
import { tokenKey } from '../src/admin/console-flow.js';
import { ADMIN_TOKEN, LABELLING_NOW, withDossiers } from './admin.js';
import { $, $$, deepActiveElement, heading, text, waitForState } from './fixtures.js';
import { API, CAMPAIGN_ID } from './mock.js';
import { useWorker } from './worker.js';

export { ADMIN_TOKEN, LABELLING_NOW, withDossiers };
export const DOSSIERS = `${API}/admin/campaigns/${CAMPAIGN_ID}/dossiers`;
export const DECISION = `${API}/admin/campaigns/:campaignId/dossiers/:dossierId/decision`;
/** Tests that load hundreds of dossiers, run axe on them, or go through several screens. */
export const SLOW_TEST_MS = 30_000;

/** The file's mock: the labelling open, 30 dossiers more than the fixture's; reset after each test. */
export function useConsoleMock(): void {
  useWorker({ now: LABELLING_NOW, fixture: withDossiers(30) });
  // The test runner reuses its pages from one test file to the next, sessionStorage with them:
  // a token kept by another file's test would sign this one in before it starts.
  beforeEach(() => sessionStorage.removeItem(tokenKey(API)));
}

export const active = () => deepActiveElement() as HTMLElement | null;
export { heading };
export const rows = (el: Element) => $$<HTMLButtonElement>(el, '[part~="open-button"]');

/** A console at the sign-in (or signed in already, with a token in the tab or given). */
export async function consoleEl(token?: string): Promise<BcLabellingConsole> {
  const el = await fixture<BcLabellingConsole>(html`<bc-labelling-console api-base=${API} .token=${token}></bc-labelling-console>`);
  await waitForState(el, () => heading(el), 'no heading', 10_000);
  return el;
}

/** Signs in with `token` as a committee member would, then waits for the list or a refusal. */
export async function signIn(el: BcLabellingConsole, token = ADMIN_TOKEN): Promise<void> {
  const input = $<HTMLInputElement>(el, '#bc-token')!;
  input.value = token;
  $<HTMLFormElement>(el, '[part~="sign-in-form"]')!.requestSubmit();
  await listOrRefusal(el, $(el, '#bc-token-error'));
}

/**
 * Waits for the list (or its empty or error state) or for a refusal of the token: a new one,
 * not `before` (the sign-in is drawn again after a refusal).
 */
export async function listOrRefusal(el: BcLabellingConsole, before: Element | null = null): Promise<void> {
  await waitForState(
    el,
    () => {
      const refusal = $(el, '#bc-token-error');
      return $(el, '[part~="table"]') || $(el, '[part~="state-empty"]') || $(el, '[part~="state-error"]') || (refusal && refusal !== before);
    },
    'neither the list nor a refusal',
    15_000,
  );
}

/**
 * Asserts where the focus is. Compared by identity and described by tag and part: chai would
 * print both elements whole, shadow roots included, which takes forever on a big table.
 */
export function expectFocus(target: Element | null, what: string): void {
  const focused = active();
  const name = (e: Element | null) => (e ? `<${e.localName}${e.id ? ` id=${e.id}` : ''} part=${e.getAttribute('part') ?? ''}> ${text(e).slice(0, 40)}` : 'nothing');
  expect(focused === target, `${what}: the focus is on ${name(focused)}, not on ${name(target)}`).to.equal(true);
}

/** A signed-in console showing its list. */
export async function signedIn(): Promise<BcLabellingConsole> {
  const el = await consoleEl();
  await signIn(el);
  expect($(el, '[part~="table"]'), 'the list').to.exist;
  return el;
}

/** Opens a dossier of the list by its row, with the keyboard. */
export async function openDossier(el: BcLabellingConsole, id: string): Promise<void> {
  const button = rows(el).find((b) => b.dataset.id === id);
  expect(button, `row of ${id}`).to.exist;
  button!.focus();
  await sendKeys({ press: 'Enter' });
  await waitForState(el, () => $(el, '[part~="dossier"]'), 'no dossier');
  expectFocus(heading(el), 'the dossier opened');
}

/** Chooses a select's value as a user would (the change event). */
export async function choose(el: BcLabellingConsole, selector: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** The decision form sent; waits for the confirmation dialog. */
export async function askConfirmation(el: BcLabellingConsole): Promise<HTMLDialogElement> {
  $<HTMLButtonElement>(el, '[part~="decide-button"]')!.click();
  const dialog = $<HTMLDialogElement>(el, '[part~="confirm-dialog"]')!;
  await waitForState(el, () => dialog.open, 'no confirmation');
  return dialog;
}

/** Confirms in the dialog and waits for the outcome (or a refusal shown with the form). */
export async function confirm(el: BcLabellingConsole): Promise<void> {
  $<HTMLButtonElement>(el, '[part~="confirm-button"]')!.click();
  await waitForState(el, () => $(el, '[part~="decision-result"]') || $(el, '.decision-error') || $(el, '[part~="field-error"]'), 'no outcome', 15_000);
}

export const countText = (el: Element) => text($(el, '[part~="count"]'));
