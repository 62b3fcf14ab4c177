import { BcLabellingConsole } from './labelling-console.js';

BcLabellingConsole.define('bc-labelling-console');

export { BcLabellingConsole };
