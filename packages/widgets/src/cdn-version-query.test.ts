/**
 * A page that loads the CDN script with a query string, as WordPress does for every script
 * (`budget-citoyen.js?ver=6.7`), under the strict policy. The results' recount comes in a chunk
 * loaded on demand: it must take what it shares from the script the page loaded, not fetch and
 * run the script a second time by its bare URL (build/plugins/chunks-share-script.mjs). A page
 * of its own: the other CDN tests load the script without a query. Needs `npm run build`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createTestMock } from '@budget-citoyen/mock-server/testing';
import { $, text, waitForState, worker } from '../test/index.js';
import { resultsFixture } from '../test/results.js';
import { underStrictCsp } from '../test/strict-csp.js';

const SCRIPT = '/packages/widgets/dist/cdn/budget-citoyen.js?ver=6.7';

/** The scripts this page loaded whose path ends with `name` (not underStrictCsp's HEAD check). */
const loaded = (name: string) =>
  (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
    (e) => e.initiatorType !== 'fetch' && new URL(e.name).pathname.endsWith(name),
  );

// The test runner's own modules fill the default buffer of 250 entries before the script loads.
performance.clearResourceTimings();
performance.setResourceTimingBufferSize(10_000);

describe('budget-citoyen.js?ver=… with a chunk loaded on demand', () => {
  underStrictCsp([SCRIPT]);

  it('the results’ recount arrives and agrees, and the script is fetched and run once', async () => {
    const base = `${location.origin}/version-query/api/v1`;
    worker.use(...createTestMock({ baseUrl: base, now: '2026-09-15T10:00:00+02:00', fixture: resultsFixture() }).handlers);
    const el = await fixture(html`<bc-live-results api-base=${base}></bc-live-results>`);
    await waitForState(el, () => /exactement les résultats affichés/.test(text($(el, '[part~="explanation"]'))), 'no verdict of the recount', 15_000);
    expect(text($(el, '[part~="explanation"]'))).to.contain('Ce calcul donne exactement les résultats affichés.');
    // Each row's reason comes from the recount: the chunk's code runs against the script's own.
    expect($(el, '[part~="reason"]'), 'no reason in the rows').to.exist;

    const chunks = performance.getEntriesByType('resource').filter((e) => /\/cdn\/chunks\/[^/]+\.js$/.test(new URL(e.name).pathname));
    expect(chunks.length, 'no chunk loaded on demand').to.be.greaterThan(0);
    expect(loaded('/budget-citoyen.js').map((e) => new URL(e.name).search)).to.deep.equal(['?ver=6.7']);
  });
});
