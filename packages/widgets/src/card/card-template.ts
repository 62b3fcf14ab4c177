/**
 * The one rendering of a project card, shared by `<bc-project-card>` and the gallery.
 * Everything coming from the API is bound as text or as an attribute value: project texts are
 * citizens' input and are never parsed as HTML.
 */
import { msg, str } from '@lit/localize';
import type { Project } from '@budget-citoyen/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { addTranslations, type Lang } from '../base/i18n.js';
import type { BcElement } from '../base/bc-element.js';
import { ballotHref, safeImageUrl } from '../base/urls.js';
import { renderBadges, renderProjectFacts, textLang } from './project-details.js';

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
  /** The vote is closed: its counts may be shown. */
  votesShown: boolean;
}

/**
 * "Voter pour ce projet" for `project`, from `host`: a link to `ballotUrl` with `?projet=<id>`
 * (a button without one) that emits the cancelable `bc-project-select` first; a ballot on the
 * same page takes the project and cancels the navigation.
 */
export function voteAction(host: BcElement, project: Project, ballotUrl: string | undefined): VoteAction {
  return {
    href: ballotHref(ballotUrl, project.id),
    onSelect: (event) => {
      const selected = host.emit('bc-project-select', { projectId: project.id, category: project.category }, { cancelable: true });
      if (selected.defaultPrevented) event.preventDefault();
    },
  };
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
  const fr = textLang(lang);
  return html`<article part="card" class="card" data-project-id=${p.id}>
    ${image
      ? html`<img part="card-image" class="card-image" src=${image} alt=${p.image?.alt ?? ''} lang=${fr} loading="lazy" decoding="async" />`
      : nothing}
    <div class="card-body">
      ${staticHtml`<${o.heading} part="card-title" class="card-title" lang=${fr}>
        ${o.href ? html`<a href=${o.href} @click=${o.onOpen}>${p.title}</a>` : p.title}
      </${o.heading}>`}
      ${renderBadges(p, o.categoryName)}
      ${p.summary ? html`<p part="card-summary" class="card-summary" lang=${fr}>${p.summary}</p>` : nothing}
      ${renderProjectFacts(p, lang, o.votesShown)}
      ${o.vote ? html`<div class="card-actions">${renderVoteAction(p, o.vote)}</div>` : nothing}
    </div>
  </article>`;
}
