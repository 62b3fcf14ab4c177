// Browser tests of packages/widgets and the mock server's browser runtime.
//
// `npm run test:browser` runs them in every installed engine, one after the other
// (scripts/test-browsers.mjs). Directly, this config runs the engines named in BROWSERS
// (default: chromium), e.g. while working on one folder:
//   npx web-test-runner "packages/widgets/src/gallery/**/*.test.ts"
//   BROWSERS=firefox npx web-test-runner "packages/widgets/src/gallery/**/*.test.ts"
//   BROWSERS=webkit xvfb-run -a npx web-test-runner "packages/widgets/src/gallery/**/*.test.ts"
// Engines: Chromium and Firefox (ESR) through puppeteer-core (Firefox over WebDriver BiDi),
// WebKitGTK's MiniBrowser through WebKitWebDriver, which this config starts on a free port and
// stops on exit. Browsers come from the system (apt-get install chromium firefox-esr
// webkit2gtk-driver xvfb); CHROME_PATH, FIREFOX_PATH, WEBKIT_WEBDRIVER, WEBKIT_MINIBROWSER
// point elsewhere.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { sseRelay } from './scripts/lib/sse-relay.mjs';
import { exampleSiteMiddleware } from './scripts/lib/example-site.mjs';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { Key } from 'webdriverio';
import * as puppeteerCore from 'puppeteer-core';
import {
  CHROME_ARGS,
  ENGINES,
  FIREFOX_PREFS,
  findChrome,
  findFirefox,
  findWebKit,
  parseEngines,
  startWebKitDriver,
} from './scripts/lib/browsers.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const require = createRequire(import.meta.url);

// The mock server's copy of MSW's worker script when it exists, else MSW's own (same version).
function workerScriptPath() {
  const ours = `${root}packages/mock-server/public/mockServiceWorker.js`;
  return existsSync(ours) ? ours : require.resolve('msw/mockServiceWorker.js');
}

function missing(engine) {
  return new Error(`BROWSERS=${process.env.BROWSERS}: ${engine} is not installed.\n${ENGINES[engine].howToGet}`);
}

// WebDriver key values (U+E000…) of the key names sendKeys takes ("Tab", "ArrowDown", " ").
const WEBDRIVER_KEYS = { ...Key, Ctrl: Key.Control, Meta: Key.Command, ' ': Key.Space };

/**
 * sendKeys for WebDriver, one key after the other. @web/test-runner-webdriver hands the keys to
 * webdriverio's `keys()`, which presses them all down, then releases them all: a chord, in which
 * a repeated letter is pressed while already down and is lost ("Camille" arrives as "Camile").
 * Typing is a keyDown and keyUp per key, as puppeteer's `keyboard.type` does.
 */
function typeKeys(launcher, sessionId, keys) {
  const actions = keys.flatMap((key) => {
    const value = WEBDRIVER_KEYS[key] ?? key;
    return [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ];
  });
  return launcher.driverManager.performActions(sessionId, [{ type: 'key', id: 'keyboard', actions }]);
}

const launchers = {
  chromium() {
    // `puppeteer: puppeteerCore` only names the launcher "Chromium" (else "Chrome"): it
    // launches the executable below either way.
    return chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { executablePath: findChrome() ?? '/usr/bin/chromium', headless: true, args: CHROME_ARGS },
    });
  },
  firefox() {
    const executablePath = findFirefox();
    if (!executablePath) throw missing('firefox');
    // Puppeteer drives Firefox over WebDriver BiDi (no geckodriver); its profile sets
    // focusmanager.testmode, so focus behaves as in a foreground window.
    return chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath, headless: true, extraPrefsFirefox: FIREFOX_PREFS },
    });
  },
  async webkit() {
    const webkit = findWebKit();
    if (!webkit) throw missing('webkit');
    if (!process.env.DISPLAY) {
      throw new Error('WebKitGTK needs an X display: run under `xvfb-run -a`, or use `npm run test:browser`.');
    }
    const { port } = await startWebKitDriver(webkit.driver);
    const launcher = webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: webkit.browser, args: ['--automation'] },
      },
    });
    // The launcher names itself after `browserName` ("MiniBrowser"): report it as WebKit.
    const initialize = launcher.initialize.bind(launcher);
    launcher.initialize = async (...args) => {
      await initialize(...args);
      launcher.name = ENGINES.webkit.label;
    };
    launcher.sendKeys = (sessionId, keys) => typeKeys(launcher, sessionId, keys);
    return launcher;
  },
};

const engines = parseEngines(process.env.BROWSERS || 'chromium');
const browsers = [];
for (const engine of engines) browsers.push(await launchers[engine]());

/**
 * When WTR_SUMMARY_FILE is set, writes the run's counts per browser there as JSON
 * (`{ "Chromium": { passed, failed, skipped, files, fileErrors } }`) for
 * scripts/test-browsers.mjs. A test file that fails without a failed test (it did not load,
 * or timed out) counts in `fileErrors`.
 */
function summaryFileReporter(file) {
  return {
    stop({ sessions }) {
      const summary = {};
      const count = (suite, totals) => {
        for (const test of suite?.tests ?? []) {
          if (test.skipped) totals.skipped += 1;
          else if (test.passed) totals.passed += 1;
          else totals.failed += 1;
        }
        for (const child of suite?.suites ?? []) count(child, totals);
      };
      for (const session of sessions) {
        const totals = (summary[session.browser.name] ??= { passed: 0, failed: 0, skipped: 0, files: 0, fileErrors: 0 });
        const failedBefore = totals.failed;
        totals.files += 1;
        count(session.testResults, totals);
        if (!session.passed && totals.failed === failedBefore) totals.fileErrors += 1;
      }
      writeFileSync(file, JSON.stringify(summary, null, 2));
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: root,
  files: ['packages/widgets/src/**/*.test.ts', 'packages/mock-server/test-browser/**/*.test.ts', 'examples/test-browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [
    // The root tsconfig has no `extends` and sets experimentalDecorators and
    // useDefineForClassFields: false, which Lit's decorators need.
    // No fixed target: "auto" keeps import attributes (the mock server imports JSON).
    esbuildPlugin({ ts: true, tsconfig: `${root}tsconfig.json` }),
  ],
  middleware: [
    // MSW's worker must be served from the root scope to intercept the page's requests.
    function mockServiceWorker(context, next) {
      if (context.path !== '/mockServiceWorker.js') return next();
      context.type = 'application/javascript';
      context.set('Service-Worker-Allowed', '/');
      context.body = readFileSync(workerScriptPath(), 'utf8');
      return undefined;
    },
    sseRelay(),
    // The example pages and their mock API, as `npm start` serves them (examples/test-browser/).
    exampleSiteMiddleware(root),
  ],
  browsers,
  reporters: [
    defaultReporter(),
    ...(process.env.WTR_SUMMARY_FILE ? [summaryFileReporter(process.env.WTR_SUMMARY_FILE)] : []),
  ],
  // One page at a time, in every engine: a background tab gets no animation frames and no
  // focus (fixtures wait for a frame; keyboard tests need focus), and pages of one origin share
  // MSW's service worker. With WebDriver, concurrency 1 also means one window navigated from
  // file to file rather than iframes. Chromium tried with 2 and anti-throttling flags: flaky,
  // and no faster on this machine.
  concurrency: 1,
  testFramework: { config: { timeout: 10_000 } },
  testsFinishTimeout: 180_000,
};
