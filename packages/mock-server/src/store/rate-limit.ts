/**
 * Token buckets per client and kind of request. Real time, not the mock's clock: a flood is
 * measured in the seconds the server lives through, wherever the campaign's clock stands.
 */
export interface BucketOptions {
  /** Tokens added per second. */
  perSecond: number;
  /** Bucket size: how many requests a client may make at once. */
  burst: number;
}

export interface RateLimitOptions {
  /** GETs (and everything that is not a write). @default { perSecond: 50, burst: 200 } */
  read?: BucketOptions;
  /** POSTs and other writes, stricter. @default { perSecond: 10, burst: 60 } */
  write?: BucketOptions;
}

export const DEFAULT_RATE_LIMIT: Required<RateLimitOptions> = {
  read: { perSecond: 50, burst: 200 },
  write: { perSecond: 10, burst: 60 },
};

interface Bucket {
  tokens: number;
  at: number;
}

const MAX_CLIENTS = 10_000;

export class RateLimiter {
  #options: Required<RateLimitOptions> | null;
  readonly #buckets = new Map<string, Bucket>();
  readonly #now: () => number;

  constructor(options: RateLimitOptions | false = {}, now: () => number = () => performance.now()) {
    this.#options = null;
    this.#now = now;
    this.configure(options);
  }

  configure(options: RateLimitOptions | false): void {
    this.#options = options === false ? null : { read: options.read ?? DEFAULT_RATE_LIMIT.read, write: options.write ?? DEFAULT_RATE_LIMIT.write };
    this.#buckets.clear();
  }

  get options(): Required<RateLimitOptions> | false {
    return this.#options ?? false;
  }

  clear(): void {
    this.#buckets.clear();
  }

  /** Takes one token; when none is left, says in how many whole seconds one will be. */
  take(client: string, kind: 'read' | 'write'): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const options = this.#options?.[kind];
    if (!options) return { ok: true };
    const key = `${kind}\n${client}`;
    const now = this.#now();
    let bucket = this.#buckets.get(key);
    if (!bucket) {
      if (this.#buckets.size >= MAX_CLIENTS) this.#prune(now);
      bucket = { tokens: options.burst, at: now };
      this.#buckets.set(key, bucket);
    }
    bucket.tokens = Math.min(options.burst, bucket.tokens + ((now - bucket.at) / 1000) * options.perSecond);
    bucket.at = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / options.perSecond)) };
  }

  /** Forgets the clients whose bucket is full again: they are as good as new. */
  #prune(now: number): void {
    for (const [key, bucket] of this.#buckets) {
      const kind = key.startsWith('write') ? 'write' : 'read';
      const options = this.#options?.[kind];
      if (!options || bucket.tokens + ((now - bucket.at) / 1000) * options.perSecond >= options.burst) this.#buckets.delete(key);
    }
    if (this.#buckets.size >= MAX_CLIENTS) this.#buckets.clear();
  }
}
