/**
 * Deterministic randomness: the seed data (with its ids and codes) and the injected latency and
 * failures come from here, so a seed always rebuilds the same scenario (and a failing test
 * replays exactly). Never for secrets: a seed is public, what it draws can be predicted; the
 * secrets handed out at run time come from `secrets.ts`.
 */
import { CROCKFORD } from './secrets.js';

/** mulberry32: tiny, fast, good enough for test data (not for secrets). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}


export class Random {
  readonly #next: () => number;
  constructor(seed: number) {
    this.#next = mulberry32(seed);
  }
  float(): number {
    return this.#next();
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.#next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.#next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.#next() * items.length)] as T;
  }
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    const total = items.reduce((sum, item) => sum + weight(item), 0);
    let r = this.#next() * total;
    for (const item of items) {
      r -= weight(item);
      if (r < 0) return item;
    }
    return items[items.length - 1] as T;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.#next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
  /** `length` characters of Crockford base 32. */
  code(length: number): string {
    let s = '';
    for (let i = 0; i < length; i++) s += CROCKFORD[Math.floor(this.#next() * 32)];
    return s;
  }
}

/** Weighted picks from a fixed list, in O(log n) each (the seed draws thousands of communes). */
export class WeightedPicker<T> {
  readonly #items: readonly T[];
  readonly #cumulative: number[];
  constructor(items: readonly T[], weight: (item: T) => number) {
    if (items.length === 0) throw new RangeError('no items to pick from');
    this.#items = items;
    let sum = 0;
    this.#cumulative = items.map((item) => (sum += weight(item)));
  }
  pick(rng: Random): T {
    const total = this.#cumulative[this.#cumulative.length - 1] as number;
    const r = rng.float() * total;
    let lo = 0;
    let hi = this.#cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.#cumulative[mid] as number) > r) hi = mid;
      else lo = mid + 1;
    }
    return this.#items[lo] as T;
  }
}
