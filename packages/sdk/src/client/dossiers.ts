import { getDossier, submitDossier } from '../contract/dossiers.js';
import type { DossierReceipt, DossierRequest, HolderDossier } from '../schemas/dossier.js';
import { call } from './call.js';
import type { Http } from './http.js';
import type { RequestOptions } from './types.js';

export function dossiers(http: Http) {
  return {
    /** Submits a dossier (only during `depot`). It can never be modified afterwards: keep the receipt code. */
    submit: (campaignId: string, body: DossierRequest, options?: RequestOptions): Promise<DossierReceipt> =>
      call(http, submitDossier, { params: { campaignId }, body }, options),
    /** The holder's view of a dossier, found only with its receipt code. */
    get: (campaignId: string, dossierId: string, receiptCode: string, options?: RequestOptions): Promise<HolderDossier> =>
      call(http, getDossier, { params: { campaignId, dossierId }, query: { receipt: receiptCode } }, options),
  };
}
