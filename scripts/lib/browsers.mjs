// Finds the browsers the widget tests run in. CHROME_PATH (and FIREFOX_PATH) override the
// search, so a developer with Chrome installed elsewhere can run the tests as they are.
import { existsSync } from 'node:fs';

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

export function findChrome() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return CHROME_CANDIDATES.find((path) => existsSync(path));
}

export const HOW_TO_GET_CHROME = `No Chrome or Chromium found for the widget tests.
  - Debian/Ubuntu:  sudo apt-get install -y chromium
  - macOS:          install Google Chrome, or: brew install --cask chromium
  - Elsewhere:      install Chrome or Chromium, then point CHROME_PATH at its executable:
                    CHROME_PATH=/path/to/chrome npm test`;

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
