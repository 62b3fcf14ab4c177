/**
 * The select boxes of the filter bars (the gallery's, the agenda's), and their options by place:
 * the arrondissements and the communes of the département.
 */
import type { Commune } from '@budget-citoyen/sdk';
import { html, type TemplateResult } from 'lit';

/** `[value, text]`. */
export type SelectOption = [string, string];

export interface SelectView {
  id: string;
  name: string;
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange(event: Event): void;
}

export function renderSelect(v: SelectView): TemplateResult {
  return html`<div part="field" class="field">
    <label part="label" for=${v.id}>${v.label}</label>
    <select part="select" id=${v.id} name=${v.name} @change=${v.onChange}>
      ${v.options.map(([value, text]) => html`<option value=${value} ?selected=${value === v.value}>${text}</option>`)}
    </select>
  </div>`;
}

/** The arrondissements of `communes`, by code; `keep` (a filter set before they arrive) is listed too. */
export function arrondissementOptions(communes: readonly Commune[], keep = ''): SelectOption[] {
  const arrondissements = new Map<string, string>();
  for (const c of communes) arrondissements.set(c.arrondissement.code, c.arrondissement.name);
  if (keep && !arrondissements.has(keep)) arrondissements.set(keep, keep);
  return [...arrondissements].sort(([a], [b]) => a.localeCompare(b));
}

/** The communes of `arrondissement` (every one when empty), by name; `keep` is listed first if missing. */
export function communeOptions(communes: readonly Commune[], arrondissement: string, keep = ''): SelectOption[] {
  const options = communes
    .filter((c) => !arrondissement || c.arrondissement.code === arrondissement)
    .map((c): SelectOption => [c.code, c.name])
    .sort(([, a], [, b]) => a.localeCompare(b, 'fr'));
  if (keep && !options.some(([code]) => code === keep)) options.unshift([keep, keep]);
  return options;
}
