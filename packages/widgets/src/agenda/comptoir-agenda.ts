import { msg, str } from '@lit/localize';
import { namespaces, type Commune, type Comptoir, type ComptoirFormat, type ComptoirQuery } from '@budget-citoyen/sdk';
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import { BcApiController } from '../base/api-controller.js';
import { BcElement } from '../base/bc-element.js';
import { dialogStyles } from '../base/dialog.styles.js';
import { filterBarStyles } from '../base/filter-bar.styles.js';
import { headingTag } from '../base/headings.js';
import { loadCommunes, useNamespaces } from '../base/client.js';
import { arrondissementOptions, communeOptions, renderSelect, type SelectOption } from '../base/filter-select.js';
import { formatDate, formatNumber } from '../base/format.js';
import { addTranslations, isSingular } from '../base/i18n.js';
import { ListController } from '../base/list-controller.js';
import { renderEmpty, renderError, renderLoading } from '../base/states.js';
import { tokenStyles } from '../base/styles.js';
import { safeUrl } from '../base/urls.js';
import { agendaStyles } from './comptoir-agenda.styles.js';
import { renderComptoir } from './comptoir-template.js';
import './events.js';
import { groupByMonth } from './months.js';
import { RegistrationController } from './registration.js';
import { renderRegistration } from './registration-template.js';

addTranslations('en', () => import('./locales/en.js'));
// The SDK calls this widget makes (see useNamespaces).
useNamespaces({ communes: namespaces.communes, comptoirs: namespaces.comptoirs });

export type { BcComptoirRegisterDetail } from './events.js';

interface Filters {
  arrondissement: string;
  commune: string;
  format: '' | ComptoirFormat;
}

const validFormat = (value: string | undefined): Filters['format'] =>
  value === 'in-person' || value === 'online' ? value : '';
const byStart = (a: Comptoir, b: Comptoir) => Date.parse(a.start) - Date.parse(b.start);

/**
 * The comptoirs à initiatives citoyennes of a campaign: upcoming ones by month, each with its
 * date and time in Paris, its place (or "En ligne"), its seats and its registration state;
 * filters by arrondissement, commune and format; registration in a dialog that gives the
 * registration code the dossier will ask for; "Ajouter à mon agenda" links to the API's
 * iCalendar files (one comptoir, or the whole agenda). "Upcoming" and "past" follow the
 * server's clock. Every comptoir is fetched at once (a campaign has tens, not thousands), so
 * that past ones can be shown without another request.
 *
 * @summary Agenda of the comptoirs, with filters, registration and calendar links.
 * @tag bc-comptoir-agenda
 *
 * @event {CustomEvent<BcComptoirRegisterDetail>} bc-comptoir-register - The API accepted a
 *   registration: `{ comptoirId, status: 'confirmed' | 'waitlisted', code }`.
 *
 * @csspart filters - The filter form; also `field`, `label`, `select`.
 * @csspart count - The "3 comptoirs à venir" line (a polite live region).
 * @csspart phase-notice - Says when the comptoirs' period opens, or that it is over, with its dates.
 * @csspart month-title - Each month's heading.
 * @csspart list - Each list of comptoirs; `item` for each entry.
 * @csspart comptoir - Each comptoir (`<article>`); also `comptoir-title`, `details`, `when`,
 *   `where`, `seats`, `description`, `actions`.
 * @csspart badge - The registration state; also `badge-open`, `badge-full`, `badge-closed`.
 * @csspart button - Every button; also `register-button`, `past-toggle`, `reset-button`,
 *   `widen-button`, `retry-button`, `dialog-close`, `submit-button`, `copy-button`.
 * @csspart ics-link - Each "Ajouter à mon agenda" link; `ics-all` for the whole agenda's.
 * @csspart state - Loading, empty and error states; also `state-loading`, `state-empty`, `state-error`.
 * @csspart dialog - The registration `<dialog>`; also `dialog-body`, `dialog-title`,
 *   `dialog-comptoir`, `notice`, `form`, `field`, `input`, `field-error`, `form-error`,
 *   `result-message`, `code-box`, `code`, `copy-status`.
 *
 * @cssproperty --bc-color-primary - Titles, buttons, links. Default #000091.
 * @cssproperty --bc-color-success-bg - "Inscriptions ouvertes" badge. Default #b8fec9.
 * @cssproperty --bc-color-accent-bg - "Complet : liste d’attente" badge and the code’s box. Default #e3e3fd.
 * @cssproperty --bc-dialog-max-width - Widest the registration dialog gets. Default 36em.
 */
