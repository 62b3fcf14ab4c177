/**
 * The standalone server's own HTTP layer, over real sockets: what Node's parser refuses, bodies
 * too large or too deep, links, and the lock on the mock's controls. Every refusal is a problem
 * document with the CORS headers, whatever the client sent.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { Problem } from '@budget-citoyen/sdk/schemas';
import { startMockHttpServer, type MockHttpServer } from '../src/server.js';
import { clientAddress, isLoopback, parseTrustProxy } from '../src/http/proxy.js';
import { T, createTestApi, storeFingerprint } from './helpers.js';

interface RawReply {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Everything the server sent. */
  text: string;
}

/** Sends `bytes` on a new connection (closing our side when `end`), reads until the server closes. */
function raw(port: number, bytes: string, { end = true } = {}): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(bytes);
      if (end) socket.end();
    });
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      let body = rest.join('\r\n\r\n');
      if (headers['transfer-encoding'] === 'chunked') body = dechunk(body);
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: Buffer.from(body, 'latin1').toString('utf8'), text });
    });
  });
}

function dechunk(text: string): string {
  let out = '';
  for (let at = 0; ; ) {
    const eol = text.indexOf('\r\n', at);
    const size = parseInt(text.slice(at, eol), 16);
    if (!(size > 0)) return out;
    out += text.slice(eol + 2, eol + 2 + size);
    at = eol + 2 + size + 2;
  }
}

/** A problem document with `status` and `code`, readable by a page's script (CORS), closing the connection. */
function assertRawProblem(reply: RawReply, status: number, code: string): void {
  assert.equal(reply.status, status, `${reply.status} ${reply.body}`);
  assert.match(reply.headers['content-type'] ?? '', /^application\/problem\+json/);
  assert.equal(reply.headers['access-control-allow-origin'], '*');
  assert.match(reply.headers['access-control-expose-headers'] ?? '', /Retry-After/);
  assert.equal(reply.headers['connection'], 'close');
  const problem = Problem.parse(JSON.parse(reply.body));
  assert.equal(problem.code, code);
  assert.equal(problem.status, status);
}

/** POSTs `size` bytes in 64 KB chunks with node's http client, as a streamed upload; the answer as read. */
function upload(url: string, size: number, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    const body = new Readable({
      read() {
        if (sent >= size) return void this.push(null);
        sent += chunk.byteLength;
        this.push(chunk);
      },
    });
    const req = httpRequest(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': String(size), ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    body.pipe(req);
  });
}

describe('Node’s parser refusals, as problem documents with CORS', () => {
  let mock: MockHttpServer;
  let port = 0;
  before(async () => {
    mock = await startMockHttpServer({ port: 0, rateLimit: false });
    port = Number(new URL(mock.url).port);
  });
  after(() => mock.close());

  test('an unknown method: 405 method_not_allowed with Allow', async () => {
    const reply = await raw(port, 'FROB /api/v1/campaigns HTTP/1.1\r\nHost: x\r\n\r\n');
    assertRawProblem(reply, 405, 'method_not_allowed');
    assert.match(reply.headers['allow'] ?? '', /GET.*POST/);
  });

  test('a 20 KB URL, or 20 KB of headers: 431 headers_too_large', async () => {
    assertRawProblem(await raw(port, `GET /api/v1/campaigns?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`), 431, 'headers_too_large');
    assertRawProblem(await raw(port, `GET /api/v1/campaigns HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`), 431, 'headers_too_large');
  });

  test('bytes that are not HTTP, a broken header, broken chunks: 400 validation_failed', async () => {
    assertRawProblem(await raw(port, '\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n'), 400, 'validation_failed');
    assertRawProblem(await raw(port, 'GET /api/v1 HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n'), 400, 'validation_failed');
    assertRawProblem(await raw(port, 'POST /api/v1/campaigns/bc-2026/voters HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'), 400, 'validation_failed');
  });

  test('after an answered request, on the same connection: the next one Node cannot read is still answered', async () => {
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.write('GET /api/v1/campaigns HTTP/1.1\r\nHost: x\r\n\r\n');
    // The first answer is whole (its chunked body ended) before the second request goes.
    while (!text.includes('\r\n0\r\n\r\n')) await once(socket, 'data');
    assert.match(text, /^HTTP\/1\.1 200 /);
    const first = text.length;
    socket.end('FROB /api/v1 HTTP/1.1\r\nHost: x\r\n\r\n');
    await once(socket, 'close');
    assert.match(text.slice(first), /^HTTP\/1\.1 405 [\s\S]*access-control-allow-origin: \*[\s\S]*"code":"method_not_allowed"/i);
  });

  test('CONNECT (this is no proxy): 405', async () => {
    assertRawProblem(await raw(port, 'CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n'), 405, 'method_not_allowed');
  });

  test('a body cut short (the client stops sending and closes its side): 400, nothing changed', async () => {
    const before = storeFingerprint(mock.api);
    const reply = await raw(port, 'POST /api/v1/campaigns/bc-2026/voters HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"firstName":"Ana"');
    assertRawProblem(reply, 400, 'validation_failed');
    assert.equal(storeFingerprint(mock.api), before);
  });
});

