/**
 * Events of `<bc-ballot>`, declared once here (see `../base/events.ts`): `addEventListener` is
 * typed on any element and `emit()` accepts only these names.
 */
import type { BallotReceipt } from '@budget-citoyen/sdk';

/** The step of the ballot a `bc-ballot-error` happened at. */
export type BallotStep = 'identity' | 'code' | 'choices' | 'review' | 'done';

/** Detail of `bc-ballot-cast`: the receipt the server returned. */
export type BcBallotCastDetail = BallotReceipt;

/** Detail of `bc-ballot-error`: the refusal's stable code (the API's, or the SDK's) and where. */
export interface BcBallotErrorDetail {
  /** `not_eligible_age`, `not_resident`, `validation_failed`, `invalid_code`, `verification_expired`, `phase_closed`, `network_error`… */
  code: string;
  step: BallotStep;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** The ballot was cast: the server recorded it and sent its receipt. */
    'bc-ballot-cast': CustomEvent<BcBallotCastDetail>;
    /** A check or a request was refused (client-side checks report `validation_failed`). */
    'bc-ballot-error': CustomEvent<BcBallotErrorDetail>;
  }
}
