/**
 * The English strings are fetched only for a widget shown in English: on a page of its own, so
 * that no other test fetched them first. The built CDN scripts (English as a chunk apart) are
 * checked the same way in examples/test.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { $, API, resetMock, startWorker, text, waitForState } from '../../test/index.js';
import '../card/define.js';
import type { BcProjectCard } from '../card/project-card.js';

// Keep every resource entry (the test runner's own modules may have filled the default 250).
performance.setResourceTimingBufferSize(100_000);
/** The English tables the page fetched, by folder (`base`, `card`…). */
const englishFetched = () =>
  performance
    .getEntriesByType('resource')
    .flatMap((e) => /\/widgets\/src\/(\w+)\/locales\/en\.[jt]s/.exec(new URL(e.name).pathname)?.[1] ?? []);

describe('English strings', () => {
  before(async () => {
    await startWorker();
    document.documentElement.lang = 'fr';
  });
  afterEach(() => resetMock());
  after(() => document.documentElement.removeAttribute('lang'));

  it('are not fetched on a French page', async () => {
    const card = await fixture<BcProjectCard>(html`<bc-project-card api-base=${API} project-id="prj-001"></bc-project-card>`);
    await waitForState(card, () => $(card, '[part~="card"]'));
    expect(text($(card, 'dl'))).to.contain('Montant demandé');
    expect(englishFetched()).to.deep.equal([]);
  });

  it('are fetched the first time a widget shows English, whose updateComplete covers the wait', async () => {
    const box = await fixture<HTMLElement>(html`<div>
      <bc-project-card api-base=${API} project-id="prj-001" lang="en"></bc-project-card>
      <bc-project-card api-base=${API} project-id="prj-001"></bc-project-card>
    </div>`);
    const [english, french] = [...box.querySelectorAll('bc-project-card')];
    await english!.updateComplete;
    // Its first render (loading) is English already.
    expect(text(english!.shadowRoot)).not.to.match(/Chargement/);
    expect(englishFetched()).to.include.members(['base', 'card']);
    await waitForState(english!, () => $(english!, '[part~="card"]'));
    expect(text($(english!, 'dl'))).to.contain('Amount requested');
    // On this French page, a widget without lang stays French.
    await waitForState(french!, () => $(french!, '[part~="card"]'));
    expect(text($(french!, 'dl'))).to.contain('Montant demandé');
  });
});
