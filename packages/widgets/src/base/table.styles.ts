import { css } from 'lit';

/**
 * A data table's frame, the results' and the committee console's: full width, one line between
 * rows, every cell's text from the start and the top. Each widget adds its own columns,
 * caption and header.
 */
export const tableStyles = css`
  table {
    width: 100%;
    border-collapse: collapse;
  }

  th,
  td {
    padding: 0.5em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
`;
