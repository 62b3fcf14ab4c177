import { canStreamBodies } from '@budget-citoyen/mock-server/browser';

/**
 * Whether a mocked response body can reach the page as a stream (Server-Sent Events) through
 * MSW's service worker: not in WebKit (mswjs/msw#1771, see `canStreamBodies`). Tests of what
 * only a stream that stays open can show are skipped where it is false, saying so.
 */
export const mockStreamsReachPage: boolean = canStreamBodies();
