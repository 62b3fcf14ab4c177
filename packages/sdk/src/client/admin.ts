import { decideDossier, getAdminDossier, listDossiers, listRegistrations, markAttendance } from '../contract/admin.js';
import type { PageQuery } from '../schemas/common.js';
import type { AttendanceRequest, AttendanceResult } from '../schemas/comptoir.js';
import type { AdminDossier, Decision } from '../schemas/dossier.js';
import { call } from './call.js';
import type { Http } from './http.js';
import { pagedList } from './list.js';
import type { RequestOptions } from './types.js';

/** The committee's calls: they need the admin token (the client's, or each call's `token`). */
export function admin(http: Http) {
  return {
    /** Every dossier, submitted, labelled or rejected. */
    dossiers: (campaignId: string, query?: PageQuery, options?: RequestOptions) =>
      pagedList(http, listDossiers, { campaignId }, query, options),
    /** One dossier, all of it. */
    dossier: (campaignId: string, dossierId: string, options?: RequestOptions): Promise<AdminDossier> =>
      call(http, getAdminDossier, { params: { campaignId, dossierId } }, options),
    /** Labels (with a category) or rejects (with a reason) a dossier. Final: a second decision is `decision_final`. */
    decide: (campaignId: string, dossierId: string, decision: Decision, options?: RequestOptions): Promise<AdminDossier> =>
      call(http, decideDossier, { params: { campaignId, dossierId }, body: decision }, options),
    /** A comptoir's registrations, with their codes, in the order they came. */
    registrations: (campaignId: string, comptoirId: string, query?: PageQuery, options?: RequestOptions) =>
      pagedList(http, listRegistrations, { campaignId, comptoirId }, query, options),
    /** Marks registrations, by their codes, as attended. */
    markAttendance: (
      campaignId: string,
      comptoirId: string,
      body: AttendanceRequest,
      options?: RequestOptions,
    ): Promise<AttendanceResult> => call(http, markAttendance, { params: { campaignId, comptoirId }, body }, options),
  };
}
