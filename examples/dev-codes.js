// Development only, on the mock API: shows the verification code the mock "e-mails" when a voter
// registers, so that whoever tries these pages can vote. The code goes to the browser console and
// to a small banner at the bottom of the page; the ballot itself never shows a code.
//
// It reads the mock's outbox (GET /api/v1/__mock/outbox), only once the page has sent a
// registration (POST …/voters): a real API answers the outbox 404, and then nothing is shown.
// A real site has no such script: its voters find the code in their mailbox.
/* global PerformanceObserver, location */
const API = '/api/v1';
const CODE = /^(\d{6})$/m;

let banner;

function show(to, code) {
  console.info(`[budget-citoyen, API fictive] code de vérification envoyé à ${to} : ${code}`);
  if (!banner) {
    const style = document.head.appendChild(document.createElement('link'));
    style.rel = 'stylesheet';
    style.href = '/examples/dev-codes.css';
    banner = document.body.appendChild(document.createElement('p'));
    banner.className = 'bc-dev-code';
    banner.setAttribute('role', 'status');
  }
  banner.textContent = `API fictive (développement) — code de vérification envoyé à ${to} : ${code}`;
}

async function showLatestCode() {
  const response = await fetch(`${API}/__mock/outbox`, { headers: { accept: 'application/json' } });
  if (!response.ok) return;
  const { items } = await response.json();
  for (const item of [...items].reverse()) {
    const code = CODE.exec(item.body)?.[1];
    if (code) return show(item.to, code);
  }
}

// Resource timing sees every request of the page, the service worker's (in-browser-mock) too.
new PerformanceObserver((list) => {
  const registered = list.getEntries().some((entry) => new URL(entry.name, location.href).pathname.endsWith('/voters'));
  if (registered) showLatestCode().catch((error) => console.warn('[budget-citoyen] outbox unreadable:', error));
}).observe({ type: 'resource' });
