import { msg, str } from '@lit/localize';
import { isBudgetCitoyenError, namespaces, type HolderDossier } from '@budget-citoyen/sdk';
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { BcApiController } from '../base/api-controller.js';
import { BcElement } from '../base/bc-element.js';
import { useNamespaces } from '../base/client.js';
import { formatDate } from '../base/format.js';
import { headingTag } from '../base/headings.js';
import { addTranslations } from '../base/i18n.js';
import { categoryLabel } from '../base/labels.js';
import { errorMessage, renderError, renderLoading } from '../base/states.js';
import { tokenStyles } from '../base/styles.js';
import { safeUrl } from '../base/urls.js';
import { renderTextField } from '../dossier-form/fields.js';
import { fieldsStyles } from '../dossier-form/fields.styles.js';
import { codeOf } from '../base/refusals.js';
import { retryMinutes } from '../dossier-form/refusals.js';
import { dossierStatusStyles } from './dossier-status.styles.js';
import { takeFromAddress } from './status-url.js';

addTranslations('en', () => import('./locales/en.js'));
// The SDK calls this widget makes (see useNamespaces).
useNamespaces({ dossiers: namespaces.dossiers });

type Lookup = { state: 'idle' } | { state: 'loading' } | { state: 'found'; dossier: HolderDossier } | { state: 'error'; error: unknown };

/**
 * Where a deposited dossier stands, for its holder: the dossier's number and its tracking code
 * (the receipt code), typed or brought by the page's address (`?dossier=…&code=…` or
 * `#dossier=…&code=…`, read once, then removed from the address with `history.replaceState` so
 * that the code stays in neither the address bar nor the history), give its state: submitted
 * (since when), labelled (its category, and a link to the published project with
 * `project-url`), or not retained (the committee's reason, as text).
 *
 * A wrong pair and an unknown number get the same answer, as from the API: nothing tells
 * whether a number exists. Too many tries in a short time are told with when to try again.
 *
 * @summary A holder's view of their dossier: submitted, labelled or not retained.
 * @tag bc-dossier-status
 *
 * @csspart base - The widget's wrapper.
 * @csspart heading - The form's title (`<h2>`, or the level `heading-level` gives); the result's is one level below.
 * @csspart field - Each label + input group; `label`, `input`, `field-error` within.
 * @csspart button - Every button; also `lookup-button`, `retry-button`.
 * @csspart result - The dossier's state; its title is `result-heading`.
 * @csspart badge - The state's badge; also `badge-submitted`, `badge-labelled`, `badge-rejected`.
 * @csspart reason - The committee's reason for not retaining the dossier.
 * @csspart project-link - The link to the published project (`project-url`).
 * @csspart state - Loading and error states; also `state-loading`, `state-error`.
 *
 * @cssproperty --bc-color-primary - Buttons, links. Default #000091.
 * @cssproperty --bc-color-success-bg - The "labellisé" badge. Default #b8fec9.
 * @cssproperty --bc-color-error-bg - The "non retenu" badge. Default #ffe9e9.
 */
export class BcDossierStatus extends BcElement {
  static override styles = [tokenStyles, fieldsStyles, dossierStatusStyles];

  /** Lit's reactive properties, documented on their fields below (no decorators: base/README.md). */
  static override properties: PropertyDeclarations = {
    projectUrl: { attribute: 'project-url' },
    headingLevel: { attribute: 'heading-level', type: Number },
    dossierId: { state: true },
    code: { state: true },
    missing: { state: true },
    lookup: { state: true },
  };

  /**
   * Your page with `<bc-project-gallery>`: a labelled dossier links to its published project
   * there (`<project-url>#projet-<id>`, which opens the project's details).
   */
  projectUrl?: string;

  /** Level of the form's title, 1 to 6, to fit your page's outline; the result's is one below. Default 2 (`<h2>`). */
  headingLevel?: number;

  private dossierId = '';
  private code = '';
  private missing: Array<'dossier' | 'code'> = [];
  private lookup: Lookup = { state: 'idle' };
  #generation = 0;
  /** A number and code from the address, looked up once the campaign is known. */
  #fromAddress = false;
  #focusResult = false;

