/**
 * Events of `<bc-dossier-form>`, declared once here (see `../base/events.ts`): `addEventListener`
 * is typed on any element and `emit()` accepts only these names.
 */
import type { DossierReceipt } from '@budget-citoyen/sdk';
import type { DossierStep } from './dossier-flow.js';

/** Detail of `bc-dossier-submit`: the server's receipt (`id`, `status`, `receiptCode`). */
export type BcDossierSubmitDetail = DossierReceipt;

/** Detail of `bc-dossier-error`: the refusal's stable code (the API's, or the SDK's) and where. */
export interface BcDossierErrorDetail {
  /** `validation_failed`, `comptoir_participation_required`, `comptoir_participation_used`, `phase_closed`, `network_error`… */
  code: string;
  step: DossierStep;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** The dossier was deposited: the server recorded it and sent its receipt. */
    'bc-dossier-submit': CustomEvent<BcDossierSubmitDetail>;
    /** A check or a request was refused (the form's own checks report `validation_failed`). */
    'bc-dossier-error': CustomEvent<BcDossierErrorDetail>;
  }
}
