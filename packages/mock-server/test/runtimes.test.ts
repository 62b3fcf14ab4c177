/**
 * The runtimes sharing the handlers: msw/node's setupServer (with SSE), and the standalone
 * server started from its bin, answered with curl and streaming SSE over real HTTP.
 */
import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { getResponse, http, HttpResponse } from 'msw';
import { createClient } from '@budget-citoyen/sdk';
import { Campaign, Results } from '@budget-citoyen/sdk/schemas';
import { createMockApi } from '../src/api.js';
import { createMockServer } from '../src/node.js';
import { verificationCodeIn } from '../src/store/emails.js';
import { verifiedVoter } from '../src/testing.js';
import { T } from './helpers.js';

const run = promisify(execFile);

/** Reads SSE events (`event:` + `data:`) from a fetch body as they come. */
function sseReader(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    async next(): Promise<{ event: string; data: string }> {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data !== undefined) return { event, data };
          continue;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += decoder.decode(value, { stream: true });
      }
    },
    cancel: () => reader.cancel(),
  };
}

describe('msw/node (setupServer)', () => {
  const BASE = 'http://localhost:4010/api/v1';
  const { server, api } = createMockServer({ baseUrl: BASE });
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  after(() => server.close());

  test('global fetch and the SDK client are answered; server.use overrides, resetHandlers restores', async () => {
    const client = createClient({ baseUrl: BASE });
    const campaign = await client.campaigns.current();
    assert.equal(campaign.id, 'bc-2026');
    assert.equal(campaign.currentPhase, 'vote');
    server.use(http.get(`${BASE}/campaigns/bc-2026`, () => HttpResponse.json({ ...campaign, title: 'Overridden' })));
    assert.equal((await (await fetch(`${BASE}/campaigns/bc-2026`)).json()).title, 'Overridden');
    server.resetHandlers();
    Campaign.parse(await (await fetch(`${BASE}/campaigns/bc-2026`)).json());
  });

  test('SSE: results on connect, then on each change (a ballot, the clock), stops on abort', async () => {
    const abort = new AbortController();
    const response = await fetch(`${BASE}/campaigns/bc-2026/results/stream`, { signal: abort.signal });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('Content-Type') ?? '', /^text\/event-stream/);
    const events = sseReader(response.body!);
    const first = Results.parse(JSON.parse((await events.next()).data));
    assert.equal(first.status, 'provisional');

    const session = await verifiedVoter(createClient({ baseUrl: BASE }), api, 'bc-2026', {
      firstName: 'Cyril',
      lastName: 'Wattel',
      birthDate: '1969-06-06',
      communeCode: '62427',
      email: 'cyril@example.org',
    });
    const project = api.store.projects('bc-2026').find((p) => p.category === 'pratiques-ess')!;
    const cast = await fetch(`${BASE}/campaigns/bc-2026/ballot`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session.token}` },
      body: JSON.stringify({ choices: { 'pratiques-ess': project.id } }),
    });
    assert.equal(cast.status, 201);
    const second = Results.parse(JSON.parse((await events.next()).data));
    assert.equal(second.ballots.cast, first.ballots.cast + 1);
    assert.ok(Date.parse(second.computedAt) > Date.parse(first.computedAt));

    api.clock.set(Date.parse(T.afterVote));
    const third = Results.parse(JSON.parse((await events.next()).data));
    assert.equal(third.status, 'final');
    abort.abort();
    api.reset();
  });

  test('streaming: false (a runtime that cannot stream): one snapshot per connection, then the body ends', async () => {
    const snapshots = createMockApi({ baseUrl: 'http://snapshot.test/api/v1', streaming: false });
    const response = await getResponse(snapshots.handlers, new Request('http://snapshot.test/api/v1/campaigns/bc-2026/results/stream'));
    assert.equal(response?.status, 200);
    const text = await response!.text(); // ends: an open stream would never resolve
    assert.match(text, /^retry: 5000\n\n/, 'tells EventSource when to come back');
    const events = [...text.matchAll(/^event: results\ndata: (.*)$/gm)];
    assert.equal(events.length, 1);
    assert.equal(Results.parse(JSON.parse(events[0]![1]!)).status, 'provisional');
  });

  test('the stream is refused (403 problem) while results are not public', async () => {
    api.clock.set(Date.parse(T.beforeVote));
    const response = await fetch(`${BASE}/campaigns/bc-2026/results/stream`);
    assert.equal(response.status, 403);
    assert.equal((await response.json()).code, 'results_not_public');
    api.reset();
  });
});

describe('standalone server (bin/bc-mock-server.mjs)', () => {
  let child: ChildProcess;
  let url = '';
  let output = '';

  before(async () => {
    const bin = fileURLToPath(new URL('../bin/bc-mock-server.mjs', import.meta.url));
    child = spawn(process.execPath, [bin, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${output}`)), 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Mock API listening on (http:\/\/127\.0\.0\.1:\d+\/api\/v1)/.exec(output);
        // The banner's last line printed: the whole banner is in.
        if (match && output.includes('controls (/__mock)')) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
    });
  });
  after(() => {
    child.kill('SIGTERM');
  });

  test('the banner says the data is in memory, and who may use the controls', () => {
    assert.match(output, /data: in memory \(lost when the server stops; --data <file> keeps it\)/);
    assert.match(output, /controls \(\/__mock\): this machine only/);
  });

  test('curl GET answers JSON with CORS and ETag; curl -I works', async () => {
    const { stdout } = await run('curl', ['-s', '-i', '-H', 'Origin: https://example.org', `${url}/campaigns/bc-2026`]);
    const [head, body] = stdout.split('\r\n\r\n');
    assert.match(head!, /^HTTP\/1\.1 200/);
    assert.match(head!, /access-control-allow-origin: \*/i);
    const etag = /^etag: (.*)$/im.exec(head!)?.[1]?.trim();
    assert.ok(etag);
    Campaign.parse(JSON.parse(body!));
    const { stdout: notModified } = await run('curl', ['-s', '-o', '/dev/null', '-w', '%{http_code}', '-H', `If-None-Match: ${etag}`, `${url}/campaigns/bc-2026`]);
    assert.equal(notModified, '304');
    const { stdout: headOnly } = await run('curl', ['-s', '-I', `${url}/campaigns`]);
    assert.match(headOnly, /^HTTP\/1\.1 200/);
    const { stdout: outside } = await run('curl', ['-s', '-w', ' %{http_code}', url.replace('/api/v1', '/elsewhere')]);
    assert.match(outside, /"code":"not_found".* 404$/);
  });

  test('curl POST: JSON body, 415 and 413 over HTTP', async () => {
    const post = (args: string[]) => run('curl', ['-s', '-w', ' %{http_code}', '-X', 'POST', ...args, `${url}/campaigns/bc-2026/voters`]);
    const ok = await post(['-H', 'Content-Type: application/json', '--data', JSON.stringify({ firstName: 'Anne', lastName: 'Sailly', birthDate: '1960-01-01', communeCode: '62193', email: 'anne@example.org' })]);
    assert.match(ok.stdout, /"verificationId":"vf-.* 202$/);
    // The code, from the mock's outbox, as the voter reads it in the e-mail.
    const { items } = (await (await fetch(`${url}/__mock/outbox?to=anne@example.org`)).json()) as { items: Array<{ body: string }> };
    const code = verificationCodeIn(items.at(-1)!);
    const { verificationId } = JSON.parse(ok.stdout.replace(/ 202$/, '')) as { verificationId: string };
    const verified = await run('curl', ['-s', '-w', ' %{http_code}', '-X', 'POST', '-H', 'Content-Type: application/json', '--data', JSON.stringify({ verificationId, code }), `${url}/campaigns/bc-2026/voters/verify`]);
    assert.match(verified.stdout, /"token":"bcv_.* 201$/);
    assert.match((await post(['-H', 'Content-Type: text/plain', '--data', 'hello'])).stdout, / 415$/);
    assert.match((await post(['-H', 'Content-Type: application/json', '--data-binary', `"${'x'.repeat(70_000)}"`])).stdout, / 413$/);
  });

  test('SSE over HTTP: first event at once, the next after a change, disconnects handled', async () => {
    const { stdout } = await run('curl', ['-s', '-N', '--max-time', '2', `${url}/campaigns/bc-2026/results/stream`]).catch((error: { stdout: string }) => error);
    assert.match(stdout, /event: results\ndata: \{"status":"provisional"/);

    const abort = new AbortController();
    const response = await fetch(`${url}/campaigns/bc-2026/results/stream`, { signal: abort.signal });
    const events = sseReader(response.body!);
    assert.equal(Results.parse(JSON.parse((await events.next()).data)).status, 'provisional');
    const client = createClient({ baseUrl: url });
    await client.mock.setClock(T.afterVote);
    assert.equal(Results.parse(JSON.parse((await events.next()).data)).status, 'final');
    abort.abort();
    await client.mock.reset();
    // The server lives on after its streaming clients left.
    assert.equal((await fetch(`${url}/campaigns`)).status, 200);
  });
});
