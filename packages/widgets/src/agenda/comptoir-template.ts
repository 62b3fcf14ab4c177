/**
 * One comptoir of the agenda: title, registration state, when (Paris time), where, seats, and
 * its actions. Titles, places and descriptions are bound as text only.
 */
import { msg, str } from '@lit/localize';
import type { Comptoir, RegistrationState } from '@budget-citoyen/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { formatDateTime, formatLongDate, formatNumber, formatTime, isoInstant } from '../base/format.js';
import { isSingular, type Lang } from '../base/i18n.js';
import type { Labels } from '../base/labels.js';

export interface ComptoirItemOptions {
  comptoir: Comptoir;
  lang: Lang;
  /** Unique in the shadow root: the title's id. */
  domId: string;
  /** The title's tag, one level below the months'. */
  heading: StaticValue;
  /** Past comptoirs show no state, seats nor actions. */
  past: boolean;
  icsHref: string | undefined;
  onRegister(event: Event): void;
}

/** "samedi 24 janvier 2026, 14:00 – 17:00", each end in a `<time datetime>`. */
export function renderWhen(c: Comptoir, lang: Lang): TemplateResult {
  const sameDay = formatLongDate(c.start, lang) === formatLongDate(c.end, lang);
  return html`<time datetime=${isoInstant(c.start)}>${formatLongDate(c.start, lang)}, ${formatTime(c.start, lang)}</time>
    – <time datetime=${isoInstant(c.end)}>${sameDay ? formatTime(c.end, lang) : formatDateTime(c.end, lang)}</time>`;
}

export function whereText(c: Comptoir): string {
  return c.format === 'in-person' && c.venue
    ? `${c.venue.name}, ${c.venue.address}, ${c.venue.commune.name}`
    : msg('En ligne', { id: 'agenda.online' });
}

const STATES = {
  open: () => msg('Inscriptions ouvertes', { id: 'agenda.state-open' }),
  full: () => msg('Complet : liste d’attente', { id: 'agenda.state-full' }),
  closed: () => msg('Inscriptions closes', { id: 'agenda.state-closed' }),
} satisfies Labels<RegistrationState>;

function seatsText(c: Comptoir, lang: Lang): string {
  const left = formatNumber(c.seatsLeft, lang);
  const capacity = formatNumber(c.capacity, lang);
  if (c.registration === 'full' || c.seatsLeft === 0) {
    return msg(str`Aucune place libre sur ${capacity}`, { id: 'agenda.seats-none' });
  }
  return isSingular(c.seatsLeft, lang)
    ? msg(str`${left} place libre sur ${capacity}`, { id: 'agenda.seats-one' })
    : msg(str`${left} places libres sur ${capacity}`, { id: 'agenda.seats' });
}

/** Visually hidden end of a repeated action's name, so that each button and link says which comptoir. */
function which(c: Comptoir, lang: Lang): TemplateResult {
  return html`<span class="bc-visually-hidden"> : ${c.title}, ${formatLongDate(c.start, lang)}</span>`;
}

export function renderComptoir(o: ComptoirItemOptions): TemplateResult {
  const { comptoir: c, lang } = o;
  const canRegister = !o.past && c.registration !== 'closed';
  // The comptoirs' own texts are French: said so on an English page.
  const fr = lang === 'fr' ? nothing : 'fr';
  return html`<article part="comptoir" class="comptoir" aria-labelledby=${o.domId} data-comptoir-id=${c.id}>
    ${staticHtml`<${o.heading} part="comptoir-title" class="comptoir-title" id=${o.domId} lang=${fr}>${c.title}</${o.heading}>`}
    ${o.past
      ? nothing
      : html`<p class="badges"><span part="badge badge-${c.registration}" class="badge badge--${c.registration}">${STATES[c.registration]()}</span></p>`}
    <dl part="details" class="details">
      <div>
        <dt>${msg('Quand', { id: 'agenda.when' })}</dt>
        <dd part="when">${renderWhen(c, lang)}</dd>
      </div>
      <div>
        <dt>${msg('Où', { id: 'agenda.where' })}</dt>
        <dd part="where" lang=${c.format === 'in-person' && c.venue ? fr : nothing}>${whereText(c)}</dd>
      </div>
      ${canRegister
        ? html`<div>
            <dt>${msg('Places', { id: 'agenda.seats-label' })}</dt>
            <dd part="seats">${seatsText(c, lang)}</dd>
          </div>`
        : nothing}
    </dl>
    ${c.description ? html`<p part="description" class="description" lang=${fr}>${c.description}</p>` : nothing}
    ${o.past
      ? nothing
      : html`<p part="actions" class="actions">
          ${canRegister
            ? html`<button part="button register-button" type="button" class="bc-button" @click=${o.onRegister}>
                ${c.registration === 'full'
                  ? msg('S’inscrire en liste d’attente', { id: 'agenda.register-waitlist' })
                  : msg('S’inscrire', { id: 'agenda.register' })}${which(c, lang)}
              </button>`
            : nothing}
          ${o.icsHref
            ? html`<a part="ics-link" class="ics-link" href=${o.icsHref} type="text/calendar">
                ${msg('Ajouter à mon agenda', { id: 'agenda.add-to-calendar' })}${which(c, lang)}
              </a>`
            : nothing}
        </p>`}
  </article>`;
}
