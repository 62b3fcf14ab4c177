import { msg, str } from '@lit/localize';
import { hasErrorCode, namespaces, type BudgetCitoyenError, type Campaign, type Project, type Results } from '@budget-citoyen/sdk';
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { resultsStatus } from '@budget-citoyen/sdk/rules';
import { BcApiController } from '../base/api-controller.js';
import { BcElement } from '../base/bc-element.js';
import { useNamespaces } from '../base/client.js';
import { headingTag } from '../base/headings.js';
import { formatMoney, formatNumber, formatTime } from '../base/format.js';
import { addTranslations } from '../base/i18n.js';
import { categoryLabel } from '../base/labels.js';
import type { PhaseState } from '../base/server-clock.js';
import { renderEmpty, renderError, renderLoading } from '../base/states.js';
import { tokenStyles } from '../base/styles.js';
import { tableStyles } from '../base/table.styles.js';
import { renderCheckFailed, renderMismatch } from './check-notices.js';
import { renderCategory } from './category-table.js';
import { reasonsOf } from './reasons.js';
import { renderNotPublic, renderResultsHeader } from './results-header.js';
import './events.js';
export type { BcResultsUpdateDetail } from './events.js';
import { renderExplanation, setEnglishExplanation } from './explanation.js';
import type { TransparencyModule } from './load-transparency.js';
import { liveResultsStyles } from './live-results.styles.js';
import { ResultsFeed } from './results-feed.js';
import { Throttle } from './throttle.js';
import type { Timers } from './timers.js';
import { TransparencyCheck } from './transparency-check.js';

addTranslations('en', () =>
  import('./locales/en.js').then((english) => {
    setEnglishExplanation(english.explanation);
    return english;
  }),
);
// The SDK calls this widget makes (see useNamespaces).
useNamespaces({ projects: namespaces.projects, results: namespaces.results });

/** Screen readers hear of changes at most this often. */
const ANNOUNCE_EVERY_MS = 30_000;

/**
 * The results of the vote as they are counted: for each category its envelope, what is spent
 * and what came from other categories' leftovers, and its projects ranked, with their votes,
 * their share of the category's votes and whether (and from which money) they are funded. The
 * ballots cast, annulled and counted; whether the results are provisional or final, and when
 * they were computed (Europe/Paris, by the server's clock).
 *
 * Live: Server-Sent Events, or polling with `If-None-Match` where the stream is unavailable
 * (the SDK's `results.subscribe`); nothing while the tab is hidden; after an error, a new
 * attempt after a growing, jittered delay. Changes are announced to screen readers in one
 * polite live region, at most every 30 seconds.
 *
 * Transparency: "Comment sont calculés les résultats ?" recomputes the allocation in the
 * browser with the SDK's rules from the published votes, explains each step in plain words,
 * and says so visibly when the recomputation disagrees with the published results. That check
 * comes in a chunk of its own, after the results are shown (load-transparency.ts).
 *
 * Before the results are public, says when they will be.
 *
 * @summary Live results of the vote, with the explanation of how projects are funded.
 * @tag bc-live-results
 *
 * @event {CustomEvent<BcResultsUpdateDetail>} bc-results-update - New results were received
 *   (the first, then each change); `detail` is the API's `Results`.
 *
 * @csspart base - The results (everything but the states).
 * @csspart header - Title and status.
 * @csspart title - The title (`<h2>`, or the level `heading-level` gives): provisional or final results.
 * @csspart updated - When the results were computed ("Mis à jour le 20 septembre à 14:32"), or
 *   for final ones the vote's close.
 * @csspart stale - The notice shown while the live connection is broken.
 * @csspart mismatch - The warning shown when the recomputation disagrees with the server.
 * @csspart check-failed - The notice shown when the recomputation could not be run.
 * @csspart totals - Ballots cast, annulled, counted; common pool; unallocated.
 * @csspart category - Each category (`<section>`).
 * @csspart category-title - Each category's name (one level below the title: `<h3>` by default).
 * @csspart summary - Each category's envelope, spent, rollover in, leftover.
 * @csspart table - Each category's ranking (`<table>`), on a widget wider than 36em.
 * @csspart row - Each project's row.
 * @csspart cards - Each category's ranking as one card per project (`<ol>`), on a widget
 *   narrower than 36em; `project-card` for each card.
 * @csspart funding - Whether each project is funded ("Financé…", "Non financé").
 * @csspart reason - Why, in a few words (rank, amount, what was left, the minimum of votes).
 * @csspart bar - Each share-of-votes bar (decorative).
 * @csspart badge - "Financé" badges; also `badge-envelope`, `badge-rollover`.
 * @csspart explanation - The `<details>` explaining the computation.
 * @csspart explanation-summary - Its `<summary>`.
 * @csspart not-public - The "results not public yet" message.
 * @csspart announcer - The polite live region (visually hidden).
 * @csspart button - Every button; also `retry-button`.
 * @csspart state - Loading, empty and error states; also `state-loading`, `state-empty`, `state-error`.
 *
 * @cssproperty --bc-color-primary - Title, bars, accents. Default #000091.
 * @cssproperty --bc-results-bar-color - Fill of the share-of-votes bars. Default: the primary colour.
 * @cssproperty --bc-results-bar-bg - Track of the bars. Default: the border colour.
 * @cssproperty --bc-color-success-bg - Background of "Financé" badges. Default #b8fec9.
 * @cssproperty --bc-color-success-text - Text of "Financé" badges. Default #18753c.
 */
