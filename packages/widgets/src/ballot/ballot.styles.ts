import { css } from 'lit';

/**
 * The ballot's own look, over the forms' common one (`../base/form.styles.ts`); colours and
 * spacing come from the tokens (`../base/styles.ts`).
 */
export const ballotStyles = css`
  :host {
    max-width: var(--bc-ballot-max-width, 48em);
    container-name: bc-ballot;
  }

  .ballot,
  .receipt,
  .review,
  .options {
    display: grid;
    gap: var(--_space);
    margin: 0;
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

  .check label,
  .option--none label {
    font-weight: 400;
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

  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .receipt {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-top: 0.25em solid var(--_success-text);
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
