#!/usr/bin/env node
// `npm run screenshots`: the pictures of docs/screenshots/, taken from the example pages as
// `npm start` serves them (built scripts, mock API on the same origin), in headless Chromium:
// the commune's page on a 375 px phone, and the page under a heavy WordPress theme.
//   --before <dir>   also take the theme's page with the budget-citoyen.js of <dir> (an older
//                    build's packages/widgets/dist/cdn), as *-before.png: what the theme did then.
// Run `npm run build` first. Each PNG must stay under 300 KB (the repository carries them).
import { createServer } from 'node:http';
import { once } from 'node:events';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, HOW_TO_GET_CHROME, findChrome } from './lib/browsers.mjs';
import { staticFiles } from './lib/static-server.mjs';

const OUT = 'docs/screenshots';
const MAX_BYTES = 300_000;
const BUNDLE = '/packages/widgets/dist/cdn/budget-citoyen.js';

/**
 * Each picture: a page at a viewport size, scrolled to `from` (a selector; the top otherwise),
 * once every selector of `ready` shows (`>>>` looks into shadow roots).
 */
const PHONE = { width: 375, height: 1100 };
const inGallery = 'bc-project-gallery >>> [part~="card-title"]';
const onPhone = (file, path, from, ready) => ({ file, path, viewport: PHONE, from, ready: [ready] });
const SHOTS = [
  onPhone('commune-375-projets.png', '/examples/commune-site/', '#projets', inGallery),
  onPhone('commune-375-vote.png', '/examples/commune-site/', '#voter', 'bc-ballot >>> [part~="heading"]'),
  onPhone('commune-375-resultats.png', '/examples/commune-site/', '#resultats', 'bc-live-results >>> table'),
  {
    file: 'hostile-theme.png',
    path: '/examples/hostile-theme/',
    viewport: { width: 1100, height: 1150 },
    ready: [inGallery, 'bc-project-card >>> [part~="card-title"]'],
    compare: true,
  },
  onPhone('hostile-theme-375.png', '/examples/hostile-theme/', '#projets', inGallery),
];

const args = process.argv.slice(2);
const beforeIndex = args.indexOf('--before');
const beforeDir = beforeIndex >= 0 ? args[beforeIndex + 1] : undefined;
if (beforeIndex >= 0 && !(beforeDir && existsSync(join(beforeDir, 'budget-citoyen.js')))) {
  console.error('--before <dir>: <dir>/budget-citoyen.js not found (an older build of packages/widgets/dist/cdn)');
  process.exit(2);
}
if (!existsSync(`.${BUNDLE}`) || !existsSync('packages/mock-server/dist/server.js')) {
  console.error('The scripts are not built: run `npm run build` first.');
  process.exit(1);
}
const executablePath = findChrome();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROME);
  process.exit(1);
}

// The examples' server, as scripts/start.mjs makes it: the repository and the mock API.
const { createMockRequestListener } = await import('../packages/mock-server/dist/server.js');
let origin = '';
const api = createMockRequestListener({}, () => origin);
const files = staticFiles('.', { aliases: { '/mockServiceWorker.js': 'packages/mock-server/public/mockServiceWorker.js' } });
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path.startsWith('/api/')) return void api(req, res);
  if (!files(req, res)) res.writeHead(404).end();
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
mkdirSync(OUT, { recursive: true });
let tooBig = false;

async function take(shot, file, bundle) {
  const page = await browser.newPage();
  await page.setViewport({ ...shot.viewport, deviceScaleFactor: 1 });
  if (bundle) {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === BUNDLE) {
        void request.respond({ status: 200, contentType: 'text/javascript; charset=utf-8', body: readFileSync(bundle) });
      } else void request.continue();
    });
  }
  await page.goto(`${origin}${shot.path}`, { waitUntil: 'load' });
  for (const selector of shot.ready) await page.waitForSelector(selector, { timeout: 30_000 });
  // The page scrolled to the section; two frames for off-screen cards to be laid out and painted.
  await page.evaluate(`(() => {
    const from = ${JSON.stringify(shot.from ?? null)};
    window.scrollTo(0, from ? document.querySelector(from).getBoundingClientRect().top + window.scrollY : 0);
    return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  })()`);
  const out = join(OUT, file);
  await page.screenshot({ path: out });
  await page.close();
  const bytes = statSync(out).size;
  tooBig ||= bytes > MAX_BYTES;
  console.log(`${bytes > MAX_BYTES ? '✗' : '✓'} ${out} (${shot.viewport.width}×${shot.viewport.height}, ${Math.round(bytes / 1000)} KB)`);
}

try {
  for (const shot of SHOTS) {
    await take(shot, shot.file);
    if (shot.compare && beforeDir) await take(shot, shot.file.replace(/\.png$/, '-before.png'), join(beforeDir, 'budget-citoyen.js'));
  }
} finally {
  await browser.close();
  server.close();
  server.closeAllConnections();
}
if (tooBig) {
  console.error(`A picture is over ${MAX_BYTES / 1000} KB: take a smaller viewport.`);
  process.exit(1);
}
