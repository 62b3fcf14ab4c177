import { BcBallot } from './ballot.js';

BcBallot.define('bc-ballot');

export { BcBallot };
