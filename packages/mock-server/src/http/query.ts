/**
 * Query strings and bodies through the SDK's schemas; what fails is a 400 naming each field.
 * The schemas are used through their own `safeParse`, so this package needs no zod of its own.
 */
import { MULTI_LINE, SINGLE_LINE } from '@budget-citoyen/sdk/schemas';
import { ApiProblem, validationProblem } from './problem.js';

interface Issue {
  path: ReadonlyArray<PropertyKey>;
  message: string;
  code?: string;
  expected?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  origin?: unknown;
  format?: unknown;
  values?: unknown;
  keys?: unknown;
  inclusive?: boolean;
  pattern?: unknown;
}

export interface Schema {
  safeParse(data: unknown): { success: true; data: unknown } | { success: false; error: { issues: readonly object[] } };
}
export type Parsed<S> = S extends { safeParse(data: unknown): infer R } ? (R extends { success: true; data: infer T } ? T : never) : never;

/** zod/mini ships no messages ("Invalid input"): say what was expected, unless the schema did. */
export function describeIssue(issue: Issue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'undefined' || issue.expected === 'never' ? 'is not allowed here' : `expected ${String(issue.expected)}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}${unit}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}${unit}`;
    case 'invalid_format':
      return `must be a valid ${String(issue.format)}`;
    case 'invalid_value':
      return Array.isArray(issue.values) ? `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` : 'invalid value';
    case 'unrecognized_keys':
      return `unknown keys ${Array.isArray(issue.keys) ? issue.keys.join(', ') : ''}`.trim();
    case 'invalid_union':
      return 'does not match any accepted shape';
    case 'not_multiple_of':
      return 'must be an integer';
    default:
      return 'invalid';
  }
}

const TEXT_RULES = new Set([String(SINGLE_LINE), String(MULTI_LINE)]);

/** Characters the text rules refuse (control characters, bidi marks) in well-formed text: a rule's refusal. */
const isTextRule = (issue: Issue) => issue.code === 'invalid_format' && TEXT_RULES.has(String(issue.pattern));

function fail(issues: readonly object[], detail?: string): ApiProblem {
  const described = (issues as Issue[]).map((issue) => ({ path: issue.path ?? [], message: describeIssue(issue) }));
  return validationProblem(described, { ...(detail === undefined ? {} : { detail }), byRule: (issues as Issue[]).every(isTextRule) });
}

/**
 * Empty parameters (`?q=&category=`) count as absent: forms and widgets send them for unset
 * filters. A repeated parameter keeps its last value.
 */
export function parseQuery<S extends Schema>(url: URL, schema: S): Parsed<S> {
  const raw: Record<string, string> = {};
  for (const [key, value] of url.searchParams) if (value !== '') raw[key] = value;
  const result = schema.safeParse(raw);
  if (!result.success) throw fail(result.error.issues, 'Some query parameters are invalid.');
  return result.data as Parsed<S>;
}

export function parseBody<S extends Schema>(value: unknown, schema: S): Parsed<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw fail(result.error.issues);
  return result.data as Parsed<S>;
}

export function requireParam(value: string | readonly string[] | undefined, name: string): string {
  const text = Array.isArray(value) ? value.join('/') : value;
  if (typeof text !== 'string' || text.length === 0 || text.length > 200) {
    throw new ApiProblem('not_found', { detail: `No such ${name}.` });
  }
  return text;
}

/** A field-by-field check for the mock's own small bodies, which have no SDK schema. */
export function check(errors: Array<{ path: string; message: string }>, ok: boolean, path: string, message: string): void {
  if (!ok) errors.push({ path, message });
}

export function throwIfErrors(errors: Array<{ path: string; message: string }>): void {
  if (errors.length > 0) throw new ApiProblem('validation_failed', { detail: 'Some fields are missing or invalid.', errors });
}
