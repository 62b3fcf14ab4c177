/**
 * The registration dialog's content: the form (labels, autocomplete, messages next to the
 * fields), then the outcome (confirmed or waitlisted, with the registration code first and
 * foremost), or what prevented it.
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { errorMessage } from '../base/states.js';
import type { Lang } from '../base/i18n.js';
import { renderWhen, whereText } from './comptoir-template.js';
import type { RegistrationController, RegistrationState } from './registration.js';
import { fieldMessage, type Field } from './registration-validation.js';

export interface RegistrationView {
  controller: RegistrationController;
  lang: Lang;
  icsHref: string | undefined;
}

function renderField(s: RegistrationState, field: Field, label: string, type: string, hint?: string): TemplateResult {
  const problem = s.errors[field];
  const id = `bc-reg-${field}`;
  const described = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div part="field" class="field">
    <label part="label" for=${id}>${label}</label>
    ${hint ? html`<p id="${id}-hint" class="hint">${hint}</p>` : nothing}
    <input
      part="input"
      id=${id}
      name=${field}
      type=${type}
      autocomplete=${field}
      spellcheck="false"
      required
      aria-invalid=${problem ? 'true' : 'false'}
      aria-describedby=${described || nothing}
    />
    ${problem ? html`<p part="field-error" id="${id}-error" class="field-error">${fieldMessage(field, problem)}</p>` : nothing}
  </div>`;
}

function problemMessage(s: RegistrationState): string {
  switch (s.problem) {
    case 'closed':
      return msg('Les inscriptions à ce comptoir sont closes.', { id: 'agenda.problem-closed' });
    case 'started':
      return msg('Ce comptoir a commencé : les inscriptions sont closes. Choisissez un autre comptoir dans l’agenda.', {
        id: 'agenda.problem-started',
      });
    case 'rejected':
      return msg('Votre nom ou votre adresse e-mail n’a pas été accepté : vérifiez-les.', { id: 'agenda.problem-rejected' });
    default:
      return isNetworkish(s.error)
        ? errorMessage(s.error)
        : msg('Votre inscription n’a pas pu être enregistrée. Réessayez dans un instant.', { id: 'agenda.problem-failed' });
  }
}

function isNetworkish(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  return code === 'network_error' || code === 'timeout' || code === 'rate_limited';
}

function renderForm(v: RegistrationView, s: RegistrationState): TemplateResult {
  const final = s.problem === 'closed' || s.problem === 'started';
  return html`${s.comptoir.registration === 'full'
      ? html`<p part="notice" class="notice">
          ${msg('Ce comptoir est complet : votre inscription sera enregistrée en liste d’attente.', { id: 'agenda.full-notice' })}
        </p>`
      : nothing}
    ${s.problem ? html`<p part="form-error" class="form-error" role="alert">${problemMessage(s)}</p>` : nothing}
    ${final
      ? nothing
      : html`<form part="form" class="form" novalidate aria-busy=${s.sending ? 'true' : 'false'} @submit=${v.controller.submit}>
          <p class="hint">${msg('Tous les champs sont obligatoires.', { id: 'agenda.required' })}</p>
          ${renderField(s, 'name', msg('Prénom et nom', { id: 'agenda.name' }), 'text')}
          ${renderField(s, 'email', msg('Adresse e-mail', { id: 'agenda.email' }), 'email', msg('Exemple : prenom.nom@exemple.fr', { id: 'agenda.email-hint' }))}
          <p class="dialog-actions">
            <button part="button submit-button" type="submit" class="bc-button" aria-disabled=${s.sending ? 'true' : 'false'}>
              ${s.sending
                ? msg('Inscription en cours…', { id: 'agenda.sending' })
                : msg('Confirmer l’inscription', { id: 'agenda.submit' })}
            </button>
          </p>
        </form>`}`;
}

function renderResult(v: RegistrationView, s: RegistrationState): TemplateResult {
  const r = s.result!;
  const waitlisted = r.status === 'waitlisted';
  return html`<p part="result-message">
      ${waitlisted
        ? msg(
            'Le comptoir est complet : votre inscription est enregistrée en liste d’attente, sans place réservée pour le moment.',
            { id: 'agenda.result-waitlisted' },
          )
        : msg('Votre place est réservée.', { id: 'agenda.result-confirmed' })}
    </p>
    <div part="code-box" class="code-box">
      <p id="bc-reg-code-label" class="code-label">${msg('Votre code d’inscription', { id: 'agenda.code-label' })}</p>
      <p part="code" class="code" aria-labelledby="bc-reg-code-label">${r.code}</p>
      <p>
        ${msg(
          'Conservez ce code : il vous sera demandé pour déposer votre dossier, une fois votre participation au comptoir enregistrée.',
          { id: 'agenda.code-why' },
        )}
      </p>
      <p class="dialog-actions">
        <button part="button copy-button" type="button" class="bc-button bc-button--secondary" @click=${v.controller.copy}>
          ${msg('Copier le code', { id: 'agenda.copy' })}
        </button>
        <span part="copy-status" role="status">${s.copy === 'copied'
          ? msg('Code copié.', { id: 'agenda.copied' })
          : s.copy === 'selected'
            ? msg('Le code est sélectionné : copiez-le avec Ctrl+C (ou Cmd+C).', { id: 'agenda.selected' })
            : ''}</span>
      </p>
    </div>
    ${v.icsHref && !waitlisted
      ? html`<p><a part="ics-link" href=${v.icsHref} type="text/calendar">${msg('Ajouter à mon agenda', { id: 'agenda.add-to-calendar' })}</a></p>`
      : nothing}`;
}

export function renderRegistration(v: RegistrationView): TemplateResult | typeof nothing {
  const s = v.controller.state;
  if (!s) return nothing;
  const c = s.comptoir;
  const title = s.result
    ? s.result.status === 'waitlisted'
      ? msg('Inscription en liste d’attente', { id: 'agenda.title-waitlisted' })
      : msg('Inscription confirmée', { id: 'agenda.title-confirmed' })
    : msg('S’inscrire au comptoir', { id: 'agenda.title-register' });
  return html`<div part="dialog-body" class="dialog-body">
    <div class="dialog-header">
      <h2 part="dialog-title" id="bc-reg-title" tabindex="-1">${title}</h2>
      <button part="button dialog-close" type="button" class="bc-button bc-button--secondary" @click=${v.controller.close}>
        ${msg('Fermer', { id: 'agenda.close' })}
      </button>
    </div>
    <div part="dialog-comptoir" class="dialog-comptoir">
      <p class="dialog-comptoir-title">${c.title}</p>
      <p>${renderWhen(c, v.lang)}</p>
      <p>${whereText(c)}</p>
    </div>
    ${s.result ? renderResult(v, s) : renderForm(v, s)}
  </div>`;
}
