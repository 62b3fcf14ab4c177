import { css } from 'lit';

export const agendaStyles = css`
  :host {
    container-name: bc-agenda;
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

  label,
  .code-label,
  .dialog-comptoir-title {
    font-weight: 700;
  }

  select,
  input {
    width: 100%;
    min-height: 2.5em;
    padding: 0.5em 0.75em;
    border: 0;
    border-bottom: 2px solid var(--_text);
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: var(--bc-color-input-bg, #eeeeee);
    color: var(--_text);
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

  dialog {
    width: min(100% - 2em, var(--bc-dialog-max-width, 36em));
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

  .dialog-body,
  .form,
  .code-box {
    display: grid;
    gap: 1em;
  }

  .dialog-body {
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
  }

  .dialog-header h2:focus {
    outline: none;
  }

  .dialog-header h2:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
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
