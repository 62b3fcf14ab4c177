import { BcDossierForm } from './dossier-form.js';

BcDossierForm.define('bc-dossier-form');

export { BcDossierForm };
