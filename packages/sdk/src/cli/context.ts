import { createClient, type Client } from '../client/index.js';

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

/** One subcommand: `run` gets the arguments after its name. */
export interface Command {
  name: string;
  /** One line, for the list of commands. */
  summary: string;
  /** The whole `--help` text. */
  help: string;
  run(args: string[], context: CliContext): Promise<void>;
}