export class BcComptoirAgenda extends BcElement {
  static override styles = [tokenStyles, filterBarStyles, dialogStyles, agendaStyles];

  /** Lit's reactive properties, documented on their fields below (no decorators: base/README.md). */
  static override properties: PropertyDeclarations = {
    commune: { reflect: true },
    arrondissement: { reflect: true },
    format: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    filters: { state: true },
    communes: { state: true },
    showPast: { state: true },
  };

  /** Initial commune filter (INSEE code): a commune's page shows its own comptoirs first. */
  commune?: string;

  /** Initial arrondissement filter (`621`…`627`). */
  arrondissement?: string;

  /** Initial format filter: `in-person` or `online`. */
  format?: string;

  /**
   * Level of the months' titles (and of "Voir les comptoirs passés"), 1 to 6, to fit your
   * page's outline; each comptoir's title is one level below. Default 3 (`<h3>`). The
   * registration dialog's title stays an `<h2>`: a modal dialog is read apart from the page.
   */
  headingLevel?: number;

  private filters: Filters = { arrondissement: '', commune: '', format: '' };
  private communes: Commune[] = [];
  private showPast = false;

  private readonly api = new BcApiController(this, { onCampaign: () => this.#onCampaign() });
  /** Every comptoir of the filters at once: past ones are shown without another request. */
  private readonly list = new ListController<Comptoir, ComptoirQuery>(this, (query, _cursor, signal) =>
    this.api.client.comptoirs
      .list(this.api.campaign!.id, query, { signal })
      .toArray()
      .then((items) => ({ items, total: items.length, nextCursor: null })),
  );
  private readonly registration = new RegistrationController(this, {
    register: (comptoirId, body, idempotencyKey) =>
      this.api.client.comptoirs.register(this.api.campaign!.id, comptoirId, body, { idempotencyKey }),
    changed: () => this.#load(true),
  });
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('commune') || changed.has('arrondissement') || changed.has('format')) {
      this.filters = { arrondissement: this.arrondissement ?? '', commune: this.commune ?? '', format: validFormat(this.format) };
      if (this.hasUpdated) this.#load();
    }
  }

