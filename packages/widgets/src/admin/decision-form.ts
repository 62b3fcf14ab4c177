/**
 * A dossier's decision: the one recorded, or the form to take it ("Labelliser" in a category,
 * the proposed one checked first, or "Refuser" with a reason), its confirmation in a modal
 * `<dialog>` (a decision is final; "Annuler" has the focus first), and what came of it.
 * `<bc-labelling-console>` opens and closes the dialog as `DecisionFlow.confirming` says.
 */
import { msg, str } from '@lit/localize';
import type { AdminDossier } from '@budget-citoyen/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatDateTime, formatNumber } from '../base/format.js';
import type { Lang } from '../base/i18n.js';
import { renderError } from '../base/states.js';
import { MAX_REASON, type DecisionKind, type FieldProblem } from './decision-flow.js';
import { renderSubheading, type PanelView } from './panel-view.js';
import { renderTextareaField } from './textarea-field.js';
import { canRetryDecision, labellingWindow, refusalMessage } from './words.js';

export interface DecisionView extends PanelView {
  /** Escape in the confirmation: kept open while the decision is on its way. */
  onDialogCancel(event: Event): void;
}

const lines = (text: string) => html`<p class="text">${text}</p>`;

export function renderDecision(v: DecisionView): TemplateResult {
  const { decision } = v.flow;
  const d = decision.dossier!;
  return html`<section part="decision" class="decision" aria-labelledby="bc-decision-title">
    ${renderSubheading(v.heading(1), msg('Décision du comité', { id: 'admin.decision' }), 'bc-decision-title')}
    ${decision.outcome ? renderOutcome(v, d) : d.decision ? renderRecorded(v, d) : renderForm(v, d)}
  </section>`;
}

/** The decision as recorded: when, which category or which reason. */
function renderRecorded(v: PanelView, d: AdminDossier): TemplateResult {
  const r = d.decision!;
  const when = formatDateTime(r.decidedAt, v.lang);
  return r.decision === 'labelled'
    ? html`<p>${msg(str`Labellisé le ${when}, dans la catégorie « ${v.categoryName(r.category ?? '')} ».`, { id: 'admin.recorded-labelled' })}
        ${d.projectId ? msg(str`Projet publié : ${d.projectId}.`, { id: 'admin.project-id' }) : nothing}</p>`
    : html`<p>${msg(str`Refusé le ${when}. Motif envoyé au porteur :`, { id: 'admin.recorded-rejected' })}</p>
        <blockquote part="reason" class="reason">${lines(r.reason ?? '')}</blockquote>`;
}

function renderOutcome(v: DecisionView, d: AdminDossier): TemplateResult {
  const { flow } = v;
  const already = flow.decision.outcome === 'already';
  const next = flow.nextUndecided;
  return html`<div part="decision-result" class=${already ? 'result result--already' : 'result'} tabindex="-1" role="status">
    <p class="result-title">
      ${already
        ? msg('Un autre membre du comité avait déjà décidé de ce dossier : sa décision est définitive.', { id: 'admin.already' })
        : d.status === 'labelled'
          ? msg('Décision enregistrée : le projet est publié et son porteur est informé par courriel.', { id: 'admin.done-labelled' })
          : msg('Décision enregistrée : le porteur est informé par courriel, avec le motif.', { id: 'admin.done-rejected' })}
    </p>
    ${renderRecorded(v, d)}
  </div>
  <p class="actions">
    ${next
      ? html`<button part="button next-button" type="button" class="bc-button" @click=${() => flow.open(next.id)}>
          ${msg('Dossier suivant à examiner', { id: 'admin.next' })}
        </button>`
      : nothing}
    <button part="button back-button" type="button" class="bc-button bc-button--secondary" @click=${() => flow.back()}>
      ${msg('Retour à la liste', { id: 'admin.back' })}
    </button>
  </p>`;
}

function fieldMessage(problem: FieldProblem, kind: DecisionKind, lang: Lang): string {
  if (kind === 'labelled') return msg('Choisissez la catégorie du projet.', { id: 'admin.err-category' });
  if (problem === 'too-long') return msg(str`Le motif tient en ${formatNumber(MAX_REASON, lang)} caractères au plus.`, { id: 'admin.err-reason-long' });
  if (problem === 'invalid') return msg('Le service a refusé ce motif : vérifiez-le.', { id: 'admin.err-reason-invalid' });
  return msg('Indiquez le motif du refus : il est envoyé au porteur.', { id: 'admin.err-reason' });
}

