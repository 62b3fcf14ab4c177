/**
 * The SDK's results subscription, which the widget's feed uses, on the browser's own
 * EventSource over a real HTTP stream that stays open (scripts/lib/sse-relay.mjs), in every
 * engine. This file starts no MSW worker: with no active client, the worker lets requests go to
 * the network untouched, so WebKit streams them too (mswjs/msw#1771 concerns bodies that go
 * through the worker).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createClient, type Results } from '@budget-citoyen/sdk';
import { CAMPAIGN_ID, useFixture } from '../../test/mock.js';
import { closeTheVote, resultsFixture, scenario, servedResults, voteUpTo } from '../../test/results.js';

const RELAY = `${location.origin}/__sse-relay`;

async function publish(results: Results): Promise<void> {
  const response = await fetch(RELAY, { method: 'POST', body: JSON.stringify(results) });
  expect(response.status).to.equal(204);
}

describe('results.subscribe on a real event stream', () => {
  afterEach(() => fetch(RELAY, { method: 'DELETE' }));

  it('delivers the first event, then each pushed change, on one stream, without polling', async () => {
    // The mock API answers in-process here (no worker): the relay sends its results.
    useFixture(resultsFixture());
    await publish(await servedResults());
    const seen: Results[] = [];
    const errors: unknown[] = [];
    const client = createClient({ baseUrl: `${location.origin}/api/v1` });
    const stop = client.results.subscribe(CAMPAIGN_ID, (r) => seen.push(r), { onError: (e) => errors.push(e), pollIntervalMs: 60_000 });
    try {
      await waitUntil(() => seen.length === 1, 'no first event', { timeout: 5000 });
      const [first] = scenario.projects;
      await voteUpTo({ [first!.id]: 500 }, '2026-09-15T09:59:00+02:00');
      await publish(await servedResults());
      await waitUntil(() => seen.length === 2, 'the pushed change did not arrive', { timeout: 5000 });
      closeTheVote();
      await publish(await servedResults());
      await waitUntil(() => seen.length === 3, 'the final results did not arrive', { timeout: 5000 });
    } finally {
      stop();
    }
    expect(seen.map((r) => r.status)).to.deep.equal(['provisional', 'provisional', 'final']);
    expect(seen[1]!.categories.flatMap((c) => c.projects).find((p) => p.projectId === scenario.projects[0]!.id)?.votes).to.equal(500);
    expect(errors).to.deep.equal([]);
  });
});
