import { css } from 'lit';

/**
 * The forms' common look (the ballot's, the dossier form's, the status form's, the committee
 * console's): fields with their label, hint and error, native inputs and text areas, checkboxes
 * and radios with their label beside them (`.check`, `.option`), the error summary and the
 * notices at the top of a step, a button whose request is on its way. Each widget adds its own
 * layout. Sizes in em: they follow the widget's text size.
 */
export const formStyles = css`
  form {
    display: grid;
    gap: var(--_space);
    min-width: 0;
    margin: 0;
  }

  p {
    margin: 0;
  }

  .heading {
    font-size: 1.5em;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  legend,
  label,
  dt,
  .summary-title {
    padding: 0;
    font-weight: 700;
  }

  .hint {
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .error {
    color: var(--_error);
    font-weight: 700;
  }

  /* A filter bar's fields have the filter bar's look (filter-bar.styles.ts). */
  input:not([type='radio'], [type='checkbox'], .filters *),
  textarea {
    width: 100%;
    max-width: 30em;
    min-height: 2.5em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border-strong);
    border-bottom: 2px solid var(--_text);
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: var(--_surface-alt);
    color: var(--_text);
  }

  textarea {
    max-width: none;
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: var(--_error) !important;
  }

  .check,
  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.5em;
    align-items: start;
  }

  .check > :not(input),
  .option > :not(input) {
    grid-column: 2;
    overflow-wrap: anywhere;
  }

  input[type='radio'],
  input[type='checkbox'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0.125em 0 0;
    accent-color: var(--_primary);
  }

  .summary,
  .notice {
    padding: var(--_space);
    border-left: 0.25em solid var(--_error);
    background: var(--_error-bg);
  }

  .notice {
    border-color: var(--_primary);
    background: var(--_accent-bg);
  }

  .summary a {
    color: var(--_error);
  }

  .bc-button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
`;
