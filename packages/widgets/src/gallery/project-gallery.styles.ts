import { css } from 'lit';

export const galleryStyles = css`
  :host {
    container-name: bc-gallery;
  }

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

  .field--search {
    grid-column: 1 / -1;
  }

  label {
    font-weight: 500;
  }

  input,
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

  .count {
    min-height: 1.5em;
    margin: 0 0 1em;
    font-weight: 500;
  }

  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--bc-card-min-width, 17em)), 1fr));
    gap: var(--bc-gallery-gap, 1.5em);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .list > li {
    /* Off-screen cards are neither laid out nor painted: hundreds stay cheap. */
    content-visibility: auto;
    contain-intrinsic-size: auto 30em;
  }

  .actions {
    display: flex;
    justify-content: center;
    margin: 1.5em 0 0;
  }

  dialog {
    width: min(100% - 2em, var(--bc-dialog-max-width, 48em));
    max-height: calc(100% - 2em);
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 0.5em 2em rgb(0 0 0 / 0.3);
  }

  dialog::backdrop {
    background: rgb(22 22 22 / 0.64);
  }

  .dialog-body {
    display: flex;
    flex-direction: column;
    gap: 1em;
    padding: calc(var(--_space) * 1.5);
  }

  .dialog-header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 1em;
  }

  .dialog-header h2 {
    font-size: 1.5em;
    color: var(--_primary);
    overflow-wrap: anywhere;
  }

  .dialog-header h2:focus {
    outline: none;
  }

  .dialog-header h2:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
  }

  .dialog-image {
    width: 100%;
    max-height: 20em;
    object-fit: cover;
  }

  .dialog-summary {
    margin: 0;
    font-weight: 500;
    overflow-wrap: anywhere;
  }

  .description p {
    margin: 0 0 0.75em;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .tags li {
    padding: 0 0.75em;
    border-radius: 1em;
    background: var(--_surface-alt);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }

  .dialog-body .actions {
    justify-content: flex-start;
    margin: 0;
  }
`;
