/**
 * Localisation: French is the source language, English the one target.
 *
 * Strings are written with `msg()` and `str` from `@lit/localize`, with explicit ids prefixed
 * by the widget (`msg('Voir plus', { id: 'gallery.more' })`), and translated in the widget
 * folder's `locales/en.ts` (the shape `lit-localize build` emits in runtime mode), which the
 * widget's module registers with `addTranslations('en', () => import('./locales/en.js'))`: one
 * file per folder, so widgets are translated independently.
 *
 * The English tables are loaded lazily, because most pages are French: a French page never
 * downloads them (on the CDN each script's English is one chunk in `chunks/` beside it, so the
 * only request other than the API is still to where the widgets come from). The first time an
 * element renders in English, `BcElement.scheduleUpdate()` awaits `loadTranslations('en')`,
 * which fetches every table registered so far (those of the widgets on the page), then the
 * element renders; its `updateComplete` covers the wait. A table registered later (a widget
 * added to the page afterwards) is fetched by the next English render.
 *
 * lit-localize keeps one locale per page and switches it asynchronously, but each widget has
 * its own `lang`: a French gallery and an English card may share a page. So the table given to
 * lit-localize is a view that answers for the element being rendered: `BcElement.update()`
 * runs inside `withLang(this.locale, …)` (Lit renders synchronously), and the view returns the
 * English template when that element is English, nothing (so the French source) otherwise.
 * lit-localize's own active locale therefore stays "en" for the whole page; nothing of ours
 * reads it. A string built outside `render()` (an event handler, a timer) must be wrapped in
 * `this.localize(() => msg(…))`.
 *
 * If the host application has already configured lit-localize with the same module instance
 * (an app bundling these widgets from npm and using lit-localize itself), configuring again
 * throws: the widgets then follow the host's locale tables, i.e. show French unless the host
 * merges `await loadTranslations('en')` into its English module. The CDN bundle carries its own
 * copy and is not concerned.
 */
import { configureLocalization, type TemplateMap } from '@lit/localize';

export type Lang = 'fr' | 'en';
export const SOURCE_LANG: Lang = 'fr';

/** A module of translations, imported when first needed: `() => import('./locales/en.js')`. */
export type TranslationsLoader = () => Promise<{ templates: TemplateMap }>;

const english: TemplateMap = {};
/** Tables registered and not fetched yet; the base's own strings (states, errors) first. */
const pending: TranslationsLoader[] = [() => import('./locales/en.js')];
/** Every fetch started so far, settled (never rejects). */
let loaded: Promise<unknown> = Promise.resolve();
let loading = 0;

/**
 * Registers translations (ids must be unique: prefix them with the widget's name): a table,
 * or a function importing one, called the first time an element renders in `lang`.
 */
export function addTranslations(lang: Exclude<Lang, 'fr'>, templates: TemplateMap | TranslationsLoader): void {
  if (lang !== 'en') return;
  if (typeof templates === 'function') pending.push(templates);
  else Object.assign(english, templates);
}

/** True while some translations of `lang` are registered but not loaded: rendering in `lang` must wait. */
export function translationsPending(lang: Lang): boolean {
  return lang === 'en' && (pending.length > 0 || loading > 0);
}

/**
 * Loads every registered table of `lang` not loaded yet, and resolves with all of them (for a
 * host that configures lit-localize itself, or code calling `withLang` outside an element).
 * A table that fails to load is reported and left out: its strings stay in French.
 */
export function loadTranslations(lang: Exclude<Lang, 'fr'>): Promise<Readonly<TemplateMap>> {
  if (lang !== 'en') return Promise.resolve({});
  const batch = pending.splice(0);
  if (batch.length) {
    loading++;
    const tables = batch.map((load) =>
      load().then(
        ({ templates }) => Object.assign(english, templates),
        (error: unknown) => console.warn('[budget-citoyen] English strings could not be loaded:', error),
      ),
    );
    loaded = Promise.all([loaded, ...tables]).finally(() => loading--);
  }
  return loaded.then(() => english);
}

/** The templates of `lang` loaded so far (see `loadTranslations` to load them all first). */
export function translations(lang: Exclude<Lang, 'fr'>): Readonly<TemplateMap> {
  return lang === 'en' ? english : {};
}

let renderingLang: Lang = SOURCE_LANG;

const scopedTemplates: TemplateMap = new Proxy({} as TemplateMap, {
  get: (_target, id) =>
    renderingLang === 'en' && typeof id === 'string' ? english[id] : undefined,
});

let ready: Promise<void> = Promise.resolve();
try {
  const { setLocale } = configureLocalization({
    sourceLocale: 'fr',
    targetLocales: ['en'],
    loadLocale: () => Promise.resolve({ templates: scopedTemplates }),
  });
  ready = setLocale('en').catch(() => undefined);
} catch {
  console.warn(
    '[budget-citoyen] @lit/localize was already configured by the page: widgets follow its locale.',
  );
}

/** Resolves once lit-localize reads our templates; `BcElement` waits for it before its first render. */
export const localeReady: Promise<void> = ready;

/** Runs `fn` with `lang` as the language of every `msg()` it calls; returns what `fn` returns. */
export function withLang<T>(lang: Lang, fn: () => T): T {
  const previous = renderingLang;
  renderingLang = lang;
  try {
    return fn();
  } finally {
    renderingLang = previous;
  }
}

/** `en`, `en-GB`, `EN-us` → `en`; anything else, or nothing, → `fr`. */
export function normalizeLang(value: string | null | undefined): Lang {
  return value && /^en(-|$)/i.test(value.trim()) ? 'en' : 'fr';
}

/** The BCP 47 locale given to `Intl` for a widget language. */
export function intlLocale(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : 'fr-FR';
}

/** True when `n` takes the singular form in `lang` (French: 0 and 1; English: 1). */
export function isSingular(n: number, lang: Lang): boolean {
  return new Intl.PluralRules(intlLocale(lang)).select(n) === 'one';
}

interface Updatable {
  requestUpdate(): void;
}
const langWatchers = new Set<Updatable>();
let langObserver: MutationObserver | undefined;

/** Re-renders `el` whenever `<html lang>` changes (sites that switch language without a reload). */
export function watchDocumentLang(el: Updatable): void {
  langWatchers.add(el);
  if (!langObserver) {
    langObserver = new MutationObserver(() => langWatchers.forEach((w) => w.requestUpdate()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
}

export function unwatchDocumentLang(el: Updatable): void {
  langWatchers.delete(el);
}
