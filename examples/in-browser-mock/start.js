// Starts the mock API in this tab (MSW's service worker), THEN loads the widgets.
//
// Why this order: the widgets request the API as soon as their tags are defined. Until
// `startMockWorker` resolves, the service worker does not control this page yet, so requests
// sent earlier would go to the network instead of the mock. Awaiting the start, then importing
// the bundle, makes the very first request hit the mock.
//
// A real site needs none of this: one <script type="module" src="…/budget-citoyen.js"> tag.
import { startMockWorker } from '/packages/mock-server/dist/cdn/mock-browser.js';

const status = document.getElementById('mock-status');
const now = new URLSearchParams(window.location.search).get('now');

try {
  const { api } = await startMockWorker({
    baseUrl: '/api/v1',
    serviceWorkerUrl: '/mockServiceWorker.js',
    ...(now ? { now } : {}),
  });
  const clock = new Date(api.clock.now()).toLocaleString('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long', timeStyle: 'short' });
  status.textContent = `API fictive démarrée dans le navigateur (service worker MSW). Horloge de l’API : ${clock}.`;
} catch (error) {
  status.textContent = `L’API fictive n’a pas pu démarrer dans ce navigateur : ${error instanceof Error ? error.message : error}`;
  throw error;
}

await import('/packages/widgets/dist/cdn/budget-citoyen.js');
document.documentElement.dataset.mock = 'ready';
