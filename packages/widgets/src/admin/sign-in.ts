/**
 * The console's door: the committee's token, typed in a password field that a button shows or
 * hides. The token is read from the field when the form is sent and the field is emptied at
 * once: it never sits in the page, in an attribute or in a log.
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Labels } from '../base/labels.js';
import type { AuthProblem } from './console-flow.js';
import { renderHeading, type PanelView } from './panel-view.js';

export interface SignInView extends PanelView {
  /** The token is shown in clear (the "Afficher" button is pressed). */
  reveal: boolean;
  onReveal(): void;
}

const PROBLEMS = {
  empty: () => msg('Saisissez le jeton du comité.', { id: 'admin.token-empty' }),
  forbidden: () => msg("Ce jeton est celui d'un votant : il ne donne pas accès à la console du comité.", { id: 'admin.token-forbidden' }),
  expired: () => msg("Votre jeton n'est plus accepté (il a peut-être été renouvelé) : saisissez le nouveau.", { id: 'admin.token-expired' }),
  unauthorized: () => msg("Ce jeton n'est pas valide. Vérifiez-le auprès du service du budget citoyen.", { id: 'admin.token-invalid' }),
} satisfies Labels<AuthProblem>;

export function renderSignIn(v: SignInView): TemplateResult {
  const { flow } = v;
  const problem = flow.authProblem;
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const input = (e.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('#bc-token')!;
    const typed = input.value;
    input.value = '';
    void flow.signIn(typed);
  };
  return html`<section part="sign-in" class="panel">
    ${renderHeading(v.heading(), msg('Console du comité de labellisation', { id: 'admin.sign-in' }))}
    <p>${msg("Saisissez le jeton d'accès du comité. Il est gardé le temps de cet onglet, jusqu'à ce que vous vous déconnectiez.", { id: 'admin.sign-in-intro' })}</p>
    <form part="sign-in-form" class="form" novalidate @submit=${submit}>
      <div part="field" class="field">
        <label part="label" for="bc-token">${msg("Jeton d'accès du comité", { id: 'admin.token' })}</label>
        <div class="token-row">
          <input
            part="input"
            id="bc-token"
            name="token"
            type=${v.reveal ? 'text' : 'password'}
            autocomplete="current-password"
            autocapitalize="off"
            spellcheck="false"
            aria-invalid=${!!problem}
            aria-describedby=${problem ? 'bc-token-error' : nothing}
          />
          <button part="button reveal-button" type="button" class="bc-button bc-button--secondary" aria-pressed=${v.reveal} @click=${v.onReveal}>
            ${msg('Afficher le jeton', { id: 'admin.reveal' })}
          </button>
        </div>
        ${problem ? html`<p part="field-error" id="bc-token-error" class="error" role="alert">${PROBLEMS[problem]()}</p>` : nothing}
      </div>
      <p>
        <button part="button sign-in-button" type="submit" class="bc-button" aria-disabled=${flow.checking}>
          ${flow.checking ? msg('Vérification du jeton…', { id: 'admin.checking' }) : msg('Entrer dans la console', { id: 'admin.enter' })}
        </button>
      </p>
    </form>
  </section>`;
}
