import { msg, str } from '@lit/localize';
import { namespaces } from '@budget-citoyen/sdk';
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { BcApiController } from '../base/api-controller.js';
import { BcElement } from '../base/bc-element.js';
import { loadCommunes, useNamespaces } from '../base/client.js';
import { formatDateTime } from '../base/format.js';
import { headingTag } from '../base/headings.js';
import { addTranslations } from '../base/i18n.js';
import { categoryLabel } from '../base/labels.js';
import { renderError, renderLoading } from '../base/states.js';
import { formStyles } from '../base/form.styles.js';
import { tokenStyles } from '../base/styles.js';
import { safeUrl } from '../base/urls.js';
import { BallotFlow, type Announcement, type Receipt } from './ballot-flow.js';
import { ballotStyles } from './ballot.styles.js';
import { choiceRows } from './choice-rows.js';
import { CommuneCombobox } from '../base/commune-combobox/commune-combobox.js';
import { communeComboboxStyles } from '../base/commune-combobox/commune-combobox.styles.js';
// Declares bc-ballot-cast and bc-ballot-error on the global event map, for emit() and for users.
import './events.js';
import { renderIdentityStep } from './identity-step.js';
import { topMessage } from './messages.js';
import { renderReceipt, renderVoteWindow } from './receipt-template.js';
import { canRetry } from '../base/refusals.js';
import type { StepView } from './step-view.js';

addTranslations('en', () => import('./locales/en.js'));
// The SDK calls this widget makes (see useNamespaces).
useNamespaces({ communes: namespaces.communes, projects: namespaces.projects, voters: namespaces.voters, ballot: namespaces.ballot });

export type { BallotStep, BcBallotCastDetail, BcBallotErrorDetail } from './events.js';

/**
 * The vote, from identity to receipt: who votes (checked as the server checks, before any
 * request), the 6-digit code e-mailed to the voter's address (its proof that the address is
 * theirs: the only way to their ballot), one choice per category (or up to
 * `voting.choicesPerCategory`), a review, then the cast and a printable receipt. Before and after the vote window (by the server's clock) it says
 * when the vote opens or that it closed.
 *
 * Nothing is ticked on arrival: a category is chosen, given "Aucun projet", or left unanswered;
 * the review and the receipt list every category.
 *
 * A vote is never lost: the draft (identity, choices, step, voter token) survives a reload in
 * `sessionStorage`, per API and campaign, until the ballot is cast (the code's verification, not
 * the code); then the receipt as shown replaces it, so that a reload says "Votre vote est
 * enregistré" again, until "Une autre personne veut voter" or the tab closes. A vote is never
 * doubled: one Idempotency-Key per draft, sent with every attempt and every retry, and one cast
 * in flight at a time. A failed cast says what is known, with one action: not recorded
 * (refused, or offline) and "Confirmer mon vote"; maybe recorded (5xx, timeout, network) and
 * "Vérifier mon vote", which reads the ballot back. A voter who already voted is shown so, with the receipt; an expired session asks for
 * the identity again (and a new code) and keeps the choices. The widget never shows a code: it
 * comes by e-mail (with the mock API, in its outbox).
 *
 * A project chosen in `<bc-project-gallery>` or `<bc-project-card>` on the same page (their
 * `bc-project-select` event, whose navigation it cancels) or named in the URL (`?projet=<id>`)
 * is preselected in its category.
 *
 * @summary The ballot of the budget citoyen: identity, choices, review, receipt.
 * @tag bc-ballot
 *
 * @event {CustomEvent<BcBallotCastDetail>} bc-ballot-cast - The ballot was recorded; `detail` is the receipt (`receiptCode`, `castAt`, `choices`). Also when "Vérifier mon vote" finds a cast whose answer was lost; not when a reload shows a kept receipt.
 * @event {CustomEvent<BcBallotErrorDetail>} bc-ballot-error - A check or a request was refused: `detail.code` (`not_eligible_age`, `not_resident`, `validation_failed`, `invalid_code`, `verification_expired`, `phase_closed`, `already_voted`, `unauthorized`, `network_error`, `timeout`, `server_error`…) and `detail.step` (`identity`, `code`, `choices`, `review`).
 *
 * @csspart base - The ballot's wrapper.
 * @csspart heading - Each step's title (`<h2>`, or the level `heading-level` gives), focused when the step starts.
 * @csspart step - The "Étape 2 sur 3" line of the heading.
 * @csspart progress - The step indicator's bar.
 * @csspart error-summary - The list of errors at the top of a step.
 * @csspart field - Each label + control group.
 * @csspart label - Each field's label or legend.
 * @csspart input - Each text input; the commune's is also `combobox`.
 * @csspart field-error - The message next to an invalid field or category.
 * @csspart listbox - The commune suggestions; each is `option`.
 * @csspart notice - The "session expired" and "code expired" notices.
 * @csspart category - Each category's fieldset.
 * @csspart project - Each project of a category.
 * @csspart details - A project's summary and description (`<details>`).
 * @csspart review - The review's list of choices.
 * @csspart receipt - The receipt; its code is `receipt-code`.
 * @csspart button - Every button; also `next-button`, `back-button`, `resend-button`, `cast-button`, `check-button` ("Vérifier mon vote" after a cast left unanswered), `print-button`, `restart-button` ("Une autre personne veut voter"), `retry-button`.
 * @csspart state - Loading and error states; also `state-loading`, `state-error`.
 *
 * @cssproperty --bc-color-primary - Buttons, step indicator, active option. Default #000091.
 * @cssproperty --bc-color-error - Invalid fields and their messages. Default #ce0500.
 * @cssproperty --bc-ballot-max-width - Widest the ballot gets. Default 48em.
 */
