import { css } from 'lit';

/** The commune combobox's list of suggestions, under its field (in em: it follows the widget's text size). */
export const communeComboboxStyles = css`
  .combo {
    position: relative;
    max-width: 30em;
  }

  .listbox {
    position: absolute;
    z-index: 1;
    inset: 100% 0 auto;
    max-height: 16em;
    margin: 0;
    padding: 0;
    overflow-y: auto;
    list-style: none;
    background: var(--_surface);
    border: 1px solid var(--_border-strong);
  }

  .listbox[hidden] {
    display: none;
  }

  [role='option'] {
    padding: 0.5em 0.75em;
    cursor: pointer;
  }

  [role='option'][aria-selected='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
    outline: 2px solid transparent;
  }
`;
