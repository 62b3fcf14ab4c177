import { msg, str } from '@lit/localize';
import { namespaces, type Commune, type Page, type Project, type ProjectQuery } from '@budget-citoyen/sdk';
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { BcApiController } from '../base/api-controller.js';
import { BcElement } from '../base/bc-element.js';
import { loadCommunes, useNamespaces } from '../base/client.js';
import { arrondissementOptions, communeOptions, renderSelect, type SelectOption } from '../base/filter-select.js';
import { formatDate, formatNumber } from '../base/format.js';
import { headingTag } from '../base/headings.js';
import { addTranslations } from '../base/i18n.js';
import { categoryLabel } from '../base/labels.js';
import { ListController } from '../base/list-controller.js';
import { renderEmpty, renderError, renderLoading } from '../base/states.js';
import { tokenStyles } from '../base/styles.js';
import { visitorSeed } from '../base/visitor-seed.js';
import { renderProjectCard, renderVoteAction, voteAction, type VoteAction } from '../card/card-template.js';
import { cardStyles } from '../card/card.styles.js';
import { renderProjectDetails } from '../card/project-details.js';
import { facetOptions, loadFacets, type ProjectFacets } from './facets.js';
import { filterStyles } from './filters.styles.js';
import { galleryStyles } from './project-gallery.styles.js';
import { ProjectDialog, projectHash, renderProjectDialog } from './project-dialog.js';

addTranslations('en', () => import('./locales/en.js'));
// The SDK calls this widget makes (see useNamespaces).
useNamespaces({ communes: namespaces.communes, projects: namespaces.projects });

export type GallerySort = 'random' | 'title' | 'amount';

interface Filters {
  category: string;
  arrondissement: string;
  commune: string;
  q: string;
  sort: GallerySort;
}

const SEARCH_DELAY_MS = 350;

/**
 * The labelled projects of a campaign, as cards, with filters (category, arrondissement,
 * commune, text search), an order (random but stable for the visitor, title, amount), "Voir
 * plus" pagination, and each project's details in a dialog reachable by `#projet-<id>`.
 *
 * Pagination, not virtualisation, by measurement (headless Chromium 156, Lit's development
 * build, a shared machine, 600 projects in pages of 24, script + layout per "Voir plus"):
 * 15–35 ms for the first pages, 15–60 ms with 576 cards already shown; re-rendering all 600
 * unchanged cards ~25 ms. The cost follows the page appended, not the cards already there:
 * Lit only creates the new cards (the others' values are unchanged), and each card is
 * `content-visibility: auto` (off-screen cards are neither laid out nor painted). So a visitor
 * reaching a few hundred cards keeps a smooth page, and Lit's virtualizer (~8 KB brotli,
 * find-in-page and focus trade-offs) is not worth it here.
 *
 * @summary Gallery of the labelled projects, with filters, search and project details.
 * @tag bc-project-gallery
 *
 * @event {CustomEvent<BcProjectSelectDetail>} bc-project-select - "Voter pour ce projet" was
 *   activated (only while the vote is open). Cancelable: `preventDefault()` keeps the page from
 *   following `ballot-url`, and closes the project's details without giving the focus back to
 *   its card (a `<bc-ballot>` on the page does this, and focuses the project's choice).
 *
 * @csspart filters - The filter form.
 * @csspart field - Each label + control pair of the filters.
 * @csspart label - Each filter's label.
 * @csspart search - The search input.
 * @csspart select - Each filter and order `<select>`.
 * @csspart count - The "Projets affichés : 12 sur 57" line (a polite live region).
 * @csspart list - The list of cards.
 * @csspart item - Each list item.
 * @csspart card - Each card (`<article>`); also `card-image`, `card-title`, `card-badges`,
 *   `card-summary`, `card-meta`, `card-amount`.
 * @csspart badge - Every badge; also `badge-category`, `badge-winner`.
 * @csspart button - Every button; also `more-button`, `vote-button`, `retry-button`,
 *   `reset-button`, `dialog-close`.
 * @csspart state - Loading, empty and error states; also `state-loading`, `state-empty`,
 *   `state-error`.
 * @csspart dialog - The project's details (`<dialog>`).
 * @csspart dialog-title - The details' title (`<h2>`).
 * @csspart dialog-body - The details' content.
 * @csspart description - The project's description.
 *
 * @cssproperty --bc-color-primary - Titles, buttons, accents. Default #000091.
 * @cssproperty --bc-card-min-width - Narrowest a card gets before the grid drops a column. Default 17em.
 * @cssproperty --bc-gallery-gap - Space between cards. Default 1.5em.
 * @cssproperty --bc-dialog-max-width - Widest the details dialog gets. Default 48em.
 */
