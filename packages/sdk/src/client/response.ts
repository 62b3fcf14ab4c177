import * as z from 'zod/mini';
import {
  AuthenticationError,
  BudgetCitoyenError,
  ConflictError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ResponseValidationError,
  ValidationError,
  type BudgetCitoyenErrorOptions,
  type ErrorCode,
  type FieldError,
} from '../errors.js';
import { PartialProblem } from '../schemas/problem.js';

const VALIDATION_CODES = new Set<ErrorCode>([
  'validation_failed',
  'not_eligible_age',
  'not_resident',
  'comptoir_participation_required',
]);

/** What a status means when the body says nothing usable (a proxy's HTML page, say). */
const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'validation_failed',
  429: 'rate_limited',
};

type ErrorClass = new (options: BudgetCitoyenErrorOptions) => BudgetCitoyenError;
const CLASS_BY_STATUS: Record<number, ErrorClass> = {
  400: ValidationError,
  401: AuthenticationError,
  403: PermissionError,
  404: NotFoundError,
  405: ConflictError,
  409: ConflictError,
  410: ConflictError,
  422: ValidationError,
};

/** `Retry-After` in milliseconds from now: delay-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const seconds = Number(text);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(text) - Date.now();
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}

/** The typed error for a non-2xx answer, whatever its body (problem+json or not). */
export async function errorFromResponse(response: Response): Promise<BudgetCitoyenError> {
  const { status } = response;
  const { extensions, ...problem } = await readProblem(response);
  const code = problem.code ?? CODE_BY_STATUS[status] ?? (status >= 500 ? 'server_error' : 'http_error');
  const options: BudgetCitoyenErrorOptions = {
    code,
    status,
    title: problem.title ?? (response.statusText || `HTTP ${status}`),
    detail: problem.detail,
    type: problem.type,
    errors: problem.errors as FieldError[] | undefined,
    extensions,
    response,
    requestId: response.headers.get('x-request-id') ?? undefined,
  };
  if (status === 429) {
    return new RateLimitError({ ...options, retryAfterMs: parseRetryAfter(response.headers.get('retry-after')) });
  }
  const ErrorType = VALIDATION_CODES.has(code) ? ValidationError : (CLASS_BY_STATUS[status] ?? BudgetCitoyenError);
  return new ErrorType(options);
}

/** The problem's members as the contract types them, and the others (its extensions) as they came. */
async function readProblem(response: Response): Promise<PartialProblem & { extensions?: Record<string, unknown> }> {
  try {
    const raw: unknown = JSON.parse(await response.text());
    const result = z.safeParse(PartialProblem, raw);
    if (!result.success) return {};
    const extensions: Record<string, unknown> = { ...(raw as object) };
    // The members PartialProblem reads, whether it kept them or not.
    for (const key of ['type', 'title', 'status', 'detail', 'code', 'instance', 'errors']) delete extensions[key];
    return { ...result.data, extensions };
  } catch {
    return {};
  }
}

/**
 * `text` parsed as JSON and validated with `schema`; anything else is a
 * `ResponseValidationError` whose `errors` list the paths that do not match.
 */
export function parseBody<S extends z.ZodMiniType>(schema: S, text: string, what: string, response?: Response): z.output<S> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const type = response?.headers.get('content-type');
    throw invalidResponse(`${what} is not JSON${type ? ` (${type})` : ''}`, [{ path: '', message: 'not JSON' }], response);
  }
  const result = z.safeParse(schema, data);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  throw invalidResponse(`${what} does not match the contract at ${errors.map((e) => e.path || '(root)').join(', ')}`, errors, response);
}

export function invalidResponse(message: string, errors: FieldError[], response?: Response): ResponseValidationError {
  return new ResponseValidationError({
    code: 'invalid_response',
    title: 'Invalid response',
    message,
    status: response?.status,
    errors,
    response,
  });
}
