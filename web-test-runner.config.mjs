// Browser tests of packages/widgets: `npx web-test-runner` (all) or
// `npx web-test-runner "packages/widgets/src/gallery/**/*.test.ts"` (one folder).
// Chromium from the system (`apt-get install chromium`); CHROME_PATH points elsewhere.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome } from './scripts/lib/browsers.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const require = createRequire(import.meta.url);

// The mock server's copy of MSW's worker script when it exists, else MSW's own (same version).
function workerScriptPath() {
  const ours = `${root}packages/mock-server/public/mockServiceWorker.js`;
  return existsSync(ours) ? ours : require.resolve('msw/mockServiceWorker.js');
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: root,
  files: ['packages/widgets/src/**/*.test.ts', 'packages/mock-server/test-browser/**/*.test.ts'],
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
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome() ?? '/usr/bin/chromium',
        headless: true,
        args: CHROME_ARGS,
      },
    }),
  ],
  // One page at a time: a background tab gets no animation frames and no focus (fixtures wait
  // for a frame; keyboard tests need focus), and pages of one origin share MSW's service
  // worker. Tried with 2 and anti-throttling flags: flaky, and no faster on this machine.
  concurrency: 1,
  testFramework: { config: { timeout: 10_000 } },
  testsFinishTimeout: 180_000,
};
