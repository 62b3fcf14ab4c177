/**
 * What the form shows when there is nothing to fill: the receipt of a deposited dossier
 * (printable: the print style shows it alone), and the dépôt's "not open yet" / "closed".
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import type { DossierReceiptView } from './draft.js';

export interface ReceiptView {
  receipt: DossierReceiptView;
  /** The status page (`status-url`) with this dossier's id and code, already made safe. */
  statusHref: string | undefined;
  heading: StaticValue;
  onAnother(): void;
}

export function renderReceipt({ receipt: r, statusHref, heading, onAnother }: ReceiptView): TemplateResult {
  return html`<div part="receipt" class="receipt">
    ${staticHtml`<${heading} part="heading" class="heading" tabindex="-1">${msg('Votre dossier est déposé', { id: 'dossier.done' })}</${heading}>`}
    <dl class="review">
      <div>
        <dt>${msg('Projet', { id: 'dossier.receipt-project' })}</dt>
        <dd>${r.title}</dd>
      </div>
      <div>
        <dt>${msg('Numéro de dossier', { id: 'dossier.receipt-id' })}</dt>
        <dd part="dossier-id" class="code">${r.id}</dd>
      </div>
      <div>
        <dt>${msg('Code de suivi', { id: 'dossier.receipt-code' })}</dt>
        <dd part="receipt-code" class="code">${r.receiptCode}</dd>
      </div>
    </dl>
    <p>${msg(str`Un e-mail de confirmation a été envoyé à ${r.email}.`, { id: 'dossier.mail-sent' })}</p>
    <p>
      ${msg(
        'Conservez le numéro de dossier et le code de suivi : ils vous permettent de suivre votre dossier. Le comité de labellisation l’examinera, et sa décision vous sera envoyée par e-mail.',
        { id: 'dossier.keep' },
      )}
    </p>
    ${statusHref ? html`<p><a part="status-link" href=${statusHref}>${msg('Suivre mon dossier', { id: 'dossier.status-link' })}</a></p>` : nothing}
    <div class="actions">
      <button part="button print-button" class="bc-button bc-button--secondary" type="button" @click=${() => window.print()}>
        ${msg('Imprimer', { id: 'dossier.print' })}
      </button>
      <button part="button another-button" class="bc-button bc-button--secondary" type="button" @click=${onAnother}>
        ${msg('Déposer un autre dossier', { id: 'dossier.another' })}
      </button>
    </div>
  </div>`;
}

export interface ClosedView {
  /** The dépôt's place by the server's clock; `undefined`: the campaign has none. */
  phase: 'upcoming' | 'past' | undefined;
  /** Its start and end, formatted. */
  dates: [string, string] | undefined;
  agendaHref: string | undefined;
  /** The status page (`status-url`), already made safe. */
  statusHref: string | undefined;
  heading: StaticValue;
}

/** Before or after the dépôt (by the server's clock). */
export function renderClosed({ phase, dates, agendaHref, statusHref, heading }: ClosedView): TemplateResult {
  const upcoming = phase === 'upcoming';
  return html`${staticHtml`<${heading} part="heading" class="heading" tabindex="-1">${
      upcoming
        ? msg('Le dépôt des dossiers n’est pas encore ouvert', { id: 'dossier.upcoming' })
        : msg('Le dépôt des dossiers est clos', { id: 'dossier.closed' })
    }</${heading}>`}
    ${dates
      ? html`<p>
          ${upcoming
            ? msg(str`Vous pourrez déposer votre dossier du ${dates[0]} au ${dates[1]}.`, { id: 'dossier.opens-on' })
            : msg(str`Il s’est terminé le ${dates[1]}.`, { id: 'dossier.closed-on' })}
        </p>`
      : nothing}
    ${upcoming && agendaHref
      ? html`<p>
          ${msg('Pour déposer un dossier, il faut avoir participé à un comptoir à initiatives citoyennes :', { id: 'dossier.upcoming-agenda' })}
          <a part="agenda-link" href=${agendaHref}>${msg('Voir l’agenda des comptoirs', { id: 'dossier.agenda-link' })}</a>
        </p>`
      : nothing}
    ${!upcoming && statusHref
      ? html`<p><a part="status-link" href=${statusHref}>${msg('Suivre un dossier déposé', { id: 'dossier.status-any' })}</a></p>`
      : nothing}`;
}
