import { css } from 'lit';

/**
 * Design tokens. Every public `--bc-*` custom property is read once here, on `:host`, with
 * its default, into a private `--_*` alias that component styles use. A page themes every
 * widget by setting `--bc-*` on any ancestor (they inherit through shadow roots); a widget
 * alone by setting them on its tag. Defaults follow the French public design system (DSFR):
 * blue France, greys that pass WCAG AA on white, square corners, a visible 2px focus ring.
 * THEMING.md lists them; keep both in step.
 *
 * Typography the host page cannot wreck: `:host` drops every inherited property (a theme's
 * `line-height: 3`, `text-align: justify`, letter spacing, light weights…) and sets its own
 * size, `medium` (the visitor's browser setting, which a root `font-size: 62.5%` does not
 * touch). Every size inside is in `em` of it, never `rem` (the page's root) and never `px`
 * for text. The host is a size container: layouts adapt to the widget's own width (a
 * sidebar, a phone) with `@container`, narrow first so that a browser without container
 * queries gets the layout that fits everywhere.
 */
export const tokenStyles = css`
  :host {
    --_primary: var(--bc-color-primary, #000091);
    --_primary-hover: var(--bc-color-primary-hover, #1212ff);
    --_on-primary: var(--bc-color-on-primary, #ffffff);
    --_text: var(--bc-color-text, #161616);
    --_text-muted: var(--bc-color-text-muted, #555555);
    --_surface: var(--bc-color-surface, #ffffff);
    --_surface-alt: var(--bc-color-surface-alt, #f6f6f6);
    --_border: var(--bc-color-border, #dddddd);
    --_border-strong: var(--bc-color-border-strong, #929292);
    --_accent-bg: var(--bc-color-accent-bg, #e3e3fd);
    --_accent-text: var(--bc-color-accent-text, #000091);
    --_success-bg: var(--bc-color-success-bg, #b8fec9);
    --_success-text: var(--bc-color-success-text, #18753c);
    --_error: var(--bc-color-error, #ce0500);
    --_error-bg: var(--bc-color-error-bg, #ffe9e9);
    --_input-bg: var(--bc-color-input-bg, #eeeeee);
    --_focus: var(--bc-color-focus, #0a76f6);
    --_focus-width: var(--bc-focus-width, 2px);
    --_radius: var(--bc-radius, 0);
    --_space: var(--bc-space, 1em);
    --_heading-font-family: var(--bc-heading-font-family, inherit);

    all: initial;
    display: block;
    /* A container for its own layouts. Contained, the host has no width of its own content:
       where the page sizes it by content (a flex item, a float), it is a phone's width, 20em,
       or all there is. A percentage, this minimum adds nothing to the page's own sizing. */
    container-type: inline-size;
    min-inline-size: min(100%, 20em);
    visibility: inherit;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--bc-font-family, inherit);
    font-size: var(--bc-font-size, medium);
    line-height: var(--bc-line-height, 1.5);
    overflow-wrap: break-word;
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* Form controls take the widget's text, not the browser's 13.33px. */
  button,
  input,
  select,
  textarea {
    font: inherit;
  }

  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }

  h1, h2, h3, h4, h5, h6 {
    font-family: var(--_heading-font-family);
    font-size: 1.125em;
    line-height: 1.3;
    margin: 0;
  }

  a {
    color: var(--_primary);
  }

  a:hover {
    color: var(--_primary-hover);
  }

  .bc-visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  .bc-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 2.5em;
    padding: 0.5em 1em;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 500;
    text-decoration: none;
    cursor: pointer;
  }

  .bc-button:hover {
    background: var(--_primary-hover);
    border-color: var(--_primary-hover);
    color: var(--_on-primary);
  }

  .bc-button--secondary {
    background: transparent;
    color: var(--_primary);
  }

  .bc-button--secondary:hover {
    background: var(--_accent-bg);
    color: var(--_primary);
    border-color: var(--_primary);
  }

  .bc-button[disabled] {
    cursor: not-allowed;
    background: var(--_surface-alt);
    border-color: var(--_border);
    color: var(--_text-muted);
  }

  .bc-state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .bc-state p {
    margin: 0;
  }

  .bc-state--error {
    border-color: var(--_error);
    border-left-width: 4px;
    background: var(--_error-bg);
  }

  .bc-spinner {
    width: 1.25em;
    height: 1.25em;
    border: 3px solid var(--_border);
    border-top-color: var(--_primary);
    border-radius: 50%;
    animation: bc-spin 0.8s linear infinite;
  }

  @keyframes bc-spin {
    to {
      transform: rotate(360deg);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .bc-spinner {
      animation: none;
    }
  }

  @media (forced-colors: active) {
    .bc-button {
      border: 1px solid ButtonText;
    }
  }
`;
