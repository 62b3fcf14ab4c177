/**
 * Every problem code of the API and its HTTP status: the one place a code gets its status.
 * The mock server answers with these, openapi.json documents them, `ErrorCode` types them.
 */
import type { Endpoint } from './endpoint.js';

export interface ProblemKind {
  status: number;
  /** The `title` of the problem document. */
  title: string;
  /**
   * The status when the request is well formed but one of the endpoint's rules refuses it.
   * `validation_failed` is 400 for a malformed request (syntax, types, missing fields) and 422
   * for a well-formed one that a rule refuses (an unknown category, a ballot over the limit).
   */
  ruleStatus?: number;
}

export const PROBLEMS = {
  validation_failed: { status: 400, ruleStatus: 422, title: 'The request is not valid' },
  unauthorized: { status: 401, title: 'Authentication required' },
  forbidden: { status: 403, title: 'Not allowed' },
  not_found: { status: 404, title: 'Not found' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  dossier_immutable: { status: 405, title: 'A submitted dossier cannot be modified' },
  already_registered: { status: 409, title: 'Already registered' },
  already_voted: { status: 409, title: 'Already voted' },
  idempotency_conflict: { status: 409, title: 'Idempotency key reused with another request' },
  decision_final: { status: 409, title: 'The decision is final' },
  phase_closed: { status: 409, title: 'This phase of the campaign is not open' },
  registration_closed: { status: 409, title: 'Registration is closed' },
  // The title the mock has always sent for this code (it had none of its own).
  email_in_use: { status: 409, title: 'email in use' },
  comptoir_participation_used: { status: 409, title: 'This comptoir participation is already used' },
  verification_expired: { status: 410, title: 'The verification has expired' },
  payload_too_large: { status: 413, title: 'The request body is too large' },
  // Raised by the HTTP layer itself, before any endpoint: a URL and headers over the server's limit.
  headers_too_large: { status: 431, title: 'The request URL or headers are too large' },
  unsupported_media_type: { status: 415, title: 'The request body must be JSON' },
  not_eligible_age: { status: 422, title: 'Not old enough to vote' },
  not_resident: { status: 422, title: 'Not a resident of the département' },
  comptoir_participation_required: { status: 422, title: 'An attended comptoir participation is required' },
  invalid_code: { status: 422, title: 'Wrong verification code' },
  results_not_public: { status: 403, title: 'The results are not public yet' },
  rate_limited: { status: 429, title: 'Too many requests' },
  service_unavailable: { status: 503, title: 'Service unavailable (injected failure)' },
} as const satisfies Record<string, ProblemKind>;

export type ProblemCode = keyof typeof PROBLEMS;

/**
 * `type` names the code as a URN: RFC 9457 allows a non-resolvable URI, and a made-up URL would
 * look like documentation that does not exist. Clients switch on `code`.
 */
export const PROBLEM_TYPE_BASE = 'urn:budget-citoyen:problem:';

/** The status of `code`; `byRule`: a well-formed request that one of the endpoint's rules refuses. */
export function problemStatus(code: ProblemCode, byRule = false): number {
  const kind: ProblemKind = PROBLEMS[code];
  return (byRule && kind.ruleStatus) || kind.status;
}

/**
 * Every `[status, code]` the endpoint may answer, in status order: what its shape implies
 * (validation, size and media type of a body, idempotency, tokens, unknown ids, its phase,
 * rate limits) and what its rules refuse (`endpoint.problems`).
 */
export function problemsOf(endpoint: Endpoint): Array<[status: number, code: ProblemCode]> {
  const codes: Array<[number, ProblemCode]> = [];
  const add = (code: ProblemCode, byRule = false) => {
    const status = problemStatus(code, byRule);
    if (!codes.some(([s, c]) => s === status && c === code)) codes.push([status, code]);
  };
  if (endpoint.query || endpoint.body) add('validation_failed');
  if (endpoint.body) {
    add('payload_too_large');
    add('unsupported_media_type');
  }
  if (endpoint.creates) add('idempotency_conflict');
  if (endpoint.auth) {
    add('unauthorized');
    add('forbidden');
  }
  if (endpoint.path.includes('{')) add('not_found');
  if (endpoint.phase) add('phase_closed');
  for (const code of endpoint.problems ?? []) add(code, true);
  add('rate_limited');
  return codes.sort(([a], [b]) => a - b);
}
