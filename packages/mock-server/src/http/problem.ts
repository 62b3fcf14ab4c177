/**
 * RFC 9457 problem documents, the only shape of an error this API sends. A problem has a code of
 * the contract; its status and title come from the SDK's map (`PROBLEMS`), never from here. The
 * HTTP layer throws `ApiProblem`s of its own (a body too large, a rate limit) and turns the
 * store's `Refusal`s into them, with the headers that go with them.
 */
import { PROBLEM_TYPE_BASE, PROBLEMS, problemStatus, type ProblemCode } from '@budget-citoyen/sdk';
import type { AuthError, FieldError, Refusal } from '../store/refusal.js';

export interface ProblemInit {
  detail?: string;
  errors?: FieldError[];
  headers?: Record<string, string>;
  /** Extension members (RFC 9457 §3.2), e.g. `opensAt` on `phase_closed`. */
  extra?: Record<string, unknown>;
  /** A well-formed request that a rule refused: `validation_failed` is then a 422, not a 400. */
  byRule?: boolean;
  /** Another status than the contract's: only for a test's made-up answer (`problem()` of `testing.ts`). */
  status?: number;
}

export class ApiProblem extends Error {
  readonly status: number;
  readonly code: ProblemCode;
  readonly detail: string | undefined;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;
  readonly extra: Record<string, unknown>;

  constructor(code: ProblemCode, init: ProblemInit = {}) {
    super(init.detail ?? code);
    this.name = 'ApiProblem';
    this.status = init.status ?? problemStatus(code, init.byRule);
    this.code = code;
    this.detail = init.detail;
    this.errors = init.errors;
    this.headers = init.headers ?? {};
    this.extra = init.extra ?? {};
  }

  toJSON(): Record<string, unknown> {
    return {
      type: PROBLEM_TYPE_BASE + this.code,
      // A test's made-up code has no title of its own: its words stand for one.
      title: (PROBLEMS as Record<string, { title: string } | undefined>)[this.code]?.title ?? this.code.replace(/_/g, ' '),
      status: this.status,
      ...(this.detail === undefined ? {} : { detail: this.detail }),
      code: this.code,
      ...(this.errors === undefined ? {} : { errors: this.errors }),
      ...this.extra,
    };
  }
}

const WWW_AUTHENTICATE: Record<AuthError, string> = {
  missing: 'Bearer',
  invalid_token: 'Bearer error="invalid_token"',
  expired: 'Bearer error="invalid_token", error_description="expired"',
};

/** The store's refusal as the HTTP layer answers it. */
export function fromRefusal(refusal: Refusal): ApiProblem {
  const { code, detail, errors, extra, authError, retryAfterSeconds } = refusal;
  const headers: Record<string, string> = authError ? { 'WWW-Authenticate': WWW_AUTHENTICATE[authError] } : {};
  if (retryAfterSeconds !== undefined) headers['Retry-After'] = String(retryAfterSeconds);
  return new ApiProblem(code, { detail, errors, extra, headers, byRule: true });
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
  options: { prefix?: string; detail?: string; byRule?: boolean } = {},
): ApiProblem {
  const errors = issues.slice(0, 50).map((issue) => ({
    path: [options.prefix, ...issue.path.map(String)].filter((p) => p !== undefined && p !== '').join('.'),
    message: issue.message,
  }));
  return new ApiProblem('validation_failed', { detail: options.detail ?? 'Some fields are missing or invalid.', errors, byRule: options.byRule ?? false });
}

export const notFound = (detail: string) => new ApiProblem('not_found', { detail });
