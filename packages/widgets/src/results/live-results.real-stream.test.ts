/**
 * Live results over a real HTTP event stream: the stream request passes through MSW's worker
 * (the campaign and projects stay mocked) to the test server's relay (scripts/lib/sse-relay.mjs),
 * so the browser's own EventSource reads a stream that stays open, as on the real API. The relay
 * sends what the mock API answers on its results route.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { Results } from '@budget-citoyen/sdk';
import { bypass, passthrough, http } from 'msw';
import { $, mockStreamsReachPage, requestsTo, resetMock, startWorker, text, waitForState, worker, API } from '../../test/index.js';
import { STREAM_URL, closeTheVote, resultsFixture, scenario, servedResults, voteUpTo } from '../../test/results.js';
import './define.js';
import type { BcLiveResults } from './live-results.js';

const RELAY = `${location.origin}/__sse-relay`;

/** Sends the results as the next event of every open stream (and the first of later ones). */
async function publish(results: Results): Promise<void> {
  const response = await fetch(bypass(new Request(RELAY, { method: 'POST', body: JSON.stringify(results) })));
  expect(response.status).to.equal(204);
}

const cell = (el: Element, projectId: string) =>
  text($(el, `tr[data-project-id="${projectId}"]`)?.children[2] ?? null);

describe('<bc-live-results> on a real event stream', () => {
  before(() => startWorker({ fixture: resultsFixture() }));
  beforeEach(() => {
    worker.use(http.get(STREAM_URL, () => passthrough()));
  });
  afterEach(async () => {
    fixtureCleanup();
    await fetch(bypass(new Request(RELAY, { method: 'DELETE' })));
    resetMock();
  });

  it('shows the first event, then each pushed update, with no polling', async function () {
    // WebKit: a body that goes through a service worker, even passed through to the network,
    // reaches the page only when it ends (mswjs/msw#1771). results-stream.real.test.ts checks
    // the same subscription on a real stream in WebKit, with no worker in the way.
    if (!mockStreamsReachPage) this.skip();
    await publish(await servedResults());
    const el = await fixture<BcLiveResults>(html`<bc-live-results api-base=${API}></bc-live-results>`);
    await waitForState(el, () => $(el, 'table'), 'no table from the stream', 8000);
    const [first] = scenario.projects;
    const before = Number(cell(el, first!.id));
    expect(before).to.be.greaterThan(0);

    await voteUpTo({ [first!.id]: before + 11 }, '2026-09-15T09:59:00+02:00');
    await publish(await servedResults());
    await waitForState(el, () => cell(el, first!.id) === String(before + 11), 'the pushed update did not show', 8000);

    closeTheVote();
    await publish(await servedResults());
    await waitForState(el, () => text($(el, 'h2')) === 'Résultats définitifs du vote', 'final not shown', 8000);
    expect(requestsTo('/results/stream')).to.have.length(1);
    expect(requestsTo('/results')).to.have.length(0);
  });
});
