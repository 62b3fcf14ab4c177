/**
 * What the transparency check has to say above the figures: a disagreement between the
 * recomputation and the server ("Écart constaté"), or that the check could not be run, which
 * says nothing of the results themselves.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { AllocationCheck } from './allocation-check.js';

/** `role="alert"`: the verdict comes after the results, and must be heard when it does. */
export function renderMismatch(check: AllocationCheck, names: Record<string, string>): TemplateResult {
  const where = check.categories.map((id) => names[id] ?? id).join(', ');
  return html`<div part="mismatch" class="mismatch" role="alert">
    <p>
      <strong>${msg('Écart constaté.', { id: 'results.mismatch-title' })}</strong>
      ${check.allocation
        ? msg(
            'Le calcul refait dans votre navigateur, avec les règles publiques et les voix publiées, ne donne pas les résultats affichés.',
            { id: 'results.mismatch' },
          )
        : msg('Le calcul ne peut pas être refait : la liste des projets ne correspond pas aux résultats.', {
            id: 'results.unverifiable',
          })}
      ${where ? msg(str`Catégories concernées : ${where}.`, { id: 'results.mismatch-where' }) : nothing}
      ${check.rollover ? msg('La réserve commune ou la somme non attribuée diffère.', { id: 'results.mismatch-pool' }) : nothing}
    </p>
  </div>`;
}

/** The check's chunk did not arrive: the results stand as published, unchecked; one way forward. */
export function renderCheckFailed(onRetry: () => void): TemplateResult {
  return html`<p part="check-failed" class="stale" role="alert">
    ${msg(
      'La vérification des résultats dans votre navigateur n’a pas pu être lancée (problème de connexion). Les résultats affichés sont ceux publiés.',
      { id: 'results.check-failed' },
    )}
    <button type="button" part="button retry-button" class="bc-button bc-button--secondary" @click=${onRetry}>
      ${msg('Réessayer', { id: 'state.retry' })}
    </button>
  </p>`;
}
