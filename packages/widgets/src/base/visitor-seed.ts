/**
 * The visitor's random-order seed: drawn once per browser tab session and kept in
 * `sessionStorage`, so the order survives "Voir plus", filters and reloads (no project repeated
 * or skipped between pages), yet differs between visitors (no project always first). The
 * gallery and the ballot list the projects in this one order.
 */
// The gallery's name, kept so that a visitor's order survives the upgrade.
const KEY = 'bc-project-gallery:seed';
let memory: string | undefined;

export function visitorSeed(): string {
  try {
    const stored = sessionStorage.getItem(KEY);
    if (stored) return stored;
    const seed = draw();
    sessionStorage.setItem(KEY, seed);
    return seed;
  } catch {
    // Storage refused (privacy settings, sandboxed iframe): keep it for this page's life.
    return (memory ??= draw());
  }
}

function draw(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
