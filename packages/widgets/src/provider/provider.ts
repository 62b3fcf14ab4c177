import { ContextProvider } from '@lit/context';
import { css, html, type PropertyValues, type PropertyDeclarations } from 'lit';
import { BcElement } from '../base/bc-element.js';
import { clientFor, defaultApiBase, normalizeApiBase, type BcClient } from '../base/client.js';
import { bcContext, type BcContextValue } from '../base/context.js';

/**
 * Shares one SDK client (and so its caches), one campaign and one language with every widget
 * inside it. Widgets still accept their own `api-base`, `campaign` and `lang`, which win.
 * Renders nothing of its own (`display: contents`). Providers nest: an inner one inherits
 * what it does not set.
 *
 * @summary Shares the API client, the campaign and the language with the widgets inside.
 * @tag bc-provider
 * @slot - The widgets, anywhere in the subtree.
 */
export class BcProvider extends BcElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Lit's reactive properties, documented on their fields below (no decorators: base/README.md). */
  static override properties: PropertyDeclarations = {
    client: { attribute: false },
  };

  /**
   * A client of your own (a custom `fetch`, a token, other retries): replaces the one the
   * provider would create from `api-base`.
   */
  client?: BcClient;

  readonly #provider = new ContextProvider(this, { context: bcContext });

  override connectedCallback(): void {
    super.connectedCallback();
    // Before the first render, so that widgets updating first already see the value. The first
    // time, by updating at once: Lit gives back a property set before the upgrade (a page whose
    // own script sets `client` before the widgets' module script defined the tag) only in the
    // first update.
    if (this.hasUpdated) this.#share();
    else this.performUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#share();
  }

  #share(): void {
    const outer = this.bcContext;
    const apiBase = this.apiBase ? normalizeApiBase(this.apiBase) : (outer?.apiBase ?? defaultApiBase());
    const client =
      this.client ?? (outer && (!this.apiBase || apiBase === outer.apiBase) ? outer.client : clientFor(apiBase));
    const next: BcContextValue = {
      client,
      apiBase,
      campaign: this.campaign || outer?.campaign || undefined,
      lang: this.lang || outer?.lang || undefined,
    };
    const current = this.#provider.value;
    if (
      !current ||
      current.client !== next.client ||
      current.apiBase !== next.apiBase ||
      current.campaign !== next.campaign ||
      current.lang !== next.lang
    ) {
      this.#provider.setValue(next);
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bc-provider': BcProvider;
  }
}
