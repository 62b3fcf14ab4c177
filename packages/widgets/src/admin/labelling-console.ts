import { msg } from '@lit/localize';
import { namespaces } from '@budget-citoyen/sdk';
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { BcApiController } from '../base/api-controller.js';
import { BcElement } from '../base/bc-element.js';
import { loadCommunes, useNamespaces } from '../base/client.js';
import { formatDate } from '../base/format.js';
import { headingTag } from '../base/headings.js';
import { addTranslations } from '../base/i18n.js';
import { categoryLabel } from '../base/labels.js';
import { renderError, renderLoading } from '../base/states.js';
import { filterBarStyles } from '../base/filter-bar.styles.js';
import { formStyles } from '../base/form.styles.js';
import { tokenStyles } from '../base/styles.js';
import { tableStyles } from '../base/table.styles.js';
import { renderAttendance } from './attendance-panel.js';
import { ConsoleFlow, type ConsoleFocus } from './console-flow.js';
import { renderDossierDetail } from './dossier-detail.js';
import { renderDossierTable } from './dossier-table.js';
// Declares the bc-labelling-* events on the global event map, for emit() and for users.
import './events.js';
import { consoleStyles } from './labelling-console.styles.js';
import type { PanelView } from './panel-view.js';
import { renderSignIn } from './sign-in.js';

addTranslations('en', () => import('./locales/en.js'));
// The SDK calls this widget makes (see useNamespaces): the committee's, apart from the residents' script.
useNamespaces({ admin: namespaces.admin, comptoirs: namespaces.comptoirs, communes: namespaces.communes });

export type { BcLabellingAttendanceDetail, BcLabellingDecisionDetail, BcLabellingErrorDetail } from './events.js';

/**
 * The labelling committee's console: every dossier of the campaign, filtered in the page (status,
 * proposed category, commune, words of the title or the holder, with counts) and sorted (date,
 * title, amount) in a table that stays quick with 500 rows; a dossier in full; "Labelliser" in a
 * category or "Refuser" with a reason, confirmed since a decision is final (the holder is told
 * by e-mail); and the comptoirs' attendance, marked by registration codes.
 *
 * The committee's token is asked once and kept for the tab (`sessionStorage`, until
 * "Se déconnecter"), or given by the host page as a property (`console.token = '…'`, never an
 * attribute, which would sit in the page's HTML). A refused token brings the sign-in back and
 * says why. Shipped in its own script, `admin.js`, which no resident's page loads.
 *
 * @summary The labelling committee's console: dossiers, decisions, comptoirs' attendance.
 * @tag bc-labelling-console
 *
 * @event {CustomEvent<BcLabellingDecisionDetail>} bc-labelling-decision - A dossier was labelled or rejected from this console: `detail.dossierId`, `detail.decision` (`decision`, `category` or `reason`, `decidedAt`), `detail.projectId`.
 * @event {CustomEvent<BcLabellingAttendanceDetail>} bc-labelling-attendance - Registrations were marked as attended: `detail.comptoirId`, `detail.attended` and `detail.unknown` (codes).
 * @event {CustomEvent<BcLabellingErrorDetail>} bc-labelling-error - A request was refused: `detail.code` (`unauthorized`, `forbidden`, `decision_final`, `phase_closed`, `validation_failed`, `network_error`…) and `detail.view`.
 *
 * @csspart base - The console's wrapper.
 * @csspart nav - The bar of screens and "Se déconnecter"; its buttons are `nav-button`.
 * @csspart heading - Each screen's title (`<h2>`, or the level `heading-level` gives), focused when the screen opens.
 * @csspart sign-in - The sign-in screen; its form is `sign-in-form`.
 * @csspart filters - The dossiers' filters.
 * @csspart field - Each label + control group.
 * @csspart label - Each field's label or legend.
 * @csspart input - The token, reason and codes fields.
 * @csspart search - The search field.
 * @csspart select - Each `<select>`.
 * @csspart field-error - The message next to a field.
 * @csspart count - The "Dossiers affichés : 12 sur 530" line (a polite live region).
 * @csspart table - Each table (dossiers, registrations); also `registrations`.
 * @csspart caption - Each table's caption.
 * @csspart row - Each dossier's row.
 * @csspart sort-button - The buttons of the sortable columns.
 * @csspart open-button - Each dossier's title, a button opening it.
 * @csspart status - Each status badge.
 * @csspart dossier - The dossier shown in full; also `facts`, `summary`, `description`.
 * @csspart decision - The decision: the form (`decision-form`), the recorded one, or its result (`decision-result`).
 * @csspart notice - When the labelling is open.
 * @csspart reason - A rejection's reason, quoted.
 * @csspart confirm-dialog - The confirmation (`<dialog>`).
 * @csspart attendance-form - The attendance's codes and registrations.
 * @csspart attendance-result - What a marking did; the codes of nobody are `unknown-codes`.
 * @csspart button - Every button; also `sign-in-button`, `reveal-button`, `sign-out-button`, `refresh-button`, `reset-button`, `back-button`, `next-button`, `decide-button`, `cancel-button`, `confirm-button`, `mark-button`, `retry-button`.
 * @csspart state - Loading, empty and error states; also `state-loading`, `state-empty`, `state-error`.
 *
 * @cssproperty --bc-color-primary - Buttons, titles, the current screen. Default #000091.
 * @cssproperty --bc-color-error - Invalid fields, refusals, unknown codes. Default #ce0500.
 * @cssproperty --bc-console-max-width - Widest the console gets. Default 90em.
 */
