/** A labelled text area with its hint and, when invalid, its error: the decision's reason, the attendance's codes. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

export interface TextareaField {
  /** The text area's id; its hint's is `<id>-hint`. */
  id: string;
  label: string;
  hint: string;
  rows: number;
  value: string;
  onInput(value: string): void;
  /** The error shown under the field, and its element's id; none while the field is valid. */
  error?: { id: string; message: TemplateResult } | undefined;
  /** Codes typed: capitals on phones, no spell check. */
  codes?: boolean;
}

export function renderTextareaField(f: TextareaField): TemplateResult {
  const hint = `${f.id}-hint`;
  return html`<div part="field" class="field">
    <label part="label" for=${f.id}>${f.label}</label>
    <p class="hint" id=${hint}>${f.hint}</p>
    <textarea
      part="input"
      id=${f.id}
      rows=${f.rows}
      autocapitalize=${f.codes ? 'characters' : nothing}
      spellcheck=${f.codes ? 'false' : nothing}
      aria-invalid=${!!f.error}
      aria-describedby=${f.error ? `${hint} ${f.error.id}` : hint}
      .value=${live(f.value)}
      @input=${(e: Event) => f.onInput((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    ${f.error?.message ?? nothing}
  </div>`;
}
