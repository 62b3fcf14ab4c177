/**
 * The live results against the project's mock server (`@budget-citoyen/mock-server`): the
 * contract as another team implemented it, with its seeded ballots and its own stream, rather
 * than this folder's handlers. The check that matters most here: the allocation the widget
 * recomputes with the SDK's rules agrees with the one the server published.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createClient } from '@budget-citoyen/sdk';
import { $, $$, API, expectAxeClean, text, useWorker, waitForState } from '../../test/index.js';
import { useSeededMock } from '../../test/seeded.js';
import './define.js';
import type { BcLiveResults } from './live-results.js';

const CHECKED = '[part~="explanation"] li';

async function shown(template: ReturnType<typeof html>, selector: string) {
  const el = await fixture<BcLiveResults>(template);
  await waitForState(el, () => $(el, selector), `${selector} not shown`, 15_000).catch((error) => {
    throw new Error(`${String(error)}; the widget shows: ${text(el.shadowRoot)}`);
  });
  return el;
}

describe('<bc-live-results> on the mock server', () => {
  useWorker();

  it('2026 vote: provisional, agrees with the recomputation; the mock clock past the vote makes it final', async function () {
    this.timeout(40_000);
    useSeededMock();
    // The transparency check's chunk comes after the results: its steps show once it has run.
    const el = await shown(html`<bc-live-results api-base=${API} campaign="bc-2026"></bc-live-results>`, CHECKED);
    expect(text($(el, 'h2'))).to.equal('Résultats provisoires du vote');
    expect($$(el, 'table').length).to.equal(3);
    expect($(el, '[part~="mismatch"]')).to.equal(null);
    expect(text($(el, 'details'))).to.contain('Ce calcul donne exactement les résultats affichés.');
    await expectAxeClean(el);

    const vote = (await createClient({ baseUrl: API }).campaigns.get('bc-2026')).phases.find((p) => p.id === 'vote')!;
    await createClient({ baseUrl: API }).mock.setClock(new Date(Date.parse(vote.end) + 60_000).toISOString());
    await waitForState(el, () => text($(el, 'h2')) === 'Résultats définitifs du vote', 'not final', 15_000);
    expect($(el, '[part~="mismatch"]')).to.equal(null);
    await expectAxeClean(el);
  });

  it('2025: final results, agreeing with the recomputation', async function () {
    this.timeout(30_000);
    useSeededMock();
    const el = await shown(html`<bc-live-results api-base=${API} campaign="bc-2025"></bc-live-results>`, CHECKED);
    expect(text($(el, 'h2'))).to.equal('Résultats définitifs du vote');
    expect($(el, '[part~="mismatch"]')).to.equal(null);
    expect($$(el, '[part~="badge"]').length).to.be.greaterThan(0);
  });

  it('before the vote: says when the results will be public', async function () {
    this.timeout(30_000);
    useSeededMock('2026-06-15T10:00:00+02:00');
    const el = await shown(html`<bc-live-results api-base=${API} campaign="bc-2026"></bc-live-results>`, '[part~="not-public"]');
    expect(text($(el, '[part~="not-public"]'))).to.match(/^Les résultats seront publiés à la clôture du vote, le \d{1,2} \S+ 2026 à \d\d:\d\d\./);
    await expectAxeClean(el);
  });
});