export class BcProjectGallery extends BcElement {
  static override styles = [tokenStyles, cardStyles, galleryStyles, filterStyles];

  /** Lit's reactive properties, documented on their fields below (no decorators: base/README.md). */
  static override properties: PropertyDeclarations = {
    category: { reflect: true },
    commune: { reflect: true },
    arrondissement: { reflect: true },
    ballotUrl: { attribute: 'ballot-url' },
    pageSize: { attribute: 'page-size', type: Number },
    sort: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    filters: { state: true },
    communes: { state: true },
    facets: { state: true },
    panelOpen: { state: true },
    released: { state: true },
    emptyCommune: { state: true },
  };

  /** Shows only this category (its filter is hidden): for partner sites. */
  category?: string;

  /** Shows only this commune (INSEE code; its filters are hidden): for a commune's site. */
  commune?: string;

  /** Shows only this arrondissement (`621`…`627`; its filter is hidden). */
  arrondissement?: string;

  /** Page of the ballot: "Voter pour ce projet" links to it with `?projet=<id>`. */
  ballotUrl?: string;

  /** Projects per page ("Voir plus" loads as many again), 1–100. */
  pageSize = 12;

  /** Initial order: `random` (stable for the visitor's session), `title` or `amount`. */
  sort: GallerySort = 'random';

  /**
   * Level of the cards' titles, 1 to 6, to fit your page's outline. Default 3 (`<h3>`). The
   * details dialog's title stays an `<h2>`: a modal dialog is read apart from the page.
   */
  headingLevel?: number;

  private filters: Filters = { category: '', arrondissement: '', commune: '', q: '', sort: 'random' };
  private communes: Commune[] = [];
  /** What each filter offers now (contract 1.1); `undefined` before, or from an API without facets. */
  private facets: ProjectFacets | undefined;
  /** The filters panel, folded behind "Filtrer" on a narrow widget, is open. */
  private panelOpen = false;
  /** "Élargir…" or "Voir tous les projets" set aside the filters the page's attributes fixed. */
  private released = false;
  /** The commune filtered on, when nothing matched: to offer its arrondissement. */
  private emptyCommune: Commune | undefined;
  /** Names of the values seen in the facets, for a chosen value the other filters leave empty. */
  readonly #names = new Map<string, string>();
  #facetsRequest: AbortController | undefined;

  private readonly api = new BcApiController(this, { onCampaign: () => this.#onCampaign() });
  private readonly list = new ListController<Project, ProjectQuery, Page<Project>>(this, (query, cursor, signal) =>
    this.api.client.projects.list(this.api.campaign!.id, cursor ? { ...query, cursor } : query, { signal }),
  );
  private readonly dialog = new ProjectDialog(this, {
    ready: () => this.api.status === 'ready',
    known: (id) => this.list.items.find((p) => p.id === id),
    fetch: (id) => this.api.client.projects.get(this.api.campaign!.id, id),
  });
  #searchTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#searchTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sort') && this.sort !== this.filters.sort) {
      this.filters = { ...this.filters, sort: this.#validSort(this.sort) };
    }
    const refilter = (['category', 'commune', 'arrondissement', 'pageSize'] as const).some((k) => changed.has(k));
    if (refilter && this.hasUpdated) this.released = false;
    if (this.hasUpdated && this.api.status === 'ready' && (refilter || changed.has('sort'))) this.#loadFirst();
  }

  #validSort(value: string): GallerySort {
    return value === 'title' || value === 'amount' ? value : 'random';
  }

