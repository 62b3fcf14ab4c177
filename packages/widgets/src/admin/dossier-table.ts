/**
 * The committee's list: the filters with their counts, then every dossier they let through as
 * one real `<table>` (a caption saying the order, sortable columns whose buttons carry
 * `aria-sort` on their header, each row's title a button opening the dossier). 500 rows are a
 * plain table: measured in the browser tests (see `labelling-console.test.ts`), it renders fast
 * enough that a virtual list, and what it costs to find-in-page and to the focus, is not needed.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { renderSelect, type SelectOption } from '../base/filter-select.js';
import { formatDate, formatMoney, formatNumber, isoInstant } from '../base/format.js';
import { renderEmpty, renderError, renderLoading } from '../base/states.js';
import { facetCounts, isFiltered, NO_CATEGORY, type Facet, type SortKey } from './dossier-filters.js';
import { renderHeading, type PanelView } from './panel-view.js';
import { statusLabel } from './words.js';

const STATUSES = ['submitted', 'labelled', 'rejected'] as const;

/** The title stays one element whatever the state below it: it keeps the focus it was given. */
export function renderDossierTable(v: PanelView): TemplateResult {
  return html`${renderHeading(v.heading(), msg('Dossiers déposés', { id: 'admin.dossiers' }))}${renderList(v)}`;
}

function renderList(v: PanelView): TemplateResult {
  const { flow } = v;
  if (flow.status === 'error') return renderError(flow.error, () => void flow.reload());
  if (flow.status !== 'ready') {
    const progress = flow.total
      ? msg(str`Chargement des dossiers… ${formatNumber(flow.loaded, v.lang)} sur ${formatNumber(flow.total, v.lang)}`, { id: 'admin.loading-progress' })
      : msg('Chargement des dossiers…', { id: 'admin.loading' });
    return html`<div aria-busy="true">${renderLoading(progress)}</div>`;
  }
  const rows = flow.visible;
  return html`${renderFilters(v)}
    <p part="count" class="count" role="status">${countText(v, rows.length)}</p>
    ${rows.length ? renderTable(v) : renderNone(v)}`;
}

function countText(v: PanelView, shown: number): string {
  const all = formatNumber(v.flow.dossiers.length, v.lang);
  return msg(str`Dossiers affichés : ${formatNumber(shown, v.lang)} sur ${all}`, { id: 'admin.count' });
}

function renderNone(v: PanelView): TemplateResult {
  if (!v.flow.dossiers.length) return renderEmpty(msg("Aucun dossier n'a été déposé pour cette campagne.", { id: 'admin.none' }));
  return html`${renderEmpty(msg('Aucun dossier ne correspond à ces filtres.', { id: 'admin.none-filtered' }))}
    <p class="actions">${renderReset(v)}</p>`;
}

/** "Effacer les filtres": beside the filters while one is set, and when none of the dossiers passes them. */
function renderReset({ flow }: PanelView): TemplateResult {
  return html`<button part="button reset-button" type="button" class="bc-button bc-button--secondary" @click=${() => flow.clearFilters()}>
    ${msg('Effacer les filtres', { id: 'admin.reset' })}
  </button>`;
}

