/**
 * The examples' server, in process, built as `npm start` builds it: scripts/lib/example-site.mjs
 * (the repository root with the strict CSP on every HTML page, the MSW worker at
 * /mockServiceWorker.js, the mock API on the same origin under /api/).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMockRequestListener } from '@budget-citoyen/mock-server/server';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

type Handler = (req: IncomingMessage, res: ServerResponse) => boolean;
interface ExampleSiteModule {
  exampleSite: (root: string, api: (req: IncomingMessage, res: ServerResponse) => void) => Handler;
  DEV_HEAD: string;
}
interface StaticServerModule {
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
  /** What the server adds at the end of every example page's <head> (example-site.mjs). */
  devHead: string;
  close: () => Promise<void>;
}

export async function startExampleServer(): Promise<ExampleServer> {
  const { exampleSite, DEV_HEAD } = await importScript<ExampleSiteModule>('scripts/lib/example-site.mjs');
  const { STRICT_CSP } = await importScript<StaticServerModule>('scripts/lib/static-server.mjs');
  let origin = 'http://127.0.0.1';
  const site = exampleSite(ROOT, createMockRequestListener({}, () => origin));
  const server = createServer((req, res) => {
    if (!site(req, res)) res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Introuvable');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    csp: STRICT_CSP,
    devHead: DEV_HEAD,
    close: () =>
      new Promise<void>((resolve) => {
        // Live results hold a Server-Sent Events connection open: cut it rather than wait.
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
