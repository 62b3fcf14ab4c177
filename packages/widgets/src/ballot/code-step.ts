/**
 * Step 1, its end: "Vérifiez votre adresse e-mail". Where the 6-digit code went and until when
 * it is good, its field (numeric keyboard, the one-time code the device may offer), "Valider",
 * "Modifier mon adresse e-mail", and "Renvoyer le code" once the server allows another: until
 * then, a countdown in its description, which a screen reader reads on focus rather than each
 * second (the flow's live region says once when it is over).
 */
import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { formatTime } from '../base/format.js';
import { isSingular, type Lang } from '../base/i18n.js';
import { renderStepHeader, renderTextField } from './form-template.js';
import type { StepView } from './step-view.js';

/** `BallotFlow.codeError` in words. */
function codeMessage(n: number | undefined, lang: Lang): string | undefined {
  return n === undefined
    ? n
    : !n
      ? msg('Saisissez les 6 chiffres du code reçu par e-mail.', { id: 'ballot.err.code' })
      : n < 0
        ? msg("Ce n'est pas le code envoyé par e-mail.", { id: 'ballot.err.code-wrong' })
        : isSingular(n, lang)
      ? msg(str`Ce n'est pas le code envoyé par e-mail. Il vous reste ${n} essai.`, { id: 'ballot.err.code-wrong-one' })
      : msg(str`Ce n'est pas le code envoyé par e-mail. Il vous reste ${n} essais.`, { id: 'ballot.err.code-wrong-many' });
}

export function renderCodeStep(v: StepView): TemplateResult {
  const { flow, lang } = v;
  const sent = flow.draft.verification!;
  const wait = flow.resendIn();
  const submit = (e: Event) => {
    e.preventDefault();
    void flow.submitCode();
  };
  return html`${renderStepHeader(1, msg('Vérifiez votre adresse e-mail', { id: 'ballot.code' }), v.heading())}
    ${v.topError}
    <form novalidate @submit=${submit}>
      <p class="intro">
        ${msg(str`Nous avons envoyé un code à 6 chiffres à ${sent.email}. Il est valable jusqu'à ${formatTime(sent.expiresAt, lang)}.`, {
          id: 'ballot.code-sent',
        })}
      </p>
      ${renderTextField({
        name: 'code',
        label: msg('Code reçu par e-mail', { id: 'ballot.code-label' }),
        type: 'text',
        autocomplete: 'one-time-code',
        inputmode: 'numeric',
        hint: msg('6 chiffres. Pensez à regarder dans vos courriers indésirables.', { id: 'ballot.code-hint' }),
        error: codeMessage(flow.codeError, lang),
        value: flow.code,
        onInput: (value) => flow.setCode(value),
      })}
      <div class="actions">
        <button part="button back-button" class="bc-button bc-button--secondary" type="button" @click=${() => flow.changeEmail()}>
          ${msg('Modifier mon adresse e-mail', { id: 'ballot.change-email' })}
        </button>
        <button part="button next-button" class="bc-button" type="submit" aria-disabled=${flow.busy ? 'true' : 'false'}>
          ${msg('Valider', { id: 'ballot.validate' })}
        </button>
        <button
          part="button resend-button"
          class="bc-button bc-button--secondary"
          type="button"
          aria-describedby="bc-resend-hint"
          aria-disabled=${wait || flow.busy ? 'true' : 'false'}
          @click=${() => void flow.resend()}
        >
          ${msg('Renvoyer le code', { id: 'ballot.resend' })}
        </button>
      </div>
      <p class="hint" id="bc-resend-hint">
        ${wait ? msg(str`Vous n'avez rien reçu ? Vous pourrez demander un nouveau code dans ${wait} s.`, { id: 'ballot.resend-wait' }) : ''}
      </p>
    </form>`;
}
