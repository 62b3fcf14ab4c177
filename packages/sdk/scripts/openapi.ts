/**
 * Writes `openapi.json` (OpenAPI 3.1) from the SDK's zod schemas and the table of endpoints
 * below, which follows `spec/api.md`. `npm run openapi -w packages/sdk` regenerates it; a test
 * fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import * as s from '../src/schemas/index.js';

export const OPENAPI_FILE = fileURLToPath(new URL('../openapi.json', import.meta.url));

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Json = Record<string, unknown>;
/** `[status, code]` pairs of the problem+json answers an operation may give. */
type Problems = [status: number, code: string][];

interface Endpoint {
  method: Method;
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  auth?: 'voter' | 'admin';
  query?: z.ZodMiniObject;
  /** Required query parameters that have no schema of their own. */
  extraQuery?: { name: string; description: string }[];
  body?: string;
  /** A POST that creates something: `Idempotency-Key`. */
  creates?: boolean;
  /** The component answered with, and its status (`200` by default). */
  response?: { status?: number; schema?: string; content?: 'text/calendar' | 'text/event-stream'; description: string };
  problems: Problems;
}

// Building blocks both sides share: named once, referenced everywhere (the instant's pattern is long).
const SHARED: Record<string, z.ZodMiniType> = {
  Instant: s.Instant,
  CalendarDate: s.CalendarDate,
  Email: s.Email,
  CommuneCode: s.CommuneCode,
  CodeName: s.CodeName,
};
// Components: responses are described as the server sends them, requests as clients may send them.
const RESPONSES: Record<string, z.ZodMiniType> = {
  ...SHARED,
  Campaign: s.Campaign,
  CampaignPage: s.CampaignPage,
  Commune: s.Commune,
  CommunePage: s.CommunePage,
  Project: s.Project,
  ProjectPage: s.ProjectPage,
  Comptoir: s.Comptoir,
  ComptoirPage: s.ComptoirPage,
  Registration: s.Registration,
  AttendanceResult: s.AttendanceResult,
  DossierReceipt: s.DossierReceipt,
  HolderDossier: s.HolderDossier,
  AdminDossier: s.AdminDossier,
  AdminDossierPage: s.AdminDossierPage,
  VoterSession: s.VoterSession,
  BallotState: s.BallotState,
  BallotReceipt: s.BallotReceipt,
  Results: s.Results,
  Problem: s.Problem,
};
const REQUESTS: Record<string, z.ZodMiniType> = {
  ...SHARED,
  RegistrationRequest: s.RegistrationRequest,
  AttendanceRequest: s.AttendanceRequest,
  DossierRequest: s.DossierRequest,
  Decision: s.Decision,
  VoterRequest: s.VoterRequest,
  BallotRequest: s.BallotRequest,
};

const QUERY_DESCRIPTIONS: Record<string, string> = {
  limit: 'Page size, 1–100.',
  cursor: 'The `nextCursor` of the previous page.',
  q: 'Free-text search; accents and case are ignored.',
  postcode: 'A five-digit postal code.',
  arrondissement: 'An arrondissement code (621–627).',
  commune: 'An INSEE commune code.',
  category: 'A category id.',
  sort: '`random` (default, stable for a `seed`), `title`, `amount`, or `votes` (only while results are visible).',
  seed: 'Seed of the `random` order: the same seed gives the same order, so pages neither repeat nor skip.',
  from: 'Comptoirs ending at or after this instant.',
  to: 'Comptoirs starting before this instant.',
  format: '`in-person` or `online`.',
};

const PAYLOAD: Problems = [
  [400, 'validation_failed'],
  [413, 'payload_too_large'],
  [415, 'unsupported_media_type'],
];
const CREATES: Problems = [...PAYLOAD, [409, 'idempotency_conflict']];
const QUERY: Problems = [[400, 'validation_failed']];
const CAMPAIGN: Problems = [[404, 'not_found']];
const VOTER: Problems = [[401, 'unauthorized']];
const ADMIN: Problems = [
  [401, 'unauthorized'],
  [403, 'forbidden'],
];

