import { css } from 'lit';

export const liveResultsStyles = css`
  :host {
    container-name: bc-results;
  }

  /* The ranking's layout follows the widget's own width, not the page's. */
  .results {
    container-type: inline-size;
  }

  .results > * + * {
    margin-top: calc(var(--_space) * 1.5);
  }

  .title {
    color: var(--_primary);
    font-size: 1.5em;
  }

  .category-title {
    font-size: 1.25em;
  }

  .header p {
    margin: 0.25em 0 0;
  }

  .updated {
    color: var(--_text-muted);
  }

  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    margin: 0.5em 0;
  }

  .figures dt {
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .figures dd {
    margin: 0;
    font-weight: 700;
  }

  /* Until the narrow layout: a wide table scrolls in its own focusable region, not the page. */
  .table-scroll {
    overflow-x: auto;
  }

  table {
    font-variant-numeric: tabular-nums;
  }

  caption {
    text-align: start;
    font-weight: 500;
    padding: 0.5em 0;
  }

  thead th {
    border-bottom: 2px solid var(--_text);
    font-size: 0.875em;
  }

  tbody th {
    font-weight: 500;
  }

  .num {
    text-align: end;
    white-space: nowrap;
  }

  tr.funded > * {
    background: var(--_surface-alt);
  }

  .bar {
    display: block;
    min-width: 4em;
    height: 0.375em;
    margin-top: 0.25em;
    background: var(--bc-results-bar-bg, var(--_border));
  }

  .bar-fill {
    display: block;
    height: 100%;
    width: var(--_share, 0%);
    background: var(--bc-results-bar-color, var(--_primary));
    transition: width 0.4s ease-out;
  }

  .reason {
    display: block;
    margin-top: 0.25em;
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .cards {
    display: none;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .card {
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .card + .card {
    margin-top: 0.75em;
  }

  .card.funded {
    background: var(--_surface-alt);
  }

  .card-title {
    margin: 0 0 0.5em;
    font-weight: 700;
  }

  .card-values {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: 0.25em 1em;
    margin: 0;
  }

  .card-values > div {
    display: contents;
  }

  .card-values dt {
    color: var(--_text-muted);
  }

  .card-values dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }

  /* The funding and its reason: the card's whole width. */
  .card-values > div:last-child > * {
    grid-column: 1 / -1;
  }

  /* One card per project where six columns would not fit. */
  @container (max-width: 36em) {
    .table-scroll {
      display: none;
    }

    .cards {
      display: block;
    }
  }

  .results,
  .card-title,
  .reason,
  th {
    overflow-wrap: anywhere;
  }

  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border-radius: var(--_radius);
    background: var(--_success-bg);
    color: var(--_success-text);
    font-size: 0.875em;
    font-weight: 700;
  }

  .badge--rollover {
    background: var(--_accent-bg);
    color: var(--_accent-text);
  }

  .stale,
  .mismatch {
    padding: var(--_space);
    border: 1px solid var(--_error);
    border-left-width: 4px;
    background: var(--_error-bg);
  }

  .mismatch p {
    margin: 0;
  }

  .explanation {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  summary {
    padding: 0.75em var(--_space);
    color: var(--_primary);
    font-weight: 700;
    cursor: pointer;
  }

  .explanation-body {
    padding: 0 var(--_space) var(--_space);
  }

  .step-title {
    margin-top: var(--_space);
    font-size: 1.125em;
  }

  @media (prefers-reduced-motion: reduce) {
    .bar-fill {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .bar-fill {
      background: CanvasText;
    }
  }
`;
