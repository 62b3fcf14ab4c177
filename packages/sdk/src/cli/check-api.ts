/**
 * `budget-citoyen check-api`: a server checked against the contract, for the team that
 * implements the API. Read-only: every request is a read, or a write the contract requires to
 * be refused (malformed, unauthenticated, too large), so a production server can be checked.
 * Each answer is parsed with the SDK's own schemas, as the widgets parse it.
 */
import * as z from 'zod/mini';
import { getCampaign, listCampaigns } from '../contract/campaigns.js';
import { listCommunes } from '../contract/communes.js';
import { getComptoir, getComptoirsCalendar, listComptoirs } from '../contract/comptoirs.js';
import { getDossier } from '../contract/dossiers.js';
import { pathOf } from '../contract/endpoint.js';
import { getIndex } from '../contract/mock.js';
import { getProject, listProjects } from '../contract/projects.js';
import { getResults } from '../contract/results.js';
import { castBallot, registerVoter } from '../contract/voting.js';
import { Problem } from '../schemas/index.js';
import { API_OPTIONS, baseUrl, choice, parseCommand, UsageError } from './args.js';
import type { Command } from './context.js';
import { CliError } from './failure.js';
import { toJson } from './output.js';

const help = `Usage: budget-citoyen check-api [options]

Checks a server against the budget citoyen API contract, and says what does not conform.
Read-only: it sends reads, and writes the contract requires the server to refuse (malformed,
without a token, too large); none may change anything. Exits with 1 when a check fails.

What it checks:
  - every public list and resource parses with the SDK's schemas (as the widgets parse it);
  - ETag on GET, and 304 on If-None-Match;
  - errors are application/problem+json with the contract's codes (404 not_found, including
    for a dossier id nobody knows; 400 validation_failed; 401; 413; 415), never a 5xx;
  - CORS, for widgets on communes' sites: a preflight for the vote from another origin, and
    the headers the SDK reads (ETag, Retry-After) exposed.

Options:
  --campaign <id>       the campaign to check (default: the first one the API lists)
  --format <f>          text (default), json
  --base-url <url>      API root, ending in /api/v1 (default $BUDGET_CITOYEN_API,
                        else http://127.0.0.1:4010/api/v1)
  -h, --help            this help

Example:
  budget-citoyen check-api --base-url https://recette.example.org/api/v1
`;

/** An origin that is not the API's, as a commune's site is. */
const FOREIGN_ORIGIN = 'https://www.commune-exemple.fr';
/** Past any sane body limit (the mock's is 64 KB), well below what strains a server. */
const LARGE_BODY_BYTES = 1024 * 1024;

interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

export interface CheckResult {
  name: string;
  ok: boolean;
  detail: string;
}

type Fetch = typeof fetch;

class Checker {
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
  async problem(name: string, path: string, status: number, code: string, init: RequestInit = {}): Promise<void> {
    const answer = await this.guard(name, () => this.request(path, init));
    if (!answer) return;
    const what = `${init.method ?? 'GET'} ${path}`;
    if (answer.status !== status) return void this.record(name, false, `${what}: ${answer.status}, expected ${status} ${code} ${snippet(answer)}`);
    const type = answer.headers.get('content-type') ?? '';
    if (!type.startsWith('application/problem+json')) return void this.record(name, false, `${what}: Content-Type ${type || 'absent'}, expected application/problem+json`);
    const parsed = parseJson(answer.text, Problem);
    if (!parsed.ok) return void this.record(name, false, `${what}: ${parsed.detail}`);
    if (parsed.value.code !== code) return void this.record(name, false, `${what}: code ${JSON.stringify(parsed.value.code)}, expected ${code}`);
    this.record(name, true, `${what}: ${status} ${code}`);
  }
}

function parseJson<S extends z.ZodMiniType>(text: string, schema: S): { ok: true; value: z.output<S> } | { ok: false; detail: string } {
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

function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? error.cause.message : error.message;
}

function snippet(answer: Answer): string {
  const text = answer.text.replace(/\s+/g, ' ').trim();
  return text ? `(${text.length > 80 ? `${text.slice(0, 80)}…` : text})` : '';
}

const headerList = (value: string | null) => (value ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);

