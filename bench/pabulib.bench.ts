// Pabulib rules at two scales: the shared fixtures (the largest by voters is the reference
// figure) and a synthetic approval instance of 200 projects and 100,000 voters, generated
// deterministically. Times parsePb and Equal Shares with Add1 (`equalshares/add1`), the
// slowest rule, and counts its MES runs. The figures land in BENCHMARKS.md under
// "Pabulib rules". Never assertions.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { allocatePb, createPbProject, createPbVote, parsePb, writePb, type PbInstance } from '@budget-citoyen/sdk/pabulib';
// Internal, for the run count only: the public API does not expose how Add1 got there.
import { equalSharesAdd1 } from '../packages/sdk/src/pabulib/add1.js';
import { buildRuleContext } from '../packages/sdk/src/pabulib/context.js';

const PROJECTS = 200;
const VOTERS = 100_000;
const TIMED_RUNS = 5;

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const peakRss = () => process.resourceUsage().maxRSS * 1024;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Costs 10 k–400 k, budget a quarter of their sum, 1–8 approvals per voter, skewed popularity. */
function syntheticInstance(): PbInstance {
  const random = mulberry32(2024);
  const projects = Array.from({ length: PROJECTS }, (_, i) =>
    createPbProject({ project_id: String(i + 1), cost: String(1000 * (10 + Math.floor(random() * 391))) }),
  );
  const totalCost = projects.reduce((sum, p) => sum + p.cost, 0);
  const votes = Array.from({ length: VOTERS }, (_, v) => {
    const chosen = new Set<number>();
    const wanted = 1 + Math.floor(random() * 8);
    while (chosen.size < wanted) chosen.add(1 + Math.floor(PROJECTS * random() ** 2));
    return createPbVote({ voter_id: String(v + 1), vote: [...chosen].join(',') });
  });
  return {
    meta: { description: 'synthetic', budget: String(Math.round(totalCost / 4)), vote_type: 'approval', rule: 'equalshares/add1' },
    projects,
    votes,
    projectColumns: ['project_id', 'cost'],
    voteColumns: ['voter_id', 'vote'],
  };
}

function fixturesDir(): string | undefined {
  const candidates = [process.env.PABULIB_FIXTURES, fileURLToPath(new URL('../../shared/fixtures/pabulib/', import.meta.url))];
  return candidates.find((dir): dir is string => !!dir && existsSync(dir));
}

interface Measure {
  label: string;
  size: string;
  parseMs: number;
  runMs: number[];
  cpuMs: number[];
  heapDelta: number;
  funded: number;
  spentShare: number;
  runs: number;
  raise: number;
}

function measure(label: string, text: string): Measure {
  gc();
  const t0 = performance.now();
  const instance = parsePb(text);
  const parseMs = performance.now() - t0;
  const { runs, raise } = equalSharesAdd1(buildRuleContext(instance, 'equalshares/add1')); // also the warm-up
  const runMs: number[] = [];
  const cpuMs: number[] = [];
  let heapDelta = 0;
  let selected: string[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    gc();
    const before = process.memoryUsage().heapUsed;
    const cpu = process.cpuUsage();
    const start = performance.now();
    selected = allocatePb(instance, 'equalshares/add1').selected;
    runMs.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuMs.push((used.user + used.system) / 1000);
    if (i === 0) heapDelta = process.memoryUsage().heapUsed - before;
  }
  const cost = new Map(instance.projects.map((p) => [p.project_id, p.cost]));
  const spent = selected.reduce((sum, id) => sum + (cost.get(id) ?? 0), 0);
  const size = `${instance.projects.length} projects, ${instance.votes.length.toLocaleString('en-US')} voters`;
  return { label, size, parseMs, runMs, cpuMs, heapDelta, funded: selected.length, spentShare: spent / Number(instance.meta.budget), runs, raise };
}

const loadBefore = loadavg()[0] ?? 0;
const results: Measure[] = [];
const dir = fixturesDir();
let largest = '';
if (dir) {
  const fixtures = readdirSync(dir)
    .filter((f) => f.endsWith('.pb'))
    .map((f) => ({ f, text: readFileSync(`${dir}/${f}`, 'utf8') }))
    .map((entry) => ({ ...entry, voters: parsePb(entry.text).votes.length }))
    .sort((a, b) => b.voters - a.voters);
  largest = fixtures[0]?.f ?? '';
  for (const { f, text } of fixtures) results.push(measure(f === largest ? `**${f}** (largest)` : f, text));
} else {
  console.log('fixtures not found (set PABULIB_FIXTURES): fixture rows skipped');
}
const fixturesPeak = peakRss();
const synthetic = writePb(syntheticInstance());
results.push(measure(`synthetic approval (seeded; ${(synthetic.length / 2 ** 20).toFixed(1)} MB of .pb)`, synthetic));
const overallPeak = peakRss();

const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, ${process.platform}/${process.arch}`;
const report = [
  `Machine: ${machine}. Run: \`node scripts/bench.mjs pabulib\` on ${new Date().toISOString().slice(0, 10)}.`,
  '',
  `\`allocatePb(instance, 'equalshares/add1')\` on every shared fixture and on a synthetic instance; median of`,
  `${TIMED_RUNS} runs after one warm-up, as wall-clock time and as CPU time of the process (less sensitive to a`,
  'busy machine). "MES runs" counts the fixed-budget runs Add1 needed (one per unit added to every voter\'s',
  'budget, the rejected last one included); "raise" is the per-voter increase that was kept.',
  '',
  '| Instance | Size | parsePb | equalshares/add1, median (min–max) | CPU time, median | MES runs (raise) | Funded | Budget spent | Heap growth in one run |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${r.label} | ${r.size} | ${ms(r.parseMs)} ms | ${ms(median(r.runMs))} ms (${ms(Math.min(...r.runMs))}–${ms(Math.max(...r.runMs))}) | ${ms(median(r.cpuMs))} ms | ${r.runs} (+${r.raise}) | ${r.funded} | ${(100 * r.spentShare).toFixed(1)} % | ${r.heapDelta > 0 ? '+' : ''}${mb(r.heapDelta)} |`,
  ),
  '',
  `Peak memory (RSS of the benchmark process): ${mb(fixturesPeak)} after the fixtures, ${mb(overallPeak)} after the`,
  'synthetic instance (its generation, its 100,000 parsed votes and the runs).',
  '',
  `1-minute load average of the machine: ${loadBefore.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end (other work`,
  'shares its cores: on an idle machine expect lower figures).',
  '',
  `Target: well under a second on the fixtures → ${results.filter((r) => !r.label.startsWith('synthetic')).every((r) => median(r.runMs) < 1000) ? 'met' : 'NOT met'}.`,
];
console.log(report.join('\n'));

// One read and one write, just before exiting: other benchmarks own other blocks of the file.
const file = new URL('../BENCHMARKS.md', import.meta.url);
const START = '<!-- bench:pabulib:start -->';
const END = '<!-- bench:pabulib:end -->';
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch {
  text = '# Benchmarks\n\nFigures written by `npm run bench` (`node scripts/bench.mjs`); never assertions.\n';
}
const block = `${START}\n${report.join('\n')}\n${END}`;
if (text.includes(START) && text.includes(END)) {
  text = text.slice(0, text.indexOf(START)) + block + text.slice(text.indexOf(END) + END.length);
} else {
  text = `${text.trimEnd()}\n\n## Pabulib rules\n\n${block}\n`;
}
writeFileSync(file, text);
