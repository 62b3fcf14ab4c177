/** Events of `<bc-comptoir-agenda>`, declared once for typed listeners and `emit()`. */
import type { Registration } from '@budget-citoyen/sdk';

/** Detail of `bc-comptoir-register`: a registration the API accepted. */
export interface BcComptoirRegisterDetail {
  comptoirId: string;
  /** `waitlisted` when the comptoir was full: the registration waits for a seat. */
  status: Registration['status'];
  /** The registration code: the holder needs it for the dossier, once the comptoir is attended. */
  code: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** A visitor registered for a comptoir (confirmed or on the waitlist). */
    'bc-comptoir-register': CustomEvent<BcComptoirRegisterDetail>;
  }
}