const campaign = '/campaigns/{campaignId}';
const ENDPOINTS: Endpoint[] = [
  {
    method: 'get',
    path: '/campaigns',
    operationId: 'listCampaigns',
    tag: 'campaigns',
    summary: 'List campaigns',
    query: s.PageQuery,
    response: { schema: 'CampaignPage', description: 'A page of campaigns.' },
    problems: QUERY,
  },
  {
    method: 'get',
    path: campaign,
    operationId: 'getCampaign',
    tag: 'campaigns',
    summary: 'Get a campaign: phases, categories, voting settings and the server’s clock (`now`)',
    response: { schema: 'Campaign', description: 'The campaign.' },
    problems: CAMPAIGN,
  },
  {
    method: 'get',
    path: '/communes',
    operationId: 'listCommunes',
    tag: 'territory',
    summary: 'List the communes of the département (INSEE data)',
    query: s.CommuneQuery,
    response: { schema: 'CommunePage', description: 'A page of communes.' },
    problems: QUERY,
  },
  {
    method: 'get',
    path: `${campaign}/projects`,
    operationId: 'listProjects',
    tag: 'projects',
    summary: 'List the labelled projects',
    query: s.ProjectQuery,
    response: { schema: 'ProjectPage', description: 'A page of labelled projects.' },
    problems: [...QUERY, ...CAMPAIGN],
  },
  {
    method: 'get',
    path: `${campaign}/projects/{projectId}`,
    operationId: 'getProject',
    tag: 'projects',
    summary: 'Get a labelled project',
    description: 'An unlabelled dossier and an unknown id give the same 404.',
    response: { schema: 'Project', description: 'The project.' },
    problems: CAMPAIGN,
  },
  {
    method: 'get',
    path: `${campaign}/comptoirs`,
    operationId: 'listComptoirs',
    tag: 'comptoirs',
    summary: 'List the comptoirs à initiatives citoyennes',
    query: s.ComptoirQuery,
    response: { schema: 'ComptoirPage', description: 'A page of comptoirs.' },
    problems: [...QUERY, ...CAMPAIGN],
  },
  {
    method: 'get',
    path: `${campaign}/comptoirs.ics`,
    operationId: 'getComptoirsCalendar',
    tag: 'comptoirs',
    summary: 'Every comptoir as an iCalendar file (RFC 5545)',
    response: { content: 'text/calendar', description: 'The calendar.' },
    problems: CAMPAIGN,
  },
  {
    method: 'get',
    path: `${campaign}/comptoirs/{comptoirId}`,
    operationId: 'getComptoir',
    tag: 'comptoirs',
    summary: 'Get a comptoir (an addition to the contract)',
    response: { schema: 'Comptoir', description: 'The comptoir, its seats as of now.' },
    problems: CAMPAIGN,
  },
  {
    method: 'get',
    path: `${campaign}/comptoirs/{comptoirId}.ics`,
    operationId: 'getComptoirCalendar',
    tag: 'comptoirs',
    summary: "One comptoir as an iCalendar event, for \"Ajouter à mon agenda\" (an addition to the contract)",
    response: { content: 'text/calendar', description: 'The calendar, with the one event.' },
    problems: CAMPAIGN,
  },
  {
    method: 'post',
    path: `${campaign}/comptoirs/{comptoirId}/registrations`,
    operationId: 'registerForComptoir',
    tag: 'comptoirs',
    summary: 'Register for a comptoir',
    description: 'Capacity is never exceeded: past it, registrations are `waitlisted`. Keep the `code`: a dossier needs it once the comptoir is attended.',
    body: 'RegistrationRequest',
    creates: true,
    response: { status: 201, schema: 'Registration', description: 'Registered (confirmed or waitlisted).' },
    problems: [...CREATES, ...CAMPAIGN, [409, 'already_registered'], [409, 'phase_closed']],
  },
  {
    method: 'post',
    path: `/admin${campaign}/comptoirs/{comptoirId}/attendance`,
    operationId: 'markAttendance',
    tag: 'admin',
    summary: 'Mark registrations as attended, by their codes',
    auth: 'admin',
    body: 'AttendanceRequest',
    creates: true,
    response: { schema: 'AttendanceResult', description: 'Which codes were marked, which matched nothing.' },
    problems: [...CREATES, ...ADMIN, ...CAMPAIGN],
  },
  {
    method: 'post',
    path: `${campaign}/dossiers`,
    operationId: 'submitDossier',
    tag: 'dossiers',
    summary: 'Submit a dossier (only during `depot`)',
    description:
      'The `comptoirCode` must be an attended registration not used by another dossier. A submitted dossier can never be modified. Dossiers are confidential.',
    body: 'DossierRequest',
    creates: true,
    response: { status: 201, schema: 'DossierReceipt', description: 'Submitted; keep the receipt code.' },
    problems: [
      ...CREATES,
      ...CAMPAIGN,
      [409, 'phase_closed'],
      [422, 'comptoir_participation_required'],
      [409, 'comptoir_participation_used'],
    ],
  },
  {
    method: 'get',
    path: `${campaign}/dossiers/{dossierId}`,
    operationId: 'getDossier',
    tag: 'dossiers',
    summary: 'The holder’s view of a dossier (status, decision), found only with its receipt code',
    extraQuery: [{ name: 'receipt', description: 'The receipt code given at submission.' }],
    response: { schema: 'HolderDossier', description: 'The dossier.' },
    problems: [...QUERY, [404, 'not_found']],
  },
  {
    method: 'get',
    path: `/admin${campaign}/dossiers`,
    operationId: 'listDossiers',
    tag: 'admin',
    summary: 'List every dossier',
    auth: 'admin',
    query: s.PageQuery,
    response: { schema: 'AdminDossierPage', description: 'A page of dossiers.' },
    problems: [...QUERY, ...ADMIN, ...CAMPAIGN],
  },
  {
    method: 'post',
    path: `/admin${campaign}/dossiers/{dossierId}/decision`,
    operationId: 'decideDossier',
    tag: 'admin',
    summary: 'Label (with a category) or reject (with a reason) a dossier',
    description: 'A labelled dossier becomes a public project; a rejection queues an e-mail to the holder. Final.',
    auth: 'admin',
    body: 'Decision',
    creates: true,
    response: { schema: 'AdminDossier', description: 'The dossier with its decision.' },
    problems: [...CREATES, ...ADMIN, [404, 'not_found'], [409, 'decision_final'], [409, 'phase_closed']],
  },
  {
    method: 'post',
    path: `${campaign}/voters`,
    operationId: 'registerVoter',
    tag: 'voting',
    summary: 'Register a voter (only during `vote`); the same e-mail again returns the same voter',
    body: 'VoterRequest',
    creates: true,
    response: { status: 201, schema: 'VoterSession', description: 'The voter and a bearer token for the ballot.' },
    problems: [...CREATES, ...CAMPAIGN, [409, 'phase_closed'], [422, 'not_eligible_age'], [422, 'not_resident']],
  },
  {
    method: 'get',
    path: `${campaign}/ballot`,
    operationId: 'getBallot',
    tag: 'voting',
    summary: 'The voter’s ballot: empty, or cast with its receipt',
    auth: 'voter',
    response: { schema: 'BallotState', description: 'The ballot.' },
    problems: [...VOTER, ...CAMPAIGN],
  },
  {
    method: 'post',
    path: `${campaign}/ballot`,
    operationId: 'castBallot',
    tag: 'voting',
    summary: 'Cast the ballot: one labelled project per category (at most `voting.choicesPerCategory`)',
    auth: 'voter',
    body: 'BallotRequest',
    creates: true,
    response: { status: 201, schema: 'BallotReceipt', description: 'Cast.' },
    problems: [...CREATES, ...VOTER, ...CAMPAIGN, [422, 'validation_failed'], [409, 'already_voted'], [409, 'phase_closed']],
  },
  {
    method: 'get',
    path: `${campaign}/results`,
    operationId: 'getResults',
    tag: 'results',
    summary: 'The results: provisional during the vote if the campaign shows live results, final after',
    description:
      '`computedAt` changes only when the counted ballots change: an unchanged result keeps its body and ETag. Cacheable (`Cache-Control: public`).',
    response: { schema: 'Results', description: 'The results.' },
    problems: [...CAMPAIGN, [403, 'results_not_public']],
  },
  {
    method: 'get',
    path: `${campaign}/results/stream`,
    operationId: 'streamResults',
    tag: 'results',
    summary: 'The results as Server-Sent Events',
    description:
      'An `event: results` whose `data` is the `Results` JSON on connect, then one each time they change. Clients must also work by polling `GET …/results` with `If-None-Match`.',
    response: { content: 'text/event-stream', description: 'The event stream.' },
    problems: [...CAMPAIGN, [403, 'results_not_public']],
  },
  ...(['put', 'patch', 'delete'] as const).flatMap((method): Endpoint[] =>
    [`${campaign}/dossiers`, `${campaign}/dossiers/{dossierId}`].map((path) => ({
      method,
      path,
      operationId: `${method}Dossier${path.endsWith('}') ? '' : 's'}`,
      tag: 'dossiers',
      summary: 'Not allowed: a submitted dossier can never be modified',
      problems: [[405, 'dossier_immutable']],
    })),
  ),
];

