/**
 * What the gallery's filters offer, kept up to date with the query: the facets (contract 1.1,
 * facets.ts), or, from an API without them, every commune once. Each new query aborts the
 * previous one's request; a widget taken out of the page aborts it and, back, asks again.
 */
import type { Commune, ProjectQuery } from '@budget-citoyen/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadCommunes, type BcClient } from '../base/client.js';
import { loadFacets, type ProjectFacets } from './facets.js';

export interface FilterOptionsSource {
  client(): BcClient;
  campaignId(): string;
  /** The current query (to ask again on reconnecting). */
  query(): ProjectQuery;
  /** No place filter is shown (a gallery of one commune): every commune is not needed. */
  noPlaceFilter(): boolean;
}

export class FilterOptions implements ReactiveController {
  /** What each filter offers now; `undefined` before, or from an API without facets. */
  facets: ProjectFacets | undefined;
  /** Every commune, when there are no facets. */
  communes: Commune[] = [];

  readonly #host: ReactiveControllerHost;
  readonly #source: FilterOptionsSource;
  /** Names of the values seen in the facets, for a chosen value the other filters leave empty. */
  readonly #names = new Map<string, string>();
  #request: AbortController | undefined;

  constructor(host: ReactiveControllerHost, source: FilterOptionsSource) {
    this.#host = host;
    this.#source = source;
    host.addController(this);
  }

  hostConnected(): void {
    // Back in the page: ask again for what leaving interrupted, as the list does.
    if (this.#request?.signal.aborted) this.load(this.#source.query());
  }

  hostDisconnected(): void {
    this.#request?.abort();
  }

  /** A place's name by its code, as the facets gave it; the code before they did. */
  placeName = (code: string): string => this.#names.get(code) ?? code;

  /** The options for `query`'s filters. */
  load({ category, commune, arrondissement, q }: ProjectQuery): void {
    this.#request?.abort();
    const request = (this.#request = new AbortController());
    loadFacets(this.#source.client(), this.#source.campaignId(), { category, commune, arrondissement, q }, request.signal).then(
      (facets) => {
        if (request.signal.aborted) return;
        if (!facets) return void this.#loadAllCommunes();
        for (const v of [...facets.arrondissements, ...facets.communes]) this.#names.set(v.code, v.name);
        this.facets = facets;
        this.#host.requestUpdate();
      },
      // The list says what went wrong; the filters keep what they offered, or else offer every
      // commune (an API of contract 1.0 sends no facets: the SDK finds its answer invalid).
      () => request.signal.aborted || this.facets || this.#loadAllCommunes(),
    );
  }

  #loadAllCommunes(): void {
    if (this.communes.length || this.#source.noPlaceFilter()) return;
    loadCommunes(this.#source.client()).then(
      (communes) => {
        this.communes = communes;
        this.#host.requestUpdate();
      },
      () => undefined,
    );
  }
}
