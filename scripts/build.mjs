#!/usr/bin/env node
// Builds every package: JavaScript through rollup (rollup.config.mjs), typings through tsc
// (the SDK's first, since the others' typings import it), then the widgets' manifest.
import { run, step } from './lib/run.mjs';

await step('rollup', () => run('npx', ['rollup', '-c', '--silent']));
for (const pkg of ['sdk', 'mock-server', 'widgets']) {
  await step(`typings ${pkg}`, () => run('npx', ['tsc', '-p', `packages/${pkg}/tsconfig.build.json`]));
}
await step('custom-elements.json', () => run('npm', ['run', '--silent', 'manifest', '-w', 'packages/widgets', '--if-present']));
