// What every benchmark needs to report figures that hold on a shared machine: repeated runs,
// their median and spread, CPU time beside wall time, and the load average around them.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

export { mulberry32 } from '../packages/mock-server/src/util/random.js';

const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
/**
 * A full collection before each timed run, twice: V8 sweeps after a collection on helper
 * threads, whose CPU time would be charged to the run that follows; a second collection first
 * finishes the sweeping of the first, and leaves little to sweep itself.
 */
const gc = () => {
  collect();
  collect();
};

export interface Timing {
  /** Wall-clock milliseconds of each timed run. */
  wall: number[];
  /** CPU milliseconds (user + system, every thread of the process: GC included) of each run. */
  cpu: number[];
}

/**
 * Runs `fn` once untimed (warm-up), then `runs` times, each after a full collection so that one
 * run's garbage is not collected in the next one's time.
 */
export function time(runs: number, fn: () => unknown): Timing {
  fn();
  const timing: Timing = { wall: [], cpu: [] };
  for (let i = 0; i < runs; i++) {
    gc();
    const stop = startRun(timing);
    fn();
    stop();
  }
  return timing;
}

/** Starts the clocks of one run; the function returned stops them and adds the run to `timing`. */
function startRun(timing: Timing): () => void {
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  return () => {
    timing.wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuBefore);
    timing.cpu.push((used.user + used.system) / 1000);
  };
}

/**
 * `time` for several functions at once, interleaved: each round runs every one of them (in an
 * order that rotates), so that a burst of load from other work on the machine falls on all of
 * them alike instead of on whichever was being timed. `collect: false` for runs of a few
 * milliseconds: the helper threads' work after a forced collection then outweighs the run.
 */
export function timeInterleaved(runs: number, fns: ReadonlyArray<() => unknown>, options: { collect?: boolean } = {}): Timing[] {
  const { collect: collectFirst = true } = options;
  for (const fn of fns) fn();
  const timings = fns.map((): Timing => ({ wall: [], cpu: [] }));
  for (let round = 0; round < runs; round++) {
    for (let k = 0; k < fns.length; k++) {
      const which = (round + k) % fns.length;
      if (collectFirst) gc();
      const stop = startRun(timings[which] as Timing);
      (fns[which] as () => unknown)();
      stop();
    }
  }
  return timings;
}

/** As `time`, for an asynchronous `fn` (streaming input). */
export async function timeAsync(runs: number, fn: () => Promise<unknown>): Promise<Timing> {
  await fn();
  const timing: Timing = { wall: [], cpu: [] };
  for (let i = 0; i < runs; i++) {
    gc();
    const stop = startRun(timing);
    await fn();
    stop();
  }
  return timing;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function ms(value: number): string {
  return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
}

/** `median (min–max)`: the spread is the whole range, so a disturbed run shows. */
export function spread(values: readonly number[]): string {
  return `${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`;
}

/** One table cell: wall and CPU medians with their ranges, in ms. */
export function cell(timing: Timing): string {
  return `${spread(timing.wall)} · CPU ${spread(timing.cpu)}`;
}

export function machine(): string {
  return `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, ${process.platform}/${process.arch}`;
}

export function load(): string {
  return (loadavg()[0] ?? 0).toFixed(1);
}

/**
 * Puts `report` in BENCHMARKS.md between this benchmark's markers (`<!-- bench:<id>:start -->`
 * and `…:end -->`), or under a new `## <heading>` the first time: other benchmarks own other
 * blocks of the file. One read and one write, just before exiting; none with `BENCH_NO_WRITE=1`.
 */
export function writeReport(id: string, heading: string, report: readonly string[]): void {
  const file = new URL('../BENCHMARKS.md', import.meta.url);
  const start = `<!-- bench:${id}:start -->`;
  const end = `<!-- bench:${id}:end -->`;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = '# Benchmarks\n\nFigures written by `npm run bench` (`node scripts/bench.mjs`); never assertions.\n';
  }
  const block = `${start}\n${report.join('\n')}\n${end}`;
  if (text.includes(start) && text.includes(end)) {
    text = text.slice(0, text.indexOf(start)) + block + text.slice(text.indexOf(end) + end.length);
  } else {
    text = `${text.trimEnd()}\n\n## ${heading}\n\n${block}\n`;
  }
  if (process.env.BENCH_NO_WRITE !== '1') writeFileSync(file, text);
}