  private readonly api = new BcApiController(this, {
    onCampaign: () => {
      // Looked up on arrival, the focus left where the page has it.
      if (this.#fromAddress) this.#look(false);
      this.#fromAddress = false;
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) return;
    const found = takeFromAddress();
    if (!found) return;
    this.dossierId = found.id;
    this.code = found.code;
    this.#fromAddress = Boolean(found.id && found.code);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#focusResult && this.lookup.state !== 'loading') {
      this.#focusResult = false;
      const $ = (selector: string) => this.renderRoot.querySelector<HTMLElement>(selector);
      ($('[part~="result-heading"]') ?? $('[part~="state-error"] button') ?? $('#bc-dossier'))?.focus();
    }
  }

  #onSubmit = (e: Event): void => {
    e.preventDefault();
    this.#look();
  };

  /** Checks both fields are filled, then asks the API; `focus`: move the focus to the answer. */
  #look(focus = true): void {
    this.missing = [!this.dossierId.trim() && 'dossier', !this.code.trim() && 'code'].filter(Boolean) as Array<'dossier' | 'code'>;
    if (this.missing.length) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#bc-${this.missing[0]}`)?.focus());
      return;
    }
    const campaign = this.api.campaign;
    if (!campaign) return;
    const generation = ++this.#generation;
    this.lookup = { state: 'loading' };
    this.api.client
      .dossiers.get(campaign.id, this.dossierId.trim(), this.code.trim())
      .then(
        (dossier): Lookup => ({ state: 'found', dossier }),
        (error: unknown): Lookup => ({ state: 'error', error }),
      )
      .then((lookup) => {
        if (generation !== this.#generation) return;
        this.lookup = lookup;
        this.#focusResult = focus;
      });
  }

  #heading(depth = 0) {
    return headingTag(this.headingLevel, 2, depth);
  }

  protected override render() {
    if (this.api.status === 'error') return renderError(this.api.error, () => this.api.retry());
    if (this.api.status === 'loading') return html`<div aria-busy="true">${renderLoading()}</div>`;
    const lookup = this.lookup;
    const field = (name: 'dossier' | 'code', label: string, value: string, set: (v: string) => void) =>
      renderTextField({
        name,
        label,
        value,
        error: this.missing.includes(name)
          ? name === 'dossier'
            ? msg('Indiquez le numéro de dossier.', { id: 'status.err.dossier' })
            : msg('Indiquez le code de suivi.', { id: 'status.err.code' })
          : undefined,
        onInput: set,
      });
    return html`<div part="base" class="status">
      <form novalidate @submit=${this.#onSubmit}>
        ${staticHtml`<${this.#heading()} part="heading" class="heading">${msg('Suivre mon dossier', { id: 'status.title' })}</${this.#heading()}>`}
        <p class="hint">
          ${msg('Le numéro de dossier et le code de suivi figurent sur le récépissé du dépôt et dans l’e-mail d’accusé de réception.', {
            id: 'status.intro',
          })}
        </p>
        ${field('dossier', msg('Numéro de dossier', { id: 'status.dossier' }), this.dossierId, (v) => (this.dossierId = v))}
        ${field('code', msg('Code de suivi', { id: 'status.code' }), this.code, (v) => (this.code = v))}
        <div class="actions">
          <button part="button lookup-button" class="bc-button" type="submit" aria-disabled=${lookup.state === 'loading' ? 'true' : 'false'}>
            ${msg('Voir où en est mon dossier', { id: 'status.lookup' })}
          </button>
        </div>
      </form>
      <div aria-busy=${lookup.state === 'loading' ? 'true' : 'false'}>${this.#renderLookup(lookup)}</div>
    </div>`;
  }

  #renderLookup(lookup: Lookup): TemplateResult | typeof nothing {
    switch (lookup.state) {
      case 'idle':
        return nothing;
      case 'loading':
        return renderLoading(msg('Recherche du dossier…', { id: 'status.loading' }));
      case 'error':
        return renderError(lookup.error, () => this.#look(), { message: this.#errorMessage(lookup.error), retry: canRetryLookup(lookup.error) });
      default:
        return this.#renderDossier(lookup.dossier);
    }
  }

  #errorMessage(error: unknown): string {
    switch (codeOf(error)) {
      case 'not_found':
      case 'validation_failed':
        return msg(
          'Aucun dossier ne correspond à ce numéro et à ce code de suivi. Vérifiez-les : ils figurent sur le récépissé et dans l’e-mail d’accusé de réception.',
          { id: 'status.not-found' },
        );
      case 'rate_limited': {
        const minutes = retryMinutes(error);
        return minutes === undefined
          ? msg('Trop de tentatives en peu de temps : patientez quelques minutes avant de réessayer.', { id: 'status.rate' })
          : minutes > 1
            ? msg(str`Trop de tentatives en peu de temps : réessayez dans ${minutes} minutes.`, { id: 'status.rate-minutes' })
            : msg('Trop de tentatives en peu de temps : réessayez dans une minute.', { id: 'status.rate-minute' });
      }
      default:
        return errorMessage(error);
    }
  }

  #renderDossier(d: HolderDossier): TemplateResult {
    const lang = this.locale;
    const date = (at: string) => formatDate(at, lang);
    const decided = d.decision?.decidedAt;
    const project = d.projectId ? safeUrl(this.projectUrl, document.baseURI) : undefined;
    const category = d.decision?.category;
    return html`<section part="result" class="result" aria-labelledby="bc-result-title">
      ${staticHtml`<${this.#heading(1)} part="result-heading" class="result-title" id="bc-result-title" tabindex="-1">${d.title}</${this.#heading(1)}>`}
      <p>
        <span part="badge badge-${d.status}" class="badge ${d.status}">
          ${d.status === 'labelled'
            ? msg('Labellisé', { id: 'status.labelled' })
            : d.status === 'rejected'
              ? msg('Non retenu', { id: 'status.rejected' })
              : msg('Déposé, en attente d’examen', { id: 'status.submitted' })}
        </span>
      </p>
      <p>${msg(str`Déposé le ${date(d.submittedAt)}.`, { id: 'status.submitted-on' })}</p>
      ${d.status === 'submitted'
        ? html`<p>${msg('Le comité de labellisation examinera votre dossier ; sa décision vous sera envoyée par e-mail.', { id: 'status.waiting' })}</p>`
        : nothing}
      ${d.status === 'labelled'
        ? html`<p>
              ${category
                ? msg(str`Labellisé le ${date(decided!)}, dans la catégorie « ${categoryLabel(category, this.api.categoryName(category))} ».`, {
                    id: 'status.labelled-on',
                  })
                : msg(str`Labellisé le ${date(decided!)}.`, { id: 'status.labelled-plain' })}
            </p>
            ${project && d.projectId
              ? html`<p>
                  <a part="project-link" href="${project.split('#')[0]}#projet-${encodeURIComponent(d.projectId)}"
                    >${msg('Voir le projet publié', { id: 'status.project-link' })}</a
                  >
                </p>`
              : nothing}`
        : nothing}
      ${d.status === 'rejected'
        ? html`<p>${msg(str`Examiné le ${date(decided!)} : le comité de labellisation n’a pas retenu ce dossier.`, { id: 'status.rejected-on' })}</p>
            <div>
              <p class="label">${msg('Motif de la décision', { id: 'status.reason' })}</p>
              <p part="reason" class="reason">${d.decision?.reason ?? ''}</p>
            </div>`
        : nothing}
    </section>`;
  }
}

/** A wrong pair stays wrong, and a rate limit says when: "Réessayer" only helps after a failure of the network. */
function canRetryLookup(error: unknown): boolean {
  return !isBudgetCitoyenError(error) || !['not_found', 'validation_failed', 'rate_limited'].includes(error.code);
}

declare global {
  interface HTMLElementTagNameMap {
    'bc-dossier-status': BcDossierStatus;
  }
}
