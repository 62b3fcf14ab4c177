/**
 * Step 3: the choices reviewed before the cast, who votes, that it is final, and one action:
 * "Confirmer mon vote", or "Vérifier mon vote" once a cast went unanswered (never a second
 * cast). Loaded on demand (`later-steps.ts`).
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { choiceRows } from './choice-rows.js';
import { renderProjectsState } from './choices-step.js';
import { renderStepHeader } from './form-template.js';
import type { StepView } from './step-view.js';

export function renderReviewStep(v: StepView): TemplateResult {
  const { flow } = v;
  const i = flow.draft.identity;
  const title = renderStepHeader(3, msg('Vérifiez et confirmez votre vote', { id: 'ballot.review' }), v.heading());
  // Sent, unanswered: the one thing to do is to read the ballot back (never a second cast).
  const unsure = flow.castFailed === 'unsure';
  if (!flow.projects) return html`${title}${renderProjectsState(flow)}`;
  return html`${title}
    <dl part="review" class="review">
      ${choiceRows(flow, v.campaign.categories, flow.draft.choices).map(([c, titles]) => html`<div><dt>${c}</dt><dd>${titles}</dd></div>`)}
    </dl>
    <p>${msg(str`Vote de ${i.firstName.trim()} ${i.lastName.trim()}, ${i.communeText}.`, { id: 'ballot.voter' })}</p>
    <p class="notice" part="notice">${msg('Une fois confirmé, votre vote ne peut plus être modifié.', { id: 'ballot.final' })}</p>
    ${v.topError}
    <div class="actions">
      ${unsure
        ? nothing
        : html`<button part="button back-button" class="bc-button bc-button--secondary" type="button" @click=${() => flow.goTo('choices')}>
            ${msg('Modifier mes choix', { id: 'ballot.edit' })}
          </button>`}
      <button
        part="button ${unsure ? 'check-button' : 'cast-button'}"
        class="bc-button"
        type="button"
        aria-disabled=${flow.busy ? 'true' : 'false'}
        @click=${() => void (unsure ? flow.checkVote() : flow.cast())}
      >
        ${unsure
          ? msg('Vérifier mon vote', { id: 'ballot.check' })
          : flow.busy
            ? msg('Envoi en cours…', { id: 'ballot.sending-short' })
            : msg('Confirmer mon vote', { id: 'ballot.cast' })}
      </button>
    </div>`;
}