function component(name: string) {
  return { $ref: `#/components/schemas/${name}` };
}

function componentSchemas(schemas: Record<string, z.ZodMiniType>, io: 'input' | 'output'): Json {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: out } = z.toJSONSchema(registry, { io, uri: (id) => `#/components/schemas/${id}` }) as { schemas: Record<string, Json> };
  return Object.fromEntries(
    Object.keys(schemas).map((id) => {
      const { $schema: _dialect, $id: _id, ...schema } = out[id]!;
      return [id, schema];
    }),
  );
}

function jsonSchema(schema: z.ZodMiniType): Json {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input' }) as Json;
  return rest;
}

function parameters(endpoint: Endpoint): Json[] {
  const path = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: jsonSchema(s.Id),
  }));
  const query = Object.entries(endpoint.query?.shape ?? {}).map(([name, field]) => ({
    name,
    in: 'query',
    required: (field as z.ZodMiniType)._zod.def.type !== 'optional',
    ...(QUERY_DESCRIPTIONS[name] ? { description: QUERY_DESCRIPTIONS[name] } : {}),
    schema: jsonSchema(field as z.ZodMiniType),
  }));
  const extra = (endpoint.extraQuery ?? []).map(({ name, description }) => ({
    name,
    in: 'query',
    required: true,
    description,
    schema: { type: 'string', minLength: 1 },
  }));
  const headers = [
    ...(endpoint.method === 'get' && endpoint.response?.content !== 'text/event-stream'
      ? [{ $ref: '#/components/parameters/IfNoneMatch' }]
      : []),
    ...(endpoint.creates ? [{ $ref: '#/components/parameters/IdempotencyKey' }] : []),
  ];
  return [...path, ...query, ...extra, ...headers];
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
};

