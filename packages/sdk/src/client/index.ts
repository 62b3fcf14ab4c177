import { admin } from './admin.js';
import { ballot } from './ballot.js';
import { campaigns } from './campaigns.js';
import { communes } from './communes.js';
import { comptoirs } from './comptoirs.js';
import { dossiers } from './dossiers.js';
import { createHttp, type Http } from './http.js';
import { mock } from './mock.js';
import { projects } from './projects.js';
import { results } from './results.js';
import type { ClientOptions } from './types.js';
import { voters } from './voters.js';

export type {
  AuthenticatedRequestOptions,
  ClientOptions,
  ListResult,
  RequestOptions,
  ResultsTransport,
  SubscribeOptions,
  ToArrayOptions,
} from './types.js';

/**
 * A client of the budget citoyen API. Every method validates the answer against the contract's
 * schemas and throws only `BudgetCitoyenError`s (or, when you abort a call, your signal's reason).
 *
 * @example
 * const client = createClient({ baseUrl: 'https://budget.example.fr/api/v1' });
 * const campaign = await client.campaigns.current();
 * for await (const project of client.projects.list(campaign.id, { seed: 'visit-42' })) console.log(project.title);
 */
export function createClient(options: ClientOptions) {
  const http = createHttp(options);
  return {
    campaigns: campaigns(http),
    communes: communes(http),
    projects: projects(http),
    comptoirs: comptoirs(http),
    dossiers: dossiers(http),
    voters: voters(http),
    ballot: ballot(http),
    results: results(http),
    admin: admin(http),
    mock: mock(http),
  };
}

export type Client = ReturnType<typeof createClient>;

/** Builds one namespace of a client (`campaigns`, `projects`…) over the client's HTTP layer. */
export type NamespaceFactory<T = unknown> = (http: Http) => T;
/** A client of the namespaces `N` only: `client.campaigns…` for `{ campaigns }`. */
export type ComposedClient<N extends Record<string, NamespaceFactory>> = { [K in keyof N]: ReturnType<N[K]> };

/**
 * A client with only the namespaces given (from {@link namespaces}), which behave exactly as
 * `createClient`'s. For bundles that must stay small: a bundler drops the namespaces, and
 * their schemas, that are not named here.
 *
 * @example
 * import { composeClient, namespaces } from '@budget-citoyen/sdk';
 * const client = composeClient({ baseUrl }, { campaigns: namespaces.campaigns, projects: namespaces.projects });
 */
export function composeClient<N extends Record<string, NamespaceFactory>>(options: ClientOptions, namespaces: N): ComposedClient<N> {
  const http = createHttp(options);
  const client: Record<string, unknown> = {};
  for (const name of Object.keys(namespaces)) client[name] = namespaces[name]!(http);
  return client as ComposedClient<N>;
}

export { newIdempotencyKey } from './idempotency-key.js';
export * as namespaces from './namespaces.js';
