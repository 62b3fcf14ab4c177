import { css } from 'lit';

/**
 * The console's own look, over the forms' (`../base/form.styles.ts`: fields, text areas, radios,
 * the notice), the filter bar's (`../base/filter-bar.styles.ts`) and the tables'
 * (`../base/table.styles.ts`); colours, spacing and the text's size, line height and spacing
 * come from the tokens (`../base/styles.ts`). Every length is in `em`. The layout follows the console's own width (a container query), not the
 * window's: from 320 px, columns of the tables give way (the dossier keeps them all) rather
 * than the page scrolling sideways.
 */
export const consoleStyles = css`
  :host {
    container-name: bc-console;
    max-width: var(--bc-console-max-width, 90em);
  }

  .console,
  .panel,
  .form,
  .decision {
    display: grid;
    /* One column no wider than the widget: a select is as wide as its longest option in WebKit. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }

  .heading {
    color: var(--_primary);
    overflow-wrap: anywhere;
  }

  .subheading {
    font-size: 1.125em;
  }

  /* ——— the bar of screens ——— */

  .nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding: 0.5em 0;
    border-bottom: 1px solid var(--_border);
  }

  .campaign {
    flex: 1 1 12em;
    font-weight: 700;
  }

  .nav .bc-button {
    border-color: transparent;
  }

  .nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .nav [aria-current] {
    text-decoration: underline 0.15em;
    text-underline-offset: 0.3em;
  }

  /* ——— fields ——— */

  /* The panel's gap spaces the filter bar. */
  .filters {
    margin: 0;
  }

  .filters--one {
    grid-template-columns: minmax(0, 40em);
  }

  .field--search {
    grid-column: 1 / -1;
  }

  .filter-actions,
  .actions,
  .token-row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5em;
  }

  /*
   * When the widget narrows, WebKit lays the select's box out again but keeps its text at the
   * width of the first layout (its longest option's), as overflow that makes the console scroll
   * sideways. Contained, a select's text never counts outside its box.
   */
  select {
    contain: paint;
  }

  .token-row input {
    flex: 1 1 12em;
    width: auto;
  }

  .token-row {
    max-width: 40em;
  }

  /* A radio or checkbox with its label beside it: the forms' \`.option\`, in plain text. */
  .choice {
    font-weight: 400;
    cursor: pointer;
  }

  .count {
    min-height: 1.5em;
    font-weight: 700;
  }

  /* ——— tables ——— */

  /*
   * Fixed layout: the columns' widths come from the header, not from measuring 500 rows (three
   * times faster to lay out in WebKit, measured in the browser tests). The title takes the rest.
   */
  .table {
    table-layout: fixed;
  }

  .col-holder {
    width: 16%;
  }

  .col-commune {
    width: 11%;
  }

  .col-category {
    width: 14%;
  }

  .col-amount,
  .col-status {
    width: 7.5em;
  }

  .col-date {
    width: 8em;
  }

  .col-check,
  .col-used {
    width: 9em;
  }

  caption {
    padding: 0 0 0.5em;
    text-align: start;
    font-weight: 700;
  }

  th,
  td {
    overflow-wrap: anywhere;
  }

  tbody th {
    font-weight: 400;
  }

  .sort,
  .open {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    text-align: start;
    cursor: pointer;
  }

  .sort {
    font-weight: 700;
  }

  .sort-mark {
    margin-inline-start: 0.25em;
  }

  .open {
    text-decoration: underline;
  }

  td.col-amount {
    text-align: end;
    white-space: nowrap;
  }

  .col-holder,
  .col-commune,
  .col-category,
  .col-date,
  .col-amount,
  .col-used {
    display: none;
  }

  @container bc-console (min-width: 26em) {
    .col-amount {
      display: table-cell;
    }
  }

  @container bc-console (min-width: 36em) {
    .col-date,
    .col-used {
      display: table-cell;
    }
  }

  @container bc-console (min-width: 52em) {
    .col-holder,
    .col-commune,
    .col-category {
      display: table-cell;
    }
  }

  .status {
    display: inline-block;
    padding: 0 0.5em;
    border-radius: var(--_radius);
    background: var(--_accent-bg);
    color: var(--_accent-text);
    font-weight: 700;
  }

  .status--labelled {
    background: var(--_success-bg);
    color: var(--_success-text);
  }

  .status--rejected {
    background: var(--_error-bg);
    color: var(--_error);
  }

  /* ——— a dossier ——— */

  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    gap: 0.75em 1.5em;
    margin: 0;
  }

  .facts dt {
    color: var(--_text-muted);
  }

  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .text {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  .text p + p {
    margin-top: 0.75em;
  }

  .decision {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-top: 0.25em solid var(--_primary);
    border-radius: var(--_radius);
  }

  .notice--closed {
    border-color: var(--_error);
    background: var(--_error-bg);
    color: var(--_error);
    font-weight: 700;
  }

  .reason,
  .result {
    display: grid;
    gap: 0.5em;
    padding: 0.5em 1em;
    border-inline-start: 0.25em solid var(--_success-text);
    background: var(--_surface-alt);
  }

  .reason {
    margin: 0;
    border-inline-start-color: var(--_border-strong);
  }

  .result--already {
    border-inline-start-color: var(--_error);
  }

  .result-title {
    font-weight: 700;
  }

  code {
    font-family: ui-monospace, monospace;
  }

  dialog {
    width: min(100% - 2em, 36em);
    max-height: calc(100% - 2em);
    padding: calc(var(--_space) * 1.5);
    border: 0;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 0.5em 2em rgb(0 0 0 / 0.3);
  }

  dialog[open] {
    display: grid;
    gap: var(--_space);
  }

  dialog::backdrop {
    background: rgb(22 22 22 / 0.64);
  }

  .dialog-title {
    font-size: 1.25em;
    color: var(--_primary);
  }

  .confirm-summary {
    font-weight: 700;
    overflow-wrap: anywhere;
  }
`;