  #onCampaign(): void {
    this.#load();
    loadCommunes(this.api.client).then(
      (communes) => (this.communes = communes),
      () => (this.communes = []),
    );
  }

  // ——— data ———

  #query(): ComptoirQuery {
    const { arrondissement, commune, format } = this.filters;
    return {
      limit: 100,
      ...(arrondissement && { arrondissement }),
      ...(commune && { commune }),
      ...(format && { format }),
    };
  }

  /** `quiet`: a refresh after a registration keeps the list on screen while it runs. */
  #load(quiet = false): void {
    if (this.api.campaign) void this.list.load(this.#query(), { quiet });
  }

  #retry = (): void => {
    if (this.api.status === 'error') this.api.retry();
    else this.#load();
  };

  #setFilters(patch: Partial<Filters>): void {
    this.filters = { ...this.filters, ...patch };
    this.#load();
  }

  #onSelect = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    const patch: Partial<Filters> = { [select.name]: select.value };
    if (select.name === 'arrondissement' && select.value) {
      const commune = this.communes.find((c) => c.code === this.filters.commune);
      if (commune && commune.arrondissement.code !== select.value) patch.commune = '';
    }
    if (select.name === 'format') patch.format = validFormat(select.value);
    this.#setFilters(patch);
  };

  // ——— rendering ———

  protected override render() {
    if (this.api.status === 'error') return renderError(this.api.error, this.#retry);
    if (this.api.status === 'loading') return this.#renderLoading();
    const campaign = this.api.campaign!;
    const now = this.api.now()!;
    const { items, status } = this.list;
    const upcoming = items.filter((c) => Date.parse(c.end) > now).sort(byStart);
    const past = items.filter((c) => Date.parse(c.end) <= now).sort((a, b) => byStart(b, a));
    const agendaIcs = safeUrl(this.api.client.comptoirs.icsUrl(campaign.id), document.baseURI);
    const ready = status === 'ready';
    return html`
      ${this.#renderFilters()} ${this.#renderPhase()}
      <p part="count" class=${ready && upcoming.length === 0 ? 'bc-visually-hidden' : 'count'} role="status">
        ${ready ? this.#countText(upcoming.length) : ''}
      </p>
      ${status === 'error'
        ? renderError(this.list.error, this.#retry)
        : status === 'loading'
          ? this.#renderLoading()
          : html`${this.#renderUpcoming(upcoming, agendaIcs)} ${this.#renderPast(past)}`}
      ${agendaIcs
        ? html`<p class="subscribe">
            <a part="ics-link ics-all" href=${agendaIcs} type="text/calendar">
              ${msg('Ajouter tous les comptoirs à mon agenda', { id: 'agenda.add-all' })}
            </a>
          </p>`
        : nothing}
      <dialog part="dialog" aria-labelledby="bc-reg-title" @cancel=${this.registration.onCancel} @close=${this.registration.onClose}>
        ${renderRegistration({
          controller: this.registration,
          lang: this.locale,
          icsHref: this.registration.state && agendaIcs ? safeUrl(this.api.client.comptoirs.icsUrl(campaign.id, this.registration.state.comptoir.id), document.baseURI) : undefined,
        })}
      </dialog>
    `;
  }

  #renderLoading(): TemplateResult {
    return html`<div aria-busy="true">${renderLoading(msg('Chargement des comptoirs…', { id: 'agenda.loading' }))}</div>`;
  }

  #countText(n: number): string {
    if (n === 0) return msg('Aucun comptoir à venir.', { id: 'agenda.count-none' });
    const count = formatNumber(n, this.locale);
    return isSingular(n, this.locale)
      ? msg(str`${count} comptoir à venir`, { id: 'agenda.count-one' })
      : msg(str`${count} comptoirs à venir`, { id: 'agenda.count' });
  }

  #renderPhase(): TemplateResult | typeof nothing {
    const phase = this.api.campaign!.phases.find((p) => p.id === 'comptoirs');
    const where = this.api.phase('comptoirs');
    if (!phase || where === 'open') return nothing;
    const lang = this.locale;
    const start = formatDate(phase.start, lang);
    // An end at midnight closes the day before.
    const end = formatDate(Date.parse(phase.end) - 1, lang);
    return html`<p part="phase-notice" class="phase-notice">
      ${where === 'past'
        ? msg(str`Les comptoirs de cette édition ont eu lieu du ${start} au ${end} : les inscriptions sont closes.`, {
            id: 'agenda.phase-past',
          })
        : msg(str`Les inscriptions aux comptoirs ouvriront le ${start}.`, { id: 'agenda.phase-upcoming' })}
    </p>`;
  }

  #renderFilters(): TemplateResult {
    const f = this.filters;
    // Until the communes arrive (or if they fail), a pre-filter still shows as chosen.
    const select = (name: keyof Filters, label: string, options: SelectOption[]) =>
      renderSelect({ id: `bc-filter-${name}`, name, label, value: f[name], options, onChange: this.#onSelect });
    return html`<form part="filters" class="filters" aria-label=${msg('Filtrer les comptoirs', { id: 'agenda.filters' })} @submit=${(e: Event) => e.preventDefault()}>
      ${select('arrondissement', msg('Arrondissement', { id: 'agenda.arrondissement' }), [
        ['', msg('Tous les arrondissements', { id: 'agenda.arrondissement-all' })],
        ...arrondissementOptions(this.communes, f.arrondissement),
      ])}
      ${select('commune', msg('Commune', { id: 'agenda.commune' }), [
        ['', msg('Toutes les communes', { id: 'agenda.commune-all' })],
        ...communeOptions(this.communes, f.arrondissement, f.commune),
      ])}
      ${select('format', msg('Format', { id: 'agenda.format' }), [
        ['', msg('Sur place et en ligne', { id: 'agenda.format-all' })],
        ['in-person', msg('Sur place', { id: 'agenda.format-in-person' })],
        ['online', msg('En ligne', { id: 'agenda.online' })],
      ])}
    </form>`;
  }

  /** `offset`: title ids go on numbering across month groups. */
  #renderItems(items: Comptoir[], past: boolean, agendaIcs: string | undefined, offset = 0): TemplateResult {
    return html`<ul part="list" class="list" role="list">
      ${repeat(
        items,
        (c) => c.id,
        (c, i) => html`<li part="item">
          ${renderComptoir({
            comptoir: c,
            lang: this.locale,
            domId: `bc-${past ? 'past' : 'next'}-${offset + i}`,
            heading: this.#heading(1),
            past,
            icsHref: agendaIcs && safeUrl(this.api.client.comptoirs.icsUrl(this.api.campaign!.id, c.id), document.baseURI),
            onRegister: () => this.registration.open(c),
          })}
        </li>`,
      )}
    </ul>`;
  }

  #renderUpcoming(upcoming: Comptoir[], agendaIcs: string | undefined): TemplateResult | typeof nothing {
    if (upcoming.length) {
      let offset = 0;
      return html`${groupByMonth(upcoming, this.locale).map((group) => {
        const start = offset;
        offset += group.items.length;
        const heading = this.#heading();
        return html`${staticHtml`<${heading} part="month-title" class="month-title">${group.label}</${heading}>`}
          ${this.#renderItems(group.items, false, agendaIcs, start)}`;
      })}`;
    }
    if (this.api.phase('comptoirs') === 'past') return nothing;
    const f = this.filters;
    if (!f.arrondissement && !f.commune && !f.format) {
      return renderEmpty(
        msg(
          'Aucun comptoir à venir pour le moment. De nouvelles dates peuvent être annoncées : ajoutez l’agenda des comptoirs à votre calendrier pour les recevoir.',
          { id: 'agenda.empty' },
        ),
      );
    }
    const arrondissement = f.commune ? this.communes.find((c) => c.code === f.commune)?.arrondissement : undefined;
    return html`${renderEmpty(msg('Aucun comptoir à venir ne correspond à ces critères.', { id: 'agenda.empty-filtered' }))}
      <p class="actions">
        ${arrondissement
          ? html`<button part="button widen-button" type="button" class="bc-button" @click=${() => this.#setFilters({ commune: '', arrondissement: arrondissement.code })}>
              ${msg(str`Élargir à l’arrondissement : ${arrondissement.name}`, { id: 'agenda.widen' })}
            </button>`
          : nothing}
        <button part="button reset-button" type="button" class="bc-button bc-button--secondary" @click=${() => this.#setFilters({ arrondissement: '', commune: '', format: '' })}>
          ${msg('Voir tous les comptoirs à venir', { id: 'agenda.reset' })}
        </button>
      </p>`;
  }

  /** The tag of a heading `depth` levels below the months' titles. */
  #heading(depth = 0) {
    return headingTag(this.headingLevel, 3, depth);
  }

  #renderPast(past: Comptoir[]): TemplateResult | typeof nothing {
    if (!past.length) return nothing;
    const heading = this.#heading();
    return html`${staticHtml`<${heading} class="past-heading">
        <button part="button past-toggle" type="button" class="past-toggle" aria-expanded=${this.showPast ? 'true' : 'false'} aria-controls="bc-past" @click=${() => (this.showPast = !this.showPast)}>
          ${this.showPast
            ? msg('Masquer les comptoirs passés', { id: 'agenda.past-hide' })
            : msg(str`Voir les comptoirs passés (${formatNumber(past.length, this.locale)})`, { id: 'agenda.past-show' })}
        </button>
      </${heading}>`}
      <div id="bc-past" ?hidden=${!this.showPast}>${this.showPast ? this.#renderItems(past, true, undefined) : nothing}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bc-comptoir-agenda': BcComptoirAgenda;
  }
}
