/**
 * The journal behind `--data`: the state is the seed plus every write the API answered, so the
 * journal keeps those writes — each POST that reached its synchronous step, with the instant
 * it ran at, who sent it and the secrets it drew — and a restart replays them, in order,
 * through the same handlers. Nothing here knows a record's shape: a new endpoint or command
 * is kept with no code of its own. Each replayed answer must match the one journaled (status
 * and a digest of the body), or the start is refused: a journal is never silently mixed with
 * data it does not describe. The file itself is `store/journal-file.ts` (Node only).
 */
import type { MockContext } from '../context.js';
import type { ClockReading } from '../store/clock.js';
import { Refusal } from '../store/refusal.js';
import { hashHex } from '../util/hash.js';
import { cryptoSecretSource, type SecretSource } from '../util/secrets.js';
import type { Connection, Replayed } from './connection.js';
import { ApiProblem, fromRefusal } from './problem.js';

/** One journaled request. Short keys: a journal holds thousands. */
export interface JournalEntry {
  /** The clock when the request came (mock instant, real time). */
  at: ClockReading;
  method: string;
  /** Path and query, e.g. `/api/v1/campaigns/bc-2026/ballot`. */
  path: string;
  /** The headers a handler reads: a voter's `authorization`, `idempotency-key`. */
  headers: Record<string, string>;
  /** Sent with the committee's token: replayed with the token the server has now. */
  admin?: true;
  /** The client's address (anonymous Idempotency-Keys are scoped to it). */
  client: string;
  body?: unknown;
  /** Each secret drawn, in hexadecimal, in order. */
  draws?: string[];
  status: number;
  /** `hashHex` of the JSON body answered, when the handler gave data rather than a Response. */
  digest?: string;
}

/** Where the journal writes (the file, or a test's array). */
export interface JournalSink {
  /** Durable when it returns: the answer leaves after. */
  append(entry: JournalEntry): void;
}

export interface Journal extends JournalSink {
  /** The store's secrets: recorded while a request runs, supplied from the journal on replay. */
  readonly secrets: JournalSecrets;
}

/** The platform's CSPRNG, with each draw recorded, or on replay, the draws of the journal given back. */
export class JournalSecrets implements SecretSource {
  #drawn: string[] | null = null;
  #supply: string[] | null = null;

  fill(bytes: Uint8Array<ArrayBuffer>): void {
    if (this.#supply) {
      const hex = this.#supply.shift();
      if (hex === undefined || hex.length !== bytes.length * 2) throw new Error('the journal has no matching secret for this request');
      for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
      return;
    }
    cryptoSecretSource.fill(bytes);
    this.#drawn?.push(Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(''));
  }

  /** Runs `step` recording its draws, or with `supply`, giving them back. */
  during<T>(supply: readonly string[] | undefined, step: () => T): { result?: T; error?: unknown; drawn: string[] } {
    const drawn: string[] = [];
    this.#drawn = drawn;
    this.#supply = supply ? [...supply] : null;
    try {
      return { result: step(), drawn };
    } catch (error) {
      return { error, drawn };
    } finally {
      this.#drawn = null;
      this.#supply = null;
    }
  }
}

export interface StepMeta {
  request: Request;
  url: URL;
  connection: Connection;
  at: ClockReading;
  body: unknown;
  admin: boolean;
}

/**
 * Runs one write's synchronous step and journals it (or on replay, notes what it answered).
 * `data()` is what the handler returned, for the digest. A replay of a stored Idempotency-Key
 * answer ran nothing: it is not journaled.
 */
export function journaled(ctx: MockContext, meta: StepMeta, step: () => Response, data: () => unknown): Response {
  const journal = ctx.journal;
  if (!journal) return step();
  const replay = meta.connection.replay;
  const { result, error, drawn } = journal.secrets.during(replay?.draws, step);
  // The data as of this instant (a reset leaves it to be rebuilt): a replay rebuilds it at the same one.
  void ctx.store.state;
  if (result?.headers.get('Idempotent-Replayed')) return result;
  const outcome = result ? { status: result.status, digest: digestOf(data()) } : failureOutcome(error);
  if (replay) replay.outcome = outcome;
  else {
    const headers: Record<string, string> = {};
    const authorization = meta.request.headers.get('Authorization');
    const key = meta.request.headers.get('Idempotency-Key');
    if (authorization && !meta.admin) headers['authorization'] = authorization;
    if (key !== null) headers['idempotency-key'] = key;
    journal.append({
      at: meta.at,
      method: meta.request.method,
      path: meta.url.pathname + meta.url.search,
      headers,
      ...(meta.admin ? { admin: true as const } : {}),
      client: meta.connection.address,
      ...(meta.body === undefined ? {} : { body: meta.body }),
      ...(drawn.length > 0 ? { draws: drawn } : {}),
      status: outcome.status,
      ...(outcome.digest === undefined ? {} : { digest: outcome.digest }),
    });
  }
  if (result) return result;
  throw error;
}

function digestOf(data: unknown): string | undefined {
  return data === undefined || data instanceof Response ? undefined : hashHex(JSON.stringify(data));
}

function failureOutcome(error: unknown): { status: number; digest?: string } {
  const problem = error instanceof ApiProblem ? error : error instanceof Refusal ? fromRefusal(error) : undefined;
  return problem ? { status: problem.status, digest: hashHex(JSON.stringify(problem.toJSON())) } : { status: 400 };
}

export class JournalMismatch extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'JournalMismatch';
  }
}

export interface ReplayTarget {
  handle(request: Request, connection?: Connection): Promise<Response | undefined>;
  options: { adminToken: string };
}

/**
 * Replays `entries` in order. Throws `JournalMismatch` at the first answer that differs from
 * the journaled one (`firstLine`: the file's line of the first entry, for the message).
 */
export async function replayJournal(api: ReplayTarget, entries: readonly JournalEntry[], firstLine = 1): Promise<void> {
  for (const [index, entry] of entries.entries()) {
    const headers: Record<string, string> = { ...entry.headers };
    if (entry.admin) headers['authorization'] = `Bearer ${api.options.adminToken}`;
    if (entry.body !== undefined) headers['content-type'] = 'application/json';
    const request = new Request(`http://journal.invalid${entry.path}`, {
      method: entry.method,
      headers,
      ...(entry.body === undefined ? {} : { body: JSON.stringify(entry.body) }),
    });
    const replay: Replayed = { at: entry.at, draws: entry.draws ?? [] };
    const response = await api.handle(request, { address: entry.client, controls: true, replay });
    await response?.body?.cancel();
    const outcome = replay.outcome;
    const differs = !outcome || outcome.status !== entry.status || (entry.digest !== undefined && outcome.digest !== entry.digest);
    if (differs) {
      const line = firstLine + index;
      const got = outcome ? `${outcome.status}${outcome.digest === entry.digest ? '' : ' with another body'}` : `${response?.status ?? 'no answer'} before its step`;
      throw new JournalMismatch(line, `line ${line}: ${entry.method} ${entry.path} answered ${got} where the journal says ${entry.status}`);
    }
  }
}
