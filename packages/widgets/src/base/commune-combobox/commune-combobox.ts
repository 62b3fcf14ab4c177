/**
 * The commune field: an ARIA 1.2 combobox (list autocomplete, no automatic selection) over
 * the département's communes, searchable by name (accents, case and hyphens ignored) or by
 * postal code. Rendered inside its widget's shadow root (the ballot's, the dossier form's), so
 * that its `<label>`, its `aria-describedby` and its `aria-activedescendant` all resolve in one
 * tree. Its styles: `communeComboboxStyles`; its English: `locales/en.ts`, registered here.
 *
 * Keys: ↓/↑ open the list and move the active option (wrapping), Enter chooses it, Escape
 * closes the list (or, closed, clears the field); typing filters; a polite status says how
 * many communes match.
 */
import { msg, str } from '@lit/localize';
import type { Commune } from '@budget-citoyen/sdk';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatNumber } from '../format.js';
import { addTranslations, isSingular, type Lang } from '../i18n.js';

addTranslations('en', () => import('./locales/en.js'));

/** Options shown at most: a short list is usable, and 62130's 33 communes all fit. */
export const MAX_OPTIONS = 50;

const fold = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

export const communeLabel = (c: Commune): string => `${c.name} (${c.postcodes.join(', ')})`;

/** Digits: communes with a postal code starting with them. Letters: names containing them, starting ones first. */
export function searchCommunes(communes: readonly Commune[], keys: readonly string[], query: string): Commune[] {
  const q = fold(query);
  if (!q) return [];
  if (/^\d+$/.test(q)) return communes.filter((c) => c.postcodes.some((p) => p.startsWith(q)));
  const first: Commune[] = [];
  const then: Commune[] = [];
  communes.forEach((c, i) => {
    const key = keys[i]!;
    if (key.startsWith(q)) first.push(c);
    else if (key.includes(q)) then.push(c);
  });
  return first.concat(then);
}

export interface ComboboxView {
  id: string;
  label: string;
  hint: string;
  error: string | undefined;
  /** The text the field shows. */
  value: string;
  lang: Lang;
}

export class CommuneCombobox {
  status: 'loading' | 'ready' | 'error' = 'loading';
  #communes: Commune[] = [];
  #keys: string[] = [];
  #results: Commune[] = [];
  #open = false;
  #active = -1;
  #typed = false;
  #text = '';
  #load: (() => Promise<Commune[]>) | undefined;
  readonly #host: ReactiveControllerHost;
  /** Called with the text typed and the commune it designates, if exactly one. */
  readonly #onChange: (text: string, commune: Commune | undefined) => void;

  constructor(host: ReactiveControllerHost, onChange: (text: string, commune: Commune | undefined) => void) {
    this.#host = host;
    this.#onChange = onChange;
  }

  /** Fetches the communes (again after a failure: `load` must forget failures). */
  load(load: () => Promise<Commune[]>): void {
    this.#load = load;
    this.status = 'loading';
    load().then(
      (list) => {
        this.#communes = [...list].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
        this.#keys = this.#communes.map((c) => fold(c.name));
        this.status = 'ready';
        if (this.#typed) this.#results = searchCommunes(this.#communes, this.#keys, this.#text);
        this.#host.requestUpdate();
      },
      () => {
        this.status = 'error';
        this.#host.requestUpdate();
      },
    );
  }

  get codes(): ReadonlySet<string> | undefined {
    return this.status === 'ready' ? new Set(this.#communes.map((c) => c.code)) : undefined;
  }

  #update(): void {
    this.#host.requestUpdate();
  }

  #select(c: Commune): void {
    this.#open = false;
    this.#active = -1;
    this.#typed = false;
    this.#results = [];
    this.#onChange(communeLabel(c), c);
    this.#update();
  }

  #onInput = (e: Event): void => {
    const text = (this.#text = (e.target as HTMLInputElement).value);
    this.#results = searchCommunes(this.#communes, this.#keys, text);
    this.#open = true;
    this.#active = -1;
    this.#typed = text.trim() !== '';
    const q = fold(text);
    const exact = this.#results.filter((c) => fold(c.name) === q || fold(communeLabel(c)) === q);
    this.#onChange(text, exact.length === 1 ? exact[0] : undefined);
    this.#update();
  };

