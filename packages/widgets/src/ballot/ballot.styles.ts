import { css } from 'lit';

/** The ballot's look; colours and spacing come from the tokens (`../base/styles.ts`). */
export const ballotStyles = css`
  :host {
    max-width: var(--bc-ballot-max-width, 48em);
    container-name: bc-ballot;
  }

  .ballot,
  form,
  .receipt,
  .review,
  .options {
    display: grid;
    gap: var(--_space);
    margin: 0;
  }

  p {
    margin: 0;
  }

  .heading {
    font-size: 1.5em;
  }

  .step {
    display: block;
    /* Small print (14 px of 16) inside the 1.5em heading. */
    font-size: calc(0.875em / 1.5);
    font-weight: 400;
    color: var(--_text-muted);
  }

  .progress {
    display: flex;
    gap: 0.25em;
  }

  .progress span {
    flex: 1;
    height: 0.375em;
    background: var(--_border);
  }

  .progress .on {
    background: var(--_primary);
  }

  .field,
  .date > div {
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
  .meta {
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .error {
    color: var(--_error);
    font-weight: 700;
  }

  input:not([type='radio'], [type='checkbox']) {
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

  [aria-invalid='true'] {
    border-color: var(--_error) !important;
  }

  .date {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
  }

  .date input {
    width: 4em;
  }

  .date > :last-child input {
    width: 6em;
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

  .check label,
  .option--none label {
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
    border-left: 4px solid var(--_error);
    background: var(--_error-bg);
  }

  .notice {
    border-color: var(--_primary);
    background: var(--_accent-bg);
  }

  .summary a {
    color: var(--_error);
  }

  .category {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }

  .category legend {
    font-size: 1.25em;
  }

  .options {
    padding: 0;
    list-style: none;
  }

  summary {
    width: fit-content;
    color: var(--_primary);
    cursor: pointer;
  }

  details p {
    margin-top: 0.5em;
  }

  /* Phones first: one button a line, as wide as the form; side by side where there is room. */
  .actions {
    display: grid;
    gap: 0.75em;
  }

  @container bc-ballot (min-width: 30em) {
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 1em;
    }
  }

  .bc-button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }

  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .receipt {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-top: 4px solid var(--_success-text);
  }

  .code {
    font: 700 1.25em/1.5 ui-monospace, monospace;
    letter-spacing: 0.05em;
  }

  @media print {
    .actions,
    .progress,
    button {
      display: none !important;
    }

    .receipt {
      border: 0;
    }
  }
`;
