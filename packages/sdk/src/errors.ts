/**
 * The SDK's one error family. Everything the SDK throws is a `BudgetCitoyenError`; subclasses
 * say which kind of failure it was, `code` says exactly what (the API's stable problem codes,
 * plus `network_error`, `timeout`, `invalid_response` and `invalid_input` for failures that
 * never reached, or never came back from, the server).
 *
 * `instanceof` breaks when two copies of the SDK meet (an iframe, two bundles on one page), so
 * every error carries a brand and the `is…` guards below read the brand, not the prototype.
 */
import type { ProblemCode } from './contract/problems.js';

/** One problem with one field of a request, as in the API's `errors` array. */
export interface FieldError {
  /** JSON pointer-like dotted path of the field, e.g. `holder.email` or `choices.cooperation`. */
  path: string;
  message: string;
}

/** The API's problem codes (`PROBLEMS`), plus the SDK's own. Other codes may appear. */
export type ErrorCode = ProblemCode | 'network_error' | 'timeout' | 'invalid_response' | 'invalid_input' | (string & {});

export type ErrorKind =
  | 'api'
  | 'validation'
  | 'authentication'
  | 'permission'
  | 'not_found'
  | 'conflict'
  | 'rate_limit'
  | 'network'
  | 'timeout'
  | 'response_validation'
  | 'rule_input';

export interface BudgetCitoyenErrorOptions {
  code: ErrorCode;
  message?: string;
  status?: number;
  title?: string;
  detail?: string;
  type?: string;
  errors?: FieldError[];
  extensions?: Record<string, unknown>;
  response?: Response;
  requestId?: string;
  cause?: unknown;
}

const BRAND = Symbol.for('budget-citoyen.error');

export class BudgetCitoyenError extends Error {
  /** Which subclass this is, readable across realms. */
  readonly kind: ErrorKind = 'api';
  /** Stable, machine-readable code: switch on this, not on `message`. */
  readonly code: ErrorCode;
  /** HTTP status, when the server answered. */
  readonly status: number | undefined;
  readonly title: string;
  readonly detail: string | undefined;
  /** RFC 9457 `type` URI of the problem, when the server sent one. */
  readonly type: string | undefined;
  /** Field-level problems; empty when the error is not about one field. */
  readonly errors: FieldError[];
  /**
   * The problem's other members (RFC 9457 extensions): `triesLeft` on `invalid_code`,
   * `opensAt` on `phase_closed`…; empty when there are none.
   */
  readonly extensions: Record<string, unknown>;
  /** The raw response, when there was one (its body has already been read). */
  readonly response: Response | undefined;
  readonly requestId: string | undefined;
  declare readonly [BRAND]: true;

  constructor(options: BudgetCitoyenErrorOptions) {
    const title = options.title ?? options.code;
    super(options.message ?? options.detail ?? title, options.cause === undefined ? undefined : { cause: options.cause });
    Object.defineProperty(this, BRAND, { value: true });
    this.name = new.target.name;
    this.code = options.code;
    this.status = options.status;
    this.title = title;
    this.detail = options.detail;
    this.type = options.type;
    this.errors = options.errors ?? [];
    this.extensions = options.extensions ?? {};
    this.response = options.response;
    this.requestId = options.requestId;
  }
}

/** 400/422 `validation_failed`, the eligibility refusals (`not_eligible_age`, `not_resident`, …) and `invalid_code`. */
export class ValidationError extends BudgetCitoyenError {
  override readonly kind = 'validation';
}
/** 401: no token, or an expired one. */
export class AuthenticationError extends BudgetCitoyenError {
  override readonly kind = 'authentication';
}
/** 403: `forbidden`, `results_not_public`. */
export class PermissionError extends BudgetCitoyenError {
  override readonly kind = 'permission';
}
export class NotFoundError extends BudgetCitoyenError {
  override readonly kind = 'not_found';
}
/** 405, 409 and 410: the request is well formed but the state forbids it (`already_voted`, `phase_closed`, `verification_expired`…). */
export class ConflictError extends BudgetCitoyenError {
  override readonly kind = 'conflict';
}
/** 429. `retryAfterMs` says when to come back, when the server said so. */
export class RateLimitError extends BudgetCitoyenError {
  override readonly kind = 'rate_limit';
  readonly retryAfterMs: number | undefined;
  constructor(options: BudgetCitoyenErrorOptions & { retryAfterMs?: number }) {
    super(options);
    this.retryAfterMs = options.retryAfterMs;
  }
}
/** The request never got an answer: offline, DNS, CORS, connection reset. */
export class NetworkError extends BudgetCitoyenError {
  override readonly kind = 'network';
}
/** No answer within `timeoutMs`. */
export class TimeoutError extends BudgetCitoyenError {
  override readonly kind = 'timeout';
}
/** The server answered, but not with what the contract says. `errors` lists the mismatches. */
export class ResponseValidationError extends BudgetCitoyenError {
  override readonly kind = 'response_validation';
}
/** A rule function (`rules.*`, `pabulib.*`) was given malformed input. `errors` names the fields. */
export class RuleInputError extends BudgetCitoyenError {
  override readonly kind = 'rule_input';
  constructor(errors: FieldError[], message?: string) {
    super({
      code: 'invalid_input',
      title: 'Invalid input',
      message: message ?? errors.map((e) => `${e.path || '(root)'}: ${e.message}`).join('; '),
      errors,
    });
  }
}

/** True for any error of this SDK, whatever copy of the SDK threw it. */
export function isBudgetCitoyenError(error: unknown): error is BudgetCitoyenError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[BRAND] === true;
}

function guard<T extends BudgetCitoyenError>(kind: ErrorKind) {
  return (error: unknown): error is T => isBudgetCitoyenError(error) && error.kind === kind;
}
export const isValidationError = guard<ValidationError>('validation');
export const isAuthenticationError = guard<AuthenticationError>('authentication');
export const isPermissionError = guard<PermissionError>('permission');
export const isNotFoundError = guard<NotFoundError>('not_found');
export const isConflictError = guard<ConflictError>('conflict');
export const isRateLimitError = guard<RateLimitError>('rate_limit');
export const isNetworkError = guard<NetworkError>('network');
export const isTimeoutError = guard<TimeoutError>('timeout');
export const isResponseValidationError = guard<ResponseValidationError>('response_validation');
export const isRuleInputError = guard<RuleInputError>('rule_input');

/** True when `error` is an SDK error with this `code`: `hasErrorCode(e, 'already_voted')`. */
export function hasErrorCode(error: unknown, code: ErrorCode): error is BudgetCitoyenError {
  return isBudgetCitoyenError(error) && error.code === code;
}
