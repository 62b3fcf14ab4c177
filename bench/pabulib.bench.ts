// Pabulib: reading .pb files and the Method of Equal Shares, each beside a naive baseline run in
// this same process (bench/pabulib-baseline.ts), so that both meet the same machine load.
// Every figure is the median of repeated runs with its range, wall-clock and CPU time; the
// load average is printed around the runs. The figures land in BENCHMARKS.md under
// "Pabulib rules". Never assertions.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allocatePb, parsePb, parsePbStream, type PbInstance } from '@budget-citoyen/sdk/pabulib';
// Internal, for one fixed-budget run and the run count: the public API runs whole rules.
import { buildRuleContext } from '../packages/sdk/src/pabulib/context.js';
import { equalSharesFixedBudget } from '../packages/sdk/src/pabulib/equal-shares.js';
// The former parser (staged: records, sections, tables), kept as the tests' reference: timed in
// this same process, it gives before/after figures that meet the same machine load.
import { referenceParsePb } from '../packages/sdk/test/pabulib/reference-parse.js';
import { naiveElection, naiveEqualShares, naiveParsePb } from './pabulib-baseline.js';
import { cell, load, machine, median, ms, mulberry32, time, timeAsync, timeInterleaved, writeReport, type Timing } from './support.js';

const PARSE_RUNS = 11;
/** A fixture parses in milliseconds: more runs cost little and steady the median. */
const SMALL_PARSE_RUNS = 41;
const MES_RUNS = 7;
const SYNTHETIC_MES_RUNS = 3;

/**
 * A seeded approval instance written as .pb text: 200 projects costing 10 k–400 k, a budget of
 * a quarter of their sum, 1–8 approvals per voter with skewed popularity. With 100,000 voters
 * and seed 2024 these are the bytes the earlier benchmark generated (1.9 MB).
 */
function syntheticPb(voters: number, seed: number): string {
  const random = mulberry32(seed);
  const costs = Array.from({ length: 200 }, () => 1000 * (10 + Math.floor(random() * 391)));
  const lines = ['META', 'key;value', 'description;synthetic', `budget;${Math.round(costs.reduce((a, b) => a + b, 0) / 4)}`];
  lines.push('vote_type;approval', 'rule;equalshares/add1', 'PROJECTS', 'project_id;cost');
  costs.forEach((cost, i) => lines.push(`${i + 1};${cost}`));
  lines.push('VOTES', 'voter_id;vote');
  for (let v = 0; v < voters; v++) {
    const chosen = new Set<number>();
    const wanted = 1 + Math.floor(random() * 8);
    while (chosen.size < wanted) chosen.add(1 + Math.floor(200 * random() ** 2));
    lines.push(`${v + 1};${[...chosen].join(',')}`);
  }
  return lines.join('\n') + '\n';
}

function fixturesDir(): string | undefined {
  const candidates = [process.env.PABULIB_FIXTURES, fileURLToPath(new URL('../packages/sdk/test/fixtures/pabulib/', import.meta.url))];
  return candidates.find((dir): dir is string => !!dir && existsSync(dir));
}

const mb = (text: string) => `${(Buffer.byteLength(text) / 2 ** 20).toFixed(1)} MB`;
const kb = (text: string) => `${Math.round(Buffer.byteLength(text) / 1024)} KB`;

interface Input {
  label: string;
  text: string;
}

function parseRow({ label, text }: Input, runs = PARSE_RUNS): string {
  const parsers = [() => parsePb(text), () => referenceParsePb(text), () => naiveParsePb(text)];
  const [ours, former, naive] = timeInterleaved(runs, parsers, { collect: runs === PARSE_RUNS }) as [Timing, Timing, Timing];
  const ratio = median(ours.cpu) / median(naive.cpu);
  return `| ${label} | ${cell(ours)} | ${cell(former)} | ${cell(naive)} | ${ratio.toFixed(2)} × |`;
}

/** The file as UTF-8 bytes in 64 KB chunks, as a file or a fetch body arrives. */
async function* byteChunks(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  for (let at = 0; at < bytes.length; at += 65_536) yield bytes.subarray(at, at + 65_536);
}

/** The equal-shares rule the file names, else Add1 (the rule being timed, not the file's). */
function equalSharesRule(instance: PbInstance): string {
  const rule = instance.meta.rule?.trim() ?? '';
  return rule.startsWith('equalshares') && allocatesWith(instance, rule) ? rule : 'equalshares/add1';
}

function allocatesWith(instance: PbInstance, rule: string): boolean {
  try {
    allocatePb({ ...instance, votes: [] }, rule);
    return true;
  } catch {
    return false;
  }
}

function mesRow(label: string, instance: PbInstance, runs: number): string {
  const context = buildRuleContext(instance, 'bench');
  const perVoter = context.budget / Math.max(1, context.voterCount);
  const election = naiveElection(naiveParsePb(writeBack(instance)), context.tieRank);
  const [ours, naive] = timeInterleaved(runs, [() => equalSharesFixedBudget(context, perVoter), () => naiveEqualShares(election, perVoter)]) as [Timing, Timing];
  const same = equalSharesFixedBudget(context, perVoter).join() === naiveEqualShares(election, perVoter).join();
  const rule = equalSharesRule(instance);
  let selected: string[] = [];
  const whole: Timing = time(runs, () => (selected = allocatePb(instance, rule).selected));
  const ratio = median(naive.cpu) / median(ours.cpu);
  const size = `${instance.projects.length} projects, ${instance.votes.length.toLocaleString('en-US')} voters`;
  return `| ${label} | ${size} | ${cell(ours)} | ${cell(naive)} | ${ratio.toFixed(1)} × ${same ? '' : '(winners differ!) '}| \`${rule}\`: ${cell(whole)}, ${selected.length} funded |`;
}

