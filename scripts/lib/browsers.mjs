// Finds the browsers the widget tests run in: Chromium, Firefox (ESR) and WebKit (WebKitGTK's
// MiniBrowser through WebKitWebDriver). CHROME_PATH, FIREFOX_PATH, WEBKIT_WEBDRIVER and
// WEBKIT_MINIBROWSER override the search, so a developer with a browser installed elsewhere
// can run the tests as they are.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';

const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

const FIREFOX_CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

/** The override in `env[name]` when set (undefined when it points nowhere), else the first candidate found. */
function find(name, candidates) {
  const override = process.env[name];
  if (override) return existsSync(override) ? override : undefined;
  return candidates.find((path) => existsSync(path));
}

export function findChrome() {
  return find('CHROME_PATH', CHROME_CANDIDATES);
}

export function findFirefox() {
  return find('FIREFOX_PATH', FIREFOX_CANDIDATES);
}

/** WebKitGTK's MiniBrowser: /usr/lib/<multiarch>/webkit2gtk-4.1/MiniBrowser on Debian and Ubuntu. */
function miniBrowserCandidates() {
  const dirs = ['/usr/lib', '/usr/libexec'];
  for (const lib of ['/usr/lib', '/usr/lib64']) {
    try {
      for (const entry of readdirSync(lib)) if (entry.endsWith('-linux-gnu')) dirs.push(`${lib}/${entry}`);
    } catch {
      // No such directory on this system.
    }
  }
  return dirs.flatMap((dir) =>
    ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0'].map((api) => `${dir}/${api}/MiniBrowser`),
  );
}

/** `{ driver, browser }` when WebKitWebDriver and MiniBrowser are both installed. */
export function findWebKit() {
  const driver = find('WEBKIT_WEBDRIVER', ['/usr/bin/WebKitWebDriver', '/usr/local/bin/WebKitWebDriver']);
  const browser = find('WEBKIT_MINIBROWSER', miniBrowserCandidates());
  return driver && browser ? { driver, browser } : undefined;
}

/** `xvfb-run` when installed: WebKitGTK has no headless mode and needs an X display. */
export function findXvfbRun() {
  return ['/usr/bin/xvfb-run', '/usr/local/bin/xvfb-run'].find((path) => existsSync(path));
}

export const HOW_TO_GET_CHROME = `No Chrome or Chromium found for the widget tests.
  - Debian/Ubuntu:  sudo apt-get install -y chromium
  - macOS:          install Google Chrome, or: brew install --cask chromium
  - Elsewhere:      install Chrome or Chromium, then point CHROME_PATH at its executable:
                    CHROME_PATH=/path/to/chrome npm test`;

export const HOW_TO_GET_FIREFOX = `No Firefox found for the widget tests.
  - Debian/Ubuntu:  sudo apt-get install -y firefox-esr
  - Elsewhere:      install Firefox, then point FIREFOX_PATH at its executable`;

export const HOW_TO_GET_WEBKIT = `No WebKitGTK WebDriver found for the widget tests (Linux only).
  - Debian/Ubuntu:  sudo apt-get install -y webkit2gtk-driver xvfb
  - Elsewhere:      WEBKIT_WEBDRIVER=/path/to/WebKitWebDriver WEBKIT_MINIBROWSER=/path/to/MiniBrowser`;

/**
 * The engines the browser tests know, in the order they run. `label` is the name the test
 * runner reports them under.
 */
export const ENGINES = {
  chromium: { label: 'Chromium', installed: () => Boolean(findChrome()), howToGet: HOW_TO_GET_CHROME },
  firefox: { label: 'Firefox', installed: () => Boolean(findFirefox()), howToGet: HOW_TO_GET_FIREFOX },
  webkit: { label: 'WebKit', installed: () => Boolean(findWebKit()), howToGet: HOW_TO_GET_WEBKIT },
};

/**
 * The engines named in a BROWSERS-style list ("chromium,firefox"; "all"), in run order.
 * Throws on a name it does not know. `chrome` is accepted for `chromium`, `safari` for `webkit`.
 */
export function parseEngines(list) {
  const aliases = { chrome: 'chromium', safari: 'webkit', 'firefox-esr': 'firefox' };
  const names = list
    .split(/[\s,]+/)
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
    .map((name) => aliases[name] ?? name);
  if (names.includes('all')) return Object.keys(ENGINES);
  const unknown = names.filter((name) => !(name in ENGINES));
  if (unknown.length > 0) {
    throw new Error(`BROWSERS: unknown engine ${unknown.join(', ')} (use ${Object.keys(ENGINES).join(', ')} or all)`);
  }
  return Object.keys(ENGINES).filter((name) => names.includes(name));
}

/** Flags that let Chromium run headless as root in a container with no outside network. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Preferences for Firefox under test: no outside network (updates, telemetry, safe browsing,
 * captive-portal and connectivity checks would otherwise try to reach the internet).
 */
export const FIREFOX_PREFS = {
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'toolkit.telemetry.enabled': false,
};

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts WebKitWebDriver on a free local port and waits until it answers. The driver is
 * stopped when this process exits (or by `stop()`); it closes the MiniBrowser it started.
 */
export async function startWebKitDriver(driver, { timeout = 15_000 } = {}) {
  const port = await freePort();
  const child = spawn(driver, [`--port=${port}`], { stdio: ['ignore', 'ignore', 'inherit'] });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const stop = () => {
    if (!exited) child.kill('SIGTERM');
  };
  process.on('exit', stop);
  const deadline = Date.now() + timeout;
  for (;;) {
    if (exited) throw new Error(`${driver} exited before it answered on port ${port}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`${driver} did not answer on port ${port} within ${timeout / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { port, stop };
}
