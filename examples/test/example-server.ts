/**
 * The examples' server, in process, built exactly as `npm start` builds it (scripts/start.mjs):
 * the repository root through scripts/lib/static-server.mjs (the strict CSP on every HTML page,
 * the MSW worker at /mockServiceWorker.js) and the mock API on the same origin under /api/,
 * through `createMockRequestListener`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMockRequestListener } from '@budget-citoyen/mock-server/server';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface StaticServerModule {
  staticFiles: (root: string, options?: { aliases?: Record<string, string> }) => (req: IncomingMessage, res: ServerResponse) => boolean;
  STRICT_CSP: string;
}

/** A root script, plain JS without typings: imported by a computed specifier, typed here. */
export async function importScript<T>(path: string): Promise<T> {
  return (await import(pathToFileURL(`${ROOT}${path}`).href)) as T;
}

export interface ExampleServer {
  origin: string;
  /** The Content-Security-Policy every HTML page is served with. */
  csp: string;
  close: () => Promise<void>;
}

export async function startExampleServer(): Promise<ExampleServer> {
  const { staticFiles, STRICT_CSP } = await importScript<StaticServerModule>('scripts/lib/static-server.mjs');
  const files = staticFiles(ROOT, { aliases: { '/mockServiceWorker.js': `${ROOT}packages/mock-server/public/mockServiceWorker.js` } });
  let origin = 'http://127.0.0.1';
  const api = createMockRequestListener({}, () => origin);

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/') {
      res.writeHead(302, { Location: '/examples/' }).end();
      return;
    }
    if (path.startsWith('/api/')) return void api(req, res);
    if (!files(req, res)) res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Introuvable');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    csp: STRICT_CSP,
    close: () =>
      new Promise<void>((resolve) => {
        // Live results hold a Server-Sent Events connection open: cut it rather than wait.
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