/** Every `[status, code]` an operation may answer, 429 `rate_limited` included, in status order. */
function problemsOf(endpoint: Endpoint): Map<number, string[]> {
  const byStatus = new Map<number, string[]>();
  for (const [status, code] of [...endpoint.problems, [429, 'rate_limited'] as const].sort(([a], [b]) => a - b)) {
    const codes = byStatus.get(status) ?? [];
    if (!codes.includes(code)) codes.push(code);
    byStatus.set(status, codes);
  }
  return byStatus;
}

const exampleName = (status: number, code: string) => `${code}-${status}`;

function problemResponses(endpoint: Endpoint): Json {
  return Object.fromEntries(
    [...problemsOf(endpoint)].map(([status, codes]) => [
      String(status),
      {
        description: `${TITLES[status]}: ${codes.map((c) => `\`${c}\``).join(', ')}.`,
        ...(status === 429 ? { headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } } } : {}),
        content: {
          'application/problem+json': {
            schema: component('Problem'),
            examples: Object.fromEntries(codes.map((code) => [code, { $ref: `#/components/examples/${exampleName(status, code)}` }])),
          },
        },
      },
    ]),
  );
}

function problemExamples(): Json {
  const examples: Json = {};
  for (const endpoint of ENDPOINTS) {
    for (const [status, codes] of problemsOf(endpoint)) {
      for (const code of codes) {
        examples[exampleName(status, code)] = { value: { type: 'about:blank', title: TITLES[status], status, code, detail: '…' } };
      }
    }
  }
  return Object.fromEntries(Object.entries(examples).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function operation(endpoint: Endpoint): Json {
  const { response } = endpoint;
  const isGet = endpoint.method === 'get';
  const success: Json = {};
  if (response) {
    const content = response.schema
      ? { 'application/json': { schema: component(response.schema) } }
      : { [response.content!]: { schema: { type: 'string' } } };
    const headers = isGet && response.content !== 'text/event-stream' ? { ETag: { $ref: '#/components/headers/ETag' } } : undefined;
    success[String(response.status ?? 200)] = { description: response.description, ...(headers ? { headers } : {}), content };
    if (headers) success['304'] = { description: 'Not modified: the `If-None-Match` ETag is current.', headers };
  }
  const params = parameters(endpoint);
  return {
    operationId: endpoint.operationId,
    tags: [endpoint.tag],
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    ...(endpoint.auth ? { security: [{ [`${endpoint.auth}Token`]: [] }] } : {}),
    ...(params.length ? { parameters: params } : {}),
    ...(endpoint.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: component(endpoint.body) } } } }
      : {}),
    responses: { ...success, ...problemResponses(endpoint) },
  };
}

