/**
 * The gallery's filter form: a search, then the category, arrondissement and commune filters
 * and the order, folded behind "Filtrer (n)" on a narrow gallery (filters.styles.ts). A filter
 * the page's attribute fixes is not shown. The options are the facets when the API gives them
 * (contract 1.1, with counts), else every category of the campaign and every commune.
 */
import { msg, str } from '@lit/localize';
import type { Campaign, Commune } from '@budget-citoyen/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { arrondissementOptions, communeOptions, renderSelect, type SelectOption } from '../base/filter-select.js';
import { formatNumber } from '../base/format.js';
import type { Lang } from '../base/i18n.js';
import { categoryLabel } from '../base/labels.js';
import { facetOptions, type ProjectFacets } from './facets.js';

export type GallerySort = 'random' | 'title' | 'amount';
export type PlaceFilter = 'category' | 'commune' | 'arrondissement';

export interface Filters {
  category: string;
  arrondissement: string;
  commune: string;
  q: string;
  sort: GallerySort;
}

export const validSort = (value: string): GallerySort => (value === 'title' || value === 'amount' ? value : 'random');

export interface FilterFormView {
  filters: Filters;
  /** The value a page's attribute fixes for a filter (which then is not shown), or ''. */
  fixed(name: PlaceFilter): string;
  categories: Campaign['categories'];
  categoryName(id: string): string;
  facets: ProjectFacets | undefined;
  /** Every commune, when there are no facets. */
  communes: readonly Commune[];
  /** A place's name by its code, for a chosen value the facets no longer list. */
  placeName(code: string): string;
  panelOpen: boolean;
  lang: Lang;
  onSelect(event: Event): void;
  onSearchInput(event: Event): void;
  onSubmit(event: SubmitEvent): void;
  onToggle(): void;
  onPanelKey(event: KeyboardEvent): void;
}

export function renderFilterForm(v: FilterFormView): TemplateResult {
  const f = v.filters;
  const facets = v.facets;
  const count = (n: number) => formatNumber(n, v.lang);
  const select = (name: keyof Filters, label: string, value: string, options: SelectOption[]) =>
    renderSelect({ id: `bc-${name}`, name, label, value, options, onChange: v.onSelect });
  const arrondissement = v.fixed('arrondissement') || f.arrondissement;
  const active = [f.category, f.arrondissement, f.commune].filter(Boolean).length;
  return html`<form part="filters" class="filters" role="search" aria-label=${msg('Filtrer les projets', { id: 'gallery.filters' })} @submit=${v.onSubmit}>
    <div part="field" class="field field--search">
      <label part="label" for="bc-q">${msg('Rechercher un projet', { id: 'gallery.search' })}</label>
      <input part="search" id="bc-q" name="q" type="search" autocomplete="off" .value=${f.q} @input=${v.onSearchInput} />
    </div>
    <button
      part="button filter-toggle"
      type="button"
      class="filter-toggle bc-button bc-button--secondary"
      aria-expanded=${v.panelOpen ? 'true' : 'false'}
      aria-controls="bc-filter-panel"
      @click=${v.onToggle}
    >
      ${active ? msg(str`Filtrer (${count(active)})`, { id: 'gallery.filter-count' }) : msg('Filtrer', { id: 'gallery.filter' })}
    </button>
    <div id="bc-filter-panel" class=${v.panelOpen ? 'filter-panel open' : 'filter-panel'} @keydown=${v.onPanelKey}>
      ${v.fixed('category')
        ? nothing
        : select('category', msg('Catégorie', { id: 'gallery.category' }), f.category, [
            ['', msg('Toutes les catégories', { id: 'gallery.category-all' })],
            ...(facets
              ? facetOptions(
                  facets.categories.map((c) => [c.id, categoryLabel(c.id, c.name), c.count] as const),
                  f.category,
                  (id) => categoryLabel(id, v.categoryName(id)),
                  count,
                )
              : v.categories.map((c): SelectOption => [c.id, categoryLabel(c.id, c.name)])),
          ])}
      ${v.fixed('arrondissement') || v.fixed('commune')
        ? nothing
        : select('arrondissement', msg('Arrondissement', { id: 'gallery.arrondissement' }), f.arrondissement, [
            ['', msg('Tous les arrondissements', { id: 'gallery.arrondissement-all' })],
            ...(facets
              ? facetOptions(facets.arrondissements.map((a) => [a.code, a.name, a.count] as const), f.arrondissement, v.placeName, count)
              : arrondissementOptions(v.communes, f.arrondissement)),
          ])}
      ${v.fixed('commune')
        ? nothing
        : select('commune', msg('Commune', { id: 'gallery.commune' }), f.commune, [
            ['', msg('Toutes les communes', { id: 'gallery.commune-all' })],
            ...(facets
              ? facetOptions(facets.communes.map((c) => [c.code, c.name, c.count] as const), f.commune, v.placeName, count)
              : communeOptions(v.communes, arrondissement, f.commune)),
          ])}
      ${select('sort', msg('Ordre', { id: 'gallery.sort' }), f.sort, [
        ['random', msg('Aléatoire', { id: 'gallery.sort-random' })],
        ['title', msg('Par titre', { id: 'gallery.sort-title' })],
        ['amount', msg('Par montant demandé', { id: 'gallery.sort-amount' })],
      ])}
    </div>
  </form>`;
}
