import { css } from 'lit';

export const galleryStyles = css`
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: 1rem;
    margin: 0 0 1rem;
    padding: var(--_space);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
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
    min-height: 2.5rem;
    padding: 0.5rem 0.75rem;
    border: 0;
    border-bottom: 2px solid var(--_text);
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: var(--_input-bg);
    color: var(--_text);
    font: inherit;
  }

  .count {
    min-height: 1.5em;
    margin: 0 0 1rem;
    font-weight: 500;
  }

  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--bc-card-min-width, 17rem)), 1fr));
    gap: var(--bc-gallery-gap, 1.5rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .list > li {
    /* Off-screen cards are neither laid out nor painted: hundreds stay cheap. */
    content-visibility: auto;
    contain-intrinsic-size: auto 30rem;
  }

  .actions {
    display: flex;
    justify-content: center;
    margin: 1.5rem 0 0;
  }

  dialog {
    width: min(100% - 2rem, var(--bc-dialog-max-width, 48rem));
    max-height: calc(100% - 2rem);
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 0.5rem 2rem rgb(0 0 0 / 0.3);
  }

  dialog::backdrop {
    background: rgb(22 22 22 / 0.64);
  }

  .dialog-body {
    display: flex;
    flex-direction: column;
    gap: 1rem;
    padding: calc(var(--_space) * 1.5);
  }

  .dialog-header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 1rem;
  }

  .dialog-header h2 {
    font-size: 1.5rem;
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
    max-height: 20rem;
    object-fit: cover;
  }

  .dialog-summary {
    margin: 0;
    font-weight: 500;
    overflow-wrap: anywhere;
  }

  .description p {
    margin: 0 0 0.75rem;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .tags li {
    padding: 0 0.75rem;
    border-radius: 1rem;
    background: var(--_surface-alt);
    font-size: 0.875rem;
  }

  .dialog-body .actions {
    justify-content: flex-start;
    margin: 0;
  }
`;
