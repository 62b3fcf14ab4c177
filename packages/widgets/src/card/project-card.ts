import { msg } from '@lit/localize';
import { namespaces, type Project } from '@budget-citoyen/sdk';
import { css, html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { BcApiController } from '../base/api-controller.js';
import { BcElement } from '../base/bc-element.js';
import { useNamespaces } from '../base/client.js';
import { headingTag } from '../base/headings.js';
import { renderLoading } from '../base/states.js';
import { tokenStyles } from '../base/styles.js';
import { safeUrl } from '../base/urls.js';
import { renderProjectCard, voteAction } from './card-template.js';
import { renderProjectError } from './project-details.js';
import { cardStyles } from './card.styles.js';

// The SDK calls this widget makes (see useNamespaces).
useNamespaces({ projects: namespaces.projects });

/**
 * One labelled project, as a card, for partner sites: image, title, holder, commune, requested
 * amount, category, and the winner badge once results are final. While the vote is open (by
 * the server's clock) it offers "Voter pour ce projet"; its votes show only once the vote is
 * closed, even where the campaign publishes live results (those are `<bc-live-results>`'s).
 *
 * @summary One project of the budget citoyen, as a card.
 * @tag bc-project-card
 *
 * @event {CustomEvent<BcProjectSelectDetail>} bc-project-select - "Voter pour ce projet" was
 *   activated. Cancelable: `preventDefault()` keeps the page from following `ballot-url`.
 *
 * @csspart card - The card (`<article>`).
 * @csspart card-image - The project's image.
 * @csspart card-title - The title (`<h3>`, or the level `heading-level` gives).
 * @csspart card-badges - The row of badges.
 * @csspart badge - Every badge; also `badge-category`, `badge-winner`.
 * @csspart card-summary - The summary.
 * @csspart card-meta - The holder, commune and amount list.
 * @csspart card-amount - The requested amount.
 * @csspart button - Every button; also `vote-button`, `retry-button`.
 * @csspart state - Loading and error states; also `state-loading`, `state-error`.
 *
 * @cssproperty --bc-color-primary - Titles, border accent, buttons. Default #000091.
 * @cssproperty --bc-card-image-ratio - Aspect ratio of the image. Default 16 / 9.
 */
export class BcProjectCard extends BcElement {
  static override styles = [
    tokenStyles,
    cardStyles,
    css`
      :host {
        max-width: var(--bc-card-max-width, 28em);
        container-name: bc-card;
      }
    `,
  ];

  /** Lit's reactive properties, documented on their fields below (no decorators: base/README.md). */
  static override properties: PropertyDeclarations = {
    projectId: { attribute: 'project-id', reflect: true },
    ballotUrl: { attribute: 'ballot-url' },
    href: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    project: { state: true },
    error: { state: true },
  };

  /** Id of the project to show. */
  projectId = '';

  /** Page of the ballot: "Voter pour ce projet" links to it with `?projet=<id>`. */
  ballotUrl?: string;

  /** Makes the title a link to this address (the project's page on your site). */
  href?: string;

  /** Level of the project's title, 1 to 6, to fit your page's outline. Default 3 (`<h3>`). */
  headingLevel?: number;

  private project: Project | undefined;
  private error: unknown;
  #generation = 0;

  // Each campaign resolved (a new API, client or campaign included) loads the project again.
  private readonly api = new BcApiController(this, { onCampaign: () => this.#load() });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('projectId') && this.api.status === 'ready') this.#load();
  }

  #load(): void {
    const generation = ++this.#generation;
    const campaign = this.api.campaign;
    this.project = undefined;
    this.error = undefined;
    if (!campaign || !this.projectId) return;
    this.api.client.projects.get(campaign.id, this.projectId).then(
      (project) => {
        if (generation === this.#generation) this.project = project;
      },
      (error: unknown) => {
        if (generation === this.#generation) this.error = error;
      },
    );
  }

  #retry = (): void => {
    if (this.api.status === 'error') this.api.retry();
    else this.#load();
  };

  protected override render() {
    if (!this.projectId) return nothing;
    const error = this.api.status === 'error' ? this.api.error : this.error;
    if (error !== undefined) return renderProjectError(error, this.#retry);
    const project = this.project;
    if (!project || !this.api.campaign) {
      return html`<div aria-busy="true">${renderLoading(msg('Chargement du projet…', { id: 'card.loading' }))}</div>`;
    }
    return renderProjectCard({
      project,
      lang: this.locale,
      categoryName: this.api.categoryName(project.category),
      imageBase: this.api.apiBase,
      heading: headingTag(this.headingLevel, 3),
      href: safeUrl(this.href, document.baseURI),
      vote: this.api.isOpen('vote') ? voteAction(this, project, this.ballotUrl) : undefined,
      votesShown: this.api.phase('vote') === 'past',
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bc-project-card': BcProjectCard;
  }
}