export class BcBallot extends BcElement {
  static override styles = [tokenStyles, communeComboboxStyles, formStyles, ballotStyles];

  /** Lit's reactive properties, documented on their fields below (no decorators: base/README.md). */
  static override properties: PropertyDeclarations = {
    resultsUrl: { attribute: 'results-url' },
    rulesUrl: { attribute: 'rules-url' },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Where the results are published: linked once the vote is closed, and from the receipt. */
  resultsUrl?: string;

  /** The rules of the vote, linked next to their acceptance box (opens in a new window). */
  rulesUrl?: string;

  /**
   * Level of each step's title, 1 to 6, to fit your page's outline; the error summary's title
   * is one level below. Default 2 (`<h2>`).
   */
  headingLevel?: number;

  private readonly api = new BcApiController(this, { onCampaign: () => this.#start() });
  private readonly flow = new BallotFlow({
    onChange: () => this.requestUpdate(),
    onError: (code, step) => this.emit('bc-ballot-error', { code, step }),
    onCast: (receipt) => this.emit('bc-ballot-cast', receipt),
  });
  private readonly communes = new CommuneCombobox(this, (communeText, c) =>
    this.flow.setIdentity({ communeText, communeCode: c?.code ?? '' }),
  );

  /** The draft being filled (read by tests). */
  private get draft() {
    return this.flow.draft;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('bc-project-select', this.#onProjectSelect);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('bc-project-select', this.#onProjectSelect);
    this.flow.stop();
  }

  #start(): void {
    this.communes.load(() => loadCommunes(this.api.client));
    this.flow.start({
      api: this.api.client,
      campaign: this.api.campaign!,
      apiBase: this.api.apiBase,
      now: () => this.api.now()!,
      voteOpen: () => this.api.isOpen('vote'),
      communeCodes: () => this.communes.codes,
      linkedProjectId: new URLSearchParams(location.search).get('projet'),
    });
  }

  #onProjectSelect = (e: GlobalEventHandlersEventMap['bc-project-select']): void => {
    const { projectId, category } = e.detail;
    if (this.api.status !== 'ready' || !this.flow.preselect(projectId, category)) return;
    // The ballot is on this page: no need to follow the card's link to it.
    e.preventDefault();
    this.scrollIntoView({ block: 'start' });
    // The focus follows: to the project's choice, or to the step's title before the choices.
    void this.updateComplete.then(() => {
      const choice = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(`bc-p-${projectId}`)}"]`);
      (choice ?? this.renderRoot.querySelector<HTMLElement>('[part~="heading"]'))?.focus();
    });
  };

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const target = this.flow.takeFocus();
    if (target === 'heading') this.renderRoot.querySelector<HTMLElement>('[part~="heading"]')?.focus();
    else if (target) this.#focus('field' in target ? `bc-${target.field}` : `bc-cat-${target.category}`);
  }

