import { namespaces } from '@budget-citoyen/sdk';
import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { BcApiController } from '../base/api-controller.js';
import { BcElement } from '../base/bc-element.js';
import { loadCommunes, useNamespaces } from '../base/client.js';
import { CommuneCombobox } from '../base/commune-combobox/commune-combobox.js';
import { communeComboboxStyles } from '../base/commune-combobox/commune-combobox.styles.js';
import { formatDateTime } from '../base/format.js';
import { headingTag } from '../base/headings.js';
import { addTranslations } from '../base/i18n.js';
import { renderError, renderLoading } from '../base/states.js';
import { tokenStyles } from '../base/styles.js';
import { safeUrl } from '../base/urls.js';
import { statusHref } from '../dossier-status/status-url.js';
import { DossierFlow } from './dossier-flow.js';
import { dossierFormStyles } from './dossier-form.styles.js';
// Declares bc-dossier-submit and bc-dossier-error on the global event map, for emit() and for users.
import './events.js';
import { fieldsStyles } from './fields.styles.js';
import { countAnnouncement, fieldId, renderFormStep } from './form-step.js';
import { topMessage } from './messages.js';
import { renderClosed, renderReceipt } from './receipt-template.js';
import { canRetry } from '../base/refusals.js';
import { renderReviewStep } from './review-step.js';
import type { StepView } from './step-view.js';

addTranslations('en', () => import('./locales/en.js'));
// The SDK calls this widget makes (see useNamespaces).
useNamespaces({ communes: namespaces.communes, dossiers: namespaces.dossiers });

export type { BcDossierErrorDetail, BcDossierSubmitDetail } from './events.js';
export type { DossierStep } from './dossier-flow.js';

/** How long typing pauses before the counters' live region speaks. */
const COUNT_PAUSE_MS = 1_000;

/**
 * The deposit of a dossier, open only during the `depot` phase (by the server's clock; before
 * and after, when it opens or that it closed): who carries the project, the comptoir
 * participation code, the project (title, summary, description, amount in euros, commune,
 * proposed category), the certification; then a review of everything, because a dossier can
 * never be changed once deposited; then the receipt (dossier id and receipt code, printable)
 * and the acknowledgement e-mail's address.
 *
 * Every field is checked here with the SDK's own schema before anything is sent, and the
 * server's refusals (a participation code not attended or already used, a field it refuses)
 * come back next to their field. Nothing is lost or doubled: the draft (every field, the step,
 * one Idempotency-Key) survives a reload in `sessionStorage`, per API and campaign, and every
 * attempt of one dossier carries the same key.
 *
 * @summary The deposit of a dossier: the form, a review, the receipt.
 * @tag bc-dossier-form
 *
 * @event {CustomEvent<BcDossierSubmitDetail>} bc-dossier-submit - The dossier was deposited; `detail` is the receipt (`id`, `status`, `receiptCode`).
 * @event {CustomEvent<BcDossierErrorDetail>} bc-dossier-error - A check or a request was refused: `detail.code` (`validation_failed`, `comptoir_participation_required`, `comptoir_participation_used`, `phase_closed`, `network_error`…) and `detail.step`.
 *
 * @csspart base - The form's wrapper.
 * @csspart heading - Each step's title (`<h2>`, or the level `heading-level` gives), focused when the step starts.
 * @csspart error-summary - The list of errors at the top of the form.
 * @csspart legend - Each group's legend (the holder, the comptoir, the project).
 * @csspart field - Each label + control group.
 * @csspart label - Each field's label or legend.
 * @csspart input - Each text input and text area (also `textarea`); the commune's is also `combobox`.
 * @csspart counter - The character counter under the summary and the description.
 * @csspart field-error - The message next to an invalid field.
 * @csspart listbox - The commune suggestions; each is `option`.
 * @csspart notice - The review's "can never be changed" notice.
 * @csspart review - The review's list of every field.
 * @csspart receipt - The receipt; its codes are `dossier-id` and `receipt-code`.
 * @csspart button - Every button; also `next-button`, `back-button`, `submit-button`, `print-button`, `another-button`, `retry-button`.
 * @csspart agenda-link - The link to the comptoirs' agenda (`agenda-url`); `status-link` to the status page (`status-url`).
 * @csspart state - Loading and error states; also `state-loading`, `state-error`.
 *
 * @cssproperty --bc-color-primary - Buttons, links, focused option. Default #000091.
 * @cssproperty --bc-color-error - Invalid fields and their messages. Default #ce0500.
 * @cssproperty --bc-dossier-max-width - Widest the form gets. Default 48em.
 */
