import type { PageQuery } from '../schemas/common.js';
import { AttendanceResult, type AttendanceRequest } from '../schemas/comptoir.js';
import { AdminDossier, AdminDossierPage, type Decision } from '../schemas/dossier.js';
import type { Http } from './http.js';
import { pagedList } from './list.js';
import type { RequestOptions } from './types.js';

/** The committee's calls: they need the admin token (the client's, or each call's `token`). */
export function admin(http: Http) {
  const path = (campaignId: string) => `admin/campaigns/${encodeURIComponent(campaignId)}`;
  return {
    /** Every dossier, submitted, labelled or rejected. */
    dossiers: (campaignId: string, query?: PageQuery, options?: RequestOptions) =>
      pagedList(http, `${path(campaignId)}/dossiers`, AdminDossierPage, query, options),
    /** Labels (with a category) or rejects (with a reason) a dossier. Final: a second decision is `decision_final`. */
    decide: (campaignId: string, dossierId: string, decision: Decision, options?: RequestOptions): Promise<AdminDossier> =>
      http.post(`${path(campaignId)}/dossiers/${encodeURIComponent(dossierId)}/decision`, AdminDossier, decision, {
        ...options,
        idempotent: true,
      }),
    /** Marks registrations, by their codes, as attended. */
    markAttendance: (
      campaignId: string,
      comptoirId: string,
      body: AttendanceRequest,
      options?: RequestOptions,
    ): Promise<AttendanceResult> =>
      http.post(`${path(campaignId)}/comptoirs/${encodeURIComponent(comptoirId)}/attendance`, AttendanceResult, body, {
        ...options,
        idempotent: true,
      }),
  };
}
