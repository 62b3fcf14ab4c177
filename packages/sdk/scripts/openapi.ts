/**
 * Writes `openapi.json` (OpenAPI 3.1) from the contract table (`src/contract`), its
 * documentation (`src/contract/docs.ts`) and the SDK's zod schemas.
 * `npm run openapi -w packages/sdk` regenerates it; a test fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import * as endpoints from '../src/contract/all.js';
import { DOCS, IMMUTABLE_SUMMARY, QUERY_PARAMETERS, TAGS, type ApiEndpointName, type Tag } from '../src/contract/docs.js';
import type { Endpoint } from '../src/contract/endpoint.js';
import { IMMUTABLE_DOSSIERS } from '../src/contract/immutable.js';
import { PROBLEM_TYPE_BASE, PROBLEMS, problemsOf, problemStatus, type ProblemCode } from '../src/contract/problems.js';
import * as s from '../src/schemas/index.js';

export const OPENAPI_FILE = fileURLToPath(new URL('../openapi.json', import.meta.url));

type Json = Record<string, unknown>;

const SCHEMAS = Object.entries(s) as [string, unknown][];
/** The name a schema is exported under in `src/schemas`: its component name. */
function nameOf(schema: z.ZodMiniType): string {
  const found = SCHEMAS.find(([, value]) => value === schema);
  if (!found) throw new Error('a schema of the contract table is not exported by src/schemas');
  return found[0];
}

/** The API's endpoints, in the order of the documentation (the mock's own controls left out). */
const DOCUMENTED = (Object.keys(DOCS) as ApiEndpointName[]).map((name) => ({ name, endpoint: endpoints[name] as Endpoint, doc: DOCS[name] }));

// Building blocks both sides share: named once, referenced everywhere (the instant's pattern is long).
const SHARED: z.ZodMiniType[] = [s.Instant, s.CalendarDate, s.Email, s.CommuneCode, s.CodeName];
// Components: responses are described as the server sends them, requests as clients may send them.
const components = (pick: (e: Endpoint) => z.ZodMiniType | undefined, extra: z.ZodMiniType[] = []) =>
  Object.fromEntries(
    [...SHARED, ...DOCUMENTED.map(({ endpoint }) => pick(endpoint)), ...extra]
      .filter((schema): schema is z.ZodMiniType => schema !== undefined)
      .map((schema) => [nameOf(schema), schema]),
  );
const RESPONSES = components((e) => e.response, [s.Problem]);
const REQUESTS = components((e) => e.body);

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

/** One operation of the document: an endpoint of the table, or a refusal (no PUT on a dossier). */
interface Operation {
  method: string;
  path: string;
  operationId: string;
  doc: { tag: Tag; summary: string; description?: string; response?: string };
  endpoint?: Endpoint;
  problems: Array<[status: number, code: ProblemCode]>;
}

const refusal = (code: ProblemCode): Array<[number, ProblemCode]> => [
  [problemStatus(code), code],
  [problemStatus('rate_limited'), 'rate_limited'],
];

const OPERATIONS: Operation[] = [
  ...DOCUMENTED.map(({ name, endpoint, doc }) => ({
    method: endpoint.method.toLowerCase(),
    path: endpoint.path,
    operationId: name,
    doc,
    endpoint,
    problems: problemsOf(endpoint),
  })),
  ...IMMUTABLE_DOSSIERS.methods.flatMap((method) =>
    IMMUTABLE_DOSSIERS.paths.flatMap((list) =>
      [list, `${list}/{dossierId}`].map((path): Operation => {
        const admin = path.startsWith('/admin/');
        return {
          method: method.toLowerCase(),
          path,
          operationId: `${method.toLowerCase()}${admin ? 'Admin' : ''}Dossier${path === list ? 's' : ''}`,
          doc: { tag: admin ? 'admin' : 'dossiers', summary: IMMUTABLE_SUMMARY },
          problems: refusal(IMMUTABLE_DOSSIERS.problem),
        };
      }),
    ),
  ),
];

