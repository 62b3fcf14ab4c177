import { PageQuery } from '../schemas/common.js';
import { AdminRegistrationPage, AttendanceRequest, AttendanceResult } from '../schemas/comptoir.js';
import { AdminDossier, AdminDossierPage, Decision } from '../schemas/dossier.js';
import type { Endpoint } from './endpoint.js';

export const listDossiers = {
  method: 'GET',
  path: '/admin/campaigns/{campaignId}/dossiers',
  auth: 'admin',
  query: PageQuery,
  response: AdminDossierPage,
} as const satisfies Endpoint;

export const getAdminDossier = {
  method: 'GET',
  path: '/admin/campaigns/{campaignId}/dossiers/{dossierId}',
  auth: 'admin',
  response: AdminDossier,
} as const satisfies Endpoint;

export const decideDossier = {
  method: 'POST',
  path: '/admin/campaigns/{campaignId}/dossiers/{dossierId}/decision',
  auth: 'admin',
  body: Decision,
  response: AdminDossier,
  status: 201,
  creates: true,
  phase: 'labellisation',
  problems: ['validation_failed', 'decision_final'],
} as const satisfies Endpoint;

export const markAttendance = {
  method: 'POST',
  path: '/admin/campaigns/{campaignId}/comptoirs/{comptoirId}/attendance',
  auth: 'admin',
  body: AttendanceRequest,
  response: AttendanceResult,
  creates: true,
} as const satisfies Endpoint;

export const listRegistrations = {
  method: 'GET',
  path: '/admin/campaigns/{campaignId}/comptoirs/{comptoirId}/registrations',
  auth: 'admin',
  query: PageQuery,
  response: AdminRegistrationPage,
} as const satisfies Endpoint;
