import { css } from 'lit';
import { formStyles } from '../base/form.styles.js';

/**
 * The look of `fields.ts`'s controls, of error summaries and of the top-of-step notices, for
 * the dossier form and the status form: the forms' common look (`formStyles`), and their own
 * groups, character counters and actions. Sizes in em: they follow the widget's text size.
 */
export const fieldsStyles = [
  formStyles,
  css`
    .group {
      display: grid;
      gap: var(--_space);
      min-width: 0;
      margin: 0;
    }

    .counter {
      color: var(--_text-muted);
      font-size: 0.875em;
    }

    .counter.over {
      color: var(--_error);
      font-weight: 700;
    }

    .option label {
      font-weight: 400;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 1em;
    }
  `,
];
