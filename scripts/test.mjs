#!/usr/bin/env node
// `npm test`: everything CI checks, in the order that fails fastest on a fresh clone:
// build → typecheck → lint → Node tests → browser tests → bundle budgets.
// Ends with one line "tests: N passed, N failed" summing both runners.
import { spawn } from 'node:child_process';
import { ENGINES, HOW_TO_GET_CHROME } from './lib/browsers.mjs';
import { run, step } from './lib/run.mjs';

/** Runs a command, echoing its output, and returns [code, output]. */
function capture(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { out += d; process.stderr.write(d); });
    child.on('exit', (code) => resolve([code ?? 1, out]));
  });
}
// eslint-disable-next-line no-control-regex -- ANSI colour codes are control characters.
const strip = (s) => s.replace(/\x1b\[[0-9;]*m/g, "");
const sum = (text, re, group = 1) => [...strip(text).matchAll(re)].reduce((n, m) => n + Number(m[group]), 0);

// Chromium is required: the examples' smoke tests and axe over the stories drive it from Node.
// Firefox and WebKit run the browser tests too where installed (scripts/test-browsers.mjs).
if (!ENGINES.chromium.installed()) {
  console.error(HOW_TO_GET_CHROME);
  process.exit(1);
}
const totals = { passed: 0, failed: 0 };
let failed = false;

await step('build', () => run('npm', ['run', '--silent', 'build']));
await step('typecheck', () => run('npm', ['run', '--silent', 'typecheck']));
await step('lint', () => run('npm', ['run', '--silent', 'lint']));

const [nodeCode, nodeOut] = await capture(process.execPath, ['scripts/test-node.mjs']);
totals.passed += sum(nodeOut, /^# pass (\d+)/gm);
totals.failed += sum(nodeOut, /^# fail (\d+)/gm);
failed ||= nodeCode !== 0;

// One engine after the other; only its closing lines count, "Chromium: N passed, N failed (…)"
// per engine (web-test-runner's own progress lines repeat their running counts).
const [browserCode, browserOut] = await capture(process.execPath, ['scripts/test-browsers.mjs']);
const labels = Object.values(ENGINES).map((engine) => engine.label).join('|');
const engineLine = new RegExp(`^(?:${labels}): (\\d+) passed, (\\d+) failed`, 'gm');
totals.passed += sum(browserOut, engineLine, 1);
totals.failed += sum(browserOut, engineLine, 2);
failed ||= browserCode !== 0;

const sizeCode = await run('npm', ['run', '--silent', 'size']);
failed ||= sizeCode !== 0;

console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(failed ? 1 : 0);
