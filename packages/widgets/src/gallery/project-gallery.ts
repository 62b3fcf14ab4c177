import { msg, str } from '@lit/localize';
import { isNotFoundError, type Commune, type Project, type ProjectQuery } from '@budget-citoyen/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { BcApiController } from '../base/api-controller.js';
import { BcElement } from '../base/bc-element.js';
import { headingTag } from '../base/headings.js';
import { loadCommunes } from '../base/client.js';
import { formatDate, formatMoney, formatNumber } from '../base/format.js';
import { addTranslations } from '../base/i18n.js';
import { categoryLabel, holderKindLabel } from '../base/labels.js';
import { renderEmpty, renderError, renderLoading } from '../base/states.js';
import { tokenStyles } from '../base/styles.js';
import { ballotHref, renderProjectCard, renderVoteAction, renderWinnerBadge, safeImageUrl } from '../card/card-template.js';
import { cardStyles } from '../card/card.styles.js';
import { galleryStyles } from './project-gallery.styles.js';
import { visitorSeed } from './seed.js';

addTranslations('en', () => import('./locales/en.js'));

export type GallerySort = 'random' | 'title' | 'amount';

interface Filters {
  category: string;
  arrondissement: string;
  commune: string;
  q: string;
  sort: GallerySort;
}

interface DialogState {
  id: string;
  project?: Project;
  error?: unknown;
}

const HASH_PREFIX = '#projet-';
const SEARCH_DELAY_MS = 350;

/** The project id of a `#projet-<id>` hash, if that is what the hash is. */
function projectIdFromHash(hash: string): string | undefined {
  if (!hash.startsWith(HASH_PREFIX) || hash.length === HASH_PREFIX.length) return undefined;
  try {
    return decodeURIComponent(hash.slice(HASH_PREFIX.length));
  } catch {
    return undefined;
  }
}

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
 *   following `ballot-url`.
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
 * @cssproperty --bc-card-min-width - Narrowest a card gets before the grid drops a column. Default 17rem.
 * @cssproperty --bc-gallery-gap - Space between cards. Default 1.5rem.
 * @cssproperty --bc-dialog-max-width - Widest the details dialog gets. Default 48rem.
 */
export class BcProjectGallery extends BcElement {
  static override styles = [tokenStyles, cardStyles, galleryStyles];

  /** Shows only this category (its filter is hidden): for partner sites. */
  @property({ reflect: true }) category?: string;

  /** Shows only this commune (INSEE code; its filters are hidden): for a commune's site. */
  @property({ reflect: true }) commune?: string;

  /** Shows only this arrondissement (`621`…`627`; its filter is hidden). */
  @property({ reflect: true }) arrondissement?: string;

  /** Page of the ballot: "Voter pour ce projet" links to it with `?projet=<id>`. */
  @property({ attribute: 'ballot-url' }) ballotUrl?: string;

  /** Projects per page ("Voir plus" loads as many again), 1–100. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 12;

  /** Initial order: `random` (stable for the visitor's session), `title` or `amount`. */
  @property() sort: GallerySort = 'random';

