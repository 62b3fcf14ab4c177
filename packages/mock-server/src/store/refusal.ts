/**
 * What the store throws when a command or a read is refused: a code of the contract, the
 * words that explain it, nothing of HTTP. The HTTP layer turns it into a problem document, its
 * status from the SDK's map (`http/problem.ts`).
 */
import type { ProblemCode } from '@budget-citoyen/sdk';

export interface FieldError {
  path: string;
  message: string;
}

/** Why a token was refused, for the HTTP layer's `WWW-Authenticate`. */
export type AuthError = 'missing' | 'invalid_token' | 'expired';

export interface RefusalInit {
  detail?: string;
  errors?: FieldError[];
  /** Extension members of the problem (RFC 9457 §3.2), e.g. `opensAt` on `phase_closed`. */
  extra?: Record<string, unknown>;
  authError?: AuthError;
  /** When to come back, in whole seconds (`rate_limited`): the HTTP layer's `Retry-After`. */
  retryAfterSeconds?: number;
}

export class Refusal extends Error {
  readonly code: ProblemCode;
  readonly detail: string | undefined;
  readonly errors: FieldError[] | undefined;
  readonly extra: Record<string, unknown>;
  readonly authError: AuthError | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ProblemCode, init: RefusalInit = {}) {
    super(init.detail ?? code);
    this.name = 'Refusal';
    this.code = code;
    this.detail = init.detail;
    this.errors = init.errors;
    this.extra = init.extra ?? {};
    this.authError = init.authError;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

export const notFound = (detail: string) => new Refusal('not_found', { detail });
export const validationFailed = (detail: string, errors: FieldError[]) => new Refusal('validation_failed', { detail, errors });
