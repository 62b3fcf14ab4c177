import { DossierReceipt, DossierRequest, HolderDossier, HolderDossierQuery } from '../schemas/dossier.js';
import type { Endpoint } from './endpoint.js';

export const submitDossier = {
  method: 'POST',
  path: '/campaigns/{campaignId}/dossiers',
  body: DossierRequest,
  response: DossierReceipt,
  status: 201,
  creates: true,
  phase: 'depot',
  problems: ['validation_failed', 'comptoir_participation_required', 'comptoir_participation_used'],
} as const satisfies Endpoint;

export const getDossier = {
  method: 'GET',
  path: '/campaigns/{campaignId}/dossiers/{dossierId}',
  query: HolderDossierQuery,
  response: HolderDossier,
} as const satisfies Endpoint;
