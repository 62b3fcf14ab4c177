/**
 * Standalone runtime: the same handlers behind `node:http`, through the mock's `handle`
 * (msw's `getResponse`, no middleware package). Streams responses as they come (SSE included)
 * and stops streaming when the client goes away. What the connection says (the client's
 * address, whether it is this machine) goes to the handlers beside the request, never as a
 * header a client could have sent; Node's parser refusals are answered as problem documents.
 *
 *   node packages/mock-server/bin/bc-mock-server.mjs --port 4010
 */
import { createServer, maxHeaderSize, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createMockApi, DEFAULT_ADMIN_TOKEN, type MockApi, type MockApiOptions } from './api.js';
import { MAX_BODY_BYTES } from './http/body.js';
import { answerOnSocket, parserProblem } from './http/client-error.js';
import type { Connection } from './http/connection.js';
import { ApiProblem, problemResponse } from './http/problem.js';
import { clientAddress, hasProxyHeaders, isLoopback, parseTrustProxy, type TrustProxy } from './http/proxy.js';
import { withCors } from './http/respond.js';
import { readUpload } from './http/upload.js';
import { DataFile } from './persistence.js';
import { toParisIso } from './util/time.js';

export interface MockListenerOptions extends MockApiOptions {
  /**
   * The origin the API's links point to (`https://mock.example.org`), as clients reach it.
   * @default the address and port the client connected to (never the `Host` header, which the client writes)
   */
  publicUrl?: string;
  /**
   * Proxies in front of the server, whose `X-Forwarded-For` is believed: how many (`1`), or
   * their addresses. @default none: the client is the socket's peer, whatever headers say
   */
  trustProxy?: TrustProxy | string;
  /** Let the mock's controls (`/__mock/*`) answer other machines. @default false: this machine only */
  allowRemoteControls?: boolean;
}

export interface MockHttpServerOptions extends MockListenerOptions {
  /** @default 4010 (0 picks a free port) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** Keep the data in this file, found again after a restart or a crash. @default none: in memory, lost on stop */
  data?: string;
}

export interface MockHttpServer {
  server: Server;
  api: MockApi;
  /** `http://127.0.0.1:4010/api/v1` */
  url: string;
  /** Where the data is kept (`--data`), and how many journaled requests were replayed on start. */
  data?: { path: string; replayed: number; warnings: string[] };
  close: () => Promise<void>;
}

export type MockRequestListener = ((req: IncomingMessage, res: ServerResponse) => void) & { api: MockApi };

/**
 * The mock API as a `node:http` request listener, to mount inside another server: `npm start`
 * serves the examples and this API on one origin. `origin` (or `options.publicUrl`) is where
 * the API's links point; without either, the address the client connected to.
 */
export function createMockRequestListener(options: MockListenerOptions & { data?: DataFile } = {}, origin?: () => string): MockRequestListener {
  const { publicUrl, trustProxy, allowRemoteControls = false, data, ...apiOptions } = options;
  const api = createMockApi({ baseUrl: '/api/v1', ...apiOptions, ...(data ? { journal: data } : {}) });
  const configured = publicUrl === undefined ? undefined : publicOrigin(publicUrl);
  const trust = typeof trustProxy === 'string' ? parseTrustProxy(trustProxy) : trustProxy;
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    const peer = req.socket.remoteAddress;
    const connection: Connection = {
      address: clientAddress(peer, req.headers, trust),
      // A request a proxy passed on may come from anywhere: the controls count it as remote.
      controls: allowRemoteControls || (peer !== undefined && isLoopback(peer) && !hasProxyHeaders(req.headers)),
    };
    handle(api, req, res, configured ?? origin?.() ?? localOrigin(req.socket), connection, data).catch(() => {
      if (!res.headersSent) sendProblem(res, new ApiProblem('validation_failed', { detail: 'The request could not be processed.' }));
      else res.destroy();
    });
  };
  return Object.assign(listener, { api });
}

export async function startMockHttpServer(options: MockHttpServerOptions = {}): Promise<MockHttpServer> {
  const { port = 4010, host = '127.0.0.1', data, ...listenerOptions } = options;
  const file = data === undefined ? undefined : new DataFile(resolve(data));
  const listener = createMockRequestListener({ ...listenerOptions, ...(file ? { data: file } : {}) });
  const { api } = listener;
  const loaded = await file?.load(api);
  const server = createServer(listener);
  answerParserErrors(server, listener);
  server.listen(port, host);
  await once(server, 'listening');
  // Seed right after listening: the port is open at once, the first request finds data ready.
  if (!file) setImmediate(() => void api.store.state);
  const address = server.address() as AddressInfo;
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return {
    server,
    api,
    url: `http://${shown}:${address.port}/api/v1`,
    ...(file && loaded ? { data: { path: file.path, ...loaded } } : {}),
    close: () =>
      new Promise<void>((done) => {
        server.close(() => {
          file?.close();
          done();
        });
        server.closeAllConnections();
      }),
  };
}

