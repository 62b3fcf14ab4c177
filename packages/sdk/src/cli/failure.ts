import { isBudgetCitoyenError, type BudgetCitoyenError } from '../errors.js';
import { UsageError } from './args.js';

/** A runtime failure whose message is already what the user should read (exit code 1). */
export class CliError extends Error {
  override readonly name = 'CliError';
}

/** Field errors shown in the one line; the rest are counted. */
const MAX_FIELDS = 3;

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** What to print (one line) and which exit code, for anything a command throws. */
export function describeFailure(error: unknown, baseUrl: string | undefined): { message: string; exitCode: number } {
  if (error instanceof UsageError) return { message: oneLine(error.message), exitCode: EXIT_USAGE };
  if (error instanceof CliError) return { message: oneLine(error.message), exitCode: EXIT_FAILURE };
  if (isBudgetCitoyenError(error)) return { message: oneLine(sdkMessage(error, baseUrl)), exitCode: EXIT_FAILURE };
  const message = error instanceof Error ? error.message : String(error);
  return { message: oneLine(`unexpected error: ${message}`), exitCode: EXIT_FAILURE };
}

function sdkMessage(error: BudgetCitoyenError, baseUrl: string | undefined): string {
  const where = baseUrl ?? 'the API';
  if (error.kind === 'network') return `cannot reach ${where}: ${rootCause(error)}`;
  if (error.kind === 'timeout') return `cannot reach ${where}: ${error.message}`;
  // PbParseError and RuleInputError: their message already names the line or the fields.
  if (error.kind === 'rule_input') return `${error.code}: ${error.message}`;
  const status = error.status === undefined ? '' : ` (${error.status})`;
  const shown = error.errors.slice(0, MAX_FIELDS).map((e) => `${e.path}: ${e.message}`);
  if (error.errors.length > MAX_FIELDS) shown.push(`${error.errors.length - MAX_FIELDS} more`);
  const fields = shown.length > 0 ? ` [${shown.join('; ')}]` : '';
  const detail = error.detail ?? (error.message !== error.code ? error.message : error.title);
  return `${error.code}${status}: ${detail}${fields}`;
}

/** The innermost message of a chain of causes: `connect ECONNREFUSED 127.0.0.1:9`, not `fetch failed`. */
function rootCause(error: Error): string {
  let current: unknown = error;
  let message = error.message;
  for (let depth = 0; depth < 10 && current instanceof Error; depth++) {
    if (current.message) message = current.message;
    const { cause } = current as { cause?: unknown };
    if (cause instanceof Error && 'errors' in cause && Array.isArray(cause.errors) && cause.errors[0] instanceof Error) {
      current = cause.errors[0]; // AggregateError: one address of several tried, enough to say why
    } else {
      current = cause;
    }
  }
  return message;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
