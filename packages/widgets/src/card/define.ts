import { BcProjectCard } from './project-card.js';

BcProjectCard.define('bc-project-card');

export { BcProjectCard };
