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

/** The command line of a command on one campaign of the API: `<campaign>`, `--base-url`, its own options. */
export function parseCampaignCommand<O extends OptionsConfig>(command: string, args: string[], options: O) {
  const { values, positionals } = parseCommand(command, args, { ...API_OPTIONS, ...options });
  return { values, campaign: onePositional(command, positionals, 'a campaign id (or "current")') };
}

/**
 * The client and the campaign's id. Called once every option is checked, so that a mistake in
 * the command line never waits for the network (`current` is asked of the API).
 */
export async function openCampaign(context: CliContext, baseUrlOption: string | undefined, campaign: string): Promise<{ client: Client; campaignId: string }> {
  const client = clientFor(context, baseUrl(baseUrlOption, context.env));
  return { client, campaignId: await resolveCampaignId(client, campaign) };
}

/** One subcommand: `run` gets the arguments after its name. */
export interface Command {
  name: string;
  /** One line, for the list of commands. */
  summary: string;
  /** The whole `--help` text. */
  help: string;
  run(args: string[], context: CliContext): Promise<void>;
}
