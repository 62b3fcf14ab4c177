/**
 * The transparency check comes in a chunk of its own, after the results: the results never wait
 * for it, its verdict shows when it arrives, and a chunk that cannot be loaded is said for what
 * it is (the check could not be run), with one way to try again.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, API, VOTE_OPEN_NOW, expectAxeClean, resetMock, startWorker, text, waitForState } from '../../test/index.js';
import { resultsFixture } from '../../test/results.js';
import './define.js';
import type { BcLiveResults } from './live-results.js';
import type { TransparencyModule } from './load-transparency.js';

const CHECKED = '[part~="explanation"] li';
const FAILED = '[part~="check-failed"]';

/** A load of the chunk that the test settles by hand, and how many times it was asked for. */
function controlledLoad() {
  const loads: Array<{ resolve(m: TransparencyModule): void; reject(e: unknown): void }> = [];
  const load = () => new Promise<TransparencyModule>((resolve, reject) => loads.push({ resolve, reject }));
  return { load, loads };
}

async function results(load: () => Promise<TransparencyModule>): Promise<BcLiveResults> {
  const el = await fixture<BcLiveResults>(html`<bc-live-results api-base=${API} .loadTransparency=${load}></bc-live-results>`);
  await waitForState(el, () => $(el, 'table'), 'no results', 8000);
  return el;
}

describe('<bc-live-results> transparency check, loaded on demand', () => {
  before(() => startWorker({ fixture: resultsFixture(), now: VOTE_OPEN_NOW }));
  afterEach(() => {
    fixtureCleanup();
    resetMock();
  });

  it('while it loads: the results are shown in full, the explanation says it is checking; then the verdict arrives', async () => {
    const { load, loads } = controlledLoad();
    const el = await results(load);
    expect($$(el, 'table')).to.have.length(3);
    expect(loads).to.have.length(1);
    const details = $<HTMLDetailsElement>(el, 'details[part~="explanation"]')!;
    details.open = true;
    const status = details.querySelector('[part~="state-loading"]');
    expect(status?.getAttribute('role')).to.equal('status');
    expect(text(status)).to.equal('Vérification en cours…');
    expect(text(details)).to.not.contain('Ce calcul');
    expect($(el, '[part~="mismatch"]')).to.equal(null);
    expect($(el, '[part~="reason"]')).to.equal(null);
    expect($(el, FAILED)).to.equal(null);
    await expectAxeClean(el);

    loads[0]!.resolve(await import('./transparency.js'));
    await waitForState(el, () => $(el, CHECKED), 'the check did not run');
    expect(details.querySelector('[part~="state-loading"]')).to.equal(null);
    expect(text(details)).to.contain('Ce calcul donne exactement les résultats affichés.');
    expect($$(el, '[part~="reason"]').length).to.be.greaterThan(0);
    await expectAxeClean(el);
  });

  it('when it cannot be loaded: says the check could not be run, never that the results are wrong; "Réessayer" loads it again', async () => {
    const { load, loads } = controlledLoad();
    const el = await results(load);
    loads[0]!.reject(new TypeError('Failed to fetch dynamically imported module'));
    await waitForState(el, () => $(el, FAILED), 'no notice of the failure');
    const notice = $(el, FAILED)!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(text(notice)).to.contain('La vérification des résultats dans votre navigateur n’a pas pu être lancée');
    expect(text(notice)).to.contain('Les résultats affichés sont ceux publiés.');
    expect($$(el, '[part~="retry-button"]')).to.have.length(1);
    expect($(el, '[part~="mismatch"]')).to.equal(null);
    expect(text(el.shadowRoot)).to.not.contain('Écart');
    expect(text(el.shadowRoot)).to.not.contain('ne donne pas les résultats');
    expect($$(el, 'table')).to.have.length(3);
    expect(text($(el, 'details'))).to.contain('La vérification n’a pas pu être faite : voir l’avis plus haut.');
    await expectAxeClean(el);

    notice.querySelector<HTMLElement>('[part~="retry-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(loads).to.have.length(2);
    loads[1]!.resolve(await import('./transparency.js'));
    await waitForState(el, () => $(el, CHECKED), 'the check did not run on retry');
    expect($(el, FAILED)).to.equal(null);
    expect(text($(el, 'details'))).to.contain('Ce calcul donne exactement les résultats affichés.');
    await expectAxeClean(el);
  });

  it('the real chunk: loaded once for every widget of the page', async () => {
    const box = await fixture<HTMLElement>(html`<div>
      <bc-live-results api-base=${API}></bc-live-results>
      <bc-live-results api-base=${API} category="cooperation"></bc-live-results>
    </div>`);
    for (const el of box.children) await waitForState(el, () => $(el, CHECKED), 'not checked', 8000);
    const { loadTransparency } = await import('./load-transparency.js');
    expect(loadTransparency()).to.equal(loadTransparency());
  });
});
