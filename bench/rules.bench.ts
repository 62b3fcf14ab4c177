// Tally + allocation at the scale of the whole département: 1.46 million ballots (one per
// inhabitant of the Pas-de-Calais), 3 categories, 60 projects, ~0.5 % of identities voting twice.
// Data are generated deterministically and untimed; the figures land in BENCHMARKS.md.
import { loadavg } from 'node:os';
import { allocate, tally, tallyColumns, type AllocationInput, type TallyBallot, type TallyResult } from '@budget-citoyen/sdk/rules';
import { machine, mulberry32, writeReport } from './support.js';

const BALLOTS = 1_460_000;
const DOUBLE_VOTER_SHARE = 0.005;
const TIMED_RUNS = 7;
const CATEGORY_IDS = ['innovation-sociale', 'cooperation', 'pratiques-ess'] as const;
const PROJECTS_PER_CATEGORY = 20;

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

const random = mulberry32(62);

// Identity keys shaped like identityKey's output, distinct by construction (index → names, date).
const FIRST = Array.from({ length: 64 }, (_, i) => `prenom${i.toString(36)}`);
const LAST = Array.from({ length: 256 }, (_, i) => `nom-de-famille-${i.toString(36)}`);
function identityOf(person: number): string {
  const day = new Date(Date.UTC(1935, 0, 1) + Math.floor(person / 16384) * 97 * 86_400_000).toISOString().slice(0, 10);
  // Array#join gives a flat string, as JSON.parse or a database driver would.
  return [FIRST[person % 64], LAST[Math.floor(person / 64) % 256], day].join('|');
}

const projects = CATEGORY_IDS.flatMap((category, c) =>
  Array.from({ length: PROJECTS_PER_CATEGORY }, (_, i) => ({
    id: `projet-${String(c * PROJECTS_PER_CATEGORY + i + 1).padStart(3, '0')}`,
    category,
    requestedAmountCents: (5_000 + Math.floor(random() * 75_000)) * 100,
  })),
);
const input: Omit<AllocationInput, 'votes'> = {
  categories: [
    { id: 'innovation-sociale', envelopeCents: 300_000_00, rolloverRank: 1 },
    { id: 'cooperation', envelopeCents: 250_000_00, rolloverRank: 2 },
    { id: 'pratiques-ess', envelopeCents: 250_000_00, rolloverRank: 3 },
  ],
  projects,
  minVotes: 50,
};

interface Dataset {
  ballots: TallyBallot[];
  /** The same ballots as columns: the person's number (interned at registration) and one Uint16Array per category. */
  personOf: Uint32Array;
  choiceColumns: Uint16Array[];
  doubleVoters: number;
}

function generate(): Dataset {
  const people = Math.round(BALLOTS / (1 + DOUBLE_VOTER_SHARE));
  const doubleVoters = BALLOTS - people;
  const personOf = new Uint32Array(BALLOTS);
  for (let i = 0; i < people; i++) personOf[i] = i;
  // Double voters: distinct people, spread over the population.
  const step = Math.floor(people / doubleVoters);
  for (let i = 0; i < doubleVoters; i++) personOf[people + i] = i * step;
  for (let i = BALLOTS - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = personOf[i] as number;
    personOf[i] = personOf[j] as number;
    personOf[j] = swap;
  }
  const ballots: TallyBallot[] = new Array(BALLOTS);
  const choiceColumns = CATEGORY_IDS.map(() => new Uint16Array(BALLOTS));
  for (let i = 0; i < BALLOTS; i++) {
    const choices: Record<string, string> = {};
    CATEGORY_IDS.forEach((category, c) => {
      // Most people choose in every category; popularity is skewed, as in a real vote.
      if (random() < 0.9) {
        const project = c * PROJECTS_PER_CATEGORY + Math.floor(PROJECTS_PER_CATEGORY * random() ** 2);
        choices[category] = projects[project]!.id;
        choiceColumns[c]![i] = project + 1;
      }
    });
    if (Object.keys(choices).length === 0) {
      choices[CATEGORY_IDS[0]] = projects[0]!.id;
      choiceColumns[0]![i] = 1;
    }
    ballots[i] = { identity: identityOf(personOf[i] as number), choices };
  }
  return { ballots, personOf, choiceColumns, doubleVoters };
}

// Fresh identity strings before each run: V8 caches a string's hash in the string, so reusing
// the strings of the previous run would time hash-free lookups no real tally gets.
function refreshIdentities(ballots: TallyBallot[], personOf: Uint32Array): void {
  for (let i = 0; i < ballots.length; i++) (ballots[i] as { identity: string }).identity = identityOf(personOf[i] as number);
}

type Variant = 'objects' | 'columns, string identities' | 'columns, numbered identities';
const VARIANTS: Variant[] = ['objects', 'columns, string identities', 'columns, numbered identities'];