function parameters({ path, method, endpoint }: Operation): Json[] {
  const inPath = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: jsonSchema(s.Id),
  }));
  const query = Object.entries(endpoint?.query?.shape ?? {}).map(([name, field]) => ({
    name,
    in: 'query',
    required: (field as z.ZodMiniType)._zod.def.type !== 'optional',
    ...(QUERY_PARAMETERS[name] ? { description: QUERY_PARAMETERS[name] } : {}),
    schema: jsonSchema(field as z.ZodMiniType),
  }));
  const headers = [
    ...(method === 'get' && endpoint?.content !== 'text/event-stream' ? [{ $ref: '#/components/parameters/IfNoneMatch' }] : []),
    ...(endpoint?.creates ? [{ $ref: '#/components/parameters/IdempotencyKey' }] : []),
  ];
  return [...inPath, ...query, ...headers];
}

/** HTTP's reason phrases, to describe each status an operation may answer. */
const STATUS_TEXT: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
};

/** The codes of each status an operation may answer, in status order. */
function byStatus(problems: Operation['problems']): Map<number, ProblemCode[]> {
  const grouped = new Map<number, ProblemCode[]>();
  for (const [status, code] of problems) grouped.set(status, [...(grouped.get(status) ?? []), code]);
  return grouped;
}

const exampleName = (status: number, code: string) => `${code}-${status}`;

function problemResponses(op: Operation): Json {
  return Object.fromEntries(
    [...byStatus(op.problems)].map(([status, codes]) => [
      String(status),
      {
        description: `${STATUS_TEXT[status]}: ${codes.map((c) => `\`${c}\``).join(', ')}.`,
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

/** One example per `[status, code]`, as the server sends it. */
function problemExamples(): Json {
  const examples: Json = {};
  for (const op of OPERATIONS) {
    for (const [status, code] of op.problems) {
      examples[exampleName(status, code)] = { value: { type: PROBLEM_TYPE_BASE + code, title: PROBLEMS[code].title, status, code, detail: '…' } };
    }
  }
  return Object.fromEntries(Object.entries(examples).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function successResponses({ method, endpoint, doc }: Operation): Json {
  if (!endpoint) return {};
  const content = endpoint.response
    ? { 'application/json': { schema: component(nameOf(endpoint.response)) } }
    : { [endpoint.content!]: { schema: { type: 'string' } } };
  const headers = method === 'get' && endpoint.content !== 'text/event-stream' ? { ETag: { $ref: '#/components/headers/ETag' } } : undefined;
  return {
    [String(endpoint.status ?? 200)]: { description: doc.response, ...(headers ? { headers } : {}), content },
    ...(headers ? { 304: { description: 'Not modified: the `If-None-Match` ETag is current.', headers } } : {}),
  };
}

function operation(op: Operation): Json {
  const { endpoint, doc } = op;
  const params = parameters(op);
  return {
    operationId: op.operationId,
    tags: [doc.tag],
    summary: doc.summary,
    ...(doc.description ? { description: doc.description } : {}),
    ...(endpoint?.auth ? { security: [{ [`${endpoint.auth}Token`]: [] }] } : {}),
    ...(params.length ? { parameters: params } : {}),
    ...(endpoint?.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: component(nameOf(endpoint.body)) } } } }
      : {}),
    responses: { ...successResponses(op), ...problemResponses(op) },
  };
}

export function buildOpenApi(): Json {
  const paths: Record<string, Json> = {};
  for (const op of OPERATIONS) (paths[op.path] ??= {})[op.method] = operation(op);
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
    tags: TAGS.map((name) => ({ name })),
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
        voterToken: { type: 'http', scheme: 'bearer', description: 'The `token` of `POST …/voters/verify` (the e-mailed code given back).' },
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
