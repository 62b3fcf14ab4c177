import { msg, str } from '@lit/localize';
import { namespaces, type Commune, type Page, type Project, type ProjectQuery } from '@budget-citoyen/sdk';
import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { BcApiController } from '../base/api-controller.js';
import { BcElement } from '../base/bc-element.js';
import { dialogStyles } from '../base/dialog.styles.js';
import { filterBarStyles } from '../base/filter-bar.styles.js';
import { useNamespaces } from '../base/client.js';
import { formatDate, formatNumber } from '../base/format.js';
import { headingTag } from '../base/headings.js';
import { addTranslations } from '../base/i18n.js';
import { ListController } from '../base/list-controller.js';
import { renderError } from '../base/states.js';
import { tokenStyles } from '../base/styles.js';
import { visitorSeed } from '../base/visitor-seed.js';
import { renderVoteAction, voteAction, type VoteAction } from '../card/card-template.js';
import { cardStyles } from '../card/card.styles.js';
import { renderProjectDetails } from '../card/project-details.js';
import { FilterOptions } from './filter-options.js';
import { renderFilterForm, validSort, type Filters, type GallerySort, type PlaceFilter } from './filter-form.js';
import { filterStyles } from './filters.styles.js';
import { galleryStyles } from './project-gallery.styles.js';
import { ProjectDialog, renderProjectDialog } from './project-dialog.js';
import { renderListLoading, renderProjectList } from './project-list.js';

addTranslations('en', () => import('./locales/en.js'));
// The SDK calls this widget makes (see useNamespaces).
useNamespaces({ communes: namespaces.communes, projects: namespaces.projects });

export type { GallerySort };

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
  static override styles = [tokenStyles, cardStyles, filterBarStyles, dialogStyles, galleryStyles, filterStyles];

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
  /** The filters panel, folded behind "Filtrer" on a narrow widget, is open. */
  private panelOpen = false;
  /** "Élargir…" or "Voir tous les projets" set aside the filters the page's attributes fixed. */
  private released = false;
  /** The commune filtered on, when nothing matched: to offer its arrondissement. */
  private emptyCommune: Commune | undefined;

  private readonly api = new BcApiController(this, { onCampaign: () => this.#onCampaign() });
  private readonly list = new ListController<Project, ProjectQuery, Page<Project>>(this, (query, cursor, signal) =>
    this.api.client.projects.list(this.api.campaign!.id, cursor ? { ...query, cursor } : query, { signal }),
  );
  private readonly dialog = new ProjectDialog(this, {
    ready: () => this.api.status === 'ready',
    known: (id) => this.list.items.find((p) => p.id === id),
    fetch: (id) => this.api.client.projects.get(this.api.campaign!.id, id),
  });
  private readonly options = new FilterOptions(this, {
    client: () => this.api.client,
    campaignId: () => this.api.campaign!.id,
    query: () => this.#query(),
    noPlaceFilter: () => Boolean(this.#fixed('commune')),
  });
  #searchTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#searchTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sort') && this.sort !== this.filters.sort) {
      this.filters = { ...this.filters, sort: validSort(this.sort) };
    }
    const refilter = (['category', 'commune', 'arrondissement', 'pageSize'] as const).some((k) => changed.has(k));
    if (refilter && this.hasUpdated) this.released = false;
    if (this.hasUpdated && this.api.status === 'ready' && (refilter || changed.has('sort'))) this.#loadFirst();
  }

  #onCampaign(): void {
    this.#loadFirst();
    this.dialog.syncWithHash();
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
  #fixed(name: PlaceFilter): string {
    return this.released ? '' : (this[name] ?? '');
  }

  #loadFirst(): void {
    if (!this.api.campaign) return;
    const query = this.#query();
    this.emptyCommune = undefined;
    this.options.load(query);
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
    if (name === 'sort') patch.sort = validSort(select.value);
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
    if (this.api.status === 'loading') return renderListLoading();
    const api = this.api;
    const categoryName = (id: string) => api.categoryName(id);
    return html`
      ${renderFilterForm({
        filters: this.filters,
        fixed: (name) => this.#fixed(name),
        categories: api.campaign!.categories,
        categoryName,
        facets: this.options.facets,
        communes: this.options.communes,
        placeName: this.options.placeName,
        panelOpen: this.panelOpen,
        lang: this.locale,
        onSelect: this.#onSelect,
        onSearchInput: this.#onSearchInput,
        onSubmit: this.#onSubmit,
        onToggle: this.#togglePanel,
        onPanelKey: this.#onPanelKey,
      })}
      <p part="count" class="count" role="status">${this.#countText()}</p>
      ${renderProjectList({
        list: this.list,
        lang: this.locale,
        heading: headingTag(this.headingLevel, 3),
        categoryName,
        imageBase: api.apiBase,
        votesShown: api.phase('vote') === 'past',
        vote: (p) => this.#voteAction(p),
        onOpen: this.dialog.openFromCard,
        onRetry: this.#retryList,
        onMore: this.#loadMore,
        empty: {
          filtered: this.#hasUserFilters || Boolean(this.#fixed('commune') || this.#fixed('arrondissement') || this.#fixed('category')),
          unfiltered: () => this.#notPublishedYet(),
          widen: this.emptyCommune?.arrondissement,
          canReset: this.#hasUserFilters && !this.released,
          onWiden: this.#widen,
          onReset: this.#resetFilters,
          onShowAll: this.#showAll,
        },
      })}
      ${renderProjectDialog(this.dialog, (project) =>
        renderProjectDetails({
          project,
          lang: this.locale,
          categoryName: api.categoryName(project.category),
          imageBase: api.apiBase,
          action: api.isOpen('vote') ? renderVoteAction(project, this.#dialogVoteAction(project)) : nothing,
          votesShown: api.phase('vote') === 'past',
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

  /** The empty list with no filter: before the committee's decisions, when they are due. */
  #notPublishedYet(): string {
    const labelling = this.api.campaign?.phases.find((p) => p.id === 'labellisation');
    if (labelling && this.api.phase('labellisation') !== 'past') {
      const date = formatDate(labelling.end, this.locale);
      return msg(str`Les projets labellisés seront publiés à l’issue de la labellisation, le ${date}.`, { id: 'gallery.empty-until' });
    }
    return msg('Aucun projet n’est encore publié.', { id: 'gallery.empty' });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bc-project-gallery': BcProjectGallery;
  }
}
