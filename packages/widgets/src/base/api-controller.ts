import type { Campaign, PhaseId } from '@budget-citoyen/sdk';
import type { ReactiveController } from 'lit';
import type { BcElement } from './bc-element.js';
import {
  clientFor,
  clientWithNamespaces,
  defaultApiBase,
  normalizeApiBase,
  resolveCampaign,
  type BcClient,
  type CampaignInfo,
} from './client.js';
import { msToNextBoundary, phaseState, type PhaseState, type ServerClock } from './server-clock.js';

export type LoadStatus = 'loading' | 'ready' | 'error';

export interface BcApiControllerOptions {
  /** Called each time a (new) campaign is resolved: start the widget's own requests here. */
  onCampaign?(info: CampaignInfo): void;
}

const MAX_TIMEOUT = 2 ** 31 - 1;

/**
 * Resolves the client and the campaign of a widget, from its own attributes or else from the
 * enclosing `<bc-provider>`, and keeps them current when either changes. Re-renders the host
 * when the campaign arrives, fails, and at each phase boundary (by the server's clock), so that
 * "open"/"closed" flips without a reload.
 *
 * ```ts
 * private api = new BcApiController(this, { onCampaign: () => this.load() });
 * render() {
 *   if (this.api.status === 'loading') return renderLoading();
 *   if (this.api.status === 'error') return renderError(this.api.error, () => this.api.retry());
 *   return html`… ${this.api.isOpen('vote') ? … : …}`;
 * }
 * ```
 */
export class BcApiController implements ReactiveController {
  status: LoadStatus = 'loading';
  /** The SDK client: the provider's, or the page's shared one for this API base. */
  client!: BcClient;
  apiBase = '';
  campaign: Campaign | undefined;
  clock: ServerClock | undefined;
  error: unknown;

  readonly #host: BcElement;
  readonly #options: BcApiControllerOptions;
  #campaignId: string | undefined;
  #generation = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: BcElement, options: BcApiControllerOptions = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    const host = this.#host;
    // (Out of the page, the host does not update at all: see BcElement's scheduleUpdate.)
    const ctx = host.bcContext;
    if (!ctx && !host.apiBase && host.closest('bc-provider') && !customElements.get('bc-provider')) {
      // Inside a provider whose definition has not loaded yet: wait for it rather than ask the
      // default API; its context arrives through the page's ContextRoot and re-renders us.
      return;
    }
    const ownBase = host.apiBase ? normalizeApiBase(host.apiBase) : undefined;
    const useContext = ctx !== undefined && (ownBase === undefined || ownBase === ctx.apiBase);
    const apiBase = ownBase ?? ctx?.apiBase ?? defaultApiBase();
    // A provider of another script on the page (depot.js's around budget-citoyen.js's widgets, or
    // the reverse) shares a client built for its own widgets: ours take this script's when it
    // lacks a namespace they call.
    const client = useContext ? clientWithNamespaces(ctx.client, apiBase) : clientFor(apiBase);
    const campaignId = host.campaign || (useContext ? ctx.campaign : undefined) || undefined;
    if (client !== this.client || campaignId !== this.#campaignId) {
      this.client = client;
      this.apiBase = apiBase;
      this.#campaignId = campaignId;
      this.#resolve();
    }
  }

  hostConnected(): void {
    this.#schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** Asks for the campaign again (the error state's "Réessayer"). */
  retry(): void {
    this.#resolve();
    this.#host.requestUpdate();
  }

  /** The server's current time (epoch ms), or `undefined` before the campaign arrived. */
  now(): number | undefined {
    return this.clock?.now();
  }

  /** Where a phase stands by the server's clock; `undefined` before the campaign arrived. */
  phase(id: PhaseId): PhaseState | undefined {
    return this.campaign && this.clock ? phaseState(this.campaign, id, this.clock.now()) : undefined;
  }

  isOpen(id: PhaseId): boolean {
    return this.phase(id) === 'open';
  }

  /** The campaign's name of a category, or its id when unknown. */
  categoryName(id: string): string {
    return this.campaign?.categories.find((c) => c.id === id)?.name ?? id;
  }

  #resolve(): void {
    const generation = ++this.#generation;
    this.status = 'loading';
    this.error = undefined;
    clearTimeout(this.#timer);
    resolveCampaign(this.client, this.#campaignId).then(
      (info) => {
        if (generation !== this.#generation) return;
        this.status = 'ready';
        this.campaign = info.campaign;
        this.clock = info.clock;
        this.#schedule();
        this.#options.onCampaign?.(info);
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        if (generation !== this.#generation) return;
        this.status = 'error';
        this.error = error;
        this.#host.requestUpdate();
      },
    );
  }

  /** Re-renders the host right after the next phase start or end. */
  #schedule(): void {
    clearTimeout(this.#timer);
    if (!this.campaign || !this.clock || !this.#host.isConnected) return;
    const ms = msToNextBoundary(this.campaign, this.clock.now());
    if (ms === undefined) return;
    this.#timer = setTimeout(
      () => {
        this.#host.requestUpdate();
        this.#schedule();
      },
      Math.min(ms + 50, MAX_TIMEOUT),
    );
  }
}
