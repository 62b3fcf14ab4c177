#!/usr/bin/env node
// `npm run test:browser`: the browser tests in every installed engine — Chromium, Firefox,
// WebKit — one engine after the other (one web-test-runner each; the machine's cores go to one
// browser at a time). An engine that is not installed is skipped with a note, except in CI
// (CI=true), where all three must be there. Arguments go to web-test-runner:
//   npm run test:browser -- "packages/widgets/src/gallery/**/*.test.ts"
//   BROWSERS=firefox,webkit npm run test:browser
// Ends with one line per engine, "Chromium: N passed, N failed (…)", and a total line
// "browser tests: N passed, N failed" (scripts/test.mjs sums the per-engine lines).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGINES, findXvfbRun, parseEngines } from './lib/browsers.mjs';

const args = process.argv.slice(2);
const explicit = Boolean(process.env.BROWSERS);
const ci = Boolean(process.env.CI) && process.env.CI !== 'false';

let engines;
try {
  engines = parseEngines(process.env.BROWSERS || 'all');
} catch (error) {
  console.error(error.message);
  process.exit(2);
}

const seconds = (ms) => {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
};

/** Runs a command with inherited output; resolves with its exit code. Ctrl-C reaches it too. */
function run(cmd, cmdArgs, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
    child.on('error', (error) => {
      console.error(`${cmd}: ${error.message}`);
      resolve(127);
    });
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'bc-browser-tests-'));
const lines = [];
const totals = { passed: 0, failed: 0 };
let failed = false;

for (const engine of engines) {
  const { label, installed, howToGet } = ENGINES[engine];
  if (!installed()) {
    const note = `${label}: not installed, skipped.\n${howToGet}`;
    if (explicit || ci) {
      console.error(`✗ ${note}${ci && !explicit ? '\n  (CI runs every engine: .ci/run installs them.)' : ''}`);
      lines.push(`${label}: 0 passed, 1 failed (not installed)`);
      totals.failed += 1;
      failed = true;
    } else {
      console.log(`⚠ ${note}`);
      lines.push(`${label}: skipped, not installed`);
    }
    continue;
  }

  let cmd = 'npx';
  let cmdArgs = ['web-test-runner', ...args];
  if (engine === 'webkit') {
    // WebKitGTK has no headless mode: a virtual X display, torn down by xvfb-run at the end.
    // The config starts WebKitWebDriver on a free port and stops it on exit.
    const xvfbRun = findXvfbRun();
    if (xvfbRun) {
      cmdArgs = ['-a', '-s', '-screen 0 1280x1024x24', cmd, ...cmdArgs];
      cmd = xvfbRun;
    } else if (!process.env.DISPLAY) {
      console.error('✗ WebKit needs an X display: sudo apt-get install -y xvfb (for xvfb-run).');
      lines.push(`${label}: 0 passed, 1 failed (no X display)`);
      totals.failed += 1;
      failed = true;
      continue;
    }
  }

  console.log(`\n── ${label} ──`);
  const summaryFile = join(tmp, `${engine}.json`);
  const started = Date.now();
  const code = await run(cmd, cmdArgs, { BROWSERS: engine, WTR_SUMMARY_FILE: summaryFile });
  const duration = seconds(Date.now() - started);
  failed ||= code !== 0;

  let counts;
  try {
    counts = JSON.parse(readFileSync(summaryFile, 'utf8'))[label];
  } catch {
    // web-test-runner stopped before its reporters did (a launch failure): no counts.
  }
  if (!counts) {
    lines.push(`${label}: 0 passed, 1 failed (did not run: exit code ${code}, ${duration})`);
    totals.failed += 1;
    failed = true;
    continue;
  }
  // A test file that failed to load or timed out counts as one failure.
  const failures = counts.failed + counts.fileErrors;
  const details = [
    counts.skipped ? `${counts.skipped} skipped` : '',
    counts.fileErrors ? `${counts.fileErrors} test file(s) failed to run` : '',
    `${counts.files} file${counts.files === 1 ? '' : 's'}`,
    duration,
  ].filter(Boolean);
  lines.push(`${label}: ${counts.passed} passed, ${failures} failed (${details.join(', ')})`);
  totals.passed += counts.passed;
  totals.failed += failures;
  if (code !== 0 && failures === 0) failed = true;
}

rmSync(tmp, { recursive: true, force: true });
console.log(`\n${lines.join('\n')}`);
console.log(`browser tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(failed ? 1 : 0);