export class BcLabellingConsole extends BcElement {
  static override styles = [tokenStyles, filterBarStyles, formStyles, tableStyles, consoleStyles];

  /** Lit's reactive properties, documented on their fields below (no decorators: base/README.md). */
  static override properties: PropertyDeclarations = {
    token: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
    reveal: { state: true },
    communes: { state: true },
  };

  /**
   * The committee's token, given by the host page (property only: an attribute would sit in the
   * page's HTML). Without it, the console asks for the token and keeps it for the tab.
   */
  token?: string;

  /** Level of each screen's title, 1 to 6, to fit your page's outline; sections are one below. Default 2. */
  headingLevel?: number;

  private reveal = false;
  private communes = new Map<string, string>();

  private readonly api = new BcApiController(this, { onCampaign: () => this.#start() });
  private readonly flow = new ConsoleFlow({
    onChange: () => this.requestUpdate(),
    onDecided: (d) => this.emit('bc-labelling-decision', { dossierId: d.id, decision: d.decision!, projectId: d.projectId }),
    onAttendance: (comptoirId, result) => this.emit('bc-labelling-attendance', { comptoirId, ...result }),
    onError: (code, view) => this.emit('bc-labelling-error', { code, view }),
  });
  #started = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.flow.resume();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.flow.pause();
  }

  #start(): void {
    this.#started = true;
    const client = this.api.client;
    loadCommunes(client).then(
      (communes) => (this.communes = new Map(communes.map((c) => [c.code, c.name]))),
      () => undefined, // codes stand in for the names
    );
    this.flow.start({ api: client, campaign: this.api.campaign!, apiBase: this.api.apiBase, now: () => this.api.now()!, token: this.token });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('token') && this.#started) this.flow.setHostToken(this.token);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#syncDialog();
    const target = this.flow.takeFocus();
    if (target) this.#focus(target);
  }

