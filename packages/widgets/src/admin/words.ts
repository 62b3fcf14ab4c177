/**
 * The console's words used on more than one screen: a dossier's status, the labelling's dates,
 * and what a refusal means to the committee. Call inside `render()` (they use `msg()`).
 */
import { msg, str } from '@lit/localize';
import type { DossierStatus } from '@budget-citoyen/sdk';
import { canRetry } from '../base/refusals.js';
import type { Labels } from '../base/labels.js';
import { errorMessageFrom } from '../base/states.js';
import type { PanelView } from './panel-view.js';

const STATUSES = {
  submitted: () => msg('À examiner', { id: 'admin.status-submitted' }),
  labelled: () => msg('Labellisé', { id: 'admin.status-labelled' }),
  rejected: () => msg('Refusé', { id: 'admin.status-rejected' }),
} satisfies Labels<DossierStatus>;

export const statusLabel = (status: DossierStatus): string => STATUSES[status]();

/** When the labelling is open, by the server's clock: said above the decision form. */
export function labellingWindow(v: PanelView): string {
  const l = v.labelling;
  if (!l) return '';
  if (l.state === 'upcoming') return msg(str`La labellisation n'est pas encore ouverte : elle ira du ${l.start} au ${l.end}.`, { id: 'admin.labelling-upcoming' });
  if (l.state === 'past') return msg(str`La labellisation est close depuis le ${l.end} : aucune décision ne peut plus être prise.`, { id: 'admin.labelling-past' });
  return msg(str`La labellisation est ouverte jusqu'au ${l.end}.`, { id: 'admin.labelling-open' });
}

/** A refusal of the console's requests, with a way forward. */
export function refusalMessage(error: unknown, v: PanelView): string {
  const network = () => msg('Le service du budget citoyen ne répond pas. Rien n’est perdu : réessayez dans un instant.', { id: 'admin.err-network' });
  return errorMessageFrom(error, {
    // The server's clock said so: the page's may differ (a tab left open past the end).
    phase_closed: () =>
      msg(str`Décision refusée : la labellisation n'est pas ouverte. Elle va du ${v.labelling?.start ?? ''} au ${v.labelling?.end ?? ''}.`, {
        id: 'admin.err-phase',
      }),
    decision_final: () => msg('Ce dossier a déjà été décidé : une décision est définitive.', { id: 'admin.err-final' }),
    network_error: network,
    timeout: network,
    service_unavailable: network,
  });
}

/** Whether "Réessayer" can help after a decision's refusal: not on a decision already taken or a dossier gone. */
export const canRetryDecision = (error: unknown): boolean =>
  canRetry(error, ['phase_closed', 'validation_failed', 'decision_final', 'not_found']);
