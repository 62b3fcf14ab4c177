/**
 * Standalone runtime: the same handlers behind `node:http`, through msw's `getResponse`
 * (no middleware package). Streams responses as they come (SSE included) and stops streaming
 * when the client goes away.
 *
 *   node packages/mock-server/bin/bc-mock-server.mjs --port 4010
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { getResponse, type HttpHandler } from 'msw';
import { createMockApi, DEFAULT_ADMIN_TOKEN, type MockApi, type MockApiOptions } from './api.js';
import { MAX_BODY_BYTES } from './http/body.js';
import { ApiProblem, problemResponse } from './http/problem.js';
import { withCors } from './http/respond.js';
import { toParisIso } from './util/time.js';

export interface MockHttpServerOptions extends MockApiOptions {
  /** @default 4010 (0 picks a free port) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
}

export interface MockHttpServer {
  server: Server;
  api: MockApi;
  /** `http://127.0.0.1:4010/api/v1` */
  url: string;
  close: () => Promise<void>;
}

export type MockRequestListener = ((req: IncomingMessage, res: ServerResponse) => void) & { api: MockApi };

/**
 * The mock API as a `node:http` request listener, to mount inside another server: `npm start`
 * serves the examples and this API on one origin. `origin` is used only when a request has
 * no usable Host header.
 */
export function createMockRequestListener(options: MockApiOptions = {}, origin = () => 'http://127.0.0.1'): MockRequestListener {
  const api = createMockApi({ baseUrl: '/api/v1', ...options });
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(api.handlers, req, res, origin()).catch(() => {
      if (!res.headersSent) sendProblem(res, new ApiProblem('validation_failed', { detail: 'The request could not be processed.' }));
      else res.destroy();
    });
  };
  return Object.assign(listener, { api });
}

export async function startMockHttpServer(options: MockHttpServerOptions = {}): Promise<MockHttpServer> {
  const { port = 4010, host = '127.0.0.1', ...apiOptions } = options;
  let origin = 'http://127.0.0.1';
  const listener = createMockRequestListener(apiOptions, () => origin);
  const { api } = listener;
  const server = createServer(listener);
  server.listen(port, host);
  await once(server, 'listening');
  // Seed right after listening: the port is open at once, the first request finds data ready.
  setImmediate(() => void api.store.state);
  const address = server.address() as AddressInfo;
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  origin = `http://${shown}:${address.port}`;
  return {
    server,
    api,
    url: `http://${shown}:${address.port}/api/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function handle(handlers: HttpHandler[], req: IncomingMessage, res: ServerResponse, origin: string): Promise<void> {
  const head = req.method === 'HEAD';
  const method = head ? 'GET' : (req.method ?? 'GET');
  // The Host the client used (links in answers point back to it), when it is a plain host[:port].
  const host = req.headers.host;
  const url = new URL(req.url ?? '/', host && /^[\w.-]+(?::\d+)?$|^\[[\d:a-f.]+\](?::\d+)?$/i.test(host) ? `http://${host}` : origin);

  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    try {
      headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
    } catch {
      // A header value fetch refuses: ignored, as a browser would never send it.
    }
  }
  if (!headers.has('X-Forwarded-For') && req.socket.remoteAddress) headers.set('X-Forwarded-For', req.socket.remoteAddress);

  let body: Uint8Array | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      if (size > MAX_BODY_BYTES) {
        // Answer at once rather than buffer an arbitrarily large body.
        res.setHeader('Connection', 'close');
        await send(res, withCors(problemResponse(new ApiProblem('payload_too_large', { detail: `The request body must not exceed ${MAX_BODY_BYTES / 1024} KB.` }))), false);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    }
    body = new Uint8Array(Buffer.concat(chunks));
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
    response = await getResponse(handlers, request);
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

const HELP = `Usage: bc-mock-server [options]

Serves the budget citoyen API (mock) on http://<host>:<port>/api/v1.

Options:
  --port <n>          port (default 4010; 0 picks a free one)
  --host <addr>       address to listen on (default 127.0.0.1)
  --seed <n>          seed of the generated data (default 62)
  --now <instant>     initial clock, ISO 8601 (default 2026-09-20T12:00:00+02:00, in the 2026 vote)
  --running           let the clock tick from --now
  --admin-token <t>   the committee's bearer token (default ${DEFAULT_ADMIN_TOKEN})
  --latency <ms>      delay every answer
  --no-rate-limit     turn rate limiting off
  -h, --help          this help
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
        seed: { type: 'string' },
        now: { type: 'string' },
        running: { type: 'boolean' },
        'admin-token': { type: 'string' },
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
      ...(seed === undefined ? {} : { seed }),
      ...(values.now ? { now: values.now } : {}),
      ...(values.running ? { running: true } : {}),
      ...(values['admin-token'] ? { adminToken: values['admin-token'] } : {}),
      ...(latency ? { config: { latencyMs: latency } } : {}),
      ...(values['no-rate-limit'] ? { rateLimit: false as const } : {}),
    });
  } catch (error) {
    console.error(`bc-mock-server: ${(error as Error).message}`);
    process.exitCode = 1;
    return undefined;
  }
  console.log(`Mock API listening on ${started.url}`);
  console.log(`  clock ${toParisIso(started.api.clock.now())} · seed ${started.api.store.seed} · admin token ${started.api.options.adminToken}`);
  const shutdown = () => {
    void started.close().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return started;
}