describe('bodies too large or too deep', () => {
  let mock: MockHttpServer;
  before(async () => {
    mock = await startMockHttpServer({ port: 0, rateLimit: false });
  });
  after(() => mock.close());

  test('20 MB sent whole before reading the answer, as many simple clients do: the upload completes, then the 413 problem', async () => {
    const { port } = new URL(mock.url);
    const socket = connect(Number(port), '127.0.0.1');
    await once(socket, 'connect');
    const failure = new Promise<Error>((resolve) => socket.once('error', resolve));
    const size = 20 * 1024 * 1024;
    const write = (data: string | Buffer) => new Promise<void>((resolve, reject) => socket.write(data, (error) => (error ? reject(error) : resolve())));
    const sending = (async () => {
      await write(`POST /api/v1/campaigns/bc-2026/voters HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${size}\r\n\r\n`);
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      for (let sent = 0; sent < size; sent += chunk.byteLength) await write(chunk);
    })();
    // A reset while sending is what the client would report: it must not come.
    const outcome = await Promise.race([sending.then(() => 'sent'), failure.then((error) => `reset while sending: ${error.message}`)]);
    assert.equal(outcome, 'sent');
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (c: string) => (text += c));
    await once(socket, 'end');
    assert.match(text, /^HTTP\/1\.1 413 /);
    assert.match(text, /access-control-allow-origin: \*/i);
    assert.match(text, /"code":"payload_too_large"/);
  });

  test('20 MB streamed by node’s http client: it reads the 413 problem, not a reset', async () => {
    const reply = await upload(`${mock.url}/campaigns/bc-2026/voters`, 20 * 1024 * 1024);
    assert.equal(reply.status, 413);
    assert.equal(reply.headers['access-control-allow-origin'], '*');
    assert.equal(JSON.parse(reply.body).code, 'payload_too_large');
  });

  test('20 MB streamed by fetch: it reads the 413 too', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 20 * 1024 * 1024) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const response = await fetch(`${mock.url}/campaigns/bc-2026/voters`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    assert.equal(response.status, 413);
    assert.equal((await response.json()).code, 'payload_too_large');
  });

  test('Expect: 100-continue with a body announced over the limit: 413 before any of it is sent', async () => {
    const reply = await raw(
      Number(new URL(mock.url).port),
      'POST /api/v1/campaigns/bc-2026/voters HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 20971520\r\nExpect: 100-continue\r\n\r\n',
      { end: false },
    );
    assertRawProblem(reply, 413, 'payload_too_large');
  });

  test('JSON nested 3,000 deep with an Idempotency-Key: 400 validation_failed, nothing logged; 30,000 and 1,000,000 deep: refused too, never a 5xx', async (context) => {
    const logged = context.mock.method(console, 'error', () => {});
    const t = createTestApi();
    await t.setClock(T.comptoirsOpen);
    const before = storeFingerprint(t.api);
    const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    const post = (body: string) =>
      t.call('/campaigns/bc-2026/comptoirs/cpt-2026-lievin/registrations', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'deep-1' }, body });
    for (const depth of [3_000, 30_000]) {
      const response = await post(nested(depth));
      assert.equal(response.status, 400, `${depth} deep`);
      const problem = await response.json();
      assert.equal(problem.code, 'validation_failed');
      assert.match(problem.detail, /more than 64 deep/);
    }
    const huge = await post(nested(1_000_000));
    assert.equal(huge.status, 413);
    // 64 levels are fine (the schema then says what is wrong with the content); strings may hold any brackets.
    assert.equal((await post(JSON.stringify({ name: '['.repeat(1000), email: 'a@example.org', x: JSON.parse(nested(63)) }))).status, 400);
    assert.equal((await post(JSON.stringify({ name: `Léa ${'['.repeat(100)}`, email: 'lea.deep@example.org' }))).status, 201);
    assert.equal(logged.mock.callCount(), 0, 'no stack trace logged');
    assert.notEqual(storeFingerprint(t.api), before, 'the well-formed registration went in');
  });
});

