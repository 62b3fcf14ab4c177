import { DossierReceipt, HolderDossier, type DossierRequest } from '../schemas/dossier.js';
import type { Http } from './http.js';
import type { RequestOptions } from './types.js';

export function dossiers(http: Http) {
  const path = (campaignId: string) => `campaigns/${encodeURIComponent(campaignId)}/dossiers`;
  return {
    /** Submits a dossier (only during `depot`). It can never be modified afterwards: keep the receipt code. */
    submit: (campaignId: string, body: DossierRequest, options?: RequestOptions): Promise<DossierReceipt> =>
      http.post(path(campaignId), DossierReceipt, body, { ...options, idempotent: true }),
    /** The holder's view of a dossier, found only with its receipt code. */
    get: (campaignId: string, dossierId: string, receiptCode: string, options?: RequestOptions): Promise<HolderDossier> =>
      http.get(`${path(campaignId)}/${encodeURIComponent(dossierId)}`, HolderDossier, { receipt: receiptCode }, options),
  };
}
