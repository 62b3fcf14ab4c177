import { css } from 'lit';

/**
 * The filters' fold: on a wide gallery every filter shows beside the search; on a narrow one
 * (by the form's own width, not the page's) they fold behind "Filtrer (n)".
 */
export const filterStyles = css`
  .filters {
    container-type: inline-size;
  }

  .filter-toggle {
    display: none;
    justify-self: start;
  }

  .filter-panel {
    display: contents;
  }

  @container (max-width: 40em) {
    .filter-toggle {
      display: inline-flex;
      grid-column: 1 / -1;
    }

    .filter-panel {
      display: none;
    }

    .filter-panel.open {
      display: grid;
      grid-column: 1 / -1;
      gap: 1em;
    }
  }

  .actions {
    flex-wrap: wrap;
    gap: 0.5em;
  }
`;