  /** Focuses a field by id; for a fieldset of choices, its chosen (else first) option. */
  #focus = (id: string): void => {
    const el = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
    (el?.localName === 'fieldset' ? el.querySelector<HTMLElement>('input:checked, input') : el)?.focus();
  };

  // ——— rendering ———

  protected override render() {
    if (this.api.status === 'error') return renderError(this.api.error, () => this.api.retry());
    if (this.api.status === 'loading') return html`<div aria-busy="true">${renderLoading()}</div>`;
    const phase = this.api.phase('vote');
    const { step, receipt } = this.flow;
    const later = this.flow.later.steps;
    const view = this.#view();
    // The first move in the form loads the later steps (see load-later-steps.ts).
    return html`<div part="base" class="ballot" @focusin=${this.#intent} @input=${this.#intent}>
      ${step === 'done'
        ? this.#renderDone(receipt!)
        : phase !== 'open'
          ? renderVoteWindow(phase === 'past', this.#dates(), this.#resultsLink(), this.#heading())
          : step === 'identity'
            ? renderIdentityStep({ ...view, communes: this.communes, rulesHref: safeUrl(this.rulesUrl, document.baseURI) })
            : !later
              ? this.#renderLater()
              : step === 'code'
                ? later.renderCodeStep(view)
                : step === 'choices'
                  ? later.renderChoicesStep(view)
                  : later.renderReviewStep(view)}
      <p class="bc-visually-hidden" role="status">${this.#announce(this.flow.announcement)}</p>
    </div>`;
  }

  #intent = (): void => {
    const { later } = this.flow;
    if (!later.steps && later.error === undefined) later.prepare().catch(() => undefined);
  };

  /** A later step not loaded yet: the ballot's loading state, or why not with "Réessayer" (the draft is kept). */
  #renderLater(): TemplateResult {
    const { later } = this.flow;
    return later.error === undefined
      ? html`<div aria-busy="true">${renderLoading()}</div>`
      : renderError(later.error, () => void later.prepare().catch(() => undefined), {
          message: msg('Cette étape du vote n’a pas pu être chargée. Vérifiez votre connexion, puis réessayez : vos informations et vos choix sont conservés.', {
            id: 'ballot.err.later',
          }),
        });
  }

  #view(): StepView {
    const { topError: error, castFailed } = this.flow;
    return {
      flow: this.flow,
      campaign: this.api.campaign!,
      lang: this.locale,
      heading: (depth) => this.#heading(depth),
      focus: this.#focus,
      // A failed cast's one action is below it ("Confirmer mon vote" or "Vérifier mon vote"), not "Réessayer".
      topError:
        error || castFailed
          ? renderError(error, () => void this.flow.retry(), {
              message: topMessage(error, this.#dates(), castFailed),
              retry: !castFailed && canRetry(error),
            })
          : nothing,
    };
  }

  #announce(a: Announcement | undefined): string {
    if (a === 'checking') return msg('Vérification de vos informations…', { id: 'ballot.checking' });
    if (a === 'sending') return msg('Envoi de votre vote…', { id: 'ballot.sending' });
    if (a === 'resent') return msg('Un nouveau code a été envoyé.', { id: 'ballot.resent' });
    if (a === 'resend-ready') return msg('Vous pouvez demander un nouveau code.', { id: 'ballot.resend-ready' });
    return a
      ? msg(str`« ${a.project.title} » est présélectionné dans la catégorie ${categoryLabel(a.category, this.api.categoryName(a.category))}.`, {
          id: 'ballot.preselected',
        })
      : '';
  }

  /** The tag of a heading `depth` levels below the steps' titles. */
  #heading(depth = 0) {
    return headingTag(this.headingLevel, 2, depth);
  }

  #dates(): [string, string] | undefined {
    const vote = this.api.campaign!.phases.find((p) => p.id === 'vote');
    return vote && [formatDateTime(vote.start, this.locale), formatDateTime(vote.end, this.locale)];
  }

  #resultsLink(): TemplateResult | typeof nothing {
    const href = safeUrl(this.resultsUrl, document.baseURI);
    return href
      ? html`<p><a part="results-link" href=${href}>${msg('Voir les résultats du vote', { id: 'ballot.results-link' })}</a></p>`
      : nothing;
  }

  #renderDone(receipt: Receipt): TemplateResult {
    return renderReceipt({
      receipt,
      lang: this.locale,
      lines: choiceRows(this.flow, this.api.campaign!.categories, receipt.choices).map((row) => row.join(' : ')),
      resultsLink: this.#resultsLink(),
      heading: this.#heading(),
      restart: () => this.flow.restart(),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bc-ballot': BcBallot;
  }
}
