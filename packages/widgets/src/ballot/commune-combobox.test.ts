import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Commune, Page } from '@budget-citoyen/sdk';
import { $, $$, API, deepActiveElement, expectAxeClean, text, waitForState } from '../../test/index.js';
import type { BcBallot } from './ballot.js';
import { MAX_OPTIONS } from '../base/commune-combobox/commune-combobox.js';
import {
  CAMPAIGN,
  ballot,
  useMockServer,
  SLOW_TEST_MS,
  communesLoaded,
} from '../../test/ballot.js';

const input = (el: BcBallot) => $<HTMLInputElement>(el, '#bc-communeCode')!;
const options = (el: BcBallot) => $$(el, '[role="option"]');
const status = (el: BcBallot) => text(input(el).closest('.field')!.querySelector('[role="status"]'));
const selected = (el: BcBallot) => $$(el, '[role="option"][aria-selected="true"]');
const draftCommune = (el: BcBallot) => (el as unknown as { draft: { identity: { communeCode: string } } }).draft.identity.communeCode;

/** The mock server's own answer for a postal code: what the list must offer. */
async function communesWithPostcode(postcode: string): Promise<Commune[]> {
  const response = await fetch(`${API}/communes?postcode=${postcode}&limit=100`);
  return ((await response.json()) as Page<Commune>).items;
}

/** The accessible name as axe-core computes it (through the shadow root). */
function accessibleName(root: Element, node: Element): string {
  const axe = window.axe as unknown as {
    setup(node: Element): unknown;
    teardown(): void;
    utils: { getNodeFromTree(node: Element): unknown };
    commons: { text: { accessibleTextVirtual(vnode: unknown): string } };
  };
  axe.setup(root);
  try {
    return axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(node));
  } finally {
    axe.teardown();
  }
}

async function focusedCombobox(el: BcBallot): Promise<HTMLInputElement> {
  await communesLoaded(el);
  input(el).focus();
  return input(el);
}

describe('<bc-ballot> commune combobox', function () {
  this.timeout(SLOW_TEST_MS);
  useMockServer();

  it('is a labelled ARIA 1.2 combobox controlling a listbox', async () => {
    const el = await ballot();
    const box = await focusedCombobox(el);
    expect(box.getAttribute('role')).to.equal('combobox');
    expect(box.getAttribute('aria-autocomplete')).to.equal('list');
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(box.getAttribute('autocomplete')).to.equal('address-level2');
    const list = $(el, `#${box.getAttribute('aria-controls')}`)!;
    expect(list.getAttribute('role')).to.equal('listbox');
    expect(box.getAttribute('aria-describedby')).to.equal('bc-communeCode-hint');

    expect(accessibleName(el, box)).to.equal('Commune de résidence');
    await expectAxeClean(el);
  });

  it('finds every commune of a postal code (62130) and says how many, politely', async () => {
    const expected = await communesWithPostcode('62130');
    expect(expected.length).to.be.greaterThan(1);
    const el = await ballot();
    const box = await focusedCombobox(el);
    await sendKeys({ type: '62130' });
    await waitForState(el, () => options(el).length > 0);
    expect(options(el).map((o) => o.id.replace('bc-communeCode-', '')).sort()).to.deep.equal(expected.map((c) => c.code).sort());
    expect(options(el).every((o) => text(o).includes('62130'))).to.equal(true);
    expect(box.getAttribute('aria-expanded')).to.equal('true');
    expect(accessibleName(el, $(el, '[role="listbox"]')!)).to.equal('Commune de résidence');
    expect(status(el)).to.equal(`${expected.length} communes correspondent.`);
    expect(box.closest('.field')!.querySelector('[role="status"]')!.getAttribute('aria-live')).to.equal(null); // role=status is polite
    await expectAxeClean(el);
  });

  it('moves with ↓ and ↑ (wrapping), chooses with Enter, closes with Escape', async () => {
    const el = await ballot();
    const box = await focusedCombobox(el);
    await sendKeys({ type: '62130' });
    await waitForState(el, () => options(el).length > 2);
    const all = options(el);

    await sendKeys({ press: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).to.equal(all[0]!.id);
    expect(selected(el)).to.deep.equal([all[0]]);
    await sendKeys({ press: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).to.equal(all[1]!.id);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(box.getAttribute('aria-activedescendant')).to.equal(options(el).at(-1)!.id);
    expect(deepActiveElement()).to.equal(box);

    await sendKeys({ press: 'Escape' });
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(box.hasAttribute('aria-activedescendant')).to.equal(false);
    expect(box.value).to.equal('62130');

    await sendKeys({ press: 'ArrowDown' });
    expect(box.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    const chosen = options(el)[1]!;
    const label = text(chosen);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(box.value).to.equal(label);
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(draftCommune(el)).to.equal(chosen.id.replace('bc-communeCode-', ''));
    // Enter chose the option: it did not submit the form.
    expect($(el, '[part~="error-summary"]')).to.equal(null);

    // Escape on a closed list clears the field.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(box.value).to.equal('');
    expect(draftCommune(el)).to.equal('');
  });

  it('searches names without accents or case, the ones starting with it first', async () => {
    const el = await ballot();
    const box = await focusedCombobox(el);
    await sendKeys({ type: 'BETHUNE' });
    await waitForState(el, () => options(el).length > 0);
    expect(text(options(el)[0])).to.equal('Béthune (62400)');
    expect(options(el).every((o) => /b[ée]thune/i.test(text(o)))).to.equal(true);
    options(el)[0]!.click();
    await el.updateComplete;
    expect(box.value).to.equal('Béthune (62400)');
    expect(deepActiveElement()).to.equal(box);
  });

  it('says when nothing matches, and when the list is cut short (en)', async () => {
    const el = await ballot(html`<bc-ballot api-base=${API} campaign=${CAMPAIGN} lang="en"></bc-ballot>`);
    const box = await focusedCombobox(el);
    await sendKeys({ type: 'zzzz' });
    await waitForState(el, () => status(el));
    expect(status(el)).to.equal('No municipality matches.');
    expect(box.getAttribute('aria-expanded')).to.equal('false');

    box.select();
    await sendKeys({ type: '62' });
    await waitForState(el, () => options(el).length > 0);
    expect(options(el)).to.have.length(MAX_OPTIONS);
    expect(status(el)).to.match(new RegExp(`^\\d+ municipalities match\\. The first ${MAX_OPTIONS} are listed: refine your search\\.$`));
    await expectAxeClean(el);
  });

  it('a browser autofill of the exact name selects the commune', async () => {
    const el = await ballot();
    const box = await focusedCombobox(el);
    box.value = 'arras';
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(draftCommune(el)).to.equal('62041');
  });
});
