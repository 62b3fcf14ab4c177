import type { HttpHandler } from 'msw';
import type { MockContext } from '../context.js';
import { adminHandlers } from './admin.js';
import { campaignHandlers } from './campaigns.js';
import { communeHandlers } from './communes.js';
import { comptoirHandlers } from './comptoirs.js';
import { dossierHandlers, dossierImmutableHandlers } from './dossiers.js';
import { mockHandlers } from './mock.js';
import { projectHandlers } from './projects.js';
import { resultsHandlers } from './results.js';
import { fallbackHandlers, guardHandlers, indexHandlers, preflightHandlers } from './system.js';
import { votingHandlers } from './voting.js';

/** Every handler of one mock API, in matching order: the catch-all answers come last. */
export function createHandlers(ctx: MockContext): HttpHandler[] {
  return [
    ...guardHandlers(ctx),
    ...preflightHandlers(ctx),
    ...mockHandlers(ctx),
    ...indexHandlers(ctx),
    ...campaignHandlers(ctx),
    ...communeHandlers(ctx),
    ...projectHandlers(ctx),
    ...comptoirHandlers(ctx),
    ...dossierHandlers(ctx),
    ...votingHandlers(ctx),
    ...resultsHandlers(ctx),
    ...adminHandlers(ctx),
    ...dossierImmutableHandlers(ctx),
    ...fallbackHandlers(ctx),
  ];
}
