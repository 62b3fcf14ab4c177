import { css } from 'lit';

/**
 * The look of a filter bar (filter-select.ts): the gallery's, the agenda's, the committee
 * console's. A grid of label + control pairs that wraps by the widget's width; each control a
 * full-width field. Beside the forms' look (form.styles.ts), list this sheet first: outside the
 * bar, the forms' fields win.
 */
export const filterBarStyles = css`
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
    gap: 1em;
    margin: 0 0 1em;
    padding: var(--_space);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-width: 0;
  }

  input:not([type='radio'], [type='checkbox']),
  select {
    width: 100%;
    min-height: 2.5em;
    padding: 0.5em 0.75em;
    border: 0;
    border-bottom: 2px solid var(--_text);
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: var(--_input-bg);
    color: var(--_text);
  }
`;
