/**
 * The form pieces every step shares: the step heading with its indicator, the error summary
 * (`../base/error-summary.ts`, with the ballot's title),
 * and native inputs with a visible label, a hint and an error tied by `aria-describedby`.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { renderErrorSummary as renderSummary } from '../base/error-summary.js';
import { isSingular, type Lang } from '../base/i18n.js';

/**
 * "Étape 2 sur 3" inside the step's heading (`heading`: its tag, an `<h2>` by default; focused
 * when the step starts), and its bar.
 */
export function renderStepHeader(n: number, title: string, heading: StaticValue): TemplateResult {
  return html`${staticHtml`<${heading} part="heading" class="heading" tabindex="-1">
      <span part="step" class="step">${msg(str`Étape ${n} sur 3`, { id: 'ballot.step' })}</span>
      ${title}
    </${heading}>`}
    <div part="progress" class="progress" aria-hidden="true">
      ${[1, 2, 3].map((i) => html`<span class=${i <= n ? 'on' : ''}></span>`)}
    </div>`;
}

/** Every error of the step, each a link that takes the focus to its field; `heading`: its title's tag. */
export function renderErrorSummary(
  items: Array<[id: string, text: string]>,
  lang: Lang,
  focus: (id: string) => void,
  heading: StaticValue,
): TemplateResult | typeof nothing {
  const n = items.length;
  const title = isSingular(n, lang)
    ? msg('Une erreur empêche de continuer :', { id: 'ballot.summary-one' })
    : msg(str`${n} erreurs empêchent de continuer :`, { id: 'ballot.summary-many' });
  return renderSummary(items, title, focus, heading);
}

export function renderFieldError(id: string, text: string | undefined): TemplateResult | typeof nothing {
  return text ? html`<p part="field-error" class="error" id=${id}>${text}</p>` : nothing;
}

export interface TextFieldView {
  /** The field's name; its input's id is `bc-<name>`. */
  name: string;
  label: string;
  type: 'text' | 'email';
  autocomplete: string;
  /** The virtual keyboard: `numeric` for a code. */
  inputmode?: string;
  hint?: string | undefined;
  error: string | undefined;
  value: string;
  onInput(value: string): void;
}

export function renderTextField(v: TextFieldView): TemplateResult {
  const id = `bc-${v.name}`;
  const describedBy = [v.hint && `${id}-hint`, v.error && `${id}-error`].filter(Boolean).join(' ');
  return html`<div part="field" class="field">
    <label part="label" for=${id}>${v.label}</label>
    ${v.hint ? html`<p class="hint" id="${id}-hint">${v.hint}</p>` : nothing} ${renderFieldError(`${id}-error`, v.error)}
    <input
      part="input"
      id=${id}
      name=${v.name}
      type=${v.type}
      autocomplete=${v.autocomplete}
      inputmode=${v.inputmode ?? nothing}
      spellcheck="false"
      aria-invalid=${v.error ? 'true' : nothing}
      aria-describedby=${describedBy || nothing}
      .value=${v.value}
      @input=${(e: Event) => v.onInput((e.target as HTMLInputElement).value)}
    />
  </div>`;
}

export interface DatePartView {
  part: 'day' | 'month' | 'year';
  id: string;
  label: string;
  /** The id of the birth date's error, when there is one. */
  errorId: string | undefined;
  value: string;
  onInput(value: string): void;
}

/** One of the birth date's three fields (day, month, year), as the French public services ask it. */
export function renderDatePart(v: DatePartView): TemplateResult {
  return html`<div class="field">
    <label for=${v.id}>${v.label}</label>
    <input
      part="input"
      id=${v.id}
      name="birth-${v.part}"
      inputmode="numeric"
      maxlength=${v.part === 'year' ? 4 : 2}
      autocomplete="bday-${v.part}"
      aria-invalid=${v.errorId ? 'true' : nothing}
      aria-describedby=${v.errorId ?? nothing}
      .value=${v.value}
      @input=${(e: Event) => v.onInput((e.target as HTMLInputElement).value)}
    />
  </div>`;
}