/** Runs every check against `base` and returns them, in order. Never throws for a bad answer. */
export async function checkApi(base: string, options: { fetch?: Fetch; campaign?: string } = {}): Promise<CheckResult[]> {
  const c = new Checker(base, options.fetch ?? fetch);
  // Unguarded: a server that cannot be reached at all is one error, not twenty.
  await c.request(pathOf(getIndex, {}));

  const campaigns = await c.resource('campaigns: the list', pathOf(listCampaigns, {}), listCampaigns.response);
  const campaignId = options.campaign ?? campaigns?.items[0]?.id;
  if (!campaignId) {
    c.record('campaigns: one to check', false, 'no campaign listed: pass --campaign <id>');
    return c.results;
  }
  await c.resource('campaigns: one', pathOf(getCampaign, { campaignId }), getCampaign.response);
  await c.resource('communes', `${pathOf(listCommunes, {})}?limit=5`, listCommunes.response);
  const projectsPath = pathOf(listProjects, { campaignId });
  const projects = await c.resource('projects: the list', `${projectsPath}?limit=5`, listProjects.response);
  const first = projects?.items[0];
  if (first) await c.resource('projects: one', pathOf(getProject, { campaignId, projectId: first.id }), getProject.response);
  await c.resource('comptoirs: the list', `${pathOf(listComptoirs, { campaignId })}?limit=5`, listComptoirs.response);

  const calendar = pathOf(getComptoirsCalendar, { campaignId });
  await c.guard('comptoirs: calendar', async () => {
    const ics = await c.request(calendar);
    c.record(
      'comptoirs: calendar',
      ics.status === 200 && (ics.headers.get('content-type') ?? '').startsWith('text/calendar') && ics.text.startsWith('BEGIN:VCALENDAR'),
      `GET ${calendar}: ${ics.status} ${ics.headers.get('content-type') ?? 'no Content-Type'}`,
    );
  });

  const resultsPath = pathOf(getResults, { campaignId });
  await c.guard('results', async () => {
    const results = await c.request(resultsPath);
    if (results.status === 403) return c.problem('results: not public yet', resultsPath, 403, 'results_not_public');
    const parsed = results.status === 200 ? parseJson(results.text, getResults.response) : undefined;
    c.record(
      'results',
      parsed?.ok === true,
      parsed ? `GET ${resultsPath}: ${parsed.ok ? '200, matches the contract' : parsed.detail}` : `GET ${resultsPath}: ${results.status}, expected 200 or 403`,
    );
  });

  const campaignsPath = pathOf(listCampaigns, {});
  await c.guard('ETag and 304', async () => {
    const tag = (await c.request(campaignsPath)).headers.get('etag');
    if (!tag) return c.record('ETag and 304', false, `GET ${campaignsPath}: no ETag header`);
    const again = await c.request(campaignsPath, { headers: { 'if-none-match': tag } });
    return c.record('ETag and 304', again.status === 304, `GET ${campaignsPath} with If-None-Match: ${again.status}, expected 304`);
  });

  await c.problem('errors: unknown campaign', pathOf(getCampaign, { campaignId: 'check-api-unknown' }), 404, 'not_found');
  // A dossier is confidential: a wrong receipt code gets the same 404 as an unknown id.
  await c.problem('errors: unknown dossier', `${pathOf(getDossier, { campaignId, dossierId: 'check-api-unknown' })}?receipt=CHECK-API`, 404, 'not_found');
  await c.problem('errors: limit=0', `${projectsPath}?limit=0`, 400, 'validation_failed');
  await c.problem('errors: limit=abc', `${projectsPath}?limit=abc`, 400, 'validation_failed');
  const ballotPath = pathOf(castBallot, { campaignId });
  await c.problem('errors: ballot without a token', ballotPath, 401, 'unauthorized');
  const voters = pathOf(registerVoter, { campaignId });
  const post = (body: string, type: string): RequestInit => ({ method: 'POST', body, headers: { 'content-type': type } });
  await c.problem('errors: malformed JSON', voters, 400, 'validation_failed', post('{"firstName":', 'application/json'));
  await c.problem('errors: not JSON', voters, 415, 'unsupported_media_type', post('firstName=Ana', 'text/plain'));
  await c.problem('errors: body too large', voters, 413, 'payload_too_large', post(`{"x":"${'a'.repeat(LARGE_BODY_BYTES)}"}`, 'application/json'));

  // Odd input must get a 4xx, never a 5xx (each path is a read: nothing can change).
  const raw = (value: string) => value;
  const oddPaths = [
    `${projectsPath}?cursor=%ZZ`,
    `${projectsPath}?sort=%00`,
    pathOf(getCampaign, { campaignId: 'x'.repeat(2000) }),
    pathOf(getComptoir, { campaignId: encodeURIComponent(campaignId), comptoirId: '%FF%FE' }, raw),
  ];
  for (const path of oddPaths) {
    await c.guard('errors: odd input, no 5xx', async () => {
      const answer = await c.request(path);
      c.record('errors: odd input, no 5xx', answer.status >= 400 && answer.status < 500, `GET ${path.slice(0, 60)}: ${answer.status}`);
    });
  }

  await c.guard("CORS: the vote from a commune's site", () => checkPreflight(c, ballotPath));
  await c.guard('CORS: headers the SDK reads', () => checkExposed(c, campaignsPath));
  return c.results;
}

