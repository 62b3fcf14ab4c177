import { css } from 'lit';

export const agendaStyles = css`
  :host {
    container-name: bc-agenda;
    --_dialog-max-width: 36em;
  }

  label,
  .code-label,
  .dialog-comptoir-title {
    font-weight: 700;
  }

  input[aria-invalid='true'] {
    border-bottom-color: var(--_error);
  }

  p {
    margin: 0;
  }

  .count,
  .phase-notice {
    margin: 0 0 1em;
    font-weight: 500;
  }

  .phase-notice,
  .notice {
    padding: 0.75em var(--_space);
    border-left: 4px solid var(--_primary);
    background: var(--_accent-bg);
  }

  .month-title {
    margin: 1.2em 0 0.6em;
    font-size: 1.25em;
  }

  .list {
    display: grid;
    gap: 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .comptoir {
    display: grid;
    gap: 0.5em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .comptoir-title {
    font-size: 1.125em;
    color: var(--_primary);
    overflow-wrap: anywhere;
  }

  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border-radius: var(--_radius);
    font-size: 0.875em;
    font-weight: 700;
    background: var(--_surface-alt);
    color: var(--_text-muted);
  }

  .badge--open {
    background: var(--_success-bg);
    color: var(--_success-text);
  }

  .badge--full {
    background: var(--_accent-bg);
    color: var(--_accent-text);
  }

  .details {
    display: grid;
    gap: 0.25em;
    margin: 0;
  }

  .details div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }

  .details dt {
    min-width: 4em;
    color: var(--_text-muted);
  }

  .details dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .description {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  .actions,
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1.5em;
  }

  .actions {
    margin-top: 0.5em;
  }

  .past-heading {
    margin: 1.5em 0 0.75em;
    font-size: 1em;
  }

  .past-toggle {
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font-weight: 700;
    text-decoration: underline;
    cursor: pointer;
  }

  .subscribe {
    margin: 1.5em 0 0;
  }

  .dialog-body,
  .form,
  .code-box {
    display: grid;
    gap: 1em;
  }

  .dialog-comptoir {
    overflow-wrap: anywhere;
  }

  .hint {
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .field-error,
  .form-error {
    color: var(--_error);
    font-weight: 500;
  }

  .form-error {
    padding: 0.75em var(--_space);
    border-left: 4px solid var(--_error);
    background: var(--_error-bg);
  }

  .code-box {
    padding: var(--_space);
    border: 2px solid var(--_primary);
    background: var(--_accent-bg);
  }

  .code {
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    font-size: 1.75em;
    font-weight: 700;
    letter-spacing: 0.1em;
    overflow-wrap: anywhere;
    user-select: all;
  }
`;
