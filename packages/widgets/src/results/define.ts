import { BcLiveResults } from './live-results.js';

BcLiveResults.define('bc-live-results');

export { BcLiveResults };