async function checkPreflight(c: Checker, ballotPath: string): Promise<void> {
  const preflight = await c.request(ballotPath, {
    method: 'OPTIONS',
    headers: {
      origin: FOREIGN_ORIGIN,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type, idempotency-key',
    },
  });
  const allowOrigin = preflight.headers.get('access-control-allow-origin');
  const allowed = headerList(preflight.headers.get('access-control-allow-headers'));
  const missing = ['authorization', 'content-type', 'idempotency-key'].filter((h) => !allowed.includes(h) && !allowed.includes('*'));
  c.record(
    'CORS: the vote from a commune\'s site',
    preflight.status >= 200 && preflight.status < 300 && (allowOrigin === '*' || allowOrigin === FOREIGN_ORIGIN) && missing.length === 0,
    `OPTIONS ${ballotPath} from ${FOREIGN_ORIGIN}: ${preflight.status}, Allow-Origin ${allowOrigin ?? 'absent'}${missing.length ? `, headers not allowed: ${missing.join(', ')}` : ''}`,
  );
}

async function checkExposed(c: Checker, campaignsPath: string): Promise<void> {
  const read = await c.request(campaignsPath, { headers: { origin: FOREIGN_ORIGIN } });
  const exposed = headerList(read.headers.get('access-control-expose-headers'));
  const hidden = ['etag', 'retry-after'].filter((h) => !exposed.includes(h) && !exposed.includes('*'));
  c.record(
    'CORS: headers the SDK reads',
    read.headers.get('access-control-allow-origin') !== null && hidden.length === 0,
    `GET ${campaignsPath} from ${FOREIGN_ORIGIN}: Allow-Origin ${read.headers.get('access-control-allow-origin') ?? 'absent'}${hidden.length ? `, not exposed: ${hidden.join(', ')}` : ', ETag and Retry-After exposed'}`,
  );
}

const FORMATS = ['text', 'json'] as const;

export const checkApiCommand: Command = {
  name: 'check-api',
  summary: 'check a server against the API contract (read-only)',
  help,
  async run(args, context) {
    const { values, positionals } = parseCommand('check-api', args, { ...API_OPTIONS, campaign: { type: 'string' }, format: { type: 'string' } });
    if (positionals.length) throw new UsageError(`unexpected argument ${positionals[0]} for check-api (see budget-citoyen check-api --help)`);
    const format = choice('check-api', 'format', values.format, FORMATS, 'text');
    const base = baseUrl(values['base-url'], context.env);
    context.baseUrl = base;
    let results: CheckResult[];
    try {
      results = await checkApi(base, { ...(context.fetch ? { fetch: context.fetch } : {}), ...(values.campaign ? { campaign: values.campaign } : {}) });
    } catch (error) {
      throw new CliError(`cannot reach ${base}: ${reason(error)}`);
    }
    const failed = results.filter((r) => !r.ok).length;
    if (format === 'json') context.stdout(toJson(results));
    else {
      for (const r of results) context.stdout(`${r.ok ? '✓' : '✗'} ${r.name} — ${r.detail}\n`);
      context.stdout(`\n${results.length - failed} passed, ${failed} failed (${base})\n`);
    }
    if (failed) throw new CliError(`${failed} check${failed === 1 ? '' : 's'} failed: the server does not conform to the contract`);
  },
};
