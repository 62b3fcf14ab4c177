/**
 * The gallery's list: the cards, "Voir plus", and what the list says when it is loading, failed
 * or empty (with the ways forward: widen a commune to its arrondissement, clear the filters,
 * see every project).
 */
import { msg, str } from '@lit/localize';
import type { Project, ProjectQuery } from '@budget-citoyen/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { StaticValue } from 'lit/static-html.js';
import type { ListController } from '../base/list-controller.js';
import { renderEmpty, renderError, renderLoading } from '../base/states.js';
import type { Lang } from '../base/i18n.js';
import { renderProjectCard, type VoteAction } from '../card/card-template.js';
import { projectHash } from './project-dialog.js';

export interface ProjectListView {
  list: Pick<ListController<Project, ProjectQuery>, 'status' | 'error' | 'items' | 'moreStatus' | 'moreError' | 'nextCursor'>;
  lang: Lang;
  heading: StaticValue;
  categoryName(id: string): string;
  imageBase: string;
  votesShown: boolean;
  vote(project: Project): VoteAction | undefined;
  onOpen(event: MouseEvent): void;
  onRetry(): void;
  onMore(): void;
  /** Why nothing shows when the list is empty: filters, or nothing published yet. */
  empty: EmptyView;
}

export interface EmptyView {
  /** A filter (the visitor's or the page's) is set. */
  filtered: boolean;
  /** What to say when nothing is filtered. */
  unfiltered(): string;
  /** The arrondissement of the commune filtered on, once known. */
  widen: { code: string; name: string } | undefined;
  /** The visitor's own filters can be cleared (else: "Voir tous les projets"). */
  canReset: boolean;
  onWiden(code: string): void;
  onReset(): void;
  onShowAll(): void;
}

export const renderListLoading = (): TemplateResult =>
  html`<div aria-busy="true">${renderLoading(msg('Chargement des projets…', { id: 'gallery.loading' }))}</div>`;

function renderNothingFound(v: EmptyView): TemplateResult {
  const button = (part: string, label: string, onClick: () => void, primary = false) =>
    html`<button part="button ${part}" type="button" class=${primary ? 'bc-button' : 'bc-button bc-button--secondary'} @click=${onClick}>${label}</button>`;
  const widen = v.widen;
  return html`${renderEmpty(v.filtered ? msg('Aucun projet ne correspond à ces critères.', { id: 'gallery.empty-filtered' }) : v.unfiltered())}
  ${v.filtered
    ? html`<p class="actions">
        ${widen
          ? button('widen-button', msg(str`Élargir à l’arrondissement : ${widen.name}`, { id: 'gallery.widen' }), () => v.onWiden(widen.code), true)
          : nothing}
        ${v.canReset
          ? button('reset-button', msg('Effacer les filtres', { id: 'gallery.reset' }), v.onReset)
          : button('all-button', msg('Voir tous les projets', { id: 'gallery.all' }), v.onShowAll)}
      </p>`
    : nothing}`;
}

export function renderProjectList(v: ProjectListView): TemplateResult {
  const list = v.list;
  if (list.status === 'error') return renderError(list.error, v.onRetry);
  if (list.status === 'loading') return renderListLoading();
  if (list.items.length === 0) return renderNothingFound(v.empty);
  const loadingMore = list.moreStatus === 'loading';
  return html`<ul part="list" class="list" role="list" aria-busy=${loadingMore ? 'true' : 'false'}>
      ${list.items.map(
        (p) => html`<li part="item">
          ${renderProjectCard({
            project: p,
            lang: v.lang,
            categoryName: v.categoryName(p.category),
            imageBase: v.imageBase,
            heading: v.heading,
            href: projectHash(p.id),
            onOpen: v.onOpen,
            vote: v.vote(p),
            votesShown: v.votesShown,
          })}
        </li>`,
      )}
    </ul>
    ${list.moreStatus === 'error' ? renderError(list.moreError, v.onMore) : nothing}
    ${list.nextCursor
      ? html`<p class="actions">
          <button
            part="button more-button"
            type="button"
            class="bc-button bc-button--secondary"
            aria-disabled=${loadingMore ? 'true' : 'false'}
            @click=${v.onMore}
          >
            ${loadingMore ? msg('Chargement…', { id: 'state.loading' }) : msg('Voir plus de projets', { id: 'gallery.more' })}
          </button>
        </p>`
      : nothing}`;
}