  #onKeydown = (e: KeyboardEvent): void => {
    const n = Math.min(this.#results.length, MAX_OPTIONS);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!n) return;
      e.preventDefault();
      const down = e.key === 'ArrowDown';
      if (!this.#open) {
        this.#open = true;
        this.#active = e.altKey ? -1 : down ? 0 : n - 1;
      } else {
        this.#active = down ? (this.#active + 1) % n : this.#active <= 0 ? n - 1 : this.#active - 1;
      }
      const root = (e.target as HTMLElement).getRootNode() as ShadowRoot;
      void (this.#host as ReactiveControllerHost & { updateComplete: Promise<unknown> }).updateComplete.then(() =>
        root.querySelector('[role="option"][aria-selected="true"]')?.scrollIntoView({ block: 'nearest' }),
      );
    } else if (e.key === 'Enter') {
      if (!this.#open || this.#active < 0) return;
      e.preventDefault();
      this.#select(this.#results[this.#active]!);
      return;
    } else if (e.key === 'Escape') {
      if (this.#open && n) {
        e.preventDefault();
        e.stopPropagation();
        this.#open = false;
        this.#active = -1;
      } else if ((e.target as HTMLInputElement).value) {
        this.#results = [];
        this.#typed = false;
        this.#onChange('', undefined);
      }
    } else return;
    this.#update();
  };

  #onBlur = (): void => {
    this.#open = false;
    this.#active = -1;
    this.#update();
  };

  #statusText(lang: Lang): string {
    if (!this.#typed) return '';
    if (this.status === 'loading') return msg('Chargement de la liste des communes…', { id: 'commune.loading' });
    if (this.status === 'error') return msg("La liste des communes n'a pas pu être chargée.", { id: 'commune.error' });
    const n = this.#results.length;
    if (!n) return msg('Aucune commune ne correspond.', { id: 'commune.none' });
    const count = formatNumber(n, lang);
    const found = isSingular(n, lang)
      ? msg(str`${count} commune correspond.`, { id: 'commune.one' })
      : msg(str`${count} communes correspondent.`, { id: 'commune.many' });
    return n > MAX_OPTIONS
      ? `${found} ${msg(str`Les ${MAX_OPTIONS} premières sont proposées : précisez votre recherche.`, { id: 'commune.more' })}`
      : found;
  }

  render(v: ComboboxView): TemplateResult {
    const shown = this.#open ? this.#results.slice(0, MAX_OPTIONS) : [];
    const listId = `${v.id}-list`;
    const optionId = (c: Commune) => `${v.id}-${c.code}`;
    const active = shown[this.#active];
    const describedBy = `${v.id}-hint${v.error ? ` ${v.id}-error` : ''}`;
    return html`<div part="field" class="field">
      <label part="label" id="${v.id}-label" for=${v.id}>${v.label}</label>
      <p class="hint" id="${v.id}-hint">${v.hint}</p>
      ${v.error ? html`<p part="field-error" class="error" id="${v.id}-error">${v.error}</p>` : nothing}
      <div class="combo">
        <input
          part="input combobox"
          id=${v.id}
          name="commune"
          type="text"
          role="combobox"
          autocomplete="address-level2"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${shown.length ? 'true' : 'false'}
          aria-controls=${listId}
          aria-activedescendant=${active ? optionId(active) : nothing}
          aria-describedby=${describedBy}
          aria-invalid=${v.error ? 'true' : nothing}
          .value=${live(v.value)}
          @input=${this.#onInput}
          @keydown=${this.#onKeydown}
          @blur=${this.#onBlur}
          @focus=${() => this.status === 'error' && this.#load && this.load(this.#load)}
        />
        <ul part="listbox" class="listbox" id=${listId} role="listbox" aria-labelledby="${v.id}-label" ?hidden=${!shown.length}
          @mousedown=${(e: Event) => e.preventDefault()}>
          ${shown.map(
            (c, i) => html`<li part="option" role="option" id=${optionId(c)} aria-selected=${i === this.#active ? 'true' : 'false'}
              @click=${() => this.#select(c)}>${communeLabel(c)}</li>`,
          )}
        </ul>
      </div>
      <p class="bc-visually-hidden" role="status">${this.#statusText(v.lang)}</p>
    </div>`;
  }
}
