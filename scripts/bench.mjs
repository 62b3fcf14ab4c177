#!/usr/bin/env node
// Runs every benchmark (bench/*.bench.ts, or the ones named on the command line), one process
// each so that peak memory figures don't bleed into one another. Benchmarks print their own
// figures; they are never assertions.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const wanted = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n# ${file}`);
  const run = spawnSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', '--expose-gc', '--max-old-space-size=4096', `bench/${file}`],
    { stdio: 'inherit' },
  );
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
