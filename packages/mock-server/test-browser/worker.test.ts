// Browser runtime: MSW's service worker answers fetch and EventSource (streamed SSE; where the
// worker cannot stream, in WebKit, one snapshot per connection and EventSource reconnects).
// Run: npm run test:browser -w @budget-citoyen/mock-server (web-test-runner, Chromium; the
// root config serves public/mockServiceWorker.js at /mockServiceWorker.js).
import { startMockWorker } from '../src/browser.js';
import { verificationCodeIn } from '../src/store/emails.js';

const ok = (condition: unknown, message: string) => {
  if (!condition) throw new Error(message);
};
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('mock-server in the browser (service worker)', () => {
  it('answers fetch, streams SSE to EventSource, follows the clock', async function () {
    // Without streaming (canStreamBodies() false), each event comes on a reconnection, 5 s
    // (the stream's `retry:`) after the last.
    this.timeout(45_000);
    const { api, stop } = await startMockWorker({ quiet: true });
    const source = new EventSource('/api/v1/campaigns/bc-2026/results/stream');
    // Listening at once: the first event may arrive while the fetch below is still on its way
    // (it did in Firefox), and an event with no listener yet is lost.
    const events: Array<{ status: string; ballots: { cast: number } }> = [];
    source.addEventListener('results', (event) => events.push(JSON.parse((event as MessageEvent).data)));
    try {
      const campaign = await fetch('/api/v1/campaigns/bc-2026');
      ok(campaign.status === 200, `status ${campaign.status}`);
      ok(campaign.headers.get('ETag'), 'ETag');

      const next = (n: number) =>
        new Promise<(typeof events)[number]>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no SSE event #${n}`)), 15_000);
          const poll = () => (events.length > n ? (clearTimeout(timer), resolve(events[n]!)) : setTimeout(poll, 20));
          poll();
        });
      const first = await next(0);
      ok(first.status === 'provisional', 'provisional during the vote');

      const registered = await (
        await post('/api/v1/campaigns/bc-2026/voters', { firstName: 'Nina', lastName: 'Navigateur', birthDate: '1990-01-01', communeCode: '62041', email: 'nina@example.org' })
      ).json();
      // The code the mock e-mailed, from its outbox, as the voter reads it.
      const code = verificationCodeIn(api.store.outbox.at(-1)!);
      const voter = await (await post('/api/v1/campaigns/bc-2026/voters/verify', { verificationId: registered.verificationId, code })).json();
      const project = api.store.projects('bc-2026')[0]!;
      const cast = await post('/api/v1/campaigns/bc-2026/ballot', { choices: { [project.category]: project.id } }, { Authorization: `Bearer ${voter.token}` });
      ok(cast.status === 201, `cast ${cast.status}`);
      ok((await next(1)).ballots.cast === first.ballots.cast + 1, 'an event per ballot');

      await post('/api/v1/__mock/clock', { now: '2026-09-28T10:00:00+02:00' });
      ok((await next(2)).status === 'final', 'final once the vote closed');
    } finally {
      source.close();
      stop();
    }
  });
});
