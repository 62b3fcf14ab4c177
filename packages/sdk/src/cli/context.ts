import { createClient, type Client } from '../client/index.js';
import { API_OPTIONS, baseUrl, onePositional, parseCommand, type OptionsConfig } from './args.js';

/** What a command may touch of the world: injected, so that it runs the same in tests. */
export interface CliContext {
  stdout(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Resolves relative paths. */
  cwd: string;
  /** For tests; `globalThis.fetch` otherwise. */
  fetch?: typeof fetch;
  /** The base URL the command talks to, once known: error messages name it. */
  baseUrl?: string;
}

export function clientFor(context: CliContext, baseUrl: string): Client {
  context.baseUrl = baseUrl;
  return createClient({ baseUrl, ...(context.fetch ? { fetch: context.fetch } : {}), headers: { 'user-agent': 'budget-citoyen-cli' } });
}

/** `current` names the campaign the API considers current; any other word is a campaign id. */
export async function resolveCampaignId(client: Client, campaign: string): Promise<string> {
  return campaign === 'current' ? (await client.campaigns.current()).id : campaign;
}

/** The `--help` lines of the `<campaign>` argument. */
export const CAMPAIGN_ARGUMENT_HELP = `Arguments:
  <campaign>            a campaign id (bc-2025), or "current"`;

/** One subcommand: `run` gets the arguments after its name. */
export interface Command {
  name: string;
  /** One line, for the list of commands. */
  summary: string;
  /** The whole `--help` text. */
  help: string;
  run(args: string[], context: CliContext): Promise<void>;
}

type About = Omit<Command, 'run'>;
type Parsed<O extends OptionsConfig> = ReturnType<typeof parseCommand<O>>;

/** A command whose `run` gets its command line parsed, strictly, against `options` (and `-h`). */
export function command<O extends OptionsConfig>(about: About, options: O, run: (parsed: Parsed<O>, context: CliContext) => Promise<void>): Command {
  return { ...about, run: (args, context) => run(parseCommand(about.name, args, options), context) };
}

/**
 * A command on one campaign of the API: `<campaign>`, `--base-url`, its own options. `open()`
 * gives the client and the campaign's id: call it once every option is checked, so that a
 * mistake in the command line never waits for the network (`current` is asked of the API).
 */
export function campaignCommand<O extends OptionsConfig>(
  about: About,
  options: O,
  run: (parsed: { values: Parsed<typeof API_OPTIONS & O>['values']; open: () => Promise<{ client: Client; campaignId: string }> }, context: CliContext) => Promise<void>,
): Command {
  return command(about, { ...API_OPTIONS, ...options }, ({ values, positionals }, context) => {
    const campaign = onePositional(about.name, positionals, 'a campaign id (or "current")');
    const open = async () => {
      const client = clientFor(context, baseUrl((values as { 'base-url'?: string })['base-url'], context.env));
      return { client, campaignId: await resolveCampaignId(client, campaign) };
    };
    return run({ values, open }, context);
  });
}
