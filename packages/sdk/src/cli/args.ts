import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in the command line: exit code 2, and the command's `--help` to point to. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Options every command takes. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionsConfig;

/** Options of the commands that call the API. */
export const API_OPTIONS = {
  'base-url': { type: 'string' },
} as const satisfies OptionsConfig;

export const DEFAULT_BASE_URL = 'http://127.0.0.1:4010/api/v1';
export const BASE_URL_ENV = 'BUDGET_CITOYEN_API';

/** The `--help` lines of `API_OPTIONS` and of `-h`, written once so they say the real default. */
export const API_OPTIONS_HELP = `  --base-url <url>      API root, ending in /api/v1 (default $${BASE_URL_ENV},
                        else ${DEFAULT_BASE_URL})
  -h, --help            this help`;

/**
 * `parseArgs`, strict, with one-line messages that name the command: Node's own messages are
 * longer and do not say where to look for help.
 */
export function parseCommand<O extends OptionsConfig>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
    const hint = `(see budget-citoyen ${command} --help)`;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${quoted} for ${command} ${hint}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = quoted.replace(/ <value>$/, '');
      throw new UsageError(/argument missing/.test(message) ? `option ${option} needs a value ${hint}` : `option ${option} takes no value ${hint}`);
    }
    throw new UsageError(`${message.split('\n')[0]} ${hint}`);
  }
}

/** The one positional argument a command requires, and nothing after it. */
export function onePositional(command: string, positionals: string[], what: string): string {
  const [first, ...rest] = positionals;
  if (first === undefined) throw new UsageError(`${command} needs ${what} (see budget-citoyen ${command} --help)`);
  if (rest.length > 0) throw new UsageError(`unexpected argument ${rest[0]} for ${command} (see budget-citoyen ${command} --help)`);
  return first;
}

/** `value` if it is one of `allowed`, `fallback` when absent. */
export function choice<const T extends string>(command: string, option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)} (see budget-citoyen ${command} --help)`);
}

/** The options of the commands that can explain an allocation instead. */
export const EXPLAIN_OPTIONS = {
  explain: { type: 'boolean' },
  lang: { type: 'string' },
} as const satisfies OptionsConfig;

export const LANG_HELP = '  --lang <l>            language of --explain: fr (default) or en';

/** `--lang`: French unless asked, and only with `--explain`, which it is the language of. */
export function explainLanguage(command: string, values: { explain?: boolean; lang?: string }): 'fr' | 'en' {
  const lang = choice(command, 'lang', values.lang, ['fr', 'en'], 'fr');
  if (values.lang !== undefined && !values.explain) throw new UsageError('--lang is the language of --explain: add --explain');
  return lang;
}

/** `--base-url`, else `$BUDGET_CITOYEN_API`, else the local mock server; must be http(s). */
export function baseUrl(option: string | undefined, env: Readonly<Record<string, string | undefined>>): string {
  const fromEnv = env[BASE_URL_ENV]?.trim();
  const value = option ?? (fromEnv ? fromEnv : DEFAULT_BASE_URL);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${option === undefined ? `$${BASE_URL_ENV}` : '--base-url'} is not an absolute URL: ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`${option === undefined ? `$${BASE_URL_ENV}` : '--base-url'} must be an http(s) URL, not ${JSON.stringify(value)}`);
  }
  return value.replace(/\/+$/, '');
}