export class BcDossierForm extends BcElement {
  static override styles = [tokenStyles, fieldsStyles, communeComboboxStyles, dossierFormStyles];

  /** Lit's reactive properties, documented on their fields below (no decorators: base/README.md). */
  static override properties: PropertyDeclarations = {
    agendaUrl: { attribute: 'agenda-url' },
    statusUrl: { attribute: 'status-url' },
    headingLevel: { attribute: 'heading-level', type: Number },
    countNote: { state: true },
  };

  /** Your page with the comptoirs' agenda: linked where the participation code is explained. */
  agendaUrl?: string;

  /** Your page with `<bc-dossier-status>`: the receipt links to it with the dossier's id and code. */
  statusUrl?: string;

  /**
   * Level of each step's title, 1 to 6, to fit your page's outline; the error summary's title
   * is one level below. Default 2 (`<h2>`).
   */
  headingLevel?: number;

  /** What the counters' live region says (set once typing pauses). */
  private countNote = '';
  #countTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly api = new BcApiController(this, { onCampaign: () => this.#start() });
  private readonly flow = new DossierFlow({
    onChange: () => this.requestUpdate(),
    onError: (code, step) => this.emit('bc-dossier-error', { code, step }),
    onSubmit: (receipt) => this.emit('bc-dossier-submit', receipt),
  });
  private readonly communes = new CommuneCombobox(this, (communeText, c) => this.flow.set({ communeText, communeCode: c?.code ?? '' }));
  #communesAsked = false;

  #client() {
    return this.api.client;
  }

  #start(): void {
    this.#communesAsked = false;
    this.flow.start({
      api: this.#client(),
      campaign: this.api.campaign!,
      apiBase: this.api.apiBase,
      communeCodes: () => this.communes.codes,
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#countTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The communes, once a form is to be filled (not for a closed dépôt or a receipt).
    if (!this.#communesAsked && this.api.isOpen('depot') && this.flow.step === 'form') {
      this.#communesAsked = true;
      this.communes.load(() => loadCommunes(this.#client()));
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.flow.takeFocus();
    if (target === 'heading') this.renderRoot.querySelector<HTMLElement>('[part~="heading"]')?.focus();
    else if (target) this.#focus(fieldId(target.field));
  }

  /** Focuses a field by id; for a fieldset of choices, its chosen (else first) option. */
  #focus = (id: string): void => {
    const el = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
    (el?.localName === 'fieldset' ? el.querySelector<HTMLElement>('input:checked, input') : el)?.focus();
  };

  #onCount = (): void => {
    clearTimeout(this.#countTimer);
    this.#countTimer = setTimeout(() => (this.countNote = this.localize(() => countAnnouncement(this.flow.fields, this.locale))), COUNT_PAUSE_MS);
  };

  #heading(depth = 0) {
    return headingTag(this.headingLevel, 2, depth);
  }

  #dates(): [string, string] | undefined {
    const depot = this.api.campaign!.phases.find((p) => p.id === 'depot');
    return depot && [formatDateTime(depot.start, this.locale), formatDateTime(depot.end, this.locale)];
  }

  protected override render() {
    if (this.api.status === 'error') return renderError(this.api.error, () => this.api.retry());
    if (this.api.status === 'loading') return html`<div aria-busy="true">${renderLoading()}</div>`;
    const flow = this.flow;
    const phase = this.api.phase('depot');
    const agendaHref = safeUrl(this.agendaUrl, document.baseURI);
    return html`<div part="base" class="dossier">
      ${flow.step === 'done'
        ? renderReceipt({
            receipt: flow.receipt!,
            statusHref: statusHref(this.statusUrl, flow.receipt!.id, flow.receipt!.receiptCode),
            heading: this.#heading(),
            onAnother: () => flow.another(),
          })
        : phase !== 'open'
          ? renderClosed({
              phase,
              dates: this.#dates(),
              agendaHref,
              statusHref: statusHref(this.statusUrl),
              heading: this.#heading(),
            })
          : flow.step === 'form'
            ? renderFormStep({ ...this.#view(), communes: this.communes, agendaHref, countAnnouncement: this.countNote, onCount: this.#onCount })
            : renderReviewStep(this.#view())}
    </div>`;
  }

  #view(): StepView {
    const error = this.flow.topError;
    return {
      flow: this.flow,
      campaign: this.api.campaign!,
      lang: this.locale,
      heading: (depth) => this.#heading(depth),
      focus: this.#focus,
      topError: error
        ? renderError(error, () => void this.flow.retry(), { message: topMessage(error, this.#dates()), retry: canRetry(error) })
        : nothing,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bc-dossier-form': BcDossierForm;
  }
}

