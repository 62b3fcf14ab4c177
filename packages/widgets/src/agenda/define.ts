import { BcComptoirAgenda } from './comptoir-agenda.js';

BcComptoirAgenda.define('bc-comptoir-agenda');

export { BcComptoirAgenda };
