#!/usr/bin/env node
// `node scripts/find-browser.mjs --check`: prints the Chrome the tests will use, or how to get one.
import { findChrome, HOW_TO_GET_CHROME } from './lib/browsers.mjs';

const chrome = findChrome();
if (!chrome) {
  if (process.env.CHROME_PATH) console.error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist.`);
  console.error(HOW_TO_GET_CHROME);
  process.exit(1);
}
console.log(`Browser tests run in ${chrome}`);
