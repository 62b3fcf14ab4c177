/**
 * RFC 9457 problem documents, the only shape of an error this API sends. Store commands throw
 * `ApiProblem` before they change anything; the route wrapper turns it into the response.
 */
export interface FieldError {
  path: string;
  message: string;
}

const TITLES: Record<string, string> = {
  validation_failed: 'The request is not valid',
  unauthorized: 'Authentication required',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  dossier_immutable: 'A submitted dossier cannot be modified',
  already_registered: 'Already registered',
  already_voted: 'Already voted',
  idempotency_conflict: 'Idempotency key reused with another request',
  decision_final: 'The decision is final',
  phase_closed: 'This phase of the campaign is not open',
  registration_closed: 'Registration is closed',
  not_eligible_age: 'Not old enough to vote',
  not_resident: 'Not a resident of the département',
  comptoir_participation_required: 'An attended comptoir participation is required',
  comptoir_participation_used: 'This comptoir participation is already used',
  results_not_public: 'The results are not public yet',
  rate_limited: 'Too many requests',
  payload_too_large: 'The request body is too large',
  unsupported_media_type: 'The request body must be JSON',
  service_unavailable: 'Service unavailable (injected failure)',
};

/**
 * `type` names the code as a URN: RFC 9457 allows a non-resolvable URI, and a made-up URL would
 * look like documentation that does not exist. Clients switch on `code`.
 */
export const PROBLEM_TYPE_BASE = 'urn:budget-citoyen:problem:';

export interface ProblemInit {
  detail?: string;
  errors?: FieldError[];
  headers?: Record<string, string>;
  /** Extension members (RFC 9457 §3.2), e.g. `opensAt` on `phase_closed`. */
  extra?: Record<string, unknown>;
}

export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;
  readonly extra: Record<string, unknown>;

  constructor(status: number, code: string, init: ProblemInit = {}) {
    super(init.detail ?? code);
    this.name = 'ApiProblem';
    this.status = status;
    this.code = code;
    this.detail = init.detail;
    this.errors = init.errors;
    this.headers = init.headers ?? {};
    this.extra = init.extra ?? {};
  }

  toJSON(): Record<string, unknown> {
    return {
      type: PROBLEM_TYPE_BASE + this.code,
      title: TITLES[this.code] ?? this.code.replace(/_/g, ' '),
      status: this.status,
      ...(this.detail === undefined ? {} : { detail: this.detail }),
      code: this.code,
      ...(this.errors === undefined ? {} : { errors: this.errors }),
      ...this.extra,
    };
  }
}

export function problemResponse(problem: ApiProblem): Response {
  return new Response(JSON.stringify(problem.toJSON()), {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json; charset=utf-8', 'Cache-Control': 'no-store', ...problem.headers },
  });
}

/** 400 `validation_failed` from a zod error's issues. */
export function validationProblem(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
  options: { status?: number; prefix?: string; detail?: string } = {},
): ApiProblem {
  const errors = issues.slice(0, 50).map((issue) => ({
    path: [options.prefix, ...issue.path.map(String)].filter((p) => p !== undefined && p !== '').join('.'),
    message: issue.message,
  }));
  return new ApiProblem(options.status ?? 400, 'validation_failed', {
    detail: options.detail ?? 'Some fields are missing or invalid.',
    errors,
  });
}

export const notFound = (detail: string) => new ApiProblem(404, 'not_found', { detail });
