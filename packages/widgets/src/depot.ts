/**
 * The project holders' one-script build, `depot.js`: the dossier form and the dossier status,
 * and the provider (a page may put both in one `<bc-provider>`). Apart from `budget-citoyen.js`,
 * which every resident's page downloads: the deposit is a few pages' business, and its schemas
 * (`DossierRequest`, `z.email()`…) stay out of the residents' script. Both scripts may share a
 * page (the timeline of `budget-citoyen.js` above the form, say).
 */
import './provider/define.js';
import './dossier-form/define.js';
import './dossier-status/define.js';
