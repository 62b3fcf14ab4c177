#!/usr/bin/env node
// Node-side tests of every package (packages/*/test/**/*.test.ts) and the examples' smoke
// tests (examples/test/), through node:test.
// Arguments narrow the run: `npm run test:node -- sdk/test/rules`.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function walk(dir) {
  let out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(walk(path));
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}
const filters = process.argv.slice(2);
const testDirs = [...readdirSync('packages').map((pkg) => join('packages', pkg, 'test')), join('examples', 'test'), join('stories', 'test')];
const files = testDirs
  .flatMap((dir) => {
    try { return walk(dir); } catch { return []; }
  })
  .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
  .sort();
if (files.length === 0) {
  console.error('no node test files found');
  process.exit(1);
}
const run = spawnSync(
  process.execPath,
  ['--conditions=source', '--import', 'tsx', '--test', '--test-concurrency=2', '--test-timeout=180000', ...files],
  { stdio: 'inherit' },
);
process.exit(run.status ?? 1);
