#!/usr/bin/env node
// Starts the standalone mock API. Runs the built dist/ when it is present and up to date;
// otherwise (a fresh clone with no build step, or sources edited since the last build) loads
// the TypeScript sources through tsx, with the "source" export condition so that
// @budget-citoyen/sdk resolves to its sources too. BC_MOCK_FROM_SOURCE=1 forces the sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';

const dist = new URL('../dist/server.js', import.meta.url);
const src = fileURLToPath(new URL('../src/', import.meta.url));

function distIsCurrent() {
  if (process.env.BC_MOCK_FROM_SOURCE === '1' || !existsSync(dist)) return false;
  const built = statSync(dist).mtimeMs;
  if (!existsSync(src)) return true;
  return readdirSync(src, { recursive: true }).every((file) => statSync(`${src}${file}`).mtimeMs <= built);
}

async function load() {
  if (distIsCurrent()) {
    try {
      return await import(dist.href);
    } catch (error) {
      if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
      // A partial build (a chunk or the SDK's dist missing): fall back to the sources.
    }
  }
  const { register: registerTsx } = await import('tsx/esm/api');
  registerTsx();
  register('./source-condition.mjs', import.meta.url);
  return import(new URL('../src/server.ts', import.meta.url).href);
}

const { main } = await load();
await main(process.argv.slice(2));
