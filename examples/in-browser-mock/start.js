// Starts the mock API in this tab (MSW's service worker), THEN loads the widgets, then wires the
// clock buttons.
//
// Why this order: the widgets request the API as soon as their tags are defined. Until
// `startMockWorker` resolves, the service worker does not control this page yet, so requests
// sent earlier would go to the network instead of the mock. Awaiting the start, then importing
// the scripts, makes the very first request hit the mock.
//
// A real site needs none of this: one <script type="module" src="…/budget-citoyen.js"> tag.
import { startMockWorker } from '/packages/mock-server/dist/cdn/mock-browser.js';

const API = '/api/v1';
const status = document.getElementById('mock-status');
const now = new URLSearchParams(window.location.search).get('now');
const when = (ms) => new Date(ms).toLocaleString('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long', timeStyle: 'short' });

let api;
try {
  ({ api } = await startMockWorker({ baseUrl: API, serviceWorkerUrl: '/mockServiceWorker.js', ...(now ? { now } : {}) }));
  status.textContent = `API fictive démarrée dans le navigateur (service worker MSW). Horloge de l’API : ${when(api.clock.now())}.`;
} catch (error) {
  status.textContent = `L’API fictive n’a pas pu démarrer dans ce navigateur : ${error instanceof Error ? error.message : error}`;
  throw error;
}

// The residents' script, then the holders' (the dossier form and status, each with its own
// api-base, as on the holders' pages of a site).
await import('/packages/widgets/dist/cdn/budget-citoyen.js');
await import('/packages/widgets/dist/cdn/depot.js');
showParticipationCode();
// A deposited dossier uses its code: offer the next one.
document.addEventListener('bc-dossier-submit', showParticipationCode);

// --- The clock -------------------------------------------------------------------------------

/**
 * The widgets read the server's clock once, with the campaign, and count on from it: a jump of
 * the mock's clock is news to them. Each jump gives the providers and the dossier widgets a new
 * API base, at which the mock answers too (its handlers match any path ending in `/api/v1/…`):
 * every widget takes a fresh client, asks for the campaign and its clock again, and shows the new phase.
 * The mock's data stays as it was: what the visitor did is still there.
 */
let jumps = 0;
async function moveClock(instant) {
  const response = await fetch(`${API}/__mock/clock`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ now: instant, running: false }),
  });
  if (!response.ok) throw new Error(`POST ${API}/__mock/clock: HTTP ${response.status}`);
  jumps += 1;
  for (const el of document.querySelectorAll('main [api-base]')) el.setAttribute('api-base', `/horloge/${jumps}${API}`);
  showParticipationCode();
  status.textContent = `Horloge de l’API fictive : ${when(api.clock.now())}. Les widgets sont rechargés.`;
  document.documentElement.dataset.clock = new Date(api.clock.now()).toISOString();
}

/** Runs a move of the clock, its controls disabled meanwhile, and says when it fails. */
async function run(instant) {
  const controls = document.querySelectorAll('#horloge button, #horloge input');
  for (const control of controls) control.disabled = true;
  try {
    await moveClock(instant);
  } catch (error) {
    status.textContent = `L’horloge n’a pas pu être changée : ${error instanceof Error ? error.message : error}`;
  } finally {
    for (const control of controls) control.disabled = false;
  }
}

for (const button of document.querySelectorAll('button[data-now]')) {
  button.addEventListener('click', () => run(button.dataset.now));
}
document.getElementById('clock-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const date = event.currentTarget.elements.date.value;
  // Around midday in Paris, whatever the visitor's time zone.
  if (date) run(`${date}T12:00:00+02:00`);
});
for (const control of document.querySelectorAll('#horloge button, #horloge input')) control.disabled = false;

/**
 * A participation code the deposit accepts: one of the seed's comptoir registrations, attended
 * and not used by a dossier yet. On a real site, the holder has it from the comptoir.
 */
function showParticipationCode() {
  const hint = document.getElementById('participation-code');
  const free = api.store.registrations().find((r) => r.attended && !r.usedByDossierId);
  hint.hidden = !free;
  if (free) hint.textContent = `Pour essayer le dépôt sur l’API fictive, un code de participation encore libre : ${free.code}.`;
}

document.documentElement.dataset.mock = 'ready';
