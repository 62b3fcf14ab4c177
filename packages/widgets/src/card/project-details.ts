/**
 * What a project says of itself, in one place for the card and the gallery's details dialog:
 * its badges (category, winner), its facts (holder, commune, amount, votes) and, in full, its
 * image, summary, description and keywords. Citizens' texts are bound as text, never as HTML.
 *
 * The English of the rows only the full view shows (`gallery.arrondissement`, `dialog.tags`)
 * comes with the gallery, the one widget that shows it.
 */
import { msg } from '@lit/localize';
import { isNotFoundError, type Project } from '@budget-citoyen/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { formatMoney, formatNumber } from '../base/format.js';
import type { Lang } from '../base/i18n.js';
import { categoryLabel, holderKindLabel } from '../base/labels.js';
import { renderError } from '../base/states.js';
import { safeImageUrl } from '../base/urls.js';

/**
 * The `lang` of citizens' texts (titles, summaries, descriptions, names): French, said only
 * when the widget is not, so that an English page's screen reader reads them as French.
 */
export const textLang = (lang: Lang): 'fr' | typeof nothing => (lang === 'fr' ? nothing : 'fr');

export function renderWinnerBadge(project: Project): TemplateResult | typeof nothing {
  return project.status === 'winner'
    ? html`<span part="badge badge-winner" class="badge badge--winner">${msg('Lauréat', { id: 'card.winner' })}</span>`
    : nothing;
}

/** `categoryName`: the campaign's name of the project's category. */
export function renderBadges(project: Project, categoryName: string): TemplateResult {
  return html`<p part="card-badges" class="badges">
    <span part="badge badge-category" class="badge">${categoryLabel(project.category, categoryName)}</span>
    ${renderWinnerBadge(project)}
  </p>`;
}

/**
 * The card's facts; `full` adds the holder's kind and the arrondissement (the details view).
 * The votes, when the API gives them, only once the vote is closed (`votesShown`): counts on
 * the cards while people choose would weigh on their choice; live figures belong to the results.
 */
export function renderProjectFacts(p: Project, lang: Lang, votesShown: boolean, full = false): TemplateResult {
  return html`<dl part="card-meta" class=${full ? 'card-meta dialog-meta' : 'card-meta'}>
    <div>
      <dt>${msg('Porté par', { id: 'card.holder' })}</dt>
      <dd><span lang=${textLang(lang)}>${p.holder.name}</span>${full ? ` (${holderKindLabel(p.holder.kind)})` : nothing}</dd>
    </div>
    <div>
      <dt>${msg('Commune', { id: 'card.commune' })}</dt>
      <dd lang=${textLang(lang)}>${p.commune.name}</dd>
    </div>
    ${full
      ? html`<div>
          <dt>${msg('Arrondissement', { id: 'gallery.arrondissement' })}</dt>
          <dd lang=${textLang(lang)}>${p.arrondissement.name}</dd>
        </div>`
      : nothing}
    <div>
      <dt>${msg('Montant demandé', { id: 'card.amount' })}</dt>
      <dd part="card-amount">${formatMoney(p.requestedAmountCents, lang)}</dd>
    </div>
    ${votesShown && p.votes !== undefined
      ? html`<div>
          <dt>${msg('Votes', { id: 'card.votes' })}</dt>
          <dd>${formatNumber(p.votes, lang)}</dd>
        </div>`
      : nothing}
  </dl>`;
}

export interface DetailsView {
  project: Project;
  lang: Lang;
  categoryName: string;
  /** Base against which a relative image URL is resolved (the API base). */
  imageBase: string;
  /** "Voter pour ce projet", while the vote is open. */
  action: TemplateResult | typeof nothing;
  votesShown: boolean;
}

/** The whole project, as its details dialog shows it. */
export function renderProjectDetails({ project: p, lang, categoryName, imageBase, action, votesShown }: DetailsView): TemplateResult {
  const image = safeImageUrl(p.image?.url, imageBase);
  const paragraphs = p.description.split(/\n\s*\n/).filter((s) => s.trim());
  const fr = textLang(lang);
  return html`${image
      ? html`<img part="card-image" class="dialog-image" src=${image} alt=${p.image?.alt ?? ''} lang=${fr} decoding="async" />`
      : nothing}
    ${renderBadges(p, categoryName)} ${renderProjectFacts(p, lang, votesShown, true)}
    ${p.summary ? html`<p class="dialog-summary" lang=${fr}>${p.summary}</p>` : nothing}
    <div part="description" class="description" lang=${fr}>${paragraphs.map((text) => html`<p>${text}</p>`)}</div>
    ${p.tags.length
      ? html`<ul class="tags" lang=${fr} aria-label=${msg('Mots-clés', { id: 'dialog.tags' })}>
          ${p.tags.map((tag) => html`<li>${tag}</li>`)}
        </ul>`
      : nothing}
    ${action === nothing ? nothing : html`<p class="actions">${action}</p>`}`;
}

/** A project that could not be shown: "not found" is final (no retry), anything else can be retried. */
export function renderProjectError(error: unknown, retry: () => void): TemplateResult {
  return isNotFoundError(error)
    ? renderError(error, retry, {
        message: msg('Ce projet est introuvable ou n’a pas été labellisé.', { id: 'card.not-found' }),
        retry: false,
      })
    : renderError(error, retry);
}
