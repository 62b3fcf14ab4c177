/**
 * The error summary at the top of a form's step (the ballot's, the dossier form's): its title,
 * in the widget's words (how many errors prevent going on), then each error a link that takes
 * the focus to its field.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';

/** `items`: each error's field id and text; `heading`: the title's tag. Nothing when there is no error. */
export function renderErrorSummary(
  items: Array<[id: string, text: string]>,
  title: string,
  focus: (id: string) => void,
  heading: StaticValue,
): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  return html`<div part="error-summary" class="summary">
    ${staticHtml`<${heading} class="summary-title">${title}</${heading}>`}
    <ul>
      ${items.map(
        ([id, text]) => html`<li>
          <a
            href="#${id}"
            @click=${(e: Event) => {
              e.preventDefault();
              focus(id);
            }}
            >${text}</a
          >
        </li>`,
      )}
    </ul>
  </div>`;
}
