import { css } from 'lit';

export const galleryStyles = css`
  :host {
    container-name: bc-gallery;
  }

  .field--search {
    grid-column: 1 / -1;
  }

  label {
    font-weight: 500;
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

  .dialog-body {
    display: flex;
    flex-direction: column;
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
