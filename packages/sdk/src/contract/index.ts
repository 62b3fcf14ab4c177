/**
 * The contract table: for each endpoint its method, path, schemas, auth, idempotency, phase
 * and problems. The client, the mock server, openapi.json and the contract tests all read it.
 */
export { pathOf, type Auth, type BodyOf, type Endpoint, type Method, type ParamsOf, type PathParams, type QueryOf, type ResponseOf } from './endpoint.js';
export { PROBLEM_TYPE_BASE, PROBLEMS, problemsOf, problemStatus, type ProblemCode, type ProblemKind } from './problems.js';
export { IMMUTABLE_DOSSIERS } from './immutable.js';
export * as endpoints from './all.js';