  /** The confirmation is a modal dialog while the decision flow asks for it. */
  #syncDialog(): void {
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog');
    if (!dialog) return;
    const confirming = this.flow.view === 'detail' && this.flow.decision.confirming;
    if (confirming && !dialog.open) {
      dialog.showModal();
      // A decision is final: the least harmful choice has the focus first.
      dialog.querySelector<HTMLElement>('[part~="cancel-button"]')?.focus();
    } else if (!confirming && dialog.open) dialog.close();
  }

  #focus(target: ConsoleFocus): void {
    const $ = (selector: string) => this.renderRoot.querySelector<HTMLElement>(selector);
    let el: HTMLElement | null;
    if (typeof target === 'object') {
      el =
        'row' in target
          ? $(`[part~="open-button"][data-id="${CSS.escape(target.row)}"]`)
          : target.field === 'category'
            ? ($('#bc-category input:checked') ?? $('#bc-category input'))
            : $(`#bc-${target.field}`);
    } else if (target === 'token') el = $('#bc-token');
    else if (target === 'table') el = $('[part~="table"]') ?? $('[part~="reset-button"]');
    else if (target === 'decision') el = $('[part~="decision-result"]') ?? $('.decision-error') ?? $('[part~="decide-button"]');
    else if (target === 'attendance') el = $('[part~="attendance-result"]');
    else el = null;
    (el ?? $('[part~="heading"]'))?.focus();
  }

  #onDialogCancel = (event: Event): void => {
    // Escape: the flow closes the dialog, unless the decision is on its way.
    event.preventDefault();
    this.flow.decision.cancel();
  };

  // ——— rendering ———

  protected override render() {
    if (this.api.status === 'error') return renderError(this.api.error, () => this.api.retry());
    if (this.api.status === 'loading') return html`<div aria-busy="true">${renderLoading()}</div>`;
    const flow = this.flow;
    const view = this.#view();
    return html`<div part="base" class="console">
      ${flow.signedIn ? this.#renderNav() : nothing}
      ${flow.view === 'sign-in'
        ? renderSignIn({ ...view, reveal: this.reveal, onReveal: () => (this.reveal = !this.reveal) })
        : flow.view === 'detail' && flow.decision.dossier
          ? renderDossierDetail({ ...view, onDialogCancel: this.#onDialogCancel })
          : flow.view === 'attendance'
            ? renderAttendance(view)
            : renderDossierTable(view)}
    </div>`;
  }

  #view(): PanelView {
    const campaign = this.api.campaign!;
    const phase = campaign.phases.find((p) => p.id === 'labellisation');
    return {
      flow: this.flow,
      campaign,
      lang: this.locale,
      heading: (depth = 0) => headingTag(this.headingLevel, 2, depth),
      categoryName: (id) => categoryLabel(id, this.api.categoryName(id)),
      communeName: (code) => this.communes.get(code) ?? code,
      labelling: phase && {
        state: this.api.phase('labellisation'),
        start: formatDate(phase.start, this.locale),
        end: formatDate(phase.end, this.locale),
      },
    };
  }

  #renderNav(): TemplateResult {
    const flow = this.flow;
    const current = (on: boolean) => (on ? 'page' : nothing);
    return html`<nav part="nav" class="nav" aria-label=${msg('Console du comité', { id: 'admin.nav' })}>
      <p class="campaign">${this.api.campaign!.title}</p>
      <ul role="list">
        <li>
          <button part="button nav-button" type="button" class="bc-button bc-button--secondary" aria-current=${current(flow.view !== 'attendance')} @click=${() => flow.showList()}>
            ${msg('Dossiers', { id: 'admin.nav-dossiers' })}
          </button>
        </li>
        <li>
          <button part="button nav-button" type="button" class="bc-button bc-button--secondary" aria-current=${current(flow.view === 'attendance')} @click=${() => flow.showAttendance()}>
            ${msg('Présence aux comptoirs', { id: 'admin.attendance' })}
          </button>
        </li>
      </ul>
      <button part="button sign-out-button" type="button" class="bc-button bc-button--secondary" @click=${() => flow.signOut()}>
        ${msg('Se déconnecter', { id: 'admin.sign-out' })}
      </button>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bc-labelling-console': BcLabellingConsole;
  }
}
