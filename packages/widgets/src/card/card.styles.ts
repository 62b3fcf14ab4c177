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
    gap: 0.5rem;
    flex: 1;
    padding: var(--_space);
  }

  .card-title {
    font-size: 1.125rem;
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
    gap: 0.25rem 0.5rem;
    margin: 0;
  }

  .badge {
    display: inline-block;
    padding: 0 0.5rem;
    border-radius: var(--_radius);
    background: var(--_accent-bg);
    color: var(--_accent-text);
    font-size: 0.875rem;
    font-weight: 700;
    line-height: 1.5rem;
  }

  .badge--winner {
    background: var(--_success-bg);
    color: var(--_success-text);
    text-transform: uppercase;
  }

  .card-meta {
    display: grid;
    gap: 0.125rem;
    margin: auto 0 0;
    font-size: 0.875rem;
    color: var(--_text-muted);
  }

  .card-meta div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.375rem;
  }

  .card-meta dd {
    margin: 0;
    font-weight: 500;
    color: var(--_text);
    overflow-wrap: anywhere;
  }

  .card-actions {
    margin-top: 0.5rem;
  }
`;