describe('links and the controls, from what the connection says', () => {
  let mock: MockHttpServer;
  let published: MockHttpServer;
  before(async () => {
    mock = await startMockHttpServer({ port: 0, host: '0.0.0.0' });
    published = await startMockHttpServer({ port: 0, publicUrl: 'https://budget.example.org' });
  });
  after(async () => {
    await mock.close();
    await published.close();
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      httpRequest(url, { headers }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode!, body: text }));
      })
        .on('error', reject)
        .end();
    });

  test('the index’s links come from the configured origin, never from Host', async () => {
    const forged = JSON.parse((await get(published.url, { Host: 'evil.example' })).body);
    assert.equal(forged.campaigns, 'https://budget.example.org/api/v1/campaigns');
    assert.equal(forged.mock.clock, 'https://budget.example.org/api/v1/__mock/clock');
    const local = JSON.parse((await get(mock.url, { Host: 'evil.example:666' })).body);
    assert.equal(local.campaigns, `${mock.url}/campaigns`, 'without --public-url: the address the client connected to');
    const port = Number(new URL(mock.url).port);
    const absolute = await raw(port, 'GET http://evil.example/api/v1 HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n');
    assert.equal(JSON.parse(absolute.body).campaigns, `${mock.url}/campaigns`, 'nor from an absolute-form target');
    await assert.rejects(startMockHttpServer({ port: 0, publicUrl: 'https://budget.example.org/somewhere' }), /--public-url must be an origin/);
  });

  test('the controls answer this machine; a request another machine sent, or a proxy passed on, is 403', async (context) => {
    assert.equal((await get(`${mock.url}/__mock/clock`)).status, 200);
    const proxied = await get(`${mock.url}/__mock/clock`, { 'X-Forwarded-For': '127.0.0.1' });
    assert.equal(proxied.status, 403);
    assert.equal(JSON.parse(proxied.body).code, 'forbidden');
    assert.match(JSON.parse(proxied.body).detail, /--allow-remote-controls/);
    // The rest of the API answers everyone.
    assert.equal((await get(`${mock.url}/campaigns`, { 'X-Forwarded-For': '127.0.0.1' })).status, 200);

    const lan = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!lan) return context.diagnostic('no other network interface here: the request from another address is not tried');
    const fromLan = mock.url.replace('127.0.0.1', lan.address);
    assert.equal((await get(`${fromLan}/campaigns/bc-2026`)).status, 200);
    const refused = await get(`${fromLan}/__mock/clock`);
    assert.equal(refused.status, 403);
    assert.equal((await fetch(`${fromLan}/__mock/reset`, { method: 'POST' })).status, 403);
  });

  test('--allow-remote-controls opens them; the in-process runtimes have no remote clients', async () => {
    const open = await startMockHttpServer({ port: 0, allowRemoteControls: true });
    try {
      assert.equal((await get(`${open.url}/__mock/clock`, { 'X-Forwarded-For': '198.51.100.7' })).status, 200);
    } finally {
      await open.close();
    }
    const t = createTestApi();
    assert.equal((await t.get('/__mock/clock', { 'X-Forwarded-For': '198.51.100.7' })).status, 200);
    const remote = await t.api.handle(new Request('http://mock.test/api/v1/__mock/clock'), { address: '198.51.100.7', controls: false });
    assert.equal(remote?.status, 403);
  });
});

describe('the client’s address', () => {
  test('the socket’s peer, whatever the headers say, unless proxies are trusted', () => {
    const forged = { 'x-forwarded-for': '1.2.3.4' };
    assert.equal(clientAddress('203.0.113.5', forged, undefined), '203.0.113.5');
    assert.equal(clientAddress('::ffff:203.0.113.5', {}, undefined), '203.0.113.5');
    // One proxy: the rightmost address it appended, not what the client put before it.
    assert.equal(clientAddress('10.0.0.1', { 'x-forwarded-for': '1.2.3.4, 198.51.100.9' }, parseTrustProxy('1')), '198.51.100.9');
    assert.equal(clientAddress('10.0.0.1', { 'x-forwarded-for': '1.2.3.4, 198.51.100.9, 10.0.0.2' }, parseTrustProxy('2')), '198.51.100.9');
    assert.equal(clientAddress('10.0.0.1', {}, parseTrustProxy('1')), '10.0.0.1');
    // Trusted by address: hops are skipped while they are trusted proxies.
    const list = parseTrustProxy('10.0.0.1,10.0.0.2');
    assert.equal(clientAddress('10.0.0.1', { 'x-forwarded-for': '1.2.3.4, 198.51.100.9, 10.0.0.2' }, list), '198.51.100.9');
    assert.equal(clientAddress('203.0.113.5', { 'x-forwarded-for': '1.2.3.4' }, list), '203.0.113.5', 'not from a trusted proxy: headers ignored');
    assert.throws(() => parseTrustProxy('yes'), /--trust-proxy takes/);
    assert.ok(isLoopback('127.0.0.1') && isLoopback('127.8.9.10') && isLoopback('::1') && isLoopback('::ffff:127.0.0.1'));
    assert.ok(!isLoopback('10.0.0.1') && !isLoopback('::ffff:10.0.0.1') && !isLoopback('128.0.0.1'));
  });
});
