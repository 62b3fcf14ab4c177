/**
 * Every story of the Storybook in Chromium, checked by axe-core: no violation allowed.
 *
 *   node --conditions=source --import tsx --test stories/test/stories-axe.test.ts
 *   STORIES=gallery node --conditions=source --import tsx --test stories/test/stories-axe.test.ts
 *
 * Serves storybook-static/ (built first with `npm run storybook:build` when it is missing; delete
 * it to test changed stories or widgets), reads its index.json, and opens each story's
 * `iframe.html?id=…&viewMode=story`. Storybook runs the story's loaders (the mock reset, its
 * clock, its latency or failures) and its play function, which waits for the widgets to settle
 * (stories/support/settle.ts); then axe-core runs on `#storybook-root`, shadow roots included.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STATIC = join(ROOT, 'storybook-static');
const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
/** Pages at work at once: more than the machine's two cores only adds contention. */
const CONCURRENCY = Number(process.env.STORIES_CONCURRENCY) || 2;
/**
 * One story: (page load,) mock, render, settle (play waits up to 30 s), axe. Usually 1–5 s; the
 * first story of a page loads Storybook's preview, which takes longer on a loaded machine.
 */
const STORY_TIMEOUT_MS = 60_000;

/**
 * Rules turned off, each with its reason (the same as Storybook's a11y panel,
 * `.storybook/preview.ts`, and the widget tests, `packages/widgets/test/axe.ts`):
 */
const DISABLED_RULES: Record<string, string> = {
  region:
    "whether content sits in a landmark is the host page's decision; a story renders a widget " +
    'alone, with no page around it (a commune puts it in its <main>).',
};

interface StaticServerModule {
  staticFiles: (
    root: string,
    options?: { aliases?: Record<string, string>; csp?: boolean },
  ) => (req: IncomingMessage, res: ServerResponse) => boolean;
}
interface BrowsersModule {
  findChrome: () => string | undefined;
  HOW_TO_GET_CHROME: string;
  CHROME_ARGS: string[];
}
/** A root script, plain JS without typings: imported by a computed specifier, typed here. */
const importScript = async <T>(path: string): Promise<T> => (await import(pathToFileURL(join(ROOT, path)).href)) as T;

