/**
 * What builds each namespace of a client over its HTTP layer: pick some for `composeClient`,
 * so that a bundle keeps only their schemas (the widgets' CDN script, say, has no `admin`).
 */
export { admin } from './admin.js';
export { ballot } from './ballot.js';
export { campaigns } from './campaigns.js';
export { communes } from './communes.js';
export { comptoirs } from './comptoirs.js';
export { dossiers } from './dossiers.js';
export { mock } from './mock.js';
export { projects } from './projects.js';
export { results } from './results.js';
export { voters } from './voters.js';
