/**
 * A test page under the strict Content-Security-Policy a commune's page may have (the one
 * `npm start` serves, but `frame-ancestors`, which a `<meta>` cannot set), with the CDN's
 * scripts from the build: for the tests of what a page gets from the CDN (src/cdn.test.ts,
 * src/depot.test.ts). The policy is set by a `<meta>` before the scripts load (the test
 * runner's own scripts came first, so `script-src` cannot be tested on them), and every
 * violation of it is recorded.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import { startWorker } from './worker.js';

export const STRICT_POLICY =
  "default-src 'self'; img-src 'self' data:; connect-src 'self'; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'";

/** The violations since the current test began. */
export const violations: string[] = [];

/**
 * In a `describe`: starts the mock's worker, puts the page under the policy and loads
 * `scripts` (paths under packages/widgets/dist/cdn/: `npm run build` first); each test then
 * fails on any violation, after its fixtures are gone.
 */
export function underStrictCsp(scripts: string[]): void {
  before(async () => {
    await startWorker();
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = STRICT_POLICY;
    document.head.prepend(meta);
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`), true);
    for (const script of scripts) {
      const loaded = await fetch(script, { method: 'HEAD' });
      if (!loaded.ok) throw new Error(`${script} is missing: run \`npm run build\` first`);
      await import(/* @vite-ignore */ script);
    }
  });
  beforeEach(() => {
    violations.length = 0;
  });
  afterEach(() => {
    fixtureCleanup();
    expect(violations, 'CSP violations').to.deep.equal([]);
  });
}
