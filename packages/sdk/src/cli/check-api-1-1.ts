/**
 * The checks of what contract 1.1 added: the project list's facets, the e-mail verification,
 * single-line text and the HTTP layer's own refusals. Read-only like the rest: each write is one
 * the server must refuse whether or not it conforms, so nothing can change.
 */
import { isPhaseOpen } from '../rules/phases.js';
import { listProjects } from '../contract/projects.js';
import { pathOf } from '../contract/endpoint.js';
import { submitDossier } from '../contract/dossiers.js';
import { registerVoter } from '../contract/voting.js';
import type { Campaign } from '../schemas/index.js';
import { parseJson, snippet, type Checker } from './checker.js';

const sum = (values: ReadonlyArray<{ count: number }>) => values.reduce((total, v) => total + v.count, 0);

/** The facets of the unfiltered list add up to its total, and a category's count is what its filter gives. */
export async function checkFacets(c: Checker, campaignId: string): Promise<void> {
  const name = 'projects: facets';
  const projectsPath = pathOf(listProjects, { campaignId });
  const path = `${projectsPath}?facets=true&limit=1`;
  const answer = await c.request(path);
  if (answer.status !== 200) return void c.record(name, false, `GET ${path}: ${answer.status}, expected 200 ${snippet(answer)}`);
  const parsed = parseJson(answer.text, listProjects.response);
  if (!parsed.ok) return void c.record(name, false, `GET ${path}: ${parsed.detail}`);
  const { total, facets } = parsed.value;
  if (!facets) return void c.record(name, false, `GET ${path}: no facets (added in contract 1.1)`);
  const lists = Object.entries(facets);
  const wrong = lists.filter(([, values]) => sum(values) !== total);
  if (wrong.length > 0) {
    return void c.record(name, false, `GET ${path}: total ${total}, but ${wrong.map(([facet, values]) => `the ${facet} add up to ${sum(values)}`).join(', ')}`);
  }
  const empty = lists.find(([, values]) => values.some((v) => v.count < 1));
  if (empty) return void c.record(name, false, `GET ${path}: a value of ${empty[0]} without a project is listed`);
  const category = facets.categories[0];
  if (category) {
    const filtered = `${projectsPath}?category=${encodeURIComponent(category.id)}&limit=1`;
    const again = parseJson((await c.request(filtered)).text, listProjects.response);
    const count = again.ok ? again.value.total : undefined;
    if (count !== category.count) return void c.record(name, false, `GET ${filtered}: total ${count ?? '(not a list)'}, but the facet said ${category.count}`);
  }
  c.record(name, true, `GET ${path}: the facets add up to the ${total} projects, and a category's count is what its filter gives`);
}

/**
 * A verification nobody started is refused with a problem of the contract: gone (410), unknown
 * (404), a wrong code (422), or the vote not open (409).
 */
export async function checkUnknownVerification(c: Checker, campaignId: string): Promise<void> {
  const path = `${pathOf(registerVoter, { campaignId })}/verify`;
  const body = JSON.stringify({ verificationId: 'check-api-unknown', code: '000000' });
  await c.refusal(
    'errors: unknown verification',
    path,
    [
      [404, 'not_found'],
      [409, 'phase_closed'],
      [410, 'verification_expired'],
      [422, 'invalid_code'],
      [422, 'validation_failed'],
    ],
    { method: 'POST', body, headers: { 'content-type': 'application/json' } },
  );
}

const INJECTED = 'Contrôle\r\nBcc: check-api@example.org';

/**
 * A line break in a name or a title is refused (422 `validation_failed`, naming the field), in
 * a write that the server would refuse anyway were it not (a voter born today living in Paris,
 * a dossier without a comptoir participation): whatever the server does, nothing is stored.
 * The write must be open at the server's clock (the vote, or the dépôt); else not checkable now.
 */
export async function checkSingleLine(c: Checker, campaign: Campaign): Promise<void> {
  const name = 'errors: a line break in a name';
  const now = Date.parse(campaign.now);
  const today = campaign.now.slice(0, 10);
  const target = isPhaseOpen(campaign, 'vote', now)
    ? {
        path: pathOf(registerVoter, { campaignId: campaign.id }),
        field: 'firstName',
        body: { firstName: INJECTED, lastName: 'Contrôle', birthDate: today, communeCode: '75056', email: 'check-api@example.org' },
      }
    : isPhaseOpen(campaign, 'depot', now)
      ? {
          path: pathOf(submitDossier, { campaignId: campaign.id }),
          field: 'title',
          body: {
            holder: { name: 'Contrôle', email: 'check-api@example.org', kind: 'citizen' },
            comptoirCode: 'CHECK-API-NONE',
            title: INJECTED,
            summary: 'Contrôle du contrat.',
            description: 'Contrôle du contrat.',
            requestedAmountCents: 100,
            communeCode: '62041',
            certifiesAccuracy: true,
          },
        }
      : undefined;
  if (!target) return c.skip(name, `no public write is open at the server's clock (${campaign.now}): run it during the dépôt or the vote`);
  await c.refusal(
    name,
    target.path,
    [[422, 'validation_failed']],
    { method: 'POST', body: JSON.stringify(target.body), headers: { 'content-type': 'application/json' } },
    { expect: (problem) => (problem.errors?.some((e) => e.path === target.field) ? undefined : `no error names ${target.field}`) },
  );
}

/** A method HTTP does not know is the HTTP layer's refusal: still problem+json, readable across origins. */
export async function checkUnknownMethod(c: Checker, path: string, origin: string): Promise<void> {
  await c.refusal('errors: unknown method', path, [[405, 'method_not_allowed']], { method: 'BREW', headers: { origin } }, { cors: true });
}
