import { css } from 'lit';

/** The status widget's own look (its form: `../dossier-form/fields.styles.ts`). */
export const dossierStatusStyles = css`
  :host {
    max-width: var(--bc-dossier-max-width, 48em);
  }

  .status,
  .result {
    display: grid;
    gap: var(--_space);
  }

  .result {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }

  .result-title {
    font-size: 1.25em;
  }

  .badge {
    display: inline-block;
    padding: 0.125em 0.5em;
    border-radius: var(--_radius);
    background: var(--_accent-bg);
    color: var(--_accent-text);
    font-weight: 700;
  }

  .labelled {
    background: var(--_success-bg);
    color: var(--_text);
  }

  .rejected {
    background: var(--_error-bg);
    color: var(--_text);
  }

  .label {
    font-weight: 700;
  }

  /* The committee's reason, as written: its line breaks kept, never read as HTML. */
  .reason {
    white-space: pre-line;
  }
`;
