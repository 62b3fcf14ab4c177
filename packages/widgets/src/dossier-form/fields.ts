/**
 * Native form controls with a visible label, a hint and an error tied by `aria-describedby`,
 * without words of their own: a text field (an `<input>` or a `<textarea>`), a group of radio
 * buttons, a checkbox. The dossier form's and the status form's. A control's id is
 * `bc-<name>`; its hint, error and counter are `bc-<name>-hint`, `-error` and `-count`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

type Text = string | TemplateResult;

export function renderFieldError(id: string, text: string | undefined): TemplateResult | typeof nothing {
  return text ? html`<p part="field-error" class="error" id=${id}>${text}</p>` : nothing;
}

interface Described {
  /** The control's name; its id is `bc-<name>`. */
  name: string;
  hint?: Text | undefined;
  error?: string | undefined;
}

const describedBy = (v: Described, count = false): string | typeof nothing =>
  [v.hint && `bc-${v.name}-hint`, v.error && `bc-${v.name}-error`, count && `bc-${v.name}-count`].filter(Boolean).join(' ') || nothing;

const hintAndError = (v: Described) =>
  html`${v.hint ? html`<p class="hint" id="bc-${v.name}-hint">${v.hint}</p>` : nothing}${renderFieldError(`bc-${v.name}-error`, v.error)}`;

export interface TextFieldView extends Described {
  label: string;
  value: string;
  onInput(value: string): void;
  type?: 'text' | 'email';
  /** A `<textarea>`, for plain text over several lines. */
  multiline?: boolean;
  autocomplete?: string;
  inputmode?: 'decimal' | 'text';
  /** Under the control, with the id `bc-<name>-count` (a character counter). */
  counter?: TemplateResult | undefined;
}

export function renderTextField(v: TextFieldView): TemplateResult {
  const id = `bc-${v.name}`;
  const input = (e: Event) => v.onInput((e.target as HTMLInputElement | HTMLTextAreaElement).value);
  const invalid = v.error ? 'true' : nothing;
  return html`<div part="field" class="field">
    <label part="label" for=${id}>${v.label}</label>
    ${hintAndError(v)}
    ${v.multiline
      ? html`<textarea
          part="input textarea"
          id=${id}
          name=${v.name}
          rows="6"
          aria-invalid=${invalid}
          aria-describedby=${describedBy(v, Boolean(v.counter))}
          .value=${live(v.value)}
          @input=${input}
        ></textarea>`
      : html`<input
          part="input"
          id=${id}
          name=${v.name}
          type=${v.type ?? 'text'}
          autocomplete=${v.autocomplete ?? 'off'}
          inputmode=${v.inputmode ?? nothing}
          spellcheck="false"
          aria-invalid=${invalid}
          aria-describedby=${describedBy(v)}
          .value=${live(v.value)}
          @input=${input}
        />`}
    ${v.counter ?? nothing}
  </div>`;
}

export interface ChoicesView extends Described {
  legend: string;
  value: string;
  /** Value and label of each radio button. */
  options: ReadonlyArray<readonly [value: string, label: string]>;
  onChange(value: string): void;
}

/** Radio buttons in a fieldset whose id is `bc-<name>` (focusing it focuses its chosen option). */
export function renderChoices(v: ChoicesView): TemplateResult {
  return html`<fieldset part="field" class="field" id="bc-${v.name}" aria-describedby=${describedBy(v)}>
    <legend part="label">${v.legend}</legend>
    ${hintAndError(v)}
    ${v.options.map(
      ([value, label], i) => html`<div class="option">
        <input
          id="bc-${v.name}-${i}"
          type="radio"
          name=${v.name}
          .value=${value}
          .checked=${live(v.value === value)}
          @change=${() => v.onChange(value)}
        />
        <label for="bc-${v.name}-${i}">${label}</label>
      </div>`,
    )}
  </fieldset>`;
}

export interface CheckboxView extends Described {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}

export function renderCheckbox(v: CheckboxView): TemplateResult {
  return html`<div part="field" class="field option">
    ${renderFieldError(`bc-${v.name}-error`, v.error)}
    <input
      id="bc-${v.name}"
      type="checkbox"
      name=${v.name}
      aria-invalid=${v.error ? 'true' : nothing}
      aria-describedby=${describedBy(v)}
      .checked=${live(v.checked)}
      @change=${(e: Event) => v.onChange((e.target as HTMLInputElement).checked)}
    />
    <label part="label" for="bc-${v.name}">${v.label}</label>
  </div>`;
}
