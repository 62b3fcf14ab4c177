/**
 * Deterministic randomness: the seed data and every id the mock hands out come from here, so a
 * seed always rebuilds the same scenario (and a failing test replays exactly).
 */

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

/** Crockford's base 32: no I, L, O, U, so codes read aloud and typed by hand survive. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

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
    for (let i = 0; i < length; i++) s += CODE_ALPHABET[Math.floor(this.#next() * 32)];
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

/** Where secure random bytes come from: the platform's CSPRNG, or bytes a journal replays (`--data`). */
export interface SecretSource {
  /** Fills `bytes` with random bytes, as `crypto.getRandomValues` does. */
  fill(bytes: Uint8Array<ArrayBuffer>): void;
}

export const cryptoSecretSource: SecretSource = {
  fill: (bytes) => void globalThis.crypto.getRandomValues(bytes),
};

/** Unguessable token for credentials (voter tokens): the platform's CSPRNG, not the seed. */
export function secureToken(bytes = 24, source: SecretSource = cryptoSecretSource): string {
  const buf = new Uint8Array(bytes);
  source.fill(buf);
  let s = '';
  for (const b of buf) s += b.toString(16).padStart(2, '0');
  return s;
}
