import { css } from 'lit';

/**
 * The look of `fields.ts`'s controls, of error summaries and of the top-of-step notices, for
 * the dossier form and the status form. Sizes in em: they follow the widget's text size.
 */
export const fieldsStyles = css`
  form,
  .group {
    display: grid;
    gap: var(--_space);
    min-width: 0;
    margin: 0;
  }

  p {
    margin: 0;
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

  .hint,
  .counter {
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .error,
  .counter.over {
    color: var(--_error);
    font-weight: 700;
  }

  input:not([type='radio'], [type='checkbox']),
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
    font: inherit;
  }

  textarea {
    max-width: none;
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: var(--_error) !important;
  }

  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.5em;
    align-items: start;
  }

  .option > :not(input) {
    grid-column: 2;
    overflow-wrap: anywhere;
  }

  .option label {
    font-weight: 400;
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

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
  }

  .bc-button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }

  .heading {
    font-size: 1.5em;
  }
`;