function renderFilters(v: PanelView): TemplateResult {
  const { flow, campaign } = v;
  const f = flow.filters;
  const all = flow.dossiers;
  /** A facet's select: "all" first, then each value; each with how many dossiers it would show. */
  const select = (name: Facet, label: string, everything: string, values: SelectOption[]) => {
    const counts = facetCounts(all, f, name);
    const counted = ([value, text]: SelectOption, n = counts.get(value) ?? 0): SelectOption => [value, `${text} (${formatNumber(n, v.lang)})`];
    return renderSelect({
      id: `bc-${name}`,
      name,
      label,
      value: f[name],
      options: [counted(['', everything], [...counts.values()].reduce((a, b) => a + b, 0)), ...values.map((o) => counted(o))],
      onChange: (e) => flow.setFilters({ [name]: (e.target as HTMLSelectElement).value }),
    });
  };
  const communeOptions = [...new Set([...all.map((d) => d.communeCode), ...(f.commune ? [f.commune] : [])])]
    .map((code): [string, string] => [code, v.communeName(code)])
    .sort(([, a], [, b]) => a.localeCompare(b, 'fr'));

  return html`<form part="filters" class="filters" role="search" aria-label=${msg('Filtrer les dossiers', { id: 'admin.filters' })} @submit=${(e: Event) => e.preventDefault()}>
    <div part="field" class="field field--search">
      <label part="label" for="bc-q">${msg('Rechercher (titre, porteur, numéro)', { id: 'admin.search' })}</label>
      <input part="search" id="bc-q" name="q" type="search" autocomplete="off" .value=${f.q} @input=${(e: Event) => flow.setFilters({ q: (e.target as HTMLInputElement).value })} />
    </div>
    ${select('status', msg('Statut', { id: 'admin.status' }), msg('Tous les statuts', { id: 'admin.status-all' }), STATUSES.map((s) => [s, statusLabel(s)]))}
    ${select('category', msg('Catégorie proposée', { id: 'admin.category' }), msg('Toutes les catégories', { id: 'admin.category-all' }), [
      ...campaign.categories.map((c): SelectOption => [c.id, v.categoryName(c.id)]),
      [NO_CATEGORY, msg('Sans catégorie proposée', { id: 'admin.category-none' })],
    ])}
    ${select('commune', msg('Commune', { id: 'admin.commune' }), msg('Toutes les communes', { id: 'admin.commune-all' }), communeOptions)}
    <div class="filter-actions">
      ${isFiltered(f) ? renderReset(v) : nothing}
      <button part="button refresh-button" type="button" class="bc-button bc-button--secondary" @click=${() => void flow.reload()}>
        ${msg('Actualiser', { id: 'admin.refresh' })}
      </button>
    </div>
  </form>`;
}

function sortCaption(v: PanelView, label: Record<SortKey, string>): string {
  const { key, direction } = v.flow.sort;
  const order = direction === 'ascending' ? msg('croissant', { id: 'admin.ascending' }) : msg('décroissant', { id: 'admin.descending' });
  return msg(str`Dossiers, par ordre ${order} de la colonne « ${label[key]} »`, { id: 'admin.caption' });
}

function renderTable(v: PanelView): TemplateResult {
  const { flow, lang } = v;
  const label: Record<SortKey, string> = {
    title: msg('Titre', { id: 'admin.col-title' }),
    amount: msg('Montant', { id: 'admin.col-amount' }),
    submittedAt: msg('Déposé le', { id: 'admin.col-date' }),
  };
  const sortable = (key: SortKey, className: string) => {
    const sorted = flow.sort.key === key;
    return html`<th scope="col" class=${className} aria-sort=${sorted ? flow.sort.direction : nothing}>
      <button part="sort-button" type="button" class="sort" @click=${() => flow.sortBy(key)}>
        ${label[key]}<span class="sort-mark" aria-hidden="true">${sorted ? (flow.sort.direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>`;
  };
  return html`<table part="table" class="table" tabindex="-1">
    <caption part="caption">${sortCaption(v, label)}</caption>
    <thead>
      <tr>
        ${sortable('title', 'col-title')}
        <th scope="col" class="col-holder">${msg('Porteur', { id: 'admin.col-holder' })}</th>
        <th scope="col" class="col-commune">${msg('Commune', { id: 'admin.commune' })}</th>
        <th scope="col" class="col-category">${msg('Catégorie proposée', { id: 'admin.category' })}</th>
        ${sortable('amount', 'col-amount')}
        ${sortable('submittedAt', 'col-date')}
        <th scope="col" class="col-status">${msg('Statut', { id: 'admin.status' })}</th>
      </tr>
    </thead>
    <tbody>
      ${flow.visible.map(
        (d) => html`<tr part="row">
          <th scope="row" class="col-title">
            <button part="open-button" type="button" class="open" data-id=${d.id} @click=${() => flow.open(d.id)}>${d.title}</button>
          </th>
          <td class="col-holder">${d.holder.organisation ?? d.holder.name}</td>
          <td class="col-commune">${v.communeName(d.communeCode)}</td>
          <td class="col-category">${d.proposedCategory ? v.categoryName(d.proposedCategory) : msg('Aucune', { id: 'admin.category-no' })}</td>
          <td class="col-amount">${formatMoney(d.requestedAmountCents, lang)}</td>
          <td class="col-date"><time datetime=${isoInstant(d.submittedAt)}>${formatDate(d.submittedAt, lang)}</time></td>
          <td class="col-status"><span part="status" class=${`status status--${d.status}`}>${statusLabel(d.status)}</span></td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
