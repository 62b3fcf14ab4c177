/**
 * The CDN script as a commune's page gets it, under the strict Content-Security-Policy such a
 * page may have (the one `npm start` serves): no inline script or style, no eval, requests to
 * the page's own origin only (test/strict-csp.ts). Run in every engine, as the examples' smoke
 * tests run in Chromium only. Needs the build (`npm run build`): this page loads
 * `dist/cdn/budget-citoyen.js`, not the sources, and nothing else of the widgets.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createTestMock } from '@budget-citoyen/mock-server/testing';
import { $, $$, text, waitForState, worker } from '../test/index.js';
import { resultsFixture } from '../test/results.js';
import { underStrictCsp, violations } from '../test/strict-csp.js';

const BUNDLE = '/packages/widgets/dist/cdn/budget-citoyen.js';
const VOTE = '2026-09-15T10:00:00+02:00';
const COMPTOIRS = '2026-01-15T10:00:00+01:00';

let mocks = 0;

/**
 * A mock API of its own (the script's clients and caches are per API base: none carries over),
 * on the fixture of the results' tests: projects with images, votes, live results.
 */
function mockApi(now: string): string {
  const base = `${location.origin}/csp-${++mocks}/api/v1`;
  worker.use(...createTestMock({ baseUrl: base, now, fixture: resultsFixture() }).handlers);
  return base;
}

/** Waits for `ready`, then lets late work (images, styles) land: it could still break the policy. */
async function rendered(el: Element, ready: () => unknown, what: string): Promise<void> {
  await waitForState(el, ready, `${el.localName}: ${what}`, 15_000);
  await aTimeout(100);
}

describe('budget-citoyen.js under a strict CSP', () => {
  underStrictCsp([BUNDLE]);

  it('is in force: an inline style attribute is refused', async () => {
    const probe = await fixture<HTMLDivElement>(html`<div></div>`);
    probe.setAttribute('style', '--probe: 1px');
    await waitUntil(() => violations.length > 0, 'no violation reported');
    expect(getComputedStyle(probe).getPropertyValue('--probe')).to.equal('');
    violations.length = 0;
  });

  it('defines every tag', () => {
    for (const tag of ['bc-provider', 'bc-project-gallery', 'bc-project-card', 'bc-ballot', 'bc-live-results', 'bc-comptoir-agenda']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  it('the gallery: cards with their images, then a project in its dialog', async () => {
    const el = await fixture(html`<bc-project-gallery api-base=${mockApi(VOTE)} page-size="6"></bc-project-gallery>`);
    await rendered(el, () => $(el, '[part~="card-image"]'), 'no card image');
    expect($$(el, '[part~="card"]')).to.have.length(6);
    $<HTMLAnchorElement>(el, '[part~="card-title"] a')!.click();
    await rendered(el, () => $(el, 'dialog[open]'), 'no dialog');
    expect(text($(el, '[part~="dialog-title"]'))).not.to.equal('');
  });

  it('the card, the ballot and the live results, side by side in one provider', async () => {
    const api = mockApi(VOTE);
    const provider = await fixture(html`<bc-provider api-base=${api}>
      <bc-project-card project-id="prj-001"></bc-project-card>
      <bc-ballot></bc-ballot>
      <bc-live-results></bc-live-results>
    </bc-provider>`);
    const inside = (tag: string) => provider.querySelector(tag)!;
    const [card, ballot, results] = [inside('bc-project-card'), inside('bc-ballot'), inside('bc-live-results')];
    await rendered(card, () => $(card, '[part~="card-title"]'), 'no title');
    await rendered(ballot, () => $(ballot, 'input[name="firstName"]'), 'no identity form');
    // The bars' widths are custom properties set through the CSSOM, not style attributes.
    await rendered(results, () => $(results, '[part~="bar"]'), 'no bars');
  });

  it('the agenda while the comptoirs are open', async () => {
    const el = await fixture(html`<bc-comptoir-agenda api-base=${mockApi(COMPTOIRS)}></bc-comptoir-agenda>`);
    await rendered(el, () => $(el, '[part~="comptoir-title"]'), 'no comptoir');
  });

  it('a widget in English fetches its strings from the script’s chunk', async () => {
    const el = await fixture(html`<bc-live-results api-base=${mockApi(VOTE)} lang="en"></bc-live-results>`);
    await rendered(el, () => /results of the vote/.test(text(el.shadowRoot)), 'no English title');
  });
});