export class BcLiveResults extends BcElement {
  static override styles = [tokenStyles, tableStyles, liveResultsStyles];

  /** Lit's reactive properties, documented on their fields below (no decorators: base/README.md). */
  static override properties: PropertyDeclarations = {
    category: { reflect: true },
    hideExplanation: { type: Boolean, reflect: true, attribute: 'hide-explanation' },
    pollInterval: { type: Number, attribute: 'poll-interval' },
    headingLevel: { attribute: 'heading-level', type: Number },
    results: { state: true },
    projects: { state: true },
    projectsError: { state: true },
    feedError: { state: true },
    notPublic: { state: true },
    announcement: { state: true },
  };

  /** Shows this category only (its id, e.g. `cooperation`). */
  category?: string;

  /** Leaves out "Comment sont calculés les résultats ?". */
  hideExplanation = false;

  /** Milliseconds between two requests when polling (no Server-Sent Events). */
  pollInterval = 30_000;

  /**
   * Level of the title, 1 to 6, to fit your page's outline; the categories' and the
   * explanation's titles are one level below. Default 2 (`<h2>`).
   */
  headingLevel?: number;

  private results: Results | undefined;
  private projects: ReadonlyMap<string, Project> | undefined;
  private projectsError: unknown;
  private feedError: BudgetCitoyenError | undefined;
  private notPublic = false;
  private announcement = '';