  /**
   * Level of the cards' titles, 1 to 6, to fit your page's outline. Default 3 (`<h3>`). The
   * details dialog's title stays an `<h2>`: a modal dialog is read apart from the page.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  @state() private filters: Filters = { category: '', arrondissement: '', commune: '', q: '', sort: 'random' };
  @state() private items: Project[] = [];
  @state() private total = 0;
  @state() private nextCursor: string | null = null;
  @state() private listStatus: 'loading' | 'ready' | 'error' = 'loading';
  @state() private listError: unknown;
  @state() private moreStatus: 'idle' | 'loading' | 'error' = 'idle';
  @state() private moreError: unknown;
  @state() private communes: Commune[] = [];
  @state() private dialog: DialogState | undefined;

  @query('dialog') private dialogEl!: HTMLDialogElement;

  private readonly api = new BcApiController(this, { onCampaign: () => this.#onCampaign() });
  #generation = 0;
  #abort: AbortController | undefined;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #opener: HTMLElement | undefined;
  #pushedHash = false;
  #dialogGeneration = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    clearTimeout(this.#searchTimer);
    this.#abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sort') && this.sort !== this.filters.sort) {
      this.filters = { ...this.filters, sort: this.#validSort(this.sort) };
    }
    const refilter = (['category', 'commune', 'arrondissement', 'pageSize'] as const).some((k) => changed.has(k));
    if (this.hasUpdated && this.api.status === 'ready' && (refilter || changed.has('sort'))) this.#loadFirst();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.dialogEl;
    // Opens when `dialog` changes only. Between a close() and its close event, which comes in a
    // later task, `dialog` is still set: another update in that gap must not open it again.
    if ((changed as Map<PropertyKey, unknown>).has('dialog') && this.dialog && !dialog.open) {
      dialog.showModal();
      this.renderRoot.querySelector<HTMLElement>('#bc-dialog-title')?.focus();
    }
  }

  #validSort(value: string): GallerySort {
    return value === 'title' || value === 'amount' ? value : 'random';
  }

  #onCampaign(): void {
    this.#loadFirst();
    if (!this.commune) {
      loadCommunes(this.api.client).then(
        (communes) => (this.communes = communes),
        () => (this.communes = []),
      );
    }
    this.#onHashChange();
  }

  // ——— data ———

  #query(): ProjectQuery {
    const f = this.filters;
    const query: ProjectQuery = {
      limit: Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 12)),
      sort: f.sort,
    };
    const category = this.category || f.category;
    const commune = this.commune || f.commune;
    const arrondissement = this.arrondissement || f.arrondissement;
    const q = f.q.trim();
    if (category) query.category = category;
    if (commune) query.commune = commune;
    if (arrondissement) query.arrondissement = arrondissement;
    if (q) query.q = q;
    if (f.sort === 'random') query.seed = visitorSeed();
    return query;
  }

  #loadFirst(): void {
    const campaign = this.api.campaign;
    if (!campaign) return;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const generation = ++this.#generation;
    this.listStatus = 'loading';
    this.listError = undefined;
    this.moreStatus = 'idle';
    this.api.client.projects.list(campaign.id, this.#query(), { signal: abort.signal }).then(
      (page) => {
        if (generation !== this.#generation) return;
        this.items = page.items;
        this.total = page.total;
        this.nextCursor = page.nextCursor;
        this.listStatus = 'ready';
      },
      (error: unknown) => {
        if (generation !== this.#generation) return;
        this.listError = error;
        this.listStatus = 'error';
      },
    );
  }

  #loadMore = (): void => {
    const campaign = this.api.campaign;
    const cursor = this.nextCursor;
    if (!campaign || !cursor || this.moreStatus === 'loading') return;
    const generation = this.#generation;
    const signal = this.#abort?.signal;
    const firstNew = this.items.length;
    this.moreStatus = 'loading';
    this.moreError = undefined;
    this.api.client.projects.list(campaign.id, { ...this.#query(), cursor }, signal ? { signal } : {}).then(
      async (page) => {
        if (generation !== this.#generation) return;
        const known = new Set(this.items.map((p) => p.id));
        this.items = [...this.items, ...page.items.filter((p) => !known.has(p.id))];
        this.total = page.total;
        this.nextCursor = page.nextCursor;
        this.moreStatus = 'idle';
        await this.updateComplete;
        // Keyboard users carry on from the first new card rather than from a moved button.
        this.renderRoot.querySelectorAll<HTMLElement>('.list > li .card-title a')[firstNew]?.focus();
      },
      (error: unknown) => {
        if (generation !== this.#generation) return;
        this.moreError = error;
        this.moreStatus = 'error';
      },
    );
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
    if (name === 'arrondissement' && this.filters.commune) {
      const commune = this.communes.find((c) => c.code === this.filters.commune);
      if (select.value && commune?.arrondissement.code !== select.value) patch.commune = '';
    }
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

  get #hasUserFilters(): boolean {
    const f = this.filters;
    return Boolean(f.category || f.arrondissement || f.commune || f.q.trim());
  }

  // ——— dialog and deep link ———

  #onCardOpen = (event: MouseEvent): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.currentTarget as HTMLAnchorElement;
    const id = link.closest<HTMLElement>('[data-project-id]')?.dataset.projectId;
    if (!id) return;
    event.preventDefault();
    this.#opener = link;
    if (projectIdFromHash(location.hash) !== id) {
      // A history entry of its own, so that the browser's Back button closes the details.
      history.pushState(history.state, '', HASH_PREFIX + encodeURIComponent(id));
      this.#pushedHash = true;
    }
    this.#open(id);
  };

  #onHashChange = (): void => {
    if (this.api.status !== 'ready') return;
    const id = projectIdFromHash(location.hash);
    if (id && id !== this.dialog?.id) {
      this.#pushedHash = false;
      this.#open(id);
    } else if (!id && this.dialog) {
      this.#closeDialog();
    }
  };

  #open(id: string): void {
    const campaign = this.api.campaign;
    if (!campaign) return;
    const known = this.items.find((p) => p.id === id);
    const generation = ++this.#dialogGeneration;
    this.dialog = known ? { id, project: known } : { id };
    if (known) return;
    this.api.client.projects.get(campaign.id, id).then(
      (project) => {
        if (generation === this.#dialogGeneration) this.dialog = { id, project };
      },
      (error: unknown) => {
        if (generation === this.#dialogGeneration) this.dialog = { id, error };
      },
    );
  }

  /**
   * Closes the details; the close event, in a later task, tidies up (#onDialogClose). Until then
   * a project still on its way must not set `dialog` again, which would reopen it.
   */
  #closeDialog = (): void => {
    ++this.#dialogGeneration;
    this.dialogEl.close();
  };

  /** Escape: the browser closes the dialog itself, right after this event. */
  #onDialogCancel = (): void => {
    ++this.#dialogGeneration;
  };

  /** After the dialog closed by any means: button, Escape, backdrop, Back, hash change. */
  #onDialogClose = (): void => {
    const closed = this.dialog;
    this.dialog = undefined;
    ++this.#dialogGeneration;
    if (closed && projectIdFromHash(location.hash) === closed.id) {
      if (this.#pushedHash) history.back();
      else history.replaceState(history.state, '', location.pathname + location.search);
    }
    this.#pushedHash = false;
    const opener =
      this.#opener?.isConnected && this.#opener.getRootNode() === this.renderRoot
        ? this.#opener
        : [...this.renderRoot.querySelectorAll<HTMLElement>('[data-project-id]')]
            .find((card) => card.dataset.projectId === closed?.id)
            ?.querySelector<HTMLElement>('.card-title a');
    this.#opener = undefined;
    opener?.focus();
  };

  #onDialogClick = (event: MouseEvent): void => {
    // Only the backdrop targets the <dialog> itself: its content fills it.
    if (event.target === this.dialogEl) this.#closeDialog();
  };

  #select(project: Project, event: Event): void {
    const selected = this.emit(
      'bc-project-select',
      { projectId: project.id, category: project.category },
      { cancelable: true },
    );
    if (selected.defaultPrevented) event.preventDefault();
  }

  #voteAction(project: Project) {
    return this.api.isOpen('vote')
      ? { href: ballotHref(this.ballotUrl, project.id), onSelect: (e: Event) => this.#select(project, e) }
      : undefined;
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
      <dialog
        part="dialog"
        aria-labelledby="bc-dialog-title"
        @cancel=${this.#onDialogCancel}
        @close=${this.#onDialogClose}
        @click=${this.#onDialogClick}
      >
        ${this.dialog ? this.#renderDialog(this.dialog) : nothing}
      </dialog>
    `;
  }

  #countText(): string {
    if (this.listStatus !== 'ready') return '';
    if (this.total === 0) return msg('Aucun projet trouvé.', { id: 'gallery.count-none' });
    return msg(str`Projets affichés : ${formatNumber(this.items.length, this.locale)} sur ${formatNumber(this.total, this.locale)}`, {
      id: 'gallery.count',
    });
  }

  #renderFilters(): TemplateResult {
    const f = this.filters;
    const campaign = this.api.campaign!;
    const arrondissements = new Map<string, string>();
    for (const c of this.communes) arrondissements.set(c.arrondissement.code, c.arrondissement.name);
    const arrondissement = this.arrondissement || f.arrondissement;
    const communes = this.communes
      .filter((c) => !arrondissement || c.arrondissement.code === arrondissement)
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    return html`<form part="filters" class="filters" role="search" aria-label=${msg('Filtrer les projets', { id: 'gallery.filters' })} @submit=${this.#onSubmit}>
      <div part="field" class="field field--search">
        <label part="label" for="bc-q">${msg('Rechercher un projet', { id: 'gallery.search' })}</label>
        <input part="search" id="bc-q" name="q" type="search" autocomplete="off" .value=${f.q} @input=${this.#onSearchInput} />
      </div>
      ${this.category
        ? nothing
        : this.#renderSelect('category', msg('Catégorie', { id: 'gallery.category' }), f.category, [
            ['', msg('Toutes les catégories', { id: 'gallery.category-all' })],
            ...campaign.categories.map((c) => [c.id, categoryLabel(c.id, c.name)] as [string, string]),
          ])}
      ${this.arrondissement || this.commune
        ? nothing
        : this.#renderSelect('arrondissement', msg('Arrondissement', { id: 'gallery.arrondissement' }), f.arrondissement, [
            ['', msg('Tous les arrondissements', { id: 'gallery.arrondissement-all' })],
            ...[...arrondissements].sort(([a], [b]) => a.localeCompare(b)),
          ])}
      ${this.commune
        ? nothing
        : this.#renderSelect('commune', msg('Commune', { id: 'gallery.commune' }), f.commune, [
            ['', msg('Toutes les communes', { id: 'gallery.commune-all' })],
            ...communes.map((c) => [c.code, c.name] as [string, string]),
          ])}
      ${this.#renderSelect('sort', msg('Ordre', { id: 'gallery.sort' }), f.sort, [
        ['random', msg('Aléatoire', { id: 'gallery.sort-random' })],
        ['title', msg('Par titre', { id: 'gallery.sort-title' })],
        ['amount', msg('Par montant demandé', { id: 'gallery.sort-amount' })],
      ])}
    </form>`;
  }

  #renderSelect(name: string, label: string, value: string, options: [string, string][]): TemplateResult {
    const id = `bc-${name}`;
    return html`<div part="field" class="field">
      <label part="label" for=${id}>${label}</label>
      <select part="select" id=${id} name=${name} @change=${this.#onSelect}>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select>
    </div>`;
  }

  /** The empty list with no filter: before the committee's decisions, when they are due. */
  #notPublishedYet(): string {
    const labelling = this.api.campaign?.phases.find((p) => p.id === 'labellisation');
    if (labelling && this.api.phase('labellisation') !== 'past') {
      const date = formatDate(labelling.end, this.locale);
      return msg(str`Les projets labellisés seront publiés à l'issue de la labellisation, le ${date}.`, { id: 'gallery.empty-until' });
    }
    return msg("Aucun projet n'est encore publié.", { id: 'gallery.empty' });
  }

  #renderList(): TemplateResult {
    if (this.listStatus === 'error') return renderError(this.listError, this.#retryList);
    if (this.listStatus === 'loading') {
      return html`<div aria-busy="true">${renderLoading(msg('Chargement des projets…', { id: 'gallery.loading' }))}</div>`;
    }
    if (this.items.length === 0) {
      return html`${renderEmpty(
        this.#hasUserFilters
          ? msg('Aucun projet ne correspond à ces critères.', { id: 'gallery.empty-filtered' })
          : this.#notPublishedYet(),
      )}
      ${this.#hasUserFilters
        ? html`<p class="actions">
            <button part="button reset-button" type="button" class="bc-button bc-button--secondary" @click=${this.#resetFilters}>
              ${msg('Effacer les filtres', { id: 'gallery.reset' })}
            </button>
          </p>`
        : nothing}`;
    }
    const lang = this.locale;
    const heading = headingTag(this.headingLevel, 3);
    return html`<ul part="list" class="list" role="list" aria-busy=${this.moreStatus === 'loading' ? 'true' : 'false'}>
        ${this.items.map(
          (p) => html`<li part="item">
            ${renderProjectCard({
              project: p,
              lang,
              categoryName: this.api.categoryName(p.category),
              imageBase: this.api.apiBase,
              heading,
              href: HASH_PREFIX + encodeURIComponent(p.id),
              onOpen: this.#onCardOpen,
              vote: this.#voteAction(p),
            })}
          </li>`,
        )}
      </ul>
      ${this.moreStatus === 'error' ? renderError(this.moreError, this.#loadMore) : nothing}
      ${this.nextCursor
        ? html`<p class="actions">
            <button
              part="button more-button"
              type="button"
              class="bc-button bc-button--secondary"
              aria-disabled=${this.moreStatus === 'loading' ? 'true' : 'false'}
              @click=${this.#loadMore}
            >
              ${this.moreStatus === 'loading'
                ? msg('Chargement…', { id: 'state.loading' })
                : msg('Voir plus de projets', { id: 'gallery.more' })}
            </button>
          </p>`
        : nothing}`;
  }

  #renderDialog(d: DialogState): TemplateResult {
    // One header for every state: the focused title survives "loading" turning into the project.
    const p = d.project;
    const title = p
      ? p.title
      : d.error
        ? isNotFoundError(d.error)
          ? msg('Projet introuvable', { id: 'dialog.not-found-title' })
          : msg('Erreur', { id: 'dialog.error-title' })
        : msg('Chargement du projet…', { id: 'card.loading' });
    return html`<div part="dialog-body" class="dialog-body">
      <div class="dialog-header">
        <h2 part="dialog-title" id="bc-dialog-title" tabindex="-1">${title}</h2>
        <button part="button dialog-close" type="button" class="bc-button bc-button--secondary" @click=${this.#closeDialog}>
          ${msg('Fermer', { id: 'dialog.close' })}
        </button>
      </div>
      ${p ? this.#renderDetails(p) : d.error ? this.#renderDialogError(d.id, d.error) : renderLoading()}
    </div>`;
  }

  #renderDialogError(id: string, error: unknown): TemplateResult {
    return isNotFoundError(error)
      ? renderError(error, () => undefined, {
          message: msg("Ce projet est introuvable ou n'a pas été labellisé.", { id: 'card.not-found' }),
          retry: false,
        })
      : renderError(error, () => this.#open(id));
  }

  #renderDetails(p: Project): TemplateResult {
    const lang = this.locale;
    const image = safeImageUrl(p.image?.url, this.api.apiBase);
    const paragraphs = p.description.split(/\n\s*\n/).filter((s) => s.trim());
    return html`${image
        ? html`<img part="card-image" class="dialog-image" src=${image} alt=${p.image?.alt ?? ''} decoding="async" />`
        : nothing}
      <p part="card-badges" class="badges">
        <span part="badge badge-category" class="badge">${categoryLabel(p.category, this.api.categoryName(p.category))}</span>
        ${renderWinnerBadge(p)}
      </p>
      <dl part="card-meta" class="card-meta dialog-meta">
        <div>
          <dt>${msg('Porté par', { id: 'card.holder' })}</dt>
          <dd>${p.holder.name} (${holderKindLabel(p.holder.kind)})</dd>
        </div>
        <div>
          <dt>${msg('Commune', { id: 'card.commune' })}</dt>
          <dd>${p.commune.name}</dd>
        </div>
        <div>
          <dt>${msg('Arrondissement', { id: 'gallery.arrondissement' })}</dt>
          <dd>${p.arrondissement.name}</dd>
        </div>
        <div>
          <dt>${msg('Montant demandé', { id: 'card.amount' })}</dt>
          <dd part="card-amount">${formatMoney(p.requestedAmountCents, lang)}</dd>
        </div>
        ${p.votes !== undefined
          ? html`<div>
              <dt>${msg('Votes', { id: 'card.votes' })}</dt>
              <dd>${formatNumber(p.votes, lang)}</dd>
            </div>`
          : nothing}
      </dl>
      ${p.summary ? html`<p class="dialog-summary">${p.summary}</p>` : nothing}
      <div part="description" class="description">${paragraphs.map((text) => html`<p>${text}</p>`)}</div>
      ${p.tags.length
        ? html`<ul class="tags" aria-label=${msg('Mots-clés', { id: 'dialog.tags' })}>
            ${p.tags.map((tag) => html`<li>${tag}</li>`)}
          </ul>`
        : nothing}
      ${this.api.isOpen('vote') ? html`<p class="actions">${renderVoteAction(p, this.#voteAction(p))}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bc-project-gallery': BcProjectGallery;
  }
}