function run(variant: Variant, data: Dataset) {
  const projectIds = projects.map((p) => p.id);
  // A columnar store would already hold its string column: building it is not timed.
  const identityColumn = variant === 'columns, string identities' ? data.ballots.map((b) => b.identity) : [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const counted: TallyResult<unknown> =
    variant === 'objects'
      ? tally(data.ballots)
      : variant === 'columns, string identities'
        ? tallyColumns({ identities: identityColumn, projectIds, choices: data.choiceColumns })
        : tallyColumns({ identities: data.personOf, projectIds, choices: data.choiceColumns });
  const t1 = performance.now();
  const allocation = allocate({ ...input, votes: counted.votes });
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  return { counted, allocation, tallyMs: t1 - t0, allocateMs: t2 - t1, cpuMs: (cpu.user + cpu.system) / 1000 };
}

// A forced collection leaves sweeping to background threads; let them finish before timing, or
// they compete for the 2 cores and show up in the process's CPU time.
async function settle(): Promise<void> {
  gc();
  await new Promise((resolve) => setTimeout(resolve, 250));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

const loadBefore = loadavg()[0]!;
gc();
const heapBefore = process.memoryUsage().heapUsed;
const data = generate();
const { ballots, personOf, doubleVoters } = data;
gc();
const datasetBytes = process.memoryUsage().heapUsed - heapBefore;

interface Figures {
  tallyMs: number[];
  allocateMs: number[];
  totalMs: number[];
  cpuMs: number[];
  heapDelta: number;
  rssDelta: number;
}
const figures = new Map<Variant, Figures>();
let warm: ReturnType<typeof run> | undefined;
for (const variant of VARIANTS) {
  refreshIdentities(ballots, personOf);
  const first = run(variant, data);
  const expectedAnnulled = 2 * doubleVoters;
  if (first.counted.ballots.annulled !== expectedAnnulled || first.counted.ballots.cast !== BALLOTS) {
    throw new Error(`${variant}: wrong count ${JSON.stringify(first.counted.ballots)}, expected ${expectedAnnulled} annulled`);
  }
  if (warm && JSON.stringify([...warm.counted.votes]) !== JSON.stringify([...first.counted.votes])) {
    throw new Error(`${variant}: votes differ from the object tally`);
  }
  warm ??= first;
  const f: Figures = { tallyMs: [], allocateMs: [], totalMs: [], cpuMs: [], heapDelta: 0, rssDelta: 0 };
  for (let i = 0; i < TIMED_RUNS; i++) {
    if (variant !== 'columns, numbered identities') refreshIdentities(ballots, personOf);
    await settle();
    const before = process.memoryUsage();
    const result = run(variant, data);
    const after = process.memoryUsage();
    if (i === 0) Object.assign(f, { heapDelta: after.heapUsed - before.heapUsed, rssDelta: after.rss - before.rss });
    f.tallyMs.push(result.tallyMs);
    f.allocateMs.push(result.allocateMs);
    f.totalMs.push(result.tallyMs + result.allocateMs);
    f.cpuMs.push(result.cpuMs);
  }
  figures.set(variant, f);
}
const loadAfter = loadavg()[0]!;
const maxRssBytes = process.resourceUsage().maxRSS * 1024;
if (!warm) throw new Error('no run');

const ballotsLine = `${BALLOTS.toLocaleString('en-US')} ballots cast, ${warm.counted.ballots.annulled.toLocaleString('en-US')} annulled (${doubleVoters.toLocaleString('en-US')} identities voted twice), ${warm.counted.ballots.counted.toLocaleString('en-US')} counted; 3 categories, 60 projects`;
const funded = warm.allocation.categories.flatMap((c) => c.projects).filter((p) => p.funded).length;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const objects = figures.get('objects')!;
const fastest = figures.get('columns, numbered identities')!;
const report = [
  `Machine: ${machine()}. Run: \`node scripts/bench.mjs rules\` on ${new Date().toISOString().slice(0, 10)};`,
  `1-minute load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after (other work shares these 2 cores: figures vary with it).`,
  '',
  `Data: ${ballotsLine}; ${funded} projects funded. Generated deterministically (seeded), not timed.`,
  `Timings: median of ${TIMED_RUNS} runs after one warm-up, each on freshly built identity strings (so no string hash is`,
  'cached from the previous run). allocate is timed on the votes of each tally. Wall-clock time is what the target is',
  'about; CPU time (user + system of the process, GC threads included) is shown beside it because it suffers less',
  'when other processes compete for the cores.',
  '',
  '| tally input | tally median (min–max) | allocate median | tally + allocate median | CPU time median | heap growth | RSS growth |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...VARIANTS.map((variant) => {
    const f = figures.get(variant)!;
    return `| \`${variant === 'objects' ? 'tally' : 'tallyColumns'}\` — ${variant} | ${fmt(median(f.tallyMs))} (${fmt(Math.min(...f.tallyMs))}–${fmt(Math.max(...f.tallyMs))}) | ${fmt(median(f.allocateMs))} | **${fmt(median(f.totalMs))}** | ${fmt(median(f.cpuMs))} | ${mb(f.heapDelta)} | ${mb(f.rssDelta)} |`;
  }),
  '',
  `Memory: the 1.46 million ballot objects take ~${mb(datasetBytes)} of heap (the columns: ${mb(BALLOTS * (4 + 2 * CATEGORY_IDS.length))}).`,
  'Heap and RSS growth are measured across one tally + allocate, before any collection; the peak RSS of the whole',
  `benchmark process, data generation included, is ${mb(maxRssBytes)}.`,
  '',
  `Target (tally + allocate < 300 ms): object ballots ${median(objects.totalMs) < 300 ? 'meet it' : 'do NOT meet it'} (${fmt(median(objects.totalMs))});`,
  `the columnar fast path with numbered identities ${median(fastest.totalMs) < 300 ? 'meets it' : 'does NOT meet it'} (${fmt(median(fastest.totalMs))}).`,
];
console.log(report.join('\n'));

writeReport('rules', 'Tally and allocation', report);
