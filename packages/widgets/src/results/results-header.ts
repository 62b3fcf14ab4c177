/**
 * When the results are (or will be) public: the results' header (provisional or final, when
 * computed or settled), and, before they are public, when they will be.
 */
import { msg, str } from '@lit/localize';
import type { Campaign, Results } from '@budget-citoyen/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { formatDateTime, formatDayTime, isoInstant } from '../base/format.js';
import type { Lang } from '../base/i18n.js';
import type { PhaseState } from '../base/server-clock.js';

const voteOf = (campaign: Campaign | undefined) => campaign?.phases.find((p) => p.id === 'vote');

/**
 * Final results are those of the vote's close ("Arrêtés à la clôture du vote, le 27 septembre
 * 2026 à 20:00"), whenever they were computed; provisional ones say the day and the time.
 */
export function renderResultsHeader(results: Results, campaign: Campaign, heading: StaticValue, lang: Lang): TemplateResult {
  const provisional = results.status === 'provisional';
  const voteEnd = voteOf(campaign)?.end;
  const at = !provisional && voteEnd ? voteEnd : results.computedAt;
  return html`<header part="header" class="header">
    ${staticHtml`<${heading} part="title" class="title">
      ${provisional
        ? msg('Résultats provisoires du vote', { id: 'results.title-provisional' })
        : msg('Résultats définitifs du vote', { id: 'results.title-final' })}
    </${heading}>`}
    <p part="updated" class="updated"><time datetime=${isoInstant(at)}>${provisional
      ? msg(str`Mis à jour le ${formatDayTime(at, lang)}`, { id: 'results.updated-on' })
      : msg(str`Arrêtés à la clôture du vote, le ${formatDateTime(at, lang)}`, { id: 'results.final-at' })}</time></p>
    ${provisional ? html`<p>${msg('Le vote est en cours : le classement peut encore changer.', { id: 'results.provisional-note' })}</p>` : nothing}
  </header>`;
}

/** Not public yet: when they will be (at the vote's close; live from its opening, if so). */
export function renderNotPublic(campaign: Campaign, phase: PhaseState | undefined, lang: Lang): TemplateResult {
  const vote = voteOf(campaign);
  let when: TemplateResult | string = msg('Les résultats ne sont pas encore publics.', { id: 'results.not-public' });
  if (vote && phase !== 'past') {
    when = html`${msg(str`Les résultats seront publiés à la clôture du vote, le ${formatDateTime(vote.end, lang)}.`, {
      id: 'results.public-at',
    })}
    ${phase === 'upcoming' && campaign.voting.liveResults
      ? msg(str`Ils seront aussi affichés en direct, à titre provisoire, dès l’ouverture du vote le ${formatDateTime(vote.start, lang)}.`, {
          id: 'results.live-from',
        })
      : nothing}`;
  }
  return html`<div part="state not-public" class="bc-state"><p>${when}</p></div>`;
}