export function buildOpenApi(): Json {
  const paths: Record<string, Json> = {};
  for (const endpoint of ENDPOINTS) (paths[endpoint.path] ??= {})[endpoint.method] = operation(endpoint);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Budget citoyen du Pas-de-Calais',
      version: '1.0.0',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      description: [
        'The HTTP API of the Pas-de-Calais budget citoyen: comptoirs, dossiers, labelled projects, the vote and its results.',
        'Money is an integer number of euro cents (`…Cents`); instants are ISO 8601 with offset.',
        'Lists are cursor-paginated (`limit`, `cursor` → `{ items, nextCursor, total }`).',
        'Errors are RFC 9457 `application/problem+json` with a stable `code`.',
        'Every GET sends an `ETag` and answers `If-None-Match` with 304.',
        'A POST that creates something takes an `Idempotency-Key`: the same key with the same body replays the first answer, with another body it is `409 idempotency_conflict`.',
        'Generated from the SDK’s schemas by `packages/sdk/scripts/openapi.ts`.',
      ].join('\n\n'),
    },
    servers: [{ url: '/api/v1', description: 'The API, under `/api/v1` of its origin (the mock server too).' }],
    tags: ['campaigns', 'territory', 'projects', 'comptoirs', 'dossiers', 'voting', 'results', 'admin'].map((name) => ({ name })),
    paths,
    components: {
      schemas: { ...componentSchemas(RESPONSES, 'output'), ...componentSchemas(REQUESTS, 'input') },
      parameters: {
        IfNoneMatch: {
          name: 'If-None-Match',
          in: 'header',
          required: false,
          description: 'The ETag of a copy the client holds: answered 304 when it is still current.',
          schema: { type: 'string' },
        },
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description: 'A unique key per logical request (a UUID), the same on every retry: the same key with the same body replays the first answer; with another body it is `409 idempotency_conflict`.',
          schema: { type: 'string', minLength: 1, maxLength: 255 },
        },
      },
      examples: problemExamples(),
      headers: {
        ETag: { description: 'The version of the representation, for `If-None-Match`.', schema: { type: 'string' } },
        RetryAfter: { description: 'When to try again: delay-seconds or an HTTP date.', schema: { type: 'string' } },
      },
      securitySchemes: {
        voterToken: { type: 'http', scheme: 'bearer', description: 'The `token` of `POST …/voters`.' },
        adminToken: { type: 'http', scheme: 'bearer', description: 'The committee’s token, configured on the server.' },
      },
    },
  };
}

export function serialize(document: Json): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(OPENAPI_FILE, serialize(buildOpenApi()));
  console.log(`wrote ${OPENAPI_FILE}`);
}
