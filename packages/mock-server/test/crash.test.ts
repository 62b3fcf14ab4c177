/**
 * The figure for `--data`: the real server process, hundreds of ballots cast by voters
 * 50 at a time, SIGKILL in the middle of them, a restart on the same file. Every ballot whose 201 reached its voter must
 * be there, none twice, and a retry with the same Idempotency-Key must replay. The figures are
 * printed as the test's diagnostics (and quoted in the mock's README).
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { jsonPost as json, registerVoter } from './server-helpers.js';

const BIN = fileURLToPath(new URL('../bin/bc-mock-server.mjs', import.meta.url));
const VOTERS = 300;
/** The server is killed when this many ballots have been acknowledged, others on their way. */
const KILL_AFTER = 100;
/** Ballots on their way at any moment. */
const CONCURRENCY = 50;

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
}

async function startServer(args: string[]): Promise<Running> {
  const child = spawn(process.execPath, [BIN, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Mock API listening on (http:\/\/\S+\/api\/v1)[\s\S]*data: /.exec(output);
      if (match && output.includes('controls (/__mock)')) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}: ${output}`)));
  });
  return { child, url, output: () => output };
}

let dir = '';
const children: ChildProcess[] = [];
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bc-mock-crash-'));
});
after(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

test(`${VOTERS} ballots cast ${CONCURRENCY} at a time, SIGKILL after ${KILL_AFTER} answers, restart: every acknowledged ballot is there, none doubled, a retry replays`, async (t) => {
  const file = join(dir, 'data.jsonl');
  const args = ['--data', file, '--no-rate-limit'];
  const first = await startServer(args);
  children.push(first.child);
  assert.match(first.output(), /data: .*data\.jsonl \(0 operations replayed\)/);
  const castBefore: number = (await (await fetch(`${first.url}/campaigns/bc-2026/results`)).json()).ballots.cast;
  const [project] = (await (await fetch(`${first.url}/campaigns/bc-2026/projects?category=pratiques-ess&limit=1`)).json()).items;
  const choices = { 'pratiques-ess': project.id as string };
  const tokens = await Promise.all(
    Array.from({ length: VOTERS }, (_, i) => registerVoter(first.url, 'bc-2026', { firstName: 'Voter', lastName: `N${i}`, birthDate: '1980-01-01', communeCode: '62041', email: `voter.${i}@example.org` })),
  );

  const acked = new Map<number, { receiptCode: string; castAt: string }>();
  let killed = false;
  let cutOff = 0; // sent before the kill, never answered
  let refused = 0; // sent after it: nobody listening
  const exited = once(first.child, 'exit');
  const cast = (i: number) => fetch(`${first.url}/campaigns/bc-2026/ballot`, json({ choices }, { Authorization: `Bearer ${tokens[i]}`, 'Idempotency-Key': `cast-${i}` }));
  // CONCURRENCY voters casting at any moment, the next one as soon as one is answered.
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < VOTERS) {
        const i = next++;
        const sentAfterKill = killed;
        try {
          const response = await cast(i);
          const body = await response.json();
          assert.equal(response.status, 201, JSON.stringify(body));
          acked.set(i, body);
          if (acked.size === KILL_AFTER) {
            killed = true;
            first.child.kill('SIGKILL');
          }
        } catch (error) {
          if (error instanceof assert.AssertionError) throw error;
          if (sentAfterKill) refused++;
          else cutOff++; // the connection died with the server: not acknowledged
        }
      }
    }),
  );
  const [, signal] = await exited;
  assert.equal(signal, 'SIGKILL');
  assert.ok(acked.size < VOTERS, `killed mid-load: ${acked.size} answered of ${VOTERS}`);
  const journal = await readFile(file, 'utf8');

  const second = await startServer(args);
  children.push(second.child);
  try {
    const replayed = Number(/\((\d+) operations? replayed\)/.exec(second.output())![1]);
    const ballotOf = async (i: number) => (await fetch(`${second.url}/campaigns/bc-2026/ballot`, { headers: { Authorization: `Bearer ${tokens[i]}` } })).json();
    const states = await Promise.all(tokens.map((_, i) => ballotOf(i)));
    for (const [i, receipt] of acked) {
      assert.equal(states[i].status, 'cast', `acknowledged ballot ${i} is there`);
      assert.equal(states[i].receiptCode, receipt.receiptCode);
      assert.equal(states[i].castAt, receipt.castAt);
    }
    const present = states.filter((s) => s.status === 'cast').length;
    const results = await (await fetch(`${second.url}/campaigns/bc-2026/results`)).json();
    const doubled = results.ballots.cast - castBefore - present;
    assert.equal(doubled, 0, 'each voter’s ballot counted once');

    // Every voter retries with the same key: the kept ones replay, the lost ones are cast now.
    const retries = await Promise.all(tokens.map(async (_, i) => {
      const response = await fetch(`${second.url}/campaigns/bc-2026/ballot`, json({ choices }, { Authorization: `Bearer ${tokens[i]}`, 'Idempotency-Key': `cast-${i}` }));
      return { i, status: response.status, replayed: response.headers.get('Idempotent-Replayed') === 'true', body: await response.json() };
    }));
    for (const retry of retries) {
      assert.equal(retry.status, 201, JSON.stringify(retry.body));
      assert.equal(retry.replayed, states[retry.i].status === 'cast', `voter ${retry.i}: replayed if and only if kept`);
      if (acked.has(retry.i)) assert.equal(retry.body.receiptCode, acked.get(retry.i)!.receiptCode);
    }
    const after = await (await fetch(`${second.url}/campaigns/bc-2026/results`)).json();
    assert.equal(after.ballots.cast, castBefore + VOTERS, 'in the end, one ballot per voter');

    const tornDropped = /cut short/.test(second.output());
    t.diagnostic(
      `ballots acknowledged before SIGKILL: ${acked.size} (${cutOff} in flight cut off, ${refused} sent after it refused); found after restart: ${[...acked.keys()].filter((i) => states[i].status === 'cast').length}/${acked.size}; ` +
        `kept though never answered: ${present - acked.size}; doubled: ${doubled}; journal: ${journal.split('\n').length - 2} entries, ${replayed} replayed on restart` +
        `${tornDropped ? ', a torn last line dropped' : ''}; retries with the same key: ${retries.filter((r) => r.replayed).length} replayed, ${retries.filter((r) => !r.replayed).length} cast anew`,
    );
  } finally {
    second.child.kill('SIGTERM');
    await once(second.child, 'exit');
  }
});
