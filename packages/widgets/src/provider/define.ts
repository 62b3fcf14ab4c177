import { BcProvider } from './provider.js';

BcProvider.define('bc-provider');

export { BcProvider };
