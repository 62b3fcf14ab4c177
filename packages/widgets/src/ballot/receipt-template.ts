/**
 * What the ballot shows when there is no form to fill: the receipt of a recorded vote (cast
 * now or before), and the vote window's "not open yet" / "closed" notice.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { formatDateTime, isoInstant } from '../base/format.js';
import type { Lang } from '../base/i18n.js';
import type { Receipt } from './ballot-flow.js';

export interface ReceiptView {
  receipt: Receipt;
  lang: Lang;
  /** "Innovation sociale : Title" for every category (one left empty says so). */
  lines: string[];
  resultsLink: TemplateResult | typeof nothing;
  /** "Une autre personne veut voter": a new ballot on this device. */
  restart(): void;
  /** The title's tag: the ballot's main heading level. */
  heading: StaticValue;
}

export function renderReceipt({ receipt: r, lang, lines, resultsLink, heading, restart }: ReceiptView): TemplateResult {
  return html`<div part="receipt" class="receipt">
    ${staticHtml`<${heading} part="heading" class="heading" tabindex="-1">
      ${r.already ? msg('Votre vote est déjà enregistré', { id: 'ballot.already' }) : msg('Votre vote est enregistré', { id: 'ballot.done' })}
    </${heading}>`}
    <p>
      ${r.already
        ? msg('Un vote a déjà été enregistré pour vous : chaque personne vote une seule fois.', { id: 'ballot.already-text' })
        : msg('Merci pour votre participation au budget citoyen.', { id: 'ballot.thanks' })}
    </p>
    ${r.receiptCode
      ? html`<dl class="review">
            <div>
              <dt>${msg('Numéro de reçu', { id: 'ballot.receipt-code' })}</dt>
              <dd part="receipt-code" class="code">${r.receiptCode}</dd>
            </div>
            ${r.castAt
              ? html`<div>
                  <dt>${msg('Date et heure du vote', { id: 'ballot.cast-at' })}</dt>
                  <dd>
                    <time datetime=${isoInstant(r.castAt)}>${formatDateTime(r.castAt, lang)}</time>
                    ${msg('(heure de Paris)', { id: 'ballot.paris-time' })}
                  </dd>
                </div>`
              : nothing}
            <div>
              <dt>${msg('Vos choix', { id: 'ballot.choices' })}</dt>
              <dd>
                <ul>
                  ${lines.map((line) => html`<li>${line}</li>`)}
                </ul>
              </dd>
            </div>
          </dl>
          <p>${msg('Conservez ce reçu : il prouve que votre vote a été enregistré.', { id: 'ballot.keep' })}</p>
          <p class="actions">
            <button part="button print-button" class="bc-button bc-button--secondary" type="button" @click=${() => window.print()}>
              ${msg('Imprimer', { id: 'ballot.print' })}
            </button>
          </p>`
      : nothing}
    ${resultsLink}
    <p>
      <button part="button restart-button" class="bc-button bc-button--secondary" type="button" @click=${restart}>
        ${msg('Une autre personne veut voter', { id: 'ballot.restart' })}
      </button>
    </p>
  </div>`;
}

/**
 * Before or after the vote (by the server's clock). `dates`: its start and end, formatted;
 * `heading`: the title's tag.
 */
export function renderVoteWindow(
  past: boolean,
  dates: [string, string] | undefined,
  resultsLink: TemplateResult | typeof nothing,
  heading: StaticValue,
): TemplateResult {
  return html`${staticHtml`<${heading} part="heading" class="heading" tabindex="-1">
      ${past ? msg('Le vote est clos', { id: 'ballot.closed' }) : msg("Le vote n'est pas encore ouvert", { id: 'ballot.upcoming' })}
    </${heading}>`}
    ${dates
      ? html`<p>
          ${past
            ? msg(str`Le vote s'est terminé le ${dates[1]}.`, { id: 'ballot.closed-on' })
            : msg(str`Le vote sera ouvert du ${dates[0]} au ${dates[1]}.`, { id: 'ballot.opens-on' })}
        </p>`
      : nothing}
    ${past ? resultsLink : nothing}`;
}
