/**
 * `budget-citoyen check-api`: a server checked against the contract, for the team that
 * implements the API. Read-only: every request is a read, or a write the contract requires to
 * be refused (malformed, unauthenticated, too large), so a production server can be checked.
 * Each answer is parsed with the SDK's own schemas, as the widgets parse it.
 */
import { getCampaign, listCampaigns } from '../contract/campaigns.js';
import { listCommunes } from '../contract/communes.js';
import { getComptoir, getComptoirsCalendar, listComptoirs } from '../contract/comptoirs.js';
import { getDossier } from '../contract/dossiers.js';
import { pathOf } from '../contract/endpoint.js';
import { getIndex } from '../contract/mock.js';
import { getProject, listProjects } from '../contract/projects.js';
import { getResults } from '../contract/results.js';
import { castBallot, registerVoter } from '../contract/voting.js';
import { API_OPTIONS, API_OPTIONS_HELP, baseUrl, choice, UsageError } from './args.js';
import { checkFacets, checkSingleLine, checkUnknownMethod, checkUnknownVerification } from './check-api-1-1.js';
import { Checker, headerList, parseJson, reason, type CheckResult } from './checker.js';
import { command } from './context.js';
import { CliError } from './failure.js';
import { toJson } from './output.js';

export type { CheckResult } from './checker.js';

const help = `Usage: budget-citoyen check-api [options]

Checks a server against the budget citoyen API contract, and says what does not conform.
Read-only: it sends reads, and writes the contract requires the server to refuse (malformed,
without a token, too large, refused by a rule); none may change anything. Exits with 1 when a
check fails. Contract 1.1.

What it checks:
  - every public list and resource parses with the SDK's schemas (as the widgets parse it);
  - the project list's facets add up to the list (facets=true);
  - ETag on GET, and 304 on If-None-Match;
  - errors are application/problem+json with the contract's codes (404 not_found, including
    for a dossier id nobody knows; 400 validation_failed; 401; 413 for a 20 MB body, read by
    the client; 415), never a 5xx; a verification nobody started is refused; a line break in a
    name is 422 validation_failed (only while the vote or the dépôt is open: a write the
    server refuses anyway, else "not checkable now"); a method HTTP does not know is a 405
    problem with CORS;
  - CORS, for widgets on communes' sites: a preflight for the vote from another origin, and
    the headers the SDK reads (ETag, Retry-After) exposed.

Options:
  --campaign <id>       the campaign to check (default: the first one the API lists)
  --format <f>          text (default), json
${API_OPTIONS_HELP}

Example:
  budget-citoyen check-api --base-url https://recette.example.org/api/v1
`;

/** An origin that is not the API's, as a commune's site is. */
const FOREIGN_ORIGIN = 'https://www.commune-exemple.fr';
/**
 * Past any sane body limit (the mock's is 64 KB), and large enough that a server which stops
 * reading at its limit and closes at once leaves the client without its 413.
 */
const LARGE_BODY_BYTES = 20 * 1024 * 1024;

/** Runs every check against `base` and returns them, in order. Never throws for a bad answer. */
export async function checkApi(base: string, options: { fetch?: typeof fetch; campaign?: string } = {}): Promise<CheckResult[]> {
  const c = new Checker(base, options.fetch ?? fetch);
  // Unguarded: a server that cannot be reached at all is one error, not twenty.
  await c.request(pathOf(getIndex, {}));

  const campaigns = await c.resource('campaigns: the list', pathOf(listCampaigns, {}), listCampaigns.response);
  const campaignId = options.campaign ?? campaigns?.items[0]?.id;
  if (!campaignId) {
    c.record('campaigns: one to check', false, 'no campaign listed: pass --campaign <id>');
    return c.results;
  }
  const campaign = await c.resource('campaigns: one', pathOf(getCampaign, { campaignId }), getCampaign.response);
  await c.resource('communes', `${pathOf(listCommunes, {})}?limit=5`, listCommunes.response);
  const projectsPath = pathOf(listProjects, { campaignId });
  const projects = await c.resource('projects: the list', `${projectsPath}?limit=5`, listProjects.response);
  const first = projects?.items[0];
  if (first) await c.resource('projects: one', pathOf(getProject, { campaignId, projectId: first.id }), getProject.response);
  await c.guard('projects: facets', () => checkFacets(c, campaignId));
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
  await checkUnknownVerification(c, campaignId);
  if (campaign) await c.guard('errors: a line break in a name', () => checkSingleLine(c, campaign));
  await checkUnknownMethod(c, campaignsPath, FOREIGN_ORIGIN);

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

export const checkApiCommand = command(
  { name: 'check-api', summary: 'check a server against the API contract (read-only)', help },
  { ...API_OPTIONS, campaign: { type: 'string' }, format: { type: 'string' } },
  async ({ values, positionals }, context) => {
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
    const skipped = results.filter((r) => r.skipped).length;
    if (format === 'json') context.stdout(toJson(results));
    else {
      for (const r of results) context.stdout(`${r.skipped ? '–' : r.ok ? '✓' : '✗'} ${r.name} — ${r.detail}\n`);
      const notNow = skipped ? `, ${skipped} not checkable now` : '';
      context.stdout(`\n${results.length - failed - skipped} passed, ${failed} failed${notNow} (${base})\n`);
    }
    if (failed) throw new CliError(`${failed} check${failed === 1 ? '' : 's'} failed: the server does not conform to the contract`);
  },
);