  #onCampaign(): void {
    this.#loadFirst();
    this.dialog.syncWithHash();
  }

  /** The filters' values for the current query: the facets, or else every commune once. */
  #loadFacets(query: ProjectQuery): void {
    this.#facetsRequest?.abort();
    const request = (this.#facetsRequest = new AbortController());
    const { category, commune, arrondissement, q } = query;
    loadFacets(this.api.client, this.api.campaign!.id, { category, commune, arrondissement, q }, request.signal).then(
      (facets) => {
        if (request.signal.aborted) return;
        if (!facets) return void this.#loadAllCommunes();
        for (const v of [...facets.arrondissements, ...facets.communes]) this.#names.set(v.code, v.name);
        this.facets = facets;
      },
      // The list says what went wrong; the filters keep what they offered.
      () => undefined,
    );
  }

  #loadAllCommunes(): void {
    // Not for a gallery of one commune, which shows no place filter.
    if (this.communes.length || this.#fixed('commune')) return;
    loadCommunes(this.api.client).then(
      (communes) => (this.communes = communes),
      () => (this.communes = []),
    );
  }

  // ——— data ———

  #query(): ProjectQuery {
    const f = this.filters;
    const query: ProjectQuery = {
      limit: Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 12)),
      sort: f.sort,
    };
    const category = this.#fixed('category') || f.category;
    const commune = this.#fixed('commune') || f.commune;
    const arrondissement = this.#fixed('arrondissement') || f.arrondissement;
    const q = f.q.trim();
    if (category) query.category = category;
    if (commune) query.commune = commune;
    if (arrondissement) query.arrondissement = arrondissement;
    if (q) query.q = q;
    if (f.sort === 'random') query.seed = visitorSeed();
    return query;
  }

  /** A filter the page's attribute fixes (and hides), unless the visitor set them aside. */
  #fixed(name: 'category' | 'commune' | 'arrondissement'): string {
    return this.released ? '' : (this[name] ?? '');
  }

  #loadFirst(): void {
    if (!this.api.campaign) return;
    const query = this.#query();
    this.emptyCommune = undefined;
    this.#loadFacets(query);
    void this.list.load(query).then(() => this.#whenEmpty(query.commune));
  }

  /** Nothing in this commune: its arrondissement is the way forward, once known. */
  #whenEmpty(commune: string | undefined): void {
    if (!commune || this.list.status !== 'ready' || this.list.total !== 0) return;
    this.api.client.communes.get(commune).then(
      (c) => {
        if (this.#query().commune === commune) this.emptyCommune = c;
      },
      () => undefined,
    );
  }

  #loadMore = async (): Promise<void> => {
    const first = await this.list.loadMore();
    if (first === undefined) return;
    await this.updateComplete;
    // Keyboard users carry on from the first new card rather than from a moved button.
    this.renderRoot.querySelectorAll<HTMLElement>('.list > li .card-title a')[first]?.focus();
  };

  #retryList = (): void => {
    if (this.api.status === 'error') this.api.retry();
    else this.#loadFirst();
  };

  // ——— filters ———

  #setFilter(patch: Partial<Filters>): void {
    this.filters = { ...this.filters, ...patch };
    this.#loadFirst();
  }

  #onSelect = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    const name = select.name as 'category' | 'arrondissement' | 'commune' | 'sort';
    const patch: Partial<Filters> = { [name]: select.value };
    // A commune chosen before belongs to one arrondissement: another one sets it aside.
    if (name === 'arrondissement' && select.value) patch.commune = '';
    if (name === 'sort') patch.sort = this.#validSort(select.value);
    this.#setFilter(patch);
  };

  #onSearchInput = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => {
      if (value.trim() !== this.filters.q.trim()) this.#setFilter({ q: value });
    }, SEARCH_DELAY_MS);
  };

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    clearTimeout(this.#searchTimer);
    const input = this.renderRoot.querySelector<HTMLInputElement>('#bc-q');
    this.#setFilter({ q: input?.value ?? '' });
  };

  #resetFilters = (): void => {
    clearTimeout(this.#searchTimer);
    this.#setFilter({ category: '', arrondissement: '', commune: '', q: '' });
  };

  /** "Voir tous les projets": the page's own filters too. */
  #showAll = (): void => {
    this.released = true;
    this.#resetFilters();
  };

  /** "Élargir à l'arrondissement": the commune's, instead of the commune. */
  #widen = (code: string): void => {
    const category = this.#fixed('category') || this.filters.category;
    this.released = true;
    this.#setFilter({ category, commune: '', arrondissement: code });
  };

  get #hasUserFilters(): boolean {
    const f = this.filters;
    return Boolean(f.category || f.arrondissement || f.commune || f.q.trim());
  }

  #togglePanel = (): void => {
    this.panelOpen = !this.panelOpen;
  };

  /** Escape in the open panel folds it, and the focus goes back to "Filtrer". */
  #onPanelKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.panelOpen) return;
    this.panelOpen = false;
    this.renderRoot.querySelector<HTMLElement>('[part~="filter-toggle"]')?.focus();
  };

  #voteAction(project: Project) {
    return this.api.isOpen('vote') ? voteAction(this, project, this.ballotUrl) : undefined;
  }

  /** In the details: a ballot on the page that takes the project closes them and has the focus. */
  #dialogVoteAction(project: Project): VoteAction | undefined {
    const vote = this.#voteAction(project);
    return (
      vote && {
        href: vote.href,
        onSelect: (event) => {
          vote.onSelect(event);
          if (event.defaultPrevented) this.dialog.handOver();
        },
      }
    );
  }

  // ——— rendering ———

  protected override render() {
    if (this.api.status === 'error') {
      return renderError(this.api.error, this.#retryList);
    }
    if (this.api.status === 'loading') {
      return html`<div aria-busy="true">${renderLoading(msg('Chargement des projets…', { id: 'gallery.loading' }))}</div>`;
    }
    return html`
      ${this.#renderFilters()}
      <p part="count" class="count" role="status">${this.#countText()}</p>
      ${this.#renderList()}
      ${renderProjectDialog(this.dialog, (project) =>
        renderProjectDetails({
          project,
          lang: this.locale,
          categoryName: this.api.categoryName(project.category),
          imageBase: this.api.apiBase,
          action: this.api.isOpen('vote') ? renderVoteAction(project, this.#dialogVoteAction(project)) : nothing,
          votesShown: this.api.phase('vote') === 'past',
        }),
        this.locale,
      )}
    `;
  }

  #countText(): string {
    const { status, total, items } = this.list;
    if (status !== 'ready') return '';
    if (total === 0) return msg('Aucun projet trouvé.', { id: 'gallery.count-none' });
    return msg(str`Projets affichés : ${formatNumber(items.length, this.locale)} sur ${formatNumber(total, this.locale)}`, {
      id: 'gallery.count',
    });
  }

  #renderFilters(): TemplateResult {
    const f = this.filters;
    const campaign = this.api.campaign!;
    const facets = this.facets;
    const count = (n: number) => formatNumber(n, this.locale);
    const name = (code: string) => this.#names.get(code) ?? code;
    const select = (name: keyof Filters, label: string, value: string, options: SelectOption[]) =>
      renderSelect({ id: `bc-${name}`, name, label, value, options, onChange: this.#onSelect });
    const arrondissement = this.#fixed('arrondissement') || f.arrondissement;
    const active = [f.category, f.arrondissement, f.commune].filter(Boolean).length;
    return html`<form part="filters" class="filters" role="search" aria-label=${msg('Filtrer les projets', { id: 'gallery.filters' })} @submit=${this.#onSubmit}>
      <div part="field" class="field field--search">
        <label part="label" for="bc-q">${msg('Rechercher un projet', { id: 'gallery.search' })}</label>
        <input part="search" id="bc-q" name="q" type="search" autocomplete="off" .value=${f.q} @input=${this.#onSearchInput} />
      </div>
      <button
        part="button filter-toggle"
        type="button"
        class="filter-toggle bc-button bc-button--secondary"
        aria-expanded=${this.panelOpen ? 'true' : 'false'}
        aria-controls="bc-filter-panel"
        @click=${this.#togglePanel}
      >
        ${active ? msg(str`Filtrer (${count(active)})`, { id: 'gallery.filter-count' }) : msg('Filtrer', { id: 'gallery.filter' })}
      </button>
      <div id="bc-filter-panel" class=${this.panelOpen ? 'filter-panel open' : 'filter-panel'} @keydown=${this.#onPanelKey}>
        ${this.#fixed('category')
          ? nothing
          : select('category', msg('Catégorie', { id: 'gallery.category' }), f.category, [
              ['', msg('Toutes les catégories', { id: 'gallery.category-all' })],
              ...(facets
                ? facetOptions(
                    facets.categories.map((c) => [c.id, categoryLabel(c.id, c.name), c.count] as const),
                    f.category,
                    (id) => categoryLabel(id, this.api.categoryName(id)),
                    count,
                  )
                : campaign.categories.map((c): SelectOption => [c.id, categoryLabel(c.id, c.name)])),
            ])}
        ${this.#fixed('arrondissement') || this.#fixed('commune')
          ? nothing
          : select('arrondissement', msg('Arrondissement', { id: 'gallery.arrondissement' }), f.arrondissement, [
              ['', msg('Tous les arrondissements', { id: 'gallery.arrondissement-all' })],
              ...(facets
                ? facetOptions(facets.arrondissements.map((a) => [a.code, a.name, a.count] as const), f.arrondissement, name, count)
                : arrondissementOptions(this.communes, f.arrondissement)),
            ])}
        ${this.#fixed('commune')
          ? nothing
          : select('commune', msg('Commune', { id: 'gallery.commune' }), f.commune, [
              ['', msg('Toutes les communes', { id: 'gallery.commune-all' })],
              ...(facets
                ? facetOptions(facets.communes.map((c) => [c.code, c.name, c.count] as const), f.commune, name, count)
                : communeOptions(this.communes, arrondissement, f.commune)),
            ])}
        ${select('sort', msg('Ordre', { id: 'gallery.sort' }), f.sort, [
          ['random', msg('Aléatoire', { id: 'gallery.sort-random' })],
          ['title', msg('Par titre', { id: 'gallery.sort-title' })],
          ['amount', msg('Par montant demandé', { id: 'gallery.sort-amount' })],
        ])}
      </div>
    </form>`;
  }

  /** The empty list with no filter: before the committee's decisions, when they are due. */
  #notPublishedYet(): string {
    const labelling = this.api.campaign?.phases.find((p) => p.id === 'labellisation');
    if (labelling && this.api.phase('labellisation') !== 'past') {
      const date = formatDate(labelling.end, this.locale);
      return msg(str`Les projets labellisés seront publiés à l’issue de la labellisation, le ${date}.`, { id: 'gallery.empty-until' });
    }
    return msg('Aucun projet n’est encore publié.', { id: 'gallery.empty' });
  }

  #renderList(): TemplateResult {
    const list = this.list;
    if (list.status === 'error') return renderError(list.error, this.#retryList);
    if (list.status === 'loading') {
      return html`<div aria-busy="true">${renderLoading(msg('Chargement des projets…', { id: 'gallery.loading' }))}</div>`;
    }
    if (list.items.length === 0) {
      const filtered = this.#hasUserFilters || Boolean(this.#fixed('commune') || this.#fixed('arrondissement') || this.#fixed('category'));
      const widen = this.emptyCommune?.arrondissement;
      const button = (part: string, label: string, onClick: () => void, primary = false) =>
        html`<button part="button ${part}" type="button" class=${primary ? 'bc-button' : 'bc-button bc-button--secondary'} @click=${onClick}>${label}</button>`;
      return html`${renderEmpty(
        filtered ? msg('Aucun projet ne correspond à ces critères.', { id: 'gallery.empty-filtered' }) : this.#notPublishedYet(),
      )}
      ${filtered
        ? html`<p class="actions">
            ${widen
              ? button('widen-button', msg(str`Élargir à l’arrondissement : ${widen.name}`, { id: 'gallery.widen' }), () => this.#widen(widen.code), true)
              : nothing}
            ${this.#hasUserFilters && !this.released
              ? button('reset-button', msg('Effacer les filtres', { id: 'gallery.reset' }), this.#resetFilters)
              : button('all-button', msg('Voir tous les projets', { id: 'gallery.all' }), this.#showAll)}
          </p>`
        : nothing}`;
    }
    const lang = this.locale;
    const heading = headingTag(this.headingLevel, 3);
    const loadingMore = list.moreStatus === 'loading';
    const votesShown = this.api.phase('vote') === 'past';
    return html`<ul part="list" class="list" role="list" aria-busy=${loadingMore ? 'true' : 'false'}>
        ${list.items.map(
          (p) => html`<li part="item">
            ${renderProjectCard({
              project: p,
              lang,
              categoryName: this.api.categoryName(p.category),
              imageBase: this.api.apiBase,
              heading,
              href: projectHash(p.id),
              onOpen: this.dialog.openFromCard,
              vote: this.#voteAction(p),
              votesShown,
            })}
          </li>`,
        )}
      </ul>
      ${list.moreStatus === 'error' ? renderError(list.moreError, this.#loadMore) : nothing}
      ${list.nextCursor
        ? html`<p class="actions">
            <button
              part="button more-button"
              type="button"
              class="bc-button bc-button--secondary"
              aria-disabled=${loadingMore ? 'true' : 'false'}
              @click=${this.#loadMore}
            >
              ${loadingMore ? msg('Chargement…', { id: 'state.loading' }) : msg('Voir plus de projets', { id: 'gallery.more' })}
            </button>
          </p>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bc-project-gallery': BcProjectGallery;
  }
}
