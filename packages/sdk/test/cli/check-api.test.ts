/**
 * `budget-citoyen check-api`: the mock server conforms and is left as it was; a server that
 * breaks the contract is told where.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startMockHttpServer, type MockHttpServer } from '@budget-citoyen/mock-server/server';
import { checkApi } from '../../src/cli/check-api.js';
import { runMain } from './helpers.js';

/**
 * The mock behind a proxy that breaks the contract the way servers do: a 500 HTML page where a
 * 404 problem is due, no CORS headers, and a connection cut on a large body.
 */
function sloppyProxy(target: string): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    if (Number(req.headers['content-length']) > 100_000) return void req.socket.destroy();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => name !== 'host' && name !== 'content-length')) as Record<string, string>;
    const upstream = await fetch(target + req.url!.replace(/^\/api\/v1/, ''), {
      method: req.method,
      headers,
      ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
    });
    const body = await upstream.text();
    if (upstream.status === 404) {
      res.writeHead(500, { 'content-type': 'text/html' }).end('<h1>Internal Server Error</h1>');
      return;
    }
    const kept = [...upstream.headers].filter(([name]) => !name.startsWith('access-control-') && name !== 'content-length' && name !== 'content-encoding');
    res.writeHead(upstream.status, Object.fromEntries(kept)).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1` })));
}

/** What a write would change in the mock's store (check-api only sends writes to be refused). */
function written(mock: MockHttpServer): string {
  const s = mock.api.store.state;
  return JSON.stringify([s.voters.size, s.tokens.size, s.ballots.size, s.dossiers.size, s.registrations.size, s.outbox.length, s.idempotency.size]);
}

describe('check-api', { timeout: 120_000 }, () => {
  let mock: MockHttpServer;
  before(async () => {
    mock = await startMockHttpServer({ port: 0, rateLimit: false });
  });
  after(() => mock.close());

  it('the mock server passes every check, and is left exactly as it was', async () => {
    const before = written(mock);
    const { code, stdout, stderr } = await runMain(['check-api', '--base-url', mock.url]);
    assert.equal(stderr, '');
    assert.equal(code, 0, stdout);
    const lines = stdout.trim().split('\n');
    assert.ok(lines.filter((l) => l.startsWith('✓ ')).length >= 20, stdout);
    assert.equal(lines.filter((l) => l.startsWith('✗ ')).length, 0, stdout);
    assert.match(lines.at(-1)!, /^\d+ passed, 0 failed \(http:\/\/127\.0\.0\.1:\d+\/api\/v1\)$/);
    assert.equal(written(mock), before, 'check-api changed the server');
  });

  it('names what a server gets wrong, and exits with 1', async () => {
    const proxy = await sloppyProxy(mock.url);
    try {
      const results = await checkApi(proxy.url);
      const failed = [...new Set(results.filter((r) => !r.ok).map((r) => r.name))];
      assert.deepEqual(failed, [
        'errors: unknown campaign',
        'errors: unknown dossier',
        'errors: body too large',
        // Contract 1.1: an unknown method is a problem (405) with CORS; the proxy's is neither.
        'errors: unknown method',
        'errors: odd input, no 5xx',
        "CORS: the vote from a commune's site",
        'CORS: headers the SDK reads',
      ]);
      // A cut connection fails its own check; the checks after it still ran.
      assert.match(results.find((r) => r.name === 'errors: body too large')!.detail, /^the request failed: /);
      // What conforms still passes: the lists and resources parse.
      assert.ok(results.find((r) => r.name === 'projects: one')!.ok);
      assert.match(results.find((r) => r.name === 'errors: unknown campaign')!.detail, /500, expected 404 not_found \(<h1>Internal Server Error<\/h1>\)/);
      const run = await runMain(['check-api', '--base-url', proxy.url, '--format', 'json']);
      assert.equal(run.code, 1);
      assert.deepEqual((JSON.parse(run.stdout) as Array<{ name: string }>).map((r) => r.name), results.map((r) => r.name));
      const count = results.filter((r) => !r.ok).length;
      assert.equal(run.stderr, `budget-citoyen: ${count} checks failed: the server does not conform to the contract\n`);
    } finally {
      proxy.server.close();
    }
  });

  it('during the dépôt, the line break goes into a dossier the server must refuse anyway: the mock passes, unchanged', async () => {
    const depot = await startMockHttpServer({ port: 0, rateLimit: false, now: '2026-04-09T10:00:00+02:00' });
    try {
      const before = written(depot);
      const check = (await checkApi(depot.url)).find((r) => r.name === 'errors: a line break in a name')!;
      assert.deepEqual(check, { name: 'errors: a line break in a name', ok: true, detail: 'POST /campaigns/bc-2026/dossiers: 422 validation_failed' });
      assert.equal(written(depot), before);
    } finally {
      await depot.close();
    }
  });

  it('with no public write open at the server’s clock, the line-break check says it cannot be made now', async () => {
    const labelling = await startMockHttpServer({ port: 0, rateLimit: false, now: '2026-05-12T10:00:00+02:00' });
    try {
      const check = (await checkApi(labelling.url)).find((r) => r.name === 'errors: a line break in a name')!;
      assert.equal(check.skipped, true);
      assert.match(check.detail, /^no public write is open at the server's clock \(2026-05-12T10:00:00\+02:00\): run it during the dépôt or the vote$/);
      const { stdout } = await runMain(['check-api', '--base-url', labelling.url]);
      assert.ok(stdout.includes('\n– errors: a line break in a name — no public write is open'), stdout);
      assert.match(stdout.trim().split('\n').at(-1)!, /^\d+ passed, \d+ failed, 1 not checkable now \(http:\/\/127\.0\.0\.1:\d+\/api\/v1\)$/);
    } finally {
      await labelling.close();
    }
  });

  it('facets: a server of contract 1.0 has none; facets that do not add up to the list are named', async () => {
    /** The mock, its facets rewritten by `change` (or dropped). */
    const rewriting =
      (change: (facets: Record<string, Array<{ count: number }>>) => unknown): typeof fetch =>
      async (input, init) => {
        const response = await fetch(input, init);
        if (!String(input).includes('facets=true')) return response;
        const body = (await response.json()) as { facets: Record<string, Array<{ count: number }>> };
        return Response.json({ ...body, facets: change(body.facets) });
      };
    const facetsCheck = async (fetch: typeof globalThis.fetch) => (await checkApi(mock.url, { fetch })).find((r) => r.name === 'projects: facets')!;

    const none = await facetsCheck(rewriting(() => undefined));
    assert.equal(none.ok, false);
    assert.match(none.detail, /: no facets \(added in contract 1\.1\)$/);
    const short = await facetsCheck(rewriting((f) => ({ ...f, communes: f.communes!.slice(1) })));
    assert.equal(short.ok, false);
    assert.match(short.detail, /: total \d+, but the communes add up to \d+$/);
  });

  it('an unreachable server: one line, exit 1', async () => {
    const { code, stderr } = await runMain(['check-api', '--base-url', 'http://127.0.0.1:9/api/v1']);
    assert.equal(code, 1);
    assert.match(stderr, /^budget-citoyen: cannot reach http:\/\/127\.0\.0\.1:9\/api\/v1: .+\n$/);
  });
});
