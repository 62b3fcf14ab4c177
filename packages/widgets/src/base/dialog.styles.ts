import { css } from 'lit';

/**
 * The modal `<dialog>` of the gallery's details and the agenda's registration: a card over a
 * dimmed page, its header a focusable title (focused on opening, no ring but for the keyboard)
 * and a close button. `--bc-dialog-max-width` sets its widest; a widget gives its own default
 * in `--_dialog-max-width`.
 */
export const dialogStyles = css`
  dialog {
    width: min(100% - 2em, var(--bc-dialog-max-width, var(--_dialog-max-width, 48em)));
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
`;
