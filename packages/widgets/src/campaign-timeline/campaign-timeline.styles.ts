import { css } from 'lit';

/**
 * A vertical list of phases, each with a bar on its side (the primary colour while it is open);
 * `layout="compact"`: names and states in a row, wrapping as the widget narrows. The state is
 * always said in words: the bars only repeat it.
 */
export const timelineStyles = css`
  ol {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  li {
    padding-left: 0.75em;
    border-left: 0.25em solid var(--_border);
    overflow-wrap: anywhere;
  }

  .open {
    border-color: var(--_primary);
  }

  [aria-current] {
    background: var(--_accent-bg);
  }

  p {
    margin: 0;
  }

  :host([layout='compact']) ol {
    display: flex;
    flex-wrap: wrap;
  }

  :host([layout='compact']) :is(.dates, slot) {
    display: none;
  }
`;
