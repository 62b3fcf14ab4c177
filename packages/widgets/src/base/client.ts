/**
 * One SDK client per API base URL for the whole page, and one campaign resolution per client
 * and campaign id: widgets that resolve the same campaign share the request and its result,
 * under a `<bc-provider>` or not.
 */
import { composeClient, namespaces, type Campaign, type Commune, type ComposedClient, type NamespaceFactory } from '@budget-citoyen/sdk';
import { ServerClock } from './server-clock.js';

/**
 * The namespaces the widgets call. Naming them, rather than taking `createClient`'s every one,
 * keeps the schemas of `mock` out of the CDN scripts, and those of `dossiers` (and `z.email()`…)
 * and `admin` out of `budget-citoyen.js`: only `depot.js`'s widgets add `dossiers`, only the
 * committee's console (`admin.js`) adds `admin`. A page may still inject a full `createClient`
 * client: it has all of these.
 */
type WidgetNamespaces = Pick<
  typeof namespaces,
  'campaigns' | 'communes' | 'projects' | 'comptoirs' | 'dossiers' | 'voters' | 'ballot' | 'results' | 'admin'
>;

export type BcClient = ComposedClient<WidgetNamespaces>;

type Http = Parameters<NamespaceFactory>[0];

/**
 * The namespaces the page's clients have: `campaigns`, which every widget needs, and those each
 * widget's module asks for with `useNamespaces()`. A script with one widget thus carries that
 * widget's schemas only (the ballot's script no results nor comptoirs); `budget-citoyen.js`,
 * with every widget, has them all. A client made before a widget's module ran (a provider
 * upgraded first) gets its namespaces then, before any widget renders.
 */
const inUse: Partial<Record<keyof WidgetNamespaces, NamespaceFactory>> = { campaigns: namespaces.campaigns };
const httpOf = new WeakMap<BcClient, Http>();

export function useNamespaces(more: Partial<WidgetNamespaces>): void {
  Object.assign(inUse, more);
  for (const client of clients.values()) addNamespaces(client);
}

/**
 * `client` when it has every namespace this script's widgets call, else this script's own
 * client of `apiBase`. A provider from another script on the page (`budget-citoyen.js` around a
 * widget of `depot.js`) shares a client built for its own widgets, without `dossiers`: a widget
 * calling a namespace that only its script has takes its client here.
 */
export function clientWithNamespaces(client: BcClient, apiBase: string): BcClient {
  return Object.keys(inUse).every((name) => name in client) ? client : clientFor(apiBase);
}

function addNamespaces(client: BcClient): void {
  const http = httpOf.get(client)!;
  const target = client as unknown as Record<string, unknown>;
  for (const [name, factory] of Object.entries(inUse)) if (!(name in target)) target[name] = factory(http);
}

/** A campaign and the server clock read from it when it arrived. */
export interface CampaignInfo {
  campaign: Campaign;
  clock: ServerClock;
}

/** The API of the page's own origin, when no `api-base` is given anywhere. */
export function defaultApiBase(): string {
  return normalizeApiBase('/api/v1');
}

/** Absolute URL without a trailing slash, resolved against the page. */
export function normalizeApiBase(value: string): string {
  return new URL(value.trim(), document.baseURI).href.replace(/\/+$/, '');
}

const clients = new Map<string, BcClient>();
const campaigns = new WeakMap<BcClient, Map<string, Promise<CampaignInfo>>>();

/** The page's shared client for `apiBase` (already normalised). */
export function clientFor(apiBase: string): BcClient {
  let client = clients.get(apiBase);
  if (!client) {
    // The SDK's HTTP layer of this API, kept to build the namespaces on: one per client, so one cache.
    const { http } = composeClient({ baseUrl: apiBase }, { http: (h: Http) => h });
    client = {} as BcClient;
    httpOf.set(client, http);
    addNamespaces(client);
    clients.set(apiBase, client);
  }
  return client;
}

/**
 * The campaign `campaignId`, or the current one (`client.campaigns.current()`) when it is
 * empty. Shared by every caller; a failure is forgotten so that "Réessayer" asks again.
 * No abort signal: one widget leaving must not cancel the others' request.
 */
export function resolveCampaign(client: BcClient, campaignId?: string): Promise<CampaignInfo> {
  let byId = campaigns.get(client);
  if (!byId) campaigns.set(client, (byId = new Map()));
  const key = campaignId ?? '';
  let pending = byId.get(key);
  if (!pending) {
    const request = campaignId ? client.campaigns.get(campaignId) : client.campaigns.current();
    pending = request.then((campaign) => ({ campaign, clock: new ServerClock(campaign.now) }));
    const forgetOnFailure = () => {
      if (byId.get(key) === pending) byId.delete(key);
    };
    pending.catch(forgetOnFailure);
    byId.set(key, pending);
  }
  return pending;
}

/**
 * Forgets every shared client and resolved campaign: the next widget update fetches afresh.
 * Tests call it between cases; a page could after a long sleep.
 */
export function resetSharedClients(): void {
  clients.clear();
}

const communes = new WeakMap<BcClient, Promise<Commune[]>>();

/**
 * Every commune of the département, fetched once per client (a few pages of 100) and shared;
 * a failure is forgotten so that a later call asks again.
 */
export function loadCommunes(client: BcClient): Promise<Commune[]> {
  let pending = communes.get(client);
  if (!pending) {
    pending = client.communes.list({ limit: 100 }).toArray();
    pending.catch(() => {
      if (communes.get(client) === pending) communes.delete(client);
    });
    communes.set(client, pending);
  }
  return pending;
}
