/**
 * The loading, empty and error states every widget shows, with the same look and words.
 * Call them inside `render()` (they use `msg()`), and style them with `stateStyles`.
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { ErrorCode } from '@budget-citoyen/sdk';
import { codeOf } from './refusals.js';

/**
 * `role="status"`: announced politely. Put `aria-busy="true"` on the region being filled
 * (the helper cannot know it).
 */
export function renderLoading(label?: string): TemplateResult {
  return html`<div part="state state-loading" class="bc-state bc-state--loading" role="status">
    <span class="bc-spinner" aria-hidden="true"></span>
    <span>${label ?? msg('Chargement…', { id: 'state.loading' })}</span>
  </div>`;
}

export function renderEmpty(message?: string): TemplateResult {
  return html`<div part="state state-empty" class="bc-state bc-state--empty">
    <p>${message ?? msg('Rien à afficher pour le moment.', { id: 'state.empty' })}</p>
  </div>`;
}

/** What went wrong, in words, from the SDK error's stable `code`. */
export function errorMessage(error: unknown): string {
  switch (codeOf(error)) {
    case 'network_error':
      return msg('Le service du budget citoyen est injoignable. Vérifiez votre connexion.', {
        id: 'error.network',
      });
    case 'timeout':
      return msg('Le service du budget citoyen met trop de temps à répondre.', { id: 'error.timeout' });
    case 'not_found':
      return msg('Ce contenu est introuvable.', { id: 'error.not-found' });
    case 'rate_limited':
      return msg('Trop de demandes en peu de temps : patientez un instant.', { id: 'error.rate-limited' });
    case 'results_not_public':
      return msg('Les résultats ne sont pas encore publics.', { id: 'error.results-not-public' });
    case 'phase_closed':
      return msg('Cette étape du budget citoyen n’est pas ouverte.', { id: 'error.phase-closed' });
    case 'unauthorized':
    case 'forbidden':
      return msg('Vous n’avez pas accès à ce contenu.', { id: 'error.forbidden' });
    case 'invalid_response':
      return msg('Le service du budget citoyen a envoyé une réponse inattendue.', {
        id: 'error.invalid-response',
      });
    default:
      return msg('Une erreur est survenue au chargement.', { id: 'error.generic' });
  }
}

/** Words for an error's `code`: a table of them, each called while rendering. */
export type ErrorWords = Partial<Record<ErrorCode, () => string>>;

/**
 * A refusal in words: a widget's own (with a way forward) for the codes its table lists,
 * `errorMessage()`'s for any other.
 */
export function errorMessageFrom(error: unknown, own: ErrorWords): string {
  const code = codeOf(error);
  // Own keys only: a code is the server's word, and `toString` is not one of the widget's.
  return Object.hasOwn(own, code) ? own[code as ErrorCode]!() : errorMessage(error);
}

export interface ErrorStateOptions {
  /** Replaces the message derived from the error code. */
  message?: string;
  /** Omits the "Réessayer" button (a 404 will not get better). */
  retry?: boolean;
}

/**
 * `role="alert"`: announced at once. Offers "Réessayer" wired to `onRetry`.
 */
export function renderError(
  error: unknown,
  onRetry: () => void,
  options: ErrorStateOptions = {},
): TemplateResult {
  return html`<div part="state state-error" class="bc-state bc-state--error" role="alert">
    <p>${options.message ?? errorMessage(error)}</p>
    ${options.retry === false
      ? nothing
      : html`<button type="button" part="button retry-button" class="bc-button bc-button--secondary" @click=${onRetry}>
          ${msg('Réessayer', { id: 'state.retry' })}
        </button>`}
  </div>`;
}