/**
 * Node's own refusals, answered as problem documents with CORS: what its parser cannot read
 * (`clientError`), `CONNECT`, and a body announced over the limit with `Expect: 100-continue`
 * (answered before the client sends it).
 */
function answerParserErrors(server: Server, listener: MockRequestListener): void {
  server.on('clientError', (error: Error & { code?: string }, socket: Socket) => {
    if (error.code === 'ECONNRESET') return void socket.destroy();
    answerOnSocket(socket, parserProblem(error, maxHeaderSize), responding.get(socket)?.headersSent ?? false);
  });
  server.on('connect', (_req: IncomingMessage, socket: Socket) => {
    answerOnSocket(socket, new ApiProblem('method_not_allowed', { detail: 'This server is no proxy: CONNECT is not answered.', headers: { Allow: 'GET, HEAD, POST, OPTIONS' } }), false);
  });
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    if (Number(req.headers['content-length']) > MAX_BODY_BYTES) return sendTooLarge(res);
    res.writeContinue();
    listener(req, res);
  });
}

/** The answer being written on each socket: a parser error after its head has begun just closes. */
const responding = new WeakMap<Socket, ServerResponse>();

/** `https://mock.example.org` from `--public-url`: an origin, nothing after it. */
function publicOrigin(text: string): string {
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    // Refused below.
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username) {
    throw new Error(`--public-url must be an origin such as https://mock.example.org (the API answers under /api/v1), not ${text}`);
  }
  return url.origin;
}

/** The address and port this socket was reached at. */
function localOrigin(socket: Socket): string {
  const address = (socket.localAddress ?? '127.0.0.1').replace(/^::ffff:(?=\d+\.)/i, '');
  return `http://${address.includes(':') ? `[${address}]` : address}:${socket.localPort ?? 80}`;
}

/** The request's URL on the configured origin: its path and query only (an absolute-form target's authority is ignored, as the Host header is). */
function requestUrl(origin: string, target: string | undefined): URL {
  let path = target ?? '/';
  if (!path.startsWith('/')) {
    try {
      const absolute = new URL(path);
      path = absolute.pathname + absolute.search;
    } catch {
      path = '/';
    }
  }
  try {
    return new URL(origin + path);
  } catch {
    return new URL(`${origin}/`);
  }
}

async function handle(api: MockApi, req: IncomingMessage, res: ServerResponse, origin: string, connection: Connection, data?: DataFile): Promise<void> {
  responding.set(req.socket, res);
  res.once('finish', () => {
    if (responding.get(req.socket) === res) responding.delete(req.socket);
  });
  const head = req.method === 'HEAD';
  const method = head ? 'GET' : (req.method ?? 'GET');
  const url = requestUrl(origin, req.url);

  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    try {
      headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
    } catch {
      // A header value fetch refuses: ignored, as a browser would never send it.
    }
  }

  let body: Uint8Array | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const upload = await readUpload(req, MAX_BODY_BYTES);
    if (!upload.ok && upload.reason === 'too_large') return sendTooLarge(res);
    if (!upload.ok) {
      // The connection ended mid-body: the parser's refusal (`clientError`) answers, if anyone listens.
      if (!res.headersSent && req.socket.writable) sendProblem(res, new ApiProblem('validation_failed', { detail: 'The request body was cut short.' }));
      return;
    }
    body = upload.body;
  }

  const abort = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) abort.abort();
  });
  const init: RequestInit = { method, headers, signal: abort.signal };
  if (body) init.body = body as Uint8Array<ArrayBuffer>;
  const request = new Request(url, init);

  let response: Response | undefined;
  try {
    response = await api.handle(request, connection);
  } catch {
    // msw could not even match the URL (e.g. broken percent-encoding in a path segment).
    response = withCors(problemResponse(new ApiProblem('validation_failed', { detail: 'The request URL could not be read.' })));
  }
  if (!response) {
    response = withCors(problemResponse(new ApiProblem('not_found', { detail: 'This server answers under /api/v1 only.' })));
  }
  if (response.type === 'error') {
    res.destroy(); // An injected network failure: the connection just drops.
    return;
  }
  // With --data, no answer leaves before every change made so far is on the disk (this one's included).
  await data?.durable();
  await send(res, response, head, abort.signal);
}

