/**
 * What `check-api` runs its checks with: requests that never throw for a bad answer, and one
 * result per check (passed, failed, or not checkable at the server's clock).
 */
import * as z from 'zod/mini';
import { Problem } from '../schemas/index.js';

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

export interface CheckResult {
  name: string;
  ok: boolean;
  detail: string;
  /** Not checkable against this server now (no public write open at its clock): neither passed nor failed. */
  skipped?: true;
}

type Fetch = typeof fetch;

export class Checker {
  readonly results: CheckResult[] = [];
  constructor(
    readonly base: string,
    readonly fetch: Fetch,
  ) {}

  async request(path: string, init: RequestInit = {}): Promise<Answer> {
    const response = await this.fetch(this.base + path, { redirect: 'manual', ...init });
    return { status: response.status, headers: response.headers, text: await response.text() };
  }

  record(name: string, ok: boolean, detail: string): boolean {
    this.results.push({ name, ok, detail });
    return ok;
  }

  skip(name: string, detail: string): void {
    this.results.push({ name, ok: true, detail, skipped: true });
  }

  /**
   * Runs one check: a request that fails outright (a server that closes the connection on a
   * large body, say) fails that check, not the run.
   */
  async guard<T>(name: string, run: () => Promise<T>): Promise<T | undefined> {
    try {
      return await run();
    } catch (error) {
      this.record(name, false, `the request failed: ${reason(error)}`);
      return undefined;
    }
  }

  /** A 200 whose JSON parses with `schema`; the parsed value, or undefined (recorded as failed). */
  resource<S extends z.ZodMiniType>(name: string, path: string, schema: S): Promise<z.output<S> | undefined> {
    return this.guard(name, () => this.#resource(name, path, schema));
  }

  async #resource<S extends z.ZodMiniType>(name: string, path: string, schema: S): Promise<z.output<S> | undefined> {
    const answer = await this.request(path);
    if (answer.status !== 200) return void this.record(name, false, `GET ${path}: ${answer.status}, expected 200 ${snippet(answer)}`);
    const parsed = parseJson(answer.text, schema);
    if (!parsed.ok) return void this.record(name, false, `GET ${path}: ${parsed.detail}`);
    this.record(name, true, `GET ${path}: 200, matches the contract`);
    return parsed.value;
  }

  /** A problem+json with `status` and `code`. */
  problem(name: string, path: string, status: number, code: string, init: RequestInit = {}): Promise<Problem | undefined> {
    return this.refusal(name, path, [[status, code]], init);
  }

  /**
   * A problem+json whose status and code are one of `accepted`; with `cors`, readable by a page
   * of another origin (`Access-Control-Allow-Origin`); `expect` says what else is wrong with it,
   * if anything. The problem, when the check passed.
   */
  async refusal(
    name: string,
    path: string,
    accepted: ReadonlyArray<readonly [status: number, code: string]>,
    init: RequestInit = {},
    options: { cors?: boolean; expect?: (problem: Problem) => string | undefined } = {},
  ): Promise<Problem | undefined> {
    const answer = await this.guard(name, () => this.request(path, init));
    if (!answer) return undefined;
    const what = `${init.method ?? 'GET'} ${path}`;
    const expected = accepted.map(([s, c]) => `${s} ${c}`).join(' or ');
    if (!accepted.some(([s]) => s === answer.status)) return void this.record(name, false, `${what}: ${answer.status}, expected ${expected} ${snippet(answer)}`);
    const type = answer.headers.get('content-type') ?? '';
    if (!type.startsWith('application/problem+json')) return void this.record(name, false, `${what}: Content-Type ${type || 'absent'}, expected application/problem+json`);
    const parsed = parseJson(answer.text, Problem);
    if (!parsed.ok) return void this.record(name, false, `${what}: ${parsed.detail}`);
    const { code } = parsed.value;
    if (!accepted.some(([s, c]) => s === answer.status && c === code)) return void this.record(name, false, `${what}: ${answer.status} ${JSON.stringify(code)}, expected ${expected}`);
    if (options.cors && !answer.headers.get('access-control-allow-origin')) {
      return void this.record(name, false, `${what}: ${answer.status} ${code} without Access-Control-Allow-Origin: a page of another origin cannot read it`);
    }
    const wrong = options.expect?.(parsed.value);
    if (wrong) return void this.record(name, false, `${what}: ${answer.status} ${code}, but ${wrong}`);
    this.record(name, true, `${what}: ${answer.status} ${code}${options.cors ? ', readable across origins' : ''}`);
    return parsed.value;
  }
}

export function parseJson<S extends z.ZodMiniType>(text: string, schema: S): { ok: true; value: z.output<S> } | { ok: false; detail: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, detail: 'the body is not JSON' };
  }
  const result = z.safeParse(schema, data);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.slice(0, 3).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
  return { ok: false, detail: `does not match the contract at ${issues.join('; ')}` };
}

export function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? error.cause.message : error.message;
}

export function snippet(answer: Answer): string {
  const text = answer.text.replace(/\s+/g, ' ').trim();
  return text ? `(${text.length > 80 ? `${text.slice(0, 80)}…` : text})` : '';
}

export const headerList = (value: string | null) => (value ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
