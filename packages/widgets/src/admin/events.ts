/** Events of `<bc-labelling-console>`, declared once for typed listeners and `emit()`. */
import type { AttendanceResult, RecordedDecision } from '@budget-citoyen/sdk';
import type { ConsoleView } from './console-ports.js';

/** Detail of `bc-labelling-decision`: a decision this console just recorded. */
export interface BcLabellingDecisionDetail {
  dossierId: string;
  decision: RecordedDecision;
  /** The public project's id, once labelled. */
  projectId: string | null;
}

/** Detail of `bc-labelling-attendance`: codes marked as attended at a comptoir. */
export interface BcLabellingAttendanceDetail extends AttendanceResult {
  comptoirId: string;
}

/** Detail of `bc-labelling-error`: the refusal's stable code and the screen it happened on. */
export interface BcLabellingErrorDetail {
  /** `unauthorized`, `forbidden`, `decision_final`, `phase_closed`, `validation_failed`, `network_error`… */
  code: string;
  view: ConsoleView;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** A dossier was labelled or rejected from this console. */
    'bc-labelling-decision': CustomEvent<BcLabellingDecisionDetail>;
    /** Registrations of a comptoir were marked as attended. */
    'bc-labelling-attendance': CustomEvent<BcLabellingAttendanceDetail>;
    /** A request of the console was refused. */
    'bc-labelling-error': CustomEvent<BcLabellingErrorDetail>;
  }
}
