/**
 * The one rendering of a project card, shared by `<bc-project-card>` and the gallery.
 * Everything coming from the API is bound as text or as an attribute value: project texts are
 * citizens' input and are never parsed as HTML.
 */
import { msg, str } from '@lit/localize';
import type { Project } from '@budget-citoyen/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { formatMoney, formatNumber } from '../base/format.js';
import { addTranslations, type Lang } from '../base/i18n.js';
import { categoryLabel } from '../base/labels.js';

addTranslations('en', () => import('./locales/en.js'));

export interface VoteAction {
  /** Where the link goes (`ballot-url?projet=<id>`); a button when absent. */
  href: string | undefined;
  onSelect(event: Event): void;
}

export interface CardOptions {
  project: Project;
  lang: Lang;
  /** The campaign's name for the project's category. */
  categoryName: string;
  /** Base against which a relative image URL is resolved (the API base). */
  imageBase: string;
  /** The title's tag (`headingTag(…)`): its level fits the page around the widget. */
  heading: StaticValue;
  /** Makes the title a link (the gallery's `#projet-<id>` deep link). */
  href?: string | undefined;
  onOpen?: ((event: MouseEvent) => void) | undefined;
  /** Shown only while the vote is open. */
  vote?: VoteAction | undefined;
}

/** An `http(s)` URL, resolved against `base`; anything else (javascript:, data:…) is dropped. */
export function safeUrl(value: string | undefined, base: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An image URL safe for `<img src>`: `http(s)`, or an inline raster/SVG `data:` image (an SVG
 * loaded as an image runs no script). A page's CSP then needs `img-src data:` for the latter.
 */
export function safeImageUrl(value: string | undefined, base: string): string | undefined {
  if (value && /^data:image\/(?:png|jpeg|gif|webp|avif|svg\+xml)[;,]/i.test(value.trim())) return value.trim();
  return safeUrl(value, base);
}

/** `ballot-url` with `?projet=<id>` added, keeping its own query and hash. */
export function ballotHref(ballotUrl: string | undefined, projectId: string): string | undefined {
  const safe = safeUrl(ballotUrl, document.baseURI);
  if (!safe) return undefined;
  const url = new URL(safe);
  url.searchParams.set('projet', projectId);
  return url.href;
}

export function renderWinnerBadge(project: Project): TemplateResult | typeof nothing {
  return project.status === 'winner'
    ? html`<span part="badge badge-winner" class="badge badge--winner">${msg('Lauréat', { id: 'card.winner' })}</span>`
    : nothing;
}

export function renderVoteAction(project: Project, vote: VoteAction | undefined): TemplateResult | typeof nothing {
  if (!vote) return nothing;
  const label = html`${msg('Voter pour ce projet', { id: 'card.vote' })}<span class="bc-visually-hidden"
      >${msg(str` : ${project.title}`, { id: 'card.vote-suffix' })}</span
    >`;
  return vote.href
    ? html`<a part="button vote-button" class="bc-button" href=${vote.href} @click=${vote.onSelect}>${label}</a>`
    : html`<button part="button vote-button" type="button" class="bc-button" @click=${vote.onSelect}>${label}</button>`;
}

export function renderProjectCard(o: CardOptions): TemplateResult {
  const { project: p, lang } = o;
  const image = safeImageUrl(p.image?.url, o.imageBase);
  return html`<article part="card" class="card" data-project-id=${p.id}>
    ${image
      ? html`<img part="card-image" class="card-image" src=${image} alt=${p.image?.alt ?? ''} loading="lazy" decoding="async" />`
      : nothing}
    <div class="card-body">
      ${staticHtml`<${o.heading} part="card-title" class="card-title">
        ${o.href ? html`<a href=${o.href} @click=${o.onOpen}>${p.title}</a>` : p.title}
      </${o.heading}>`}
      <p part="card-badges" class="badges">
        <span part="badge badge-category" class="badge">${categoryLabel(p.category, o.categoryName)}</span>
        ${renderWinnerBadge(p)}
      </p>
      ${p.summary ? html`<p part="card-summary" class="card-summary">${p.summary}</p>` : nothing}
      <dl part="card-meta" class="card-meta">
        <div>
          <dt>${msg('Porté par', { id: 'card.holder' })}</dt>
          <dd>${p.holder.name}</dd>
        </div>
        <div>
          <dt>${msg('Commune', { id: 'card.commune' })}</dt>
          <dd>${p.commune.name}</dd>
        </div>
        <div>
          <dt>${msg('Montant demandé', { id: 'card.amount' })}</dt>
          <dd part="card-amount">${formatMoney(p.requestedAmountCents, lang)}</dd>
        </div>
        ${p.votes !== undefined
          ? html`<div>
              <dt>${msg('Votes', { id: 'card.votes' })}</dt>
              <dd>${formatNumber(p.votes, lang)}</dd>
            </div>`
          : nothing}
      </dl>
      ${o.vote ? html`<div class="card-actions">${renderVoteAction(p, o.vote)}</div>` : nothing}
    </div>
  </article>`;
}
