import { css } from 'lit';

/** The dossier form's own look (its controls: `fields.styles.ts`); printed, the receipt alone. */
export const dossierFormStyles = css`
  :host {
    max-width: var(--bc-dossier-max-width, 48em);
  }

  .dossier,
  .receipt,
  .review {
    display: grid;
    /* One column no wider than the widget, whatever the content's widest line. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    margin: 0;
  }

  .group {
    /*
     * Block, not grid: WebKit does not lay out again the legend of a grid fieldset when the
     * fieldset narrows (the legend keeps its first line, wider than the box). The grid's gap,
     * as margins.
     */
    display: flow-root;
    /* A fieldset is at least as wide as its content (min-content), a legend's line in WebKit. */
    min-inline-size: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .group > legend {
    font-size: 1.25em;
  }

  .group > :not(legend) + * {
    margin-block-start: var(--_space);
  }

  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  /* Plain text over several lines: its line breaks and blank lines as typed. */
  dd.text {
    white-space: pre-line;
  }

  .receipt {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-top: 0.25em solid var(--_success-text);
  }

  /* Longhands: the \`font\` shorthand would reset the line height to the font's own. */
  .code {
    font-family: ui-monospace, monospace;
    font-size: 1.25em;
    font-weight: 700;
    letter-spacing: 0.05em;
  }

  @media print {
    .actions,
    button,
    a {
      display: none !important;
    }

    .receipt {
      border: 0;
    }
  }
`;
