import { msg, str } from '@lit/localize';
import type { PhaseId } from '@budget-citoyen/sdk';
import { currentPhase, msToNextBoundary, phaseState } from '@budget-citoyen/sdk/rules';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { BcApiController } from '../base/api-controller.js';
import { BcElement } from '../base/bc-element.js';
import { formatDateRange } from '../base/format.js';
import { addTranslations } from '../base/i18n.js';
import { renderError, renderLoading } from '../base/states.js';
import { tokenStyles } from '../base/styles.js';
import { safeUrl } from '../base/urls.js';
import { timelineStyles } from './campaign-timeline.styles.js';
import { daysUntil } from './countdown.js';

addTranslations('en', () => import('./locales/en.js'));

/** A phase's name in the widget's language (the API gives ids only). */
const phaseName = (id: PhaseId): string =>
  ({
    comptoirs: msg('Comptoirs à initiatives citoyennes', { id: 'timeline.comptoirs' }),
    depot: msg('Dépôt des dossiers', { id: 'timeline.depot' }),
    labellisation: msg('Labellisation', { id: 'timeline.labellisation' }),
    vote: msg('Vote', { id: 'timeline.vote' }),
    resultats: msg('Résultats', { id: 'timeline.resultats' }),
  })[id];

/**
 * The campaign's phases in order, each with its dates and its state in words (over, open, to
 * come), the current one marked `aria-current="step"`, all by the server's clock. The phases
 * that the next start or end concerns say in how many days ("À venir : ouvre dans 12 jours",
 * "En cours : se termine demain"); the widget renders again at each phase boundary. Phases may
 * overlap (the comptoirs and the dépôt both run January–April): each says its own state, and the
 * current one is the SDK's `currentPhase`, the latest-starting open phase.
 *
 * Each phase's name links to a section of your page when you give its `…-url`, and shows your
 * own content (a link, a sentence) put in the slot named after its id. `layout="compact"`
 * shows names and states only, in a row that wraps. No headings: your page's heading introduces
 * the timeline.
 *
 * @summary The campaign's calendar: its phases, the current one, and what changes next.
 * @tag bc-campaign-timeline
 *
 * @slot comptoirs - Content under the comptoirs phase (full layout), e.g. a link to your agenda.
 * @slot depot - Content under the dépôt phase (full layout).
 * @slot labellisation - Content under the labelling phase (full layout).
 * @slot vote - Content under the vote phase (full layout).
 * @slot resultats - Content under the results phase (full layout).
 *
 * @csspart list - The ordered list of phases.
 * @csspart phase - Each phase (`<li>`); also `phase-past`, `phase-open` or `phase-upcoming`.
 * @csspart phase-name - Each phase's name (`<strong>`), a link when its `…-url` is given.
 * @csspart dates - Each phase's dates (full layout).
 * @csspart state - Each phase's state, with the countdown when the next change concerns it.
 * @csspart state-loading - The loading state; `state-error` the error state.
 *
 * @cssproperty --bc-color-primary - The bar beside open phases. Default #000091.
 * @cssproperty --bc-color-border - The bar beside the other phases. Default #dddddd.
 * @cssproperty --bc-color-accent-bg - The current phase's background. Default #e3e3fd.
 */
export class BcCampaignTimeline extends BcElement {
  static override styles = [tokenStyles, timelineStyles];

  /** Lit's reactive properties, documented on their fields below (no decorators: base/README.md). */
  static override properties: PropertyDeclarations = {
    layout: { reflect: true },
    comptoirsUrl: { attribute: 'comptoirs-url' },
    depotUrl: { attribute: 'depot-url' },
    labellisationUrl: { attribute: 'labellisation-url' },
    voteUrl: { attribute: 'vote-url' },
    resultatsUrl: { attribute: 'resultats-url' },
  };

  /** `full` (default): names, dates, states and slots; `compact`: names and states, in a row. */
  layout: 'full' | 'compact' = 'full';

  /** Where your page tells about the comptoirs (its agenda): the phase's name links to it. */
  comptoirsUrl?: string;
  /** Where your page has the dossier form. */
  depotUrl?: string;
  /** Where your page tells about the labelling (or lists the labelled projects). */
  labellisationUrl?: string;
  /** Where your page has the ballot. */
  voteUrl?: string;
  /** Where your page has the results. */
  resultatsUrl?: string;

  private readonly api = new BcApiController(this);

  protected override render() {
    const api = this.api;
    if (api.status === 'error') return renderError(api.error, () => api.retry());
    if (api.status === 'loading') return html`<div aria-busy="true">${renderLoading()}</div>`;
    const campaign = api.campaign!;
    const now = api.now()!;
    const lang = this.locale;
    const current = currentPhase(campaign, now);
    // The next phase start or end: the phases it concerns say in how many days.
    const next = now + (msToNextBoundary(campaign, now) ?? NaN);
    return html`<ol part="list">
      ${campaign.phases.map((p) => {
        const state = phaseState(campaign, p.id, now)!;
        const href = safeUrl(this[`${p.id}Url`], document.baseURI);
        const name = phaseName(p.id);
        const change = state === 'open' ? p.end : p.start;
        const when = Math.abs(Date.parse(change) - next) < 1 && daysUntil(change, now, lang);
        return html`<li part="phase phase-${state}" class=${state} aria-current=${p.id === current ? 'step' : nothing}>
          <strong part="phase-name">${href ? html`<a href=${href}>${name}</a>` : name}</strong>
          <p part="dates" class="dates">${formatDateRange(p.start, p.end, lang)}</p>
          <p part="state">
            ${state === 'past'
              ? msg('Étape terminée', { id: 'timeline.past' })
              : state === 'open'
                ? when
                  ? msg(str`En cours : se termine ${when}`, { id: 'timeline.ends' })
                  : msg('En cours', { id: 'timeline.open' })
                : when
                  ? msg(str`À venir : ouvre ${when}`, { id: 'timeline.opens' })
                  : msg('À venir', { id: 'timeline.upcoming' })}
          </p>
          <slot name=${p.id}></slot>
        </li>`;
      })}
    </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bc-campaign-timeline': BcCampaignTimeline;
  }
}