  private readonly api = new BcApiController(this);
  readonly #feed = new ResultsFeed(this, {
    onResults: (results) => this.#onResults(results),
    onError: (error) => this.#onFeedError(error),
  });
  readonly #throttle = new Throttle((message) => (this.announcement = message), ANNOUNCE_EVERY_MS);
  #campaignId: string | undefined;
  #votePhase: PhaseState | undefined;
  readonly #transparency = new TransparencyCheck(this);
  /** The project list's request, while in flight. */
  #projectsRequest: AbortController | undefined;

  /**
   * @internal The time source of the announcement throttle and of the reconnection delays
   * (tests step a fake one).
   */
  set timers(timers: Timers) {
    this.#throttle.timers = this.#feed.timers = timers;
  }
  get timers(): Timers {
    return this.#feed.timers;
  }

  /** @internal How the transparency check's chunk is loaded (tests make it hang or fail). */
  set loadTransparency(load: () => Promise<TransparencyModule>) {
    this.#transparency.load = load;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page (moved in the DOM): resume what was cut short, such as the project list.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#throttle.cancel();
    // Nothing may land on a widget that left the page; a reconnection asks again.
    this.#abortProjects();
  }

  /**
   * A widget out of the page does nothing: no request, no subscription, not even resolving its
   * campaign again (a late answer would otherwise re-render it). Back in the page, it resumes.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    return this.isConnected && super.shouldUpdate(changed);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const campaign = this.api.status === 'ready' ? this.api.campaign : undefined;
    if (campaign?.id !== this.#campaignId) this.#reset(campaign?.id);
    if (!campaign) return;
    const vote = this.api.phase('vote');
    if (!this.#mayBePublic(campaign)) {
      this.#feed.stop();
    } else {
      if (!this.#feed.active || changed.has('pollInterval')) this.#subscribe(campaign.id);
      // The vote just closed (server's clock): ask for the final results now, not at the next poll.
      else if (vote !== this.#votePhase) this.#feed.retryNow();
      if (!this.projects && !this.#projectsRequest && this.projectsError === undefined) this.#loadProjects(campaign.id);
    }
    this.#votePhase = vote;
    const { results, projects } = this;
    this.#transparency.sync(results && projects && { campaign, results, projects });
  }

  /** Results may be asked for: the vote is over, or running with live results. */
  #mayBePublic(campaign: Campaign): boolean {
    const now = this.api.now();
    return now !== undefined && resultsStatus(campaign, now) !== null;
  }

  #reset(campaignId: string | undefined): void {
    this.#campaignId = campaignId;
    this.#feed.stop();
    this.#throttle.cancel();
    this.#votePhase = undefined;
    this.#transparency.sync(undefined);
    this.#abortProjects();
    this.results = this.projects = this.projectsError = this.feedError = undefined;
    this.notPublic = false;
  }

  #subscribe(campaignId: string): void {
    const client = this.api.client;
    this.#feed.start((onResults, onError) =>
      client.results.subscribe(campaignId, onResults, { onError, pollIntervalMs: this.pollInterval }),
    );
  }

  #abortProjects(): void {
    this.#projectsRequest?.abort();
    this.#projectsRequest = undefined;
  }

  /** Titles (and amounts, for the recomputation) of the projects, once per campaign. */
  #loadProjects(campaignId: string): void {
    const request = (this.#projectsRequest = new AbortController());
    const { signal } = request;
    this.api.client.projects
      .list(campaignId, { limit: 100 }, { signal })
      .toArray()
      .then(
        (list) => {
          if (!signal.aborted) this.projects = new Map(list.map((p) => [p.id, p]));
        },
        (error: unknown) => {
          if (!signal.aborted) this.projectsError = error;
        },
      )
      .finally(() => {
        if (this.#projectsRequest === request) this.#projectsRequest = undefined;
      });
  }

  #onResults(results: Results): void {
    const previous = this.results;
    this.notPublic = false;
    this.feedError = undefined;
    if (previous && isNotNewer(results, previous)) return;
    this.results = results;
    this.emit('bc-results-update', results);
    if (previous) this.#throttle.push(this.localize(() => this.#announcementFor(results, previous)));
  }

  #onFeedError(error: BudgetCitoyenError): void {
    if (hasErrorCode(error, 'results_not_public')) this.notPublic = true;
    else this.feedError = error;
  }

  #retry = (): void => {
    this.feedError = undefined;
    if (this.projectsError !== undefined) this.projectsError = undefined;
    else this.#feed.retryNow();
  };

  #announcementFor(results: Results, previous: Results): string {
    const counted = formatNumber(results.ballots.counted, this.locale);
    return results.status === 'final' && previous.status !== 'final'
      ? msg(str`Résultats définitifs publiés. Bulletins comptés : ${counted}.`, { id: 'results.announce-final' })
      : msg(str`Résultats mis à jour à ${formatTime(results.computedAt, this.locale)}. Bulletins comptés : ${counted}.`, {
          id: 'results.announce-update',
        });
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    return html`${this.#renderBody()}
      <p part="announcer" class="bc-visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</p>`;
  }

  #renderBody(): TemplateResult {
    const api = this.api;
    if (api.status === 'error') return renderError(api.error, () => api.retry());
    const campaign = api.campaign;
    if (api.status === 'loading' || !campaign) return this.#renderLoading();
    const results = this.results;
    if (!results && (this.notPublic || !this.#mayBePublic(campaign))) return renderNotPublic(campaign, api.phase('vote'), this.locale);
    if (!results && this.feedError) return renderError(this.feedError, this.#retry);
    if (this.projectsError !== undefined) return renderError(this.projectsError, this.#retry);
    if (!results || !this.projects) return this.#renderLoading();
    return this.#renderResults(campaign, results, this.projects);
  }

  #renderLoading(): TemplateResult {
    return html`<div aria-busy="true">${renderLoading(msg('Chargement des résultats…', { id: 'results.loading' }))}</div>`;
  }

  #renderResults(campaign: Campaign, results: Results, projects: ReadonlyMap<string, Project>): TemplateResult {
    const lang = this.locale;
    const provisional = results.status === 'provisional';
    const names: Record<string, string> = {};
    for (const c of campaign.categories) names[c.id] = categoryLabel(c.id, c.name);
    const shown = this.category ? results.categories.filter((c) => c.id === this.category) : results.categories;
    const transparency = this.#transparency;
    const check = transparency.check;
    const agrees = !check || (check.categories.length === 0 && !check.rollover);
    const figure = (label: string, value: string) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
    const titles: Record<string, string> = {};
    for (const [id, p] of projects) titles[id] = p.title;
    const heading = headingTag(this.headingLevel, 2);
    const subheading = headingTag(this.headingLevel, 2, 1);
    return html`<div part="base" class="results">
      ${renderResultsHeader(results, campaign, heading, lang)}
      ${this.feedError
        ? html`<p part="stale" class="stale">
            ${msg('La mise à jour en direct est interrompue ; nouvelle tentative automatique.', { id: 'results.stale' })}
            <button type="button" part="button retry-button" class="bc-button bc-button--secondary" @click=${this.#retry}>
              ${msg('Réessayer', { id: 'state.retry' })}
            </button>
          </p>`
        : nothing}
      ${agrees ? nothing : renderMismatch(check!, names)}
      ${transparency.status === 'error' ? renderCheckFailed(transparency.retry) : nothing}
      <dl part="totals" class="figures">
        ${figure(msg('Bulletins déposés', { id: 'results.cast' }), formatNumber(results.ballots.cast, lang))}
        ${figure(msg('Bulletins annulés (votes multiples)', { id: 'results.annulled' }), formatNumber(results.ballots.annulled, lang))}
        ${figure(msg('Bulletins comptés', { id: 'results.counted' }), formatNumber(results.ballots.counted, lang))}
        ${figure(msg('Réserve commune (restes des enveloppes)', { id: 'results.pool' }), formatMoney(results.rollover.poolCents, lang))}
        ${figure(msg('Non attribué', { id: 'results.unallocated' }), formatMoney(results.rollover.unallocatedCents, lang))}
      </dl>
      ${shown.length === 0
        ? renderEmpty(msg('Cette catégorie ne figure pas dans les résultats.', { id: 'results.no-category' }))
        : shown.map((category) =>
            renderCategory({
              category,
              name: names[category.id] ?? category.id,
              projects,
              provisional,
              lang,
              heading: subheading,
              textLang: lang === 'fr' ? undefined : 'fr',
              // The trace explains the server's figures only when the recomputation agrees with them.
              reasons: agrees && check?.allocation ? reasonsOf(check.allocation) : undefined,
            }),
          )}
      ${this.hideExplanation
        ? nothing
        : renderExplanation(transparency, { locale: lang, categoryNames: names, projectTitles: titles }, agrees, subheading)}
    </div>`;
  }
}

/** An older or identical result (a replay after reconnecting, a late answer): nothing to show. */
function isNotNewer(next: Results, current: Results): boolean {
  if (next.status !== current.status) return next.status === 'provisional';
  return Date.parse(next.computedAt) <= Date.parse(current.computedAt);
}

declare global {
  interface HTMLElementTagNameMap {
    'bc-live-results': BcLiveResults;
  }
}