function readsStrictly(text: string): boolean {
  try {
    referenceParsePb(text);
    return true;
  } catch {
    return false;
  }
}

/** The naive baseline reads text: the instance as the file would say it. */
function writeBack(instance: PbInstance): string {
  const lines = ['META', 'key;value', ...Object.entries(instance.meta).map(([k, v]) => `${k};${v}`), 'PROJECTS', 'project_id;cost'];
  for (const p of instance.projects) lines.push(`${p.project_id};${p.fields.cost}`);
  lines.push('VOTES', 'voter_id;vote');
  for (const v of instance.votes) lines.push(`${v.voter_id};${v.vote.join(',')}`);
  return lines.join('\n');
}

const loadBefore = load();
const started = performance.now();
const synthetic = syntheticPb(100_000, 2024);
const synthetic4 = syntheticPb(215_000, 2025);
const dir = fixturesDir();
const fixtures: Array<{ file: string; text: string; instance: PbInstance | undefined; problem?: string }> = [];
for (const file of dir ? readdirSync(dir).filter((f) => f.endsWith('.pb')).sort() : []) {
  const text = readFileSync(`${dir}/${file}`, 'utf8');
  try {
    fixtures.push({ file, text, instance: parsePb(text, { onWarning: () => {} }) }); // flawed files too, as the CLI reads them
  } catch (error) {
    fixtures.push({ file, text, instance: undefined, problem: (error as Error).message });
  }
}
fixtures.sort((a, b) => Buffer.byteLength(b.text) - Buffer.byteLength(a.text));
// The former parser refuses flawed files: the parse row takes the largest it reads.
const largest = fixtures.find(({ text }) => readsStrictly(text));

const parseRows = [
  parseRow({ label: `synthetic, 100,000 voters (${mb(synthetic)})`, text: synthetic }),
  parseRow({ label: `synthetic, 215,000 voters (${mb(synthetic4)})`, text: synthetic4 }),
  ...(largest ? [parseRow({ label: `largest flawless fixture, ${largest.file} (${kb(largest.text)})`, text: largest.text }, SMALL_PARSE_RUNS)] : []),
];
const bytes4 = new TextEncoder().encode(synthetic4);
const streamed = await timeAsync(PARSE_RUNS, () => parsePbStream(byteChunks(bytes4)));

const mesRows: string[] = [];
for (const { file, instance } of fixtures) if (instance) mesRows.push(mesRow(file, instance, MES_RUNS));
mesRows.push(mesRow(`synthetic (${mb(synthetic)})`, parsePb(synthetic), SYNTHETIC_MES_RUNS));
const unread = fixtures.filter((f) => !f.instance);

const report = [
  `Machine: ${machine()}. Run: \`npm run bench -- pabulib\` on ${new Date().toISOString().slice(0, 10)};`,
  `1-minute load average ${loadBefore} before, ${load()} after (${ms((performance.now() - started) / 1000)} s).`,
  '',
  `Each cell: median (min–max) in ms of ${PARSE_RUNS} runs (parse; ${SMALL_PARSE_RUNS} for the fixture) or ${MES_RUNS} runs (MES; ${SYNTHETIC_MES_RUNS} on the`,
  'synthetic instance) after one warm-up, each after a full collection; wall-clock time, then CPU time of the process',
  '(all its threads, garbage collection included), which suffers less from other work on the machine. The functions',
  'compared on a row are timed interleaved, round after round, so that they meet the same load (the fixture\'s',
  'parse without the collections: at a few milliseconds, the collector\'s helper threads would outweigh it).',
  '',
  '**Reading .pb text.** `parsePb(text)` (one pass, every check, typed rows), the former staged parser (records,',
  'then sections, then tables: the tests\' reference now) and a plain split-based reader (lines, cells, each vote\'s',
  'list; no checks; bench/pabulib-baseline.ts). Ratio: CPU medians, `parsePb` ÷ baseline (below 1: faster).',
  '',
  '| Input | `parsePb` | former `parsePb` | split-based baseline | CPU ratio |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...parseRows,
  '',
  `Streaming: \`parsePbStream\` over the ${mb(synthetic4)} file as UTF-8 bytes in 64 KB chunks: ${cell(streamed)}.`,
  '',
  '**Method of Equal Shares.** One fixed-budget run at the real budget (B/n per voter), ours against the textbook',
  'algorithm (every round sums and sorts each candidate\'s supporters), same winners checked; speed-up: CPU',
  'medians, baseline ÷ ours. Last column: the whole rule (Add1 and its MES runs, or the file\'s own variant).',
  '',
  '| Instance | Size | MES run | textbook MES run | Speed-up | Whole rule |',
  '| --- | --- | ---: | ---: | ---: | --- |',
  ...mesRows,
  ...(unread.length ? ['', `Not read (so not timed): ${unread.map((f) => `${f.file} (${f.problem})`).join('; ')}.`] : []),
];
console.log(report.join('\n'));

writeReport('pabulib', 'Pabulib rules', report);