/** `npm run storybook:build`, its output kept for the failure message. */
async function buildStorybook(): Promise<void> {
  const child = spawn('npm', ['run', 'storybook:build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const [code] = (await once(child, 'exit')) as [number | null];
  assert.equal(code, 0, `npm run storybook:build failed:\n${output}`);
}

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
}

let server: Server;
let origin: string;
let browser: Browser;
let storyIds: string[] = [];

before(async () => {
  const { findChrome, HOW_TO_GET_CHROME, CHROME_ARGS } = await importScript<BrowsersModule>('scripts/lib/browsers.mjs');
  const chrome = findChrome();
  assert.ok(chrome, HOW_TO_GET_CHROME);
  if (!existsSync(join(STATIC, 'index.json'))) await buildStorybook();

  const index = JSON.parse(readFileSync(join(STATIC, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> };
  const only = process.env.STORIES;
  storyIds = Object.values(index.entries)
    .filter((e) => e.type === 'story' && (!only || e.id.includes(only)))
    .map((e) => e.id);

  // Storybook's iframe runs inline scripts: served without the widgets' strict CSP.
  const { staticFiles } = await importScript<StaticServerModule>('scripts/lib/static-server.mjs');
  const files = staticFiles(STATIC, { csp: false });
  server = createServer((req, res) => {
    if (!files(req, res)) res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

// In-page code is sent as source text: the TypeScript loader may add helpers (`__name`) to
// compiled functions that the page does not have (as in examples/test/in-page.ts).

/** Storybook is done with the story `id`: loaders, render, play (the widgets settled), or an error. */
const renderDone = (id: string) => `(() => {
  const render = window.__STORYBOOK_PREVIEW__ && window.__STORYBOOK_PREVIEW__.currentRender;
  if (!render || render.id !== ${JSON.stringify(id)}) return false;
  return ['finished', 'aborted'].includes(render.phase) || document.body.classList.contains('sb-show-errordisplay');
})()`;

/** Shows story `id` in a page that already runs Storybook's preview, as the manager does. */
const selectStory = (id: string) =>
  `window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: ${JSON.stringify(id)}, viewMode: 'story' })`;

/** Where the story is stuck: Storybook's render phase and the widgets' text. */
const STATE = `(() => {
  const render = window.__STORYBOOK_PREVIEW__ && window.__STORYBOOK_PREVIEW__.currentRender;
  const text = (root) => Array.from(root.querySelectorAll('*')).map((el) => el.shadowRoot ? el.localName + ': ' + text(el.shadowRoot) : '').join(' ') + (root.textContent || '');
  const root = document.querySelector('#storybook-root');
  return 'phase ' + (render ? render.phase : 'none') + '; ' + (root ? text(root).replace(/\\s+/g, ' ').slice(0, 500) : 'no root');
})()`;

/** Storybook's error display, if the story failed (loader, render or play function). */
const STORY_ERROR = `(() => {
  if (!document.body.classList.contains('sb-show-errordisplay')) return null;
  const text = (id) => (document.getElementById(id) || {}).textContent || '';
  return (text('error-message') + '\\n' + text('error-stack')).trim();
})()`;

const RUN_AXE = `(async () => {
  const results = await window.axe.run(document.querySelector('#storybook-root'), {
    resultTypes: ['violations'],
    rules: ${JSON.stringify(Object.fromEntries(Object.keys(DISABLED_RULES).map((id) => [id, { enabled: false }])))},
  });
  const selector = (target) => target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' ');
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: selector(n.target), summary: n.failureSummary || '' })),
  }));
})()`;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string; summary: string }>;
}

/**
 * Pages that run Storybook's preview. The first story of a page is opened by its URL; the next
 * ones are selected in the same page, as Storybook's manager does when one clicks through the
 * sidebar (the loaders reset the mock and the widgets' shared state): a page load and the
 * worker's start are most of a story's time on a loaded machine. A page where a story failed
 * is closed, so the next story starts afresh.
 *
 * Each page has its own browser context (a window of its own): two tabs of one window are not
 * both visible, and a hidden page throttles its timers and pauses live results.
 */
const idlePages: Page[] = [];

async function checkStory(id: string): Promise<Violation[]> {
  const deadline = Date.now() + STORY_TIMEOUT_MS;
  const reused = idlePages.pop();
  const page = reused ?? (await (await browser.createBrowserContext()).newPage());
  const pageErrors: string[] = [];
  const onError = (error: unknown) => pageErrors.push(error instanceof Error ? error.message : String(error));
  page.on('pageerror', onError);
  let healthy = false;
  try {
    if (reused) await page.evaluate(selectStory(id));
    else {
      // `a11y.manual`: Storybook's own a11y run (after play) is not needed here; axe runs below.
      await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=a11y.manual:!true`, {
        waitUntil: 'load',
        timeout: STORY_TIMEOUT_MS,
      });
    }
    const timeout = Math.max(1_000, deadline - Date.now());
    await page.waitForFunction(renderDone(id), { timeout, polling: 100 }).catch(async (error: unknown) => {
      const state = await page.evaluate(STATE).catch(() => 'unknown');
      throw new Error(`${String(error)}\nStorybook: ${state}\n${pageErrors.join('\n')}`);
    });
    const error = (await page.evaluate(STORY_ERROR)) as string | null;
    assert.equal(error, null, `the story failed:\n${error}\n${pageErrors.join('\n')}`);
    if (!(await page.evaluate('Boolean(window.axe)'))) await page.addScriptTag({ path: AXE });
    const violations = (await page.evaluate(RUN_AXE)) as Violation[];
    healthy = true;
    return violations;
  } finally {
    page.off('pageerror', onError);
    if (healthy) idlePages.push(page);
    else await page.browserContext().close();
  }
}

test('every story passes axe', { timeout: 10 * 60_000, concurrency: CONCURRENCY }, async (t) => {
  assert.ok(storyIds.length > 0, 'no story in storybook-static/index.json');
  const found: Array<[string, Violation[]]> = [];
  await Promise.all(
    storyIds.map((id) =>
      t.test(id, { timeout: STORY_TIMEOUT_MS + 30_000 }, async () => {
        const violations = await checkStory(id);
        if (violations.length) found.push([id, violations]);
        const report = violations
          .map((v) => `• ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${v.nodes.map((n) => `    ${n.target} — ${n.summary}`).join('\n')}`)
          .join('\n');
        assert.equal(violations.length, 0, `axe found ${violations.length} violation(s) in ${id}:\n${report}`);
      }),
    ),
  );
  if (found.length) t.diagnostic(`violations in ${found.length} of ${storyIds.length} stories: ${found.map(([id, v]) => `${id} [${v.map((x) => x.id).join(', ')}]`).join('; ')}`);
});
