import type { ProblemCode } from './problems.js';

/**
 * A submitted dossier is never modified: PUT, PATCH and DELETE on these paths and on any path
 * below them (`…/dossiers/{dossierId}`…), whether the dossier exists or not, answer 405
 * `dossier_immutable` (the same for all, so that the answer tells nothing of which exist).
 */
export const IMMUTABLE_DOSSIERS = {
  methods: ['PUT', 'PATCH', 'DELETE'],
  paths: ['/campaigns/{campaignId}/dossiers', '/admin/campaigns/{campaignId}/dossiers'],
  problem: 'dossier_immutable',
} as const satisfies { methods: readonly string[]; paths: readonly string[]; problem: ProblemCode };
