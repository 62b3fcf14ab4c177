/**
 * The mock API behind every story: `@budget-citoyen/mock-server` in MSW's service worker, started
 * once per page, then before each story reset to its seed scenario, its clock set to the story's
 * instant (frozen), and latency or failures injected — all through the mock's own controls
 * (`POST /api/v1/__mock/reset`, `/__mock/clock`, `/__mock/config`).
 *
 * A story says what it needs in `parameters.mock` (see `MockParameters`); the loader in
 * `.storybook/preview.ts` applies it.
 */
import { createClient } from '@budget-citoyen/sdk';
import { startMockWorker, type MockWorker } from '@budget-citoyen/mock-server/browser';
import { normalizeApiBase, resetSharedClients, type BcClient } from '../../packages/widgets/src/base/client.js';

/** Where the widgets find the API in every story (their `api-base`). */
export const API = '/api/v1';

/** The seed's current campaign, which the widgets show when no `campaign` is given. */
export const CAMPAIGN = 'bc-2026';

/**
 * A client of the mock at the widgets' API base, for what a story does through the API before
 * it renders: no retry, and patient (a loaded machine can be slow); `token`: the committee's.
 */
export function storyClient(token?: string): BcClient {
  return createClient({ baseUrl: normalizeApiBase(API), ...(token && { token }), retry: 0, timeoutMs: 60_000 });
}

/** The mock's clock at each phase of `bc-2026` (Paris time). The default is `vote`. */
export const CLOCKS = {
  /** 5 January 2026: `bc-2025` is over, `bc-2026` has not started (comptoirs open on the 12th). */
  beforeComptoirs: '2026-01-05T10:00:00+01:00',
  /** 15 January 2026: comptoirs and dépôt of dossiers both open. */
  comptoirs: '2026-01-15T10:00:00+01:00',
  /** 12 May 2026: the committee labels the dossiers. */
  labellisation: '2026-05-12T10:00:00+02:00',
  /** 20 September 2026: the vote is open, live (provisional) results. */
  vote: '2026-09-20T12:00:00+02:00',
  /** 28 September 2026: the vote closed the day before, final results. */
  resultats: '2026-09-28T10:00:00+02:00',
} as const;

/** `POST /__mock/config`: latency and failure injection. */
export interface MockConfig {
  latencyMs?: number | [number, number];
  failureRate?: number;
  failPaths?: string[];
  failureMode?: 'status' | 'network';
}

export interface MockParameters {
  /** The mock's clock during the story (frozen). Default: the seed's, `CLOCKS.vote`. */
  now?: string;
  /** Latency or failures, applied after `setup`. */
  config?: MockConfig;
  /** Anything to do through the API before the story renders (cast a ballot…). */
  setup?: (client: BcClient) => Promise<void>;
  /**
   * The state the story settles in: `ready` (default: no loading state left, no error state),
   * `loading` (a loading state is shown) or `error` (an error state). The stories' play function
   * waits for it (stories/support/settle.ts), and so the axe test does.
   */
  expect?: 'ready' | 'loading' | 'error';
}

let started: Promise<MockWorker> | undefined;

/** Starts MSW's worker with the mock's handlers, once per page. */
export function startMock(): Promise<MockWorker> {
  started ??= startMockWorker({
    baseUrl: API,
    // Next to iframe.html, wherever the Storybook is published.
    serviceWorkerUrl: new URL('mockServiceWorker.js', document.baseURI).pathname,
  }).catch((error: unknown) => {
    started = undefined;
    throw error;
  });
  return started;
}

/** One of the mock's controls: `POST {API}/__mock/{name}`. */
export async function control(name: 'reset' | 'clock' | 'config', body: object = {}): Promise<void> {
  const response = await fetch(`${API}/__mock/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${API}/__mock/${name}: ${response.status} ${await response.text()}`);
}

/** The mock as the story wants it; a fresh page state for the widgets (shared clients, drafts). */
export async function prepareMock(mock: MockParameters = {}): Promise<void> {
  await startMock();
  // Widgets share one client (and its caches, its campaign) per API base for the whole page;
  // a story switched to in the same page must not see the previous story's data, nor what the
  // widgets kept in the tab (a ballot's or a dossier's draft, the committee's token).
  resetSharedClients();
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('bc-')) sessionStorage.removeItem(key);
  await control('reset');
  if (mock.now) await control('clock', { now: mock.now, running: false });
  // The reset data is generated on the first request: do it here, not in the widgets' first
  // request (whose SDK gives up after 10 s, which a loaded machine can reach).
  await fetch(`${API}/campaigns?limit=100`);
  if (mock.setup) {
    await mock.setup(storyClient());
  }
  if (mock.config) await control('config', mock.config);
}

/** A loading state: every answer takes 60 s (the SDK gives up after 10 s: then the timeout error). */
export const LOADING: MockParameters = { config: { latencyMs: 60_000 }, expect: 'loading' };

/** An error state: every request fails as a network failure would (after the SDK's retries). */
export const FAILING: MockParameters = { config: { failureRate: 1, failureMode: 'network' }, expect: 'error' };