async function send(res: ServerResponse, response: Response, head: boolean, signal?: AbortSignal): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  if (!response.body || head) {
    res.end();
    await response.body?.cancel().catch(() => {});
    return;
  }
  const streaming = (response.headers.get('Content-Type') ?? '').startsWith('text/event-stream');
  if (streaming) {
    res.socket?.setNoDelay(true);
    res.flushHeaders();
  }
  const reader = response.body.getReader();
  const stop = () => void reader.cancel().catch(() => {});
  signal?.addEventListener('abort', stop);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (res.destroyed) break;
      if (!res.write(value)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
    }
    res.end();
  } catch {
    res.destroy();
  } finally {
    signal?.removeEventListener('abort', stop);
    stop();
  }
}

function sendProblem(res: ServerResponse, problem: ApiProblem): void {
  void send(res, withCors(problemResponse(problem)), false);
}

/** `413`, then the connection closes: what is left of the body is not read. */
function sendTooLarge(res: ServerResponse): void {
  res.setHeader('Connection', 'close');
  sendProblem(res, new ApiProblem('payload_too_large', { detail: `The request body must not exceed ${MAX_BODY_BYTES / 1024} KB.` }));
}

const HELP = `Usage: bc-mock-server [options]

Serves the budget citoyen API (mock) on http://<host>:<port>/api/v1.

Options:
  --port <n>                port (default 4010; 0 picks a free one)
  --host <addr>             address to listen on (default 127.0.0.1; 0.0.0.0 for other machines)
  --data <file>             keep the data in <file> and find it again after a restart or a crash
                            (default: in memory, lost when the server stops)
  --seed <n>                seed of the generated data (default 62)
  --now <instant>           initial clock, ISO 8601 (default 2026-09-20T12:00:00+02:00, in the 2026 vote)
  --running                 let the clock tick from --now
  --admin-token <t>         the committee's bearer token (default ${DEFAULT_ADMIN_TOKEN})
  --public-url <origin>     where clients reach the server, for the links in answers
                            (default: the address they connected to)
  --trust-proxy <n|addrs>   behind a reverse proxy: how many (1), or their addresses; the client's
                            address is then read from X-Forwarded-For (default: never)
  --allow-remote-controls   let other machines use the mock's controls (/api/v1/__mock/*:
                            clock, reset, outbox with e-mail addresses and codes)
  --latency <ms>            delay every answer
  --no-rate-limit           turn rate limiting off
  -h, --help                this help
`;

/** The CLI: `bc-mock-server --port 4010`. */
export async function main(argv: string[]): Promise<MockHttpServer | undefined> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        seed: { type: 'string' },
        now: { type: 'string' },
        running: { type: 'boolean' },
        'admin-token': { type: 'string' },
        'public-url': { type: 'string' },
        'trust-proxy': { type: 'string' },
        'allow-remote-controls': { type: 'boolean' },
        latency: { type: 'string' },
        'no-rate-limit': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    process.exitCode = 2;
    return undefined;
  }
  if (values.help) {
    console.log(HELP);
    return undefined;
  }
  const int = (text: string | undefined, name: string) => {
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got ${text}`);
    return n;
  };
  let started: MockHttpServer;
  try {
    const port = int(values.port, 'port');
    const seed = int(values.seed, 'seed');
    const latency = int(values.latency, 'latency');
    started = await startMockHttpServer({
      ...(port === undefined ? {} : { port }),
      ...(values.host ? { host: values.host } : {}),
      ...(values.data ? { data: values.data } : {}),
      ...(seed === undefined ? {} : { seed }),
      ...(values.now ? { now: values.now } : {}),
      ...(values.running ? { running: true } : {}),
      ...(values['admin-token'] ? { adminToken: values['admin-token'] } : {}),
      ...(values['public-url'] ? { publicUrl: values['public-url'] } : {}),
      ...(values['trust-proxy'] ? { trustProxy: values['trust-proxy'] } : {}),
      ...(values['allow-remote-controls'] ? { allowRemoteControls: true } : {}),
      ...(latency ? { config: { latencyMs: latency } } : {}),
      ...(values['no-rate-limit'] ? { rateLimit: false as const } : {}),
    });
  } catch (error) {
    console.error(`bc-mock-server: ${(error as Error).message}`);
    process.exitCode = 1;
    return undefined;
  }
  for (const warning of started.data?.warnings ?? []) console.warn(`bc-mock-server: ${warning}`);
  console.log(`Mock API listening on ${started.url}`);
  console.log(`  clock ${toParisIso(started.api.clock.now())} · seed ${started.api.store.seed} · admin token ${started.api.options.adminToken}`);
  console.log(
    started.data
      ? `  data: ${started.data.path} (${started.data.replayed} operation${started.data.replayed === 1 ? '' : 's'} replayed)`
      : '  data: in memory (lost when the server stops; --data <file> keeps it)',
  );
  console.log(`  controls (/__mock): ${values['allow-remote-controls'] ? 'open to every client (--allow-remote-controls)' : 'this machine only'}`);
  const shutdown = () => {
    void started.close().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return started;
}
