/** openapi.json is generated, current, and covers every endpoint of the contract. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { endpoints, type Endpoint } from '@budget-citoyen/sdk';
import { buildOpenApi, OPENAPI_FILE, serialize } from '../../scripts/openapi.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const document = buildOpenApi() as Json;
const operations = Object.entries(document.paths as Json).flatMap(([path, ops]) =>
  Object.entries(ops as Json).map(([method, op]) => ({ path, method, op: op as Json })),
);
function find(method: string, path: string): Json {
  const found = operations.find((o) => o.method === method && o.path === path);
  assert.ok(found, `${method.toUpperCase()} ${path} is documented`);
  return found.op;
}

// The resources of spec/api.md, method and path each.
const SPEC: [string, string][] = [
  ['get', '/campaigns'],
  ['get', '/campaigns/{campaignId}'],
  ['get', '/communes'],
  ['get', '/campaigns/{campaignId}/projects'],
  ['get', '/campaigns/{campaignId}/projects/{projectId}'],
  ['get', '/campaigns/{campaignId}/comptoirs'],
  ['get', '/campaigns/{campaignId}/comptoirs.ics'],
  ['post', '/campaigns/{campaignId}/comptoirs/{comptoirId}/registrations'],
  ['post', '/admin/campaigns/{campaignId}/comptoirs/{comptoirId}/attendance'],
  ['post', '/campaigns/{campaignId}/dossiers'],
  ['get', '/campaigns/{campaignId}/dossiers/{dossierId}'],
  ['get', '/admin/campaigns/{campaignId}/dossiers'],
  ['post', '/admin/campaigns/{campaignId}/dossiers/{dossierId}/decision'],
  ['post', '/campaigns/{campaignId}/voters'],
  ['post', '/campaigns/{campaignId}/voters/verify'],
  ['get', '/campaigns/{campaignId}/ballot'],
  ['post', '/campaigns/{campaignId}/ballot'],
  ['get', '/campaigns/{campaignId}/results'],
  ['get', '/campaigns/{campaignId}/results/stream'],
];

// The table of required error codes at the end of the contract.
const REQUIRED_CODES: [string, number][] = [
  ['validation_failed', 400],
  ['validation_failed', 422],
  ['unauthorized', 401],
  ['forbidden', 403],
  ['not_found', 404],
  ['dossier_immutable', 405],
  ['already_registered', 409],
  ['already_voted', 409],
  ['idempotency_conflict', 409],
  ['decision_final', 409],
  ['phase_closed', 409],
  ['not_eligible_age', 422],
  ['not_resident', 422],
  ['comptoir_participation_required', 422],
  ['comptoir_participation_used', 409],
  ['results_not_public', 403],
  ['rate_limited', 429],
  ['payload_too_large', 413],
  ['unsupported_media_type', 415],
  ['invalid_code', 422],
  ['verification_expired', 410],
];

describe('openapi.json', () => {
  test('is current: regenerate it with `npm run openapi -w packages/sdk`', () => {
    const committed = readFileSync(OPENAPI_FILE, 'utf8');
    assert.ok(committed === serialize(document), 'packages/sdk/openapi.json is stale: run `npm run openapi -w packages/sdk`');
  });

  test('is OpenAPI 3.1 with every path of the contract', () => {
    assert.equal(document.openapi, '3.1.0');
    for (const [method, path] of SPEC) find(method, path);
  });

  test('the contract table has every route of the spec; the document, every endpoint of the table but the mock’s', () => {
    const table = (Object.values(endpoints) as Endpoint[]).filter((e) => !e.mock);
    for (const [method, path] of SPEC) {
      assert.ok(table.some((e) => e.method.toLowerCase() === method && e.path === path), `${method.toUpperCase()} ${path} is in the contract table`);
    }
    for (const e of table) find(e.method.toLowerCase(), e.path);
    assert.ok(!operations.some(({ path }) => path.startsWith('/__mock')), 'the mock’s controls are left out');
  });

  test('every required error code is documented with its status', () => {
    for (const [code, status] of REQUIRED_CODES) {
      const documented = operations.some(({ op }) => op.responses[String(status)]?.content?.['application/problem+json']?.examples?.[code]);
      assert.ok(documented, `${status} ${code}`);
    }
  });

  test('every $ref resolves', () => {
    const refs = new Set<string>();
    (function walk(node: unknown) {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === '$ref' && typeof value === 'string') refs.add(value);
          else walk(value);
        }
      }
    })(document);
    assert.ok(refs.size > 20);
    for (const ref of refs) {
      const target = ref
        .replace(/^#\//, '')
        .split('/')
        .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], document);
      assert.ok(target, `${ref} resolves`);
    }
  });

  test('headers: bearer security, Idempotency-Key on creating POSTs, ETag and If-None-Match on GETs', () => {
    assert.deepEqual(find('post', '/campaigns/{campaignId}/ballot').security, [{ voterToken: [] }]);
    assert.deepEqual(find('get', '/admin/campaigns/{campaignId}/dossiers').security, [{ adminToken: [] }]);
    assert.equal(find('get', '/campaigns/{campaignId}/projects').security, undefined);
    for (const { method, path, op } of operations) {
      const refs = (op.parameters ?? []).map((p: Json) => p.$ref);
      if (method === 'post') assert.ok(refs.includes('#/components/parameters/IdempotencyKey'), `${path} takes an Idempotency-Key`);
      if (method === 'get' && !path.endsWith('/stream')) {
        assert.ok(refs.includes('#/components/parameters/IfNoneMatch'), `${path} takes If-None-Match`);
        assert.ok(op.responses['304'], `${path} may answer 304`);
        assert.ok(op.responses['200'].headers.ETag, `${path} sends an ETag`);
      }
    }
  });

  test('media types: calendar, event stream, 405 on any change to a dossier', () => {
    assert.ok(find('get', '/campaigns/{campaignId}/comptoirs.ics').responses['200'].content['text/calendar']);
    assert.ok(find('get', '/campaigns/{campaignId}/results/stream').responses['200'].content['text/event-stream']);
    for (const method of ['put', 'patch', 'delete']) {
      const op = find(method, '/campaigns/{campaignId}/dossiers/{dossierId}');
      assert.ok(op.responses['405'].content['application/problem+json'].examples.dossier_immutable, `${method} is 405`);
    }
  });

  test('request and response bodies come from the schemas', () => {
    const schemas = document.components.schemas as Json;
    assert.deepEqual(find('post', '/campaigns/{campaignId}/dossiers').requestBody.content['application/json'].schema, {
      $ref: '#/components/schemas/DossierRequest',
    });
    assert.deepEqual(schemas.DossierRequest.properties.certifiesAccuracy, { type: 'boolean', const: true });
    assert.deepEqual(schemas.Results.required, ['status', 'computedAt', 'ballots', 'categories', 'rollover']);
    const projectsQuery = find('get', '/campaigns/{campaignId}/projects').parameters.map((p: Json) => p.name).filter(Boolean);
    assert.deepEqual(projectsQuery, ['campaignId', 'limit', 'cursor', 'category', 'commune', 'arrondissement', 'q', 'sort', 'seed', 'facets']);
    const facets = find('get', '/campaigns/{campaignId}/projects').parameters.find((p: Json) => p.name === 'facets');
    assert.deepEqual(facets.schema, { type: 'string', enum: ['true', 'false'] });
    assert.deepEqual(Object.keys(schemas.ProjectPage.properties), ['items', 'nextCursor', 'total', 'facets']);
    assert.deepEqual(schemas.ProjectPage.required, ['items', 'nextCursor', 'total']);
    const receipt = find('get', '/campaigns/{campaignId}/dossiers/{dossierId}').parameters.find((p: Json) => p.name === 'receipt');
    assert.equal(receipt.required, true);
  });
});
