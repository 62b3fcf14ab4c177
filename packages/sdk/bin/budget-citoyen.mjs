#!/usr/bin/env node
// The budget-citoyen command. Runs the built dist/cli.js when present; otherwise (a fresh
// clone, no build step) loads the TypeScript sources through tsx, a devDependency of the
// repository.
import { existsSync } from 'node:fs';

const dist = new URL('../dist/cli.js', import.meta.url);

async function load() {
  let partialBuild;
  if (existsSync(dist)) {
    try {
      return await import(dist.href);
    } catch (error) {
      // A partial build (a chunk missing): the sources may still be there.
      if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
      partialBuild = error;
    }
  }
  let tsx;
  try {
    tsx = await import('tsx/esm/api');
  } catch (error) {
    throw partialBuild ?? new Error('budget-citoyen is not built (no dist/cli.js) and tsx is not installed: run `npm install` at the repository root, or `npm run build`', { cause: error });
  }
  tsx.register();
  return import(new URL('../src/cli/main.ts', import.meta.url).href);
}

// `budget-citoyen … | head` closes stdout early: that is the reader's choice, not a failure.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { main } = await load();
process.exitCode = await main(process.argv.slice(2));
