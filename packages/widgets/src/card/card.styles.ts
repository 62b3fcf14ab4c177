import { css } from 'lit';

/** Styles of the card template, for every component that renders cards. */
export const cardStyles = css`
  .card {
    display: flex;
    flex-direction: column;
    height: 100%;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-bottom: 3px solid var(--_primary);
    border-radius: var(--_radius);
    overflow: hidden;
  }

  .card-image {
    display: block;
    width: 100%;
    aspect-ratio: var(--bc-card-image-ratio, 16 / 9);
    object-fit: cover;
    background: var(--_surface-alt);
  }

  .card-body {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    flex: 1;
    padding: var(--_space);
  }

  .card-title {
    font-size: 1.125em;
    font-weight: 700;
    color: var(--_primary);
    overflow-wrap: anywhere;
  }

  .card-title a {
    text-decoration: none;
  }

  .card-title a:hover {
    text-decoration: underline;
  }

  .card-summary {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    margin: 0;
  }

  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border-radius: var(--_radius);
    background: var(--_accent-bg);
    color: var(--_accent-text);
    font-size: 0.875em;
    font-weight: 700;
    line-height: 1.7;
  }

  .badge--winner {
    background: var(--_success-bg);
    color: var(--_success-text);
    text-transform: uppercase;
  }

  .card-meta {
    display: grid;
    gap: 0.125em;
    margin: auto 0 0;
    font-size: 0.875em;
    color: var(--_text-muted);
  }

  .card-meta div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.375em;
  }

  .card-meta dd {
    margin: 0;
    font-weight: 500;
    color: var(--_text);
    overflow-wrap: anywhere;
  }

  .card-actions {
    margin-top: 0.5em;
  }
`;
