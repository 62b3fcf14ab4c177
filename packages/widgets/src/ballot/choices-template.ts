/**
 * One category of the ballot: its labelled projects as a radio group (or checkboxes, up to
 * `voting.choicesPerCategory`), each with its commune, its amount and a disclosure of its
 * summary and description, bound as text (citizens' input, never HTML).
 */
import { msg, str } from '@lit/localize';
import type { Project } from '@budget-citoyen/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { formatMoney } from '../base/format.js';
import type { Lang } from '../base/i18n.js';
import { categoryLabel } from '../base/labels.js';

export interface CategoryView {
  id: string;
  /** The campaign's name of the category. */
  name: string;
  projects: readonly Project[];
  /** `undefined`: not answered yet (nothing ticked); `[]`: "no project" chosen. */
  chosen: readonly string[] | undefined;
  /** `voting.choicesPerCategory`: checkboxes above 1. */
  max: number;
  /** Shown next to the legend and tied to the fieldset. */
  error: string | undefined;
  lang: Lang;
  onChange(projectId: string, on: boolean): void;
}

/** `''`: the ballot as a whole has no choice; a category id: that category's choice is refused. */
export function choiceError(category: string): string {
  return category
    ? msg('Ce choix n’est pas possible : choisissez un autre projet, ou aucun.', { id: 'ballot.err.choice' })
    : msg('Choisissez au moins un projet, dans une catégorie au moins.', { id: 'ballot.err.no-choice' });
}

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .filter((t) => t.trim())
    .map((t) => html`<p>${t}</p>`);

/**
 * `lead`: the first project of a category with nothing checked. A radio group is one Tab stop,
 * on its checked option, else on its first: said with `tabindex`, as WebKit otherwise stops on
 * each unchecked radio between two "Détails du projet".
 */
function renderProject(p: Project, v: CategoryView, lead: boolean): TemplateResult {
  const id = `bc-p-${p.id}`;
  const checked = !!v.chosen?.includes(p.id);
  return html`<li part="project" class="option">
    <input
      type=${v.max > 1 ? 'checkbox' : 'radio'}
      id=${id}
      name="bc-${v.id}"
      value=${p.id}
      aria-describedby="${id}-meta"
      tabindex=${v.max > 1 || checked || lead ? nothing : -1}
      ?disabled=${v.max > 1 && !checked && (v.chosen ?? []).length >= v.max}
      .checked=${checked}
      @change=${(e: Event) => v.onChange(p.id, (e.target as HTMLInputElement).checked)}
    />
    <label for=${id}>${p.title}</label>
    <p class="hint" id="${id}-meta">
      ${p.commune.name}<span aria-hidden="true"> · </span>${formatMoney(p.requestedAmountCents, v.lang)}
    </p>
    <details part="details">
      <summary>${msg('Détails du projet', { id: 'ballot.details' })}<span class="bc-visually-hidden"> : ${p.title}</span></summary>
      ${p.summary ? html`<p><strong>${p.summary}</strong></p>` : nothing} ${paragraphs(p.description)}
    </details>
  </li>`;
}

export function renderCategory(v: CategoryView): TemplateResult {
  const multiple = v.max > 1;
  const errorId = `bc-cat-${v.id}-error`;
  const hintId = `bc-cat-${v.id}-hint`;
  return html`<fieldset
    part="category"
    class="category"
    id="bc-cat-${v.id}"
    aria-describedby=${[multiple && hintId, v.error && errorId].filter(Boolean).join(' ') || nothing}
  >
    <legend part="label">${categoryLabel(v.id, v.name)}</legend>
    ${multiple ? html`<p class="hint" id=${hintId}>${msg(str`Jusqu'à ${v.max} projets.`, { id: 'ballot.up-to' })}</p>` : nothing}
    ${v.error ? html`<p part="field-error" class="error" id=${errorId}>${v.error}</p>` : nothing}
    <ul class="options" role="list">
      ${v.projects.map((p, i) => renderProject(p, v, !i && !v.chosen?.some((id) => v.projects.some((q) => q.id === id)) && v.chosen?.length !== 0))}
      ${multiple
        ? nothing
        : html`<li class="option option--none">
            <input
              type="radio"
              id="bc-none-${v.id}"
              name="bc-${v.id}"
              value=""
              tabindex=${v.chosen?.length === 0 ? nothing : -1}
              .checked=${v.chosen?.length === 0}
              @change=${() => v.onChange('', false)}
            />
            <label for="bc-none-${v.id}">${msg('Aucun projet dans cette catégorie', { id: 'ballot.none' })}</label>
          </li>`}
    </ul>
  </fieldset>`;
}
