#!/usr/bin/env node
// `npm run size`: the CDN scripts' sizes, measured from the built files (minified, then
// brotli at maximum quality, as a CDN serves them), checked against their budgets.
// The budgets are part of the product: a commune's page must stay light.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const DIR = 'packages/widgets/dist/cdn';
/** Bytes, brotli. The whole bundle's 30 KB is the product promise; per-widget ones keep each honest. */
const BUDGETS = {
  'budget-citoyen.js': 30_000,
  'gallery.js': 20_000,
  'card.js': 18_000,
  'ballot.js': 22_000,
  'results.js': 20_000,
  'agenda.js': 20_000,
};

if (!existsSync(DIR)) {
  console.error(`${DIR} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
let over = 0;
console.log('CDN script'.padEnd(22), 'minified'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10), 'budget'.padStart(10));
for (const file of readdirSync(DIR).filter((f) => f.endsWith('.js')).sort()) {
  const code = readFileSync(`${DIR}/${file}`);
  const br = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const gz = gzipSync(code, { level: 9 }).length;
  const budget = BUDGETS[file];
  const verdict = budget === undefined ? '' : br <= budget ? kb(budget) : `${kb(budget)} ✗ OVER`;
  if (budget !== undefined && br > budget) over++;
  console.log(file.padEnd(22), kb(code.length).padStart(10), kb(gz).padStart(10), kb(br).padStart(10), verdict.padStart(10));
}
if (over) {
  console.error(`\n${over} script(s) over budget.`);
  process.exit(1);
}