function renderForm(v: DecisionView, d: AdminDossier): TemplateResult {
  const { flow, campaign } = v;
  const decision = flow.decision;
  const { kind } = decision;
  const problem = decision.fieldErrors[kind === 'labelled' ? 'category' : 'reason'];
  const error = problem ? html`<p part="field-error" id="bc-decision-error" class="error">${fieldMessage(problem, kind, v.lang)}</p>` : nothing;
  const describedBy = problem ? 'bc-decision-error' : nothing;
  const submit = (e: Event) => {
    e.preventDefault();
    decision.review();
  };
  const radio = (name: string, value: string, checked: boolean, label: string, onChange: () => void) =>
    html`<label class="option choice">
      <input type="radio" name=${name} value=${value} .checked=${live(checked)} @change=${onChange} />
      <span>${label}</span>
    </label>`;
  const summary = kind === 'labelled'
    ? msg(str`Labelliser « ${d.title} » dans la catégorie « ${v.categoryName(decision.category)} ».`, { id: 'admin.confirm-labelled' })
    : msg(str`Refuser « ${d.title} ».`, { id: 'admin.confirm-rejected' });
  const open = v.labelling?.state === 'open';
  return html`<p part="notice" class=${open ? 'notice' : 'notice notice--closed'}>${labellingWindow(v)}</p>
    ${decision.error
      ? html`<div class="decision-error" tabindex="-1">
          ${renderError(decision.error, () => void decision.confirm(), { message: refusalMessage(decision.error, v), retry: canRetryDecision(decision.error) })}
        </div>`
      : nothing}
    <form part="decision-form" class="form" novalidate @submit=${submit}>
      <fieldset part="field" class="field">
        <legend part="label">${msg('Votre décision', { id: 'admin.your-decision' })}</legend>
        ${radio('kind', 'labelled', kind === 'labelled', msg('Labelliser', { id: 'admin.label' }), () => decision.setKind('labelled'))}
        ${radio('kind', 'rejected', kind === 'rejected', msg('Refuser', { id: 'admin.reject' }), () => decision.setKind('rejected'))}
      </fieldset>
      ${kind === 'labelled'
        ? html`<fieldset part="field" class="field" id="bc-category" aria-describedby=${describedBy}>
            <legend part="label">${msg('Catégorie du projet', { id: 'admin.category-of' })}</legend>
            ${campaign.categories.map((c) =>
              radio(
                'category',
                c.id,
                decision.category === c.id,
                c.id === d.proposedCategory ? msg(str`${v.categoryName(c.id)} (proposée)`, { id: 'admin.proposed' }) : v.categoryName(c.id),
                () => decision.setCategory(c.id),
              ),
            )}
            ${error}
          </fieldset>`
        : renderTextareaField({
            id: 'bc-reason',
            label: msg('Motif du refus', { id: 'admin.reason' }),
            hint: msg(str`Envoyé au porteur par courriel. ${formatNumber(MAX_REASON, v.lang)} caractères au plus.`, { id: 'admin.reason-hint' }),
            rows: 5,
            value: decision.reason,
            onInput: (reason) => decision.setReason(reason),
            error: problem ? { id: 'bc-decision-error', message: error as TemplateResult } : undefined,
          })}
      <p>
        <button part="button decide-button" type="submit" class="bc-button">
          ${kind === 'labelled' ? msg('Labelliser ce dossier…', { id: 'admin.decide-labelled' }) : msg('Refuser ce dossier…', { id: 'admin.decide-rejected' })}
        </button>
      </p>
    </form>
    <dialog part="confirm-dialog" class="confirm" aria-labelledby="bc-confirm-title" aria-describedby="bc-confirm-text" @cancel=${v.onDialogCancel}>
      <h2 class="dialog-title" id="bc-confirm-title">${msg('Confirmer la décision', { id: 'admin.confirm-title' })}</h2>
      <p id="bc-confirm-text">${msg('Cette décision est définitive : elle ne pourra plus être modifiée, et le porteur en sera informé par courriel.', { id: 'admin.confirm-final' })}</p>
      <p class="confirm-summary">${summary}</p>
      ${kind === 'rejected' ? html`<blockquote part="reason" class="reason">${lines(decision.reason.trim())}</blockquote>` : nothing}
      <p class="actions">
        <button part="button cancel-button" type="button" class="bc-button bc-button--secondary" aria-disabled=${decision.busy} @click=${() => decision.cancel()}>
          ${msg('Annuler', { id: 'admin.cancel' })}
        </button>
        <button part="button confirm-button" type="button" class="bc-button" aria-disabled=${decision.busy} @click=${() => void decision.confirm()}>
          ${decision.busy ? msg('Enregistrement…', { id: 'admin.saving' }) : msg('Confirmer', { id: 'admin.confirm' })}
        </button>
      </p>
    </dialog>`;
}
