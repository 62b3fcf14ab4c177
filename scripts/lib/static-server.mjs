// A small static file server for `npm start` and the example smoke tests. It serves the
// repository root read-only, maps the MSW worker to the page root (service workers only
// control their own scope), and sends the strict Content-Security-Policy that the widgets
// promise to work under, so every example proves it.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ics': 'text/calendar; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

export const STRICT_CSP = "default-src 'self'; img-src 'self' data:; connect-src 'self'; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

/**
 * Returns a `(req, res) => boolean` handler that serves files under `root`; false when it
 * has nothing for the request (so a caller can try its next handler). `csp: false` leaves the
 * policy out, for pages that are not the widgets' (Storybook's iframe runs inline scripts).
 * `html(text, pathname)`, when given, rewrites each HTML page as it is served.
 */
export function staticFiles(root, { aliases = {}, csp = true, html } = {}) {
  const base = resolve(root);
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = aliases[pathname] ? resolve(aliases[pathname]) : normalize(join(base, pathname));
    if (!file.startsWith(base)) return false;
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${pathname}/` }).end();
        return true;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile()) return false;
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };
    if (csp && type.startsWith('text/html')) headers['Content-Security-Policy'] = STRICT_CSP;
    if (pathname === '/mockServiceWorker.js') headers['Service-Worker-Allowed'] = '/';
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else if (html && type.startsWith('text/html')) res.end(html(readFileSync(file, 'utf8'), pathname));
    else createReadStream(file).pipe(res);
    return true;
  };
}
