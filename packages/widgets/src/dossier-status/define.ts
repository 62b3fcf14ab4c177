import { BcDossierStatus } from './dossier-status.js';

BcDossierStatus.define('bc-dossier-status');

export { BcDossierStatus };
