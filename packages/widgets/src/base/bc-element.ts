import { ContextConsumer, ContextRoot } from '@lit/context';
import { LitElement, type PropertyValues, type PropertyDeclarations } from 'lit';
import { bcContext, type BcContextValue } from './context.js';
import type { BcEventDetail, BcEventName } from './events.js';
import {
  loadTranslations,
  localeReady,
  normalizeLang,
  translationsPending,
  unwatchDocumentLang,
  watchDocumentLang,
  withLang,
  type Lang,
} from './i18n.js';
import { VERSION } from './version.js';

const ROOT_FLAG = Symbol.for('@budget-citoyen/widgets:context-root');
let localeSettled = false;
void localeReady.then(() => (localeSettled = true));

/**
 * @summary Base class of the budget citoyen widgets (not a tag of its own).
 *
 * Base class of every widget: the common attributes (`api-base`, `campaign`, `lang`), a safe
 * `define()`, typed `bc-` events, the provider's context and per-element localisation.
 * Widgets that talk to the API add a `BcApiController`.
 *
 * @cssproperty --bc-color-primary - Main colour (buttons, links, titles). Default: DSFR blue France #000091.
 * @cssproperty --bc-font-family - Font of the widget. Default: inherited from the page.
 * @cssproperty --bc-font-size - Base text size; every size inside is relative to it. Default: `medium`, the visitor's browser setting (16px unless changed), whatever the page's root size.
 * @cssproperty --bc-line-height - Line height of the text. Default 1.5.
 */
export class BcElement extends LitElement {
  /** This package's version; `define()` compares it with an already registered class. */
  static readonly version: string = VERSION;

  /**
   * Registers this class as `tag`. A second registration (two copies of the bundle on one page,
   * or a define file imported twice) is ignored instead of throwing; a different version
   * already registered under the tag is reported with a warning.
   */
  static define(tag: string): void {
    const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
    if (existing) {
      if (existing !== this && existing.version !== this.version) {
        console.warn(
          `[budget-citoyen] <${tag}> is already defined by version ${existing.version ?? 'unknown'}; ` +
            `version ${this.version} was not registered.`,
        );
      }
      return;
    }
    try {
      customElements.define(tag, this);
    } catch (error) {
      // The same class under another tag, or a racing definition: keep the page working.
      console.warn(`[budget-citoyen] <${tag}> could not be defined:`, error);
    }
  }

  /** Lit's reactive properties, documented on their fields below (no decorators: base/README.md). */
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base', reflect: true },
    campaign: { reflect: true },
    lang: { reflect: true },
  };

  /**
   * Base URL of the API, ending in `/api/v1`. Default: the enclosing `<bc-provider>`'s, else
   * `/api/v1` on the page's origin.
   */
  apiBase?: string;

  /**
   * Campaign id. Default: the enclosing provider's, else the campaign whose phase is current
   * (else the latest one).
   */
  campaign?: string;

  /**
   * Language of the widget: `fr` or `en` (region subtags ignored). Default: the enclosing
   * provider's, else the nearest `lang` attribute (the page's `<html lang>`), else French.
   */
  override lang!: string;

  readonly #context = new ContextConsumer(this, { context: bcContext, subscribe: true });
  /** Resumes the update held while this widget was out of the page (see `scheduleUpdate`). */
  #resumeUpdate: (() => void) | undefined;

  constructor() {
    super();
    // Buffers requests from widgets that connect before their provider is defined.
    const w = window as unknown as Record<symbol, boolean>;
    if (!w[ROOT_FLAG]) {
      w[ROOT_FLAG] = true;
      new ContextRoot().attach(document.documentElement);
    }
  }

  /** What the enclosing `<bc-provider>` shares, if there is one. */
  get bcContext(): BcContextValue | undefined {
    return this.#context.value;
  }

  /** The language this widget renders in. */
  get locale(): Lang {
    const inherited = this.parentElement?.closest('[lang]')?.getAttribute('lang');
    return normalizeLang(
      this.lang || this.bcContext?.lang || inherited || document.documentElement.lang,
    );
  }

  /** Runs `fn` in this widget's language (for strings built outside `render()`). */
  localize<T>(fn: () => T): T {
    return withLang(this.locale, fn);
  }

  /**
   * Dispatches a declared `bc-` event from this element: bubbles and composed by default.
   * Returns the event, so that a cancelable one can be checked with `defaultPrevented`.
   */
  emit<K extends BcEventName>(
    name: K,
    detail: BcEventDetail<K>,
    init: Omit<CustomEventInit, 'detail'> = {},
  ): CustomEvent<BcEventDetail<K>> {
    const event = new CustomEvent(name, { bubbles: true, composed: true, cancelable: false, ...init, detail });
    this.dispatchEvent(event);
    return event;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchDocumentLang(this);
    this.#resumeUpdate?.();
    this.#resumeUpdate = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchDocumentLang(this);
  }

  /**
   * Waits for lit-localize, and for the English strings the first time this renders in English.
   * Out of the page (a CMS moving the widget, a tab panel rebuilt, a test removing it), a widget
   * neither renders nor asks the API: its update waits, with every change made meanwhile, until
   * it is put back; `updateComplete` resolves then.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.isConnected) {
      return new Promise<void>((resume) => (this.#resumeUpdate = resume)).then(() => this.scheduleUpdate());
    }
    const english = translationsPending(this.locale);
    if (localeSettled && !english) return super.scheduleUpdate();
    return Promise.all([localeReady, english && loadTranslations('en')]).then(() =>
      this.isConnected ? super.scheduleUpdate() : this.scheduleUpdate(),
    );
  }

  protected override update(changed: PropertyValues): void {
    withLang(this.locale, () => super.update(changed));
  }
}
