#!/usr/bin/env node
// `npm run size`: what a page downloads from the CDN, measured from the built files (minified,
// then brotli at maximum quality, each file on its own, as a CDN serves it), checked against
// the budgets. The budgets are part of the product: a commune's page must stay light.
//
// Each CDN script is one file holding all a page needs to show its widgets: `budget-citoyen.js`
// with every resident widget (what a French page downloads, whatever its widgets), `depot.js`
// with the dossier form and status (the project holders' pages), and one per widget
// (`gallery.js`…). The budget is that file's. Two kinds of chunk come apart and are counted
// apart: its English strings ("+ English", fetched only by a page showing English), and what a
// widget loads on demand, after its first render ("+ on demand": the results' recount and
// reasons once the results show; the ballot's steps after the identity once a resident starts),
// which a page without that widget never fetches. README "Size" says which chunk comes when.
//
// Two limits per script: its budget (decided, issue #19; README "Size" says why), and its
// ratchet (its size when last measured, plus a little), so that no script grows unnoticed.
// Growth past the ratchet fails. A script above its budget is said so on every run, in red,
// with how far; its ratchet then holds it where it is (not above its size) until it is brought
// back under, as README "Size" says. English chunks have a ratchet only.
//
// `npm run size -- --why [script.js] [--files]`: where the bytes come from, per package
// (node_modules) or per source folder (`--files`: per source file), read from the source maps;
// without a script, in budget-citoyen.js. The "brotli saved" column is what removing that part
// would save: the file is brotli'd without that part's bytes (parts share a compression
// context, so these do not add up).
// `npm run size -- --floor`: the libraries alone (Lit, @lit/context, @lit/localize, zod/mini,
// ky) at their smallest use, built as a CDN script: the floor under every script's budget.
// `SIZE_DIR=other/dir` measures the scripts of another build (to compare two).
import { brotliCompressSync, constants } from 'node:zlib';
import { Buffer } from 'node:buffer';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const DIR = process.env.SIZE_DIR ?? 'packages/widgets/dist/cdn';
const ALL = 'budget-citoyen.js';
/**
 * The budgets, bytes brotli (issue #19): `budget-citoyen.js`, every resident widget, and any
 * other script (one widget; `depot.js`, the holders' two, keeps to it as well).
 */
const BUDGET_ALL = 53_000;
const BUDGET_ONE = 35_000;
const budgetOf = (script) => (script === ALL ? BUDGET_ALL : BUDGET_ONE);
/**
 * The ratchet, bytes brotli: each size reached on 2026-12-07 plus ~3%, never above the
 * budget, except for a script already above it: there, its size then (+ ~0.5%), so that it can
 * only shrink. Whoever makes a script bigger raises its ratchet in the
 * same change, saying why; whoever makes it smaller lowers it. A script not listed (a new
 * widget) is held to its budget only, until it is added here.
 */
const RATCHET = {
  'budget-citoyen.js': 53_000, // 52,346 B on 2026-12-07 (evening): held to its budget
  'budget-citoyen.js + English': 4_600, // + the messages of a part that could not be loaded
  'budget-citoyen.js + on demand': 7_150,
  'depot.js': 35_000,
  'depot.js + English': 2_270,
  'campaign-timeline.js': 24_930,
  'campaign-timeline.js + English': 560,
  'card.js': 25_750,
  'card.js + English': 540,
  'gallery.js': 30_510,
  'gallery.js + English': 820,
  'agenda.js': 31_480,
  'agenda.js + English': 1_260,
  'ballot.js': 35_000, // 34,914 B on 2026-12-07 (evening): held to its budget
  'ballot.js + on demand': 3_000,
  'ballot.js + English': 1_820,
  'dossier-form.js': 33_450,
  'dossier-form.js + English': 2_030,
  'dossier-status.js': 26_940,
  'dossier-status.js + English': 800,
  'results.js': 31_400,
  'results.js + on demand': 4_120,
  'results.js + English': 2_070,
  // The committee's console, which no resident's page loads: its cap, issue #19's.
  'admin.js': 35_000,
  'admin.js + English': 1_720,
};
/** Strings only the development builds of Lit contain: a CDN script must ship production Lit. */
const DEV_MODE_MARKERS = ['Lit is in dev mode', 'Multiple versions of Lit loaded'];

const VLQ = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

if (!existsSync(`${DIR}/${ALL}`)) {
  console.error(`${DIR}/${ALL} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const ORDER = [ALL, 'depot.js', 'campaign-timeline.js', 'card.js', 'gallery.js', 'agenda.js', 'ballot.js', 'results.js', 'admin.js'];
const scripts = readdirSync(DIR)
  .filter((f) => f.endsWith('.js'))
  .sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b));

const sizes = new Map();
const ENGLISH_CHUNK = /\.en-[\w-]+\.js$/;
/** `specifier` as a path under DIR, from the file (under DIR) that imports it. */
const under = (from, specifier) => relative(DIR, resolve(DIR, dirname(from), specifier)).split('\\').join('/');
function measure(file) {
  if (!sizes.has(file)) {
    const code = readFileSync(`${DIR}/${file}`);
    const text = code.toString('latin1');
    const dev = DEV_MODE_MARKERS.filter((marker) => text.includes(marker));
    if (dev.length) throw new Error(`${file}: development build of a dependency bundled (${dev.join(', ')})`);
    const imports = [...text.matchAll(/(?:^|[;}])\s*import\s*(?:[\w${},\s*]+from\s*)?["']([^"']+)["']/g)].map((m) => under(file, m[1]));
    const lazy = [...new Set([...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => under(file, m[1])))];
    sizes.set(file, { min: code.length, br: brotli(code), imports, lazy });
  }
  return sizes.get(file);
}
/**
 * What a script fetches beyond its own file, in two groups: its English strings, and the parts a
 * widget loads on demand (with a dynamic `import()`, after its first render: the ballot's later
 * steps, the results' recount), with every chunk those import in turn. The script itself (and
 * any other script) is never counted again: a page has it already.
 */
function later(script) {
  const english = new Set();
  const onDemand = new Set();
  const visit = (file, into) => {
    if (english.has(file) || onDemand.has(file) || scripts.includes(file)) return;
    into.add(file);
    const { imports, lazy } = measure(file);
    for (const f of imports) visit(f, into);
    for (const f of lazy) visit(f, ENGLISH_CHUNK.test(f) ? english : onDemand);
  };
  const { imports, lazy } = measure(script);
  // The build inlines everything a widget needs to show itself: a static import would be a
  // second download, before anything shows, on every page.
  if (imports.length) throw new Error(`${script} imports ${imports.join(', ')}: a CDN script must be one file`);
  for (const f of lazy) visit(f, ENGLISH_CHUNK.test(f) ? english : onDemand);
  return { english: [...english], onDemand: [...onDemand] };
}
const total = (files) => files.map(measure).reduce((sum, s) => ({ min: sum.min + s.min, br: sum.br + s.br }), { min: 0, br: 0 });

function check() {
  const rows = [];
  const seen = new Set();
  const what = (script) =>
    script === ALL ? 'every resident widget: what a French page downloads' : script === 'depot.js' ? 'the dossier form and status' : `the ${script.replace('.js', '')} widget alone`;
  for (const script of scripts) {
    const { english, onDemand } = later(script);
    [...english, ...onDemand].forEach((file) => seen.add(file));
    rows.push([script, [script], budgetOf(script), what(script)]);
    rows.push([`${script} + English`, english, undefined, `fetched once a widget shows English (${english.join(', ') || 'none'})`]);
    if (onDemand.length) rows.push([`${script} + on demand`, onDemand, undefined, `fetched once its widget shows, after the first render (${onDemand.join(', ')})`]);
  }
  const over = [];
  const unmet = [];
  console.log('script'.padEnd(28), 'files'.padStart(5), 'minified'.padStart(10), 'brotli'.padStart(10), 'budget'.padStart(10), 'ratchet'.padStart(10));
  for (const [name, files, budget, description] of rows) {
    const size = total(files);
    const ratchet = RATCHET[name];
    const limit = (value) => (value === undefined ? '' : size.br <= value ? kb(value) : `${kb(value)} ✗`);
    if (budget !== undefined && size.br > budget) unmet.push(`${name}: ${size.br} B, ${size.br - budget} B over its budget (${budget} B)`);
    if (ratchet !== undefined && size.br > ratchet) over.push(`${name}: ${size.br} B, ${size.br - ratchet} B over its ratchet (${ratchet} B)`);
    else if (ratchet === undefined && budget !== undefined && size.br > budget) over.push(`${name}: ${size.br} B, over its budget and without a ratchet`);
    const label = name.includes(' + ') ? `  + ${name.split(' + ')[1]}` : name;
    console.log(label.padEnd(28), String(files.length).padStart(5), kb(size.min).padStart(10), kb(size.br).padStart(10), limit(budget).padStart(10), limit(ratchet).padStart(10), ` ${description}`);
  }
  const chunks = existsSync(`${DIR}/chunks`) ? readdirSync(`${DIR}/chunks`).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`) : [];
  const stray = chunks.filter((f) => !seen.has(f));
  if (stray.length) console.log(`\nNo script imports: ${stray.join(', ')} (left from an earlier build?)`);

  const unlisted = rows.filter(([name]) => RATCHET[name] === undefined).map(([name]) => name);
  if (unlisted.length) console.log(`\nNo ratchet yet (budget only): ${unlisted.join(', ')}: add them to RATCHET in scripts/size.mjs.`);
  console.log(`\nBudgets: ${ALL} ≤ ${kb(BUDGET_ALL)}, every other script ≤ ${kb(BUDGET_ONE)} (README "Size").`);
  if (unmet.length) {
    console.error(`\n\x1b[31mBudget NOT MET\x1b[0m (README "Size"): ${unmet.length} script(s) above their budget, held by their ratchet until brought back:\n${unmet.map((o) => `  ${o}`).join('\n')}`);
  }
  if (over.length) {
    console.error(`\n${over.length} size(s) over their limit:\n${over.map((o) => `  ${o}`).join('\n')}`);
    process.exit(1);
  }
}

/** Which part of the source tree a source-map source belongs to. */
function partOf(source, perFile) {
  const path = relative(process.cwd(), source).split('\\').join('/');
  const modules = path.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = path.slice(modules + 'node_modules/'.length).split('/');
    const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    // Where it was installed: two places for one package means two copies in the script.
    const where = path.slice(0, modules) || '.';
    const inner = perFile ? `/${rest.slice(name.split('/').length).join('/')}` : '';
    return { part: `${name}${inner}`, pkg: name, where };
  }
  if (perFile) return { part: path };
  const folder = path.replace(/^packages\//, '').split('/');
  return { part: folder.slice(0, Math.min(folder.length - 1, 3)).join('/') || path };
}

/** Each generated byte of `file`, with the source-map part it comes from. */
function attribute(file, perFile) {
  if (!existsSync(`${DIR}/${file}.map`)) {
    console.error(`${DIR}/${file}.map is missing: the CDN build writes source maps (output.sourcemap).`);
    process.exit(1);
  }
  const code = readFileSync(`${DIR}/${file}`, 'utf8');
  const map = JSON.parse(readFileSync(`${DIR}/${file}.map`, 'utf8'));
  const root = resolve(dirname(`${DIR}/${file}`), map.sourceRoot ?? '');
  const sources = map.sources.map((s) => partOf(resolve(root, s), perFile));

  // Each generated byte belongs to the source of the last mapping at or before it.
  const owner = new Int32Array(code.length).fill(-1);
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const lines = map.mappings.split(';');
  let source = 0;
  for (let line = 0; line < lines.length && line < lineStarts.length; line++) {
    const start = lineStarts[line];
    const end = line + 1 < lineStarts.length ? lineStarts[line + 1] : code.length;
    let column = 0;
    let previous = { at: start, source: -1 };
    for (const segment of lines[line].split(',')) {
      if (!segment) continue;
      const fields = decodeVlq(segment);
      column += fields[0];
      const at = start + column;
      owner.fill(previous.source, previous.at, at);
      if (fields.length > 1) source += fields[1];
      previous = { at, source: fields.length > 1 ? source : -1 };
    }
    owner.fill(previous.source, previous.at, end);
  }

  const parts = new Map();
  for (let i = 0; i < code.length; i++) {
    const name = owner[i] === -1 ? '(unmapped: glue, helpers)' : sources[owner[i]].part;
    let part = parts.get(name);
    if (!part) parts.set(name, (part = { name, bytes: 0, ranges: [] }));
    part.bytes++;
    const last = part.ranges.at(-1);
    if (last && last[1] === i) last[1] = i + 1;
    else part.ranges.push([i, i + 1]);
  }
  return { file, code, sources, parts };
}

function why(files, label, perFile) {
  const attributed = [...files].map((file) => attribute(file, perFile));
  const minified = attributed.reduce((sum, a) => sum + Buffer.byteLength(a.code), 0);
  const brotlis = new Map(attributed.map((a) => [a.file, brotli(a.code)]));
  const total = [...brotlis.values()].reduce((a, b) => a + b, 0);
  console.log(`${label}: ${files.size} file(s), ${kb(minified)} minified, ${kb(total)} brotli\n`);

  const parts = new Map();
  for (const a of attributed) {
    for (const part of a.parts.values()) {
      const row = parts.get(part.name) ?? { name: part.name, bytes: 0, saved: 0 };
      let without = '';
      let from = 0;
      for (const [start, end] of part.ranges) {
        without += a.code.slice(from, start);
        from = end;
      }
      without += a.code.slice(from);
      row.bytes += part.bytes;
      row.saved += brotlis.get(a.file) - brotli(without);
      parts.set(part.name, row);
    }
  }
  console.log('part'.padEnd(56), 'minified'.padStart(10), 'share'.padStart(7), 'brotli saved'.padStart(13));
  for (const part of [...parts.values()].sort((a, b) => b.bytes - a.bytes)) {
    const share = `${((100 * part.bytes) / minified).toFixed(1)}%`;
    console.log(part.name.padEnd(56), kb(part.bytes).padStart(10), share.padStart(7), kb(part.saved).padStart(13));
  }

  const sources = attributed.flatMap((a) => a.sources);
  const copies = new Map();
  for (const s of sources) if (s.pkg) copies.set(s.pkg, new Set([...(copies.get(s.pkg) ?? []), s.where]));
  const duplicated = [...copies].filter(([, where]) => where.size > 1);
  for (const [pkg, where] of duplicated) console.log(`\n✗ ${pkg} is bundled ${where.size} times: ${[...where].join(', ')}`);
  const dev = attributed.filter((a) => DEV_MODE_MARKERS.some((marker) => a.code.includes(marker))).map((a) => a.file);
  if (dev.length) console.log(`\n✗ development build bundled in ${dev.join(', ')}`);
  if (!duplicated.length && !dev.length) console.log('\nOne copy of each package; no development build.');
}

function decodeVlq(segment) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = VLQ[char];
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = shift = 0;
    }
  }
  return out;
}

const args = process.argv.slice(2);
if (args.includes('--floor')) {
  const { floor } = await import('./lib/size-floor.mjs');
  await floor({ brotli, kb, budgets: [[ALL, BUDGET_ALL, measure(ALL).br], ['a single widget', BUDGET_ONE]] });
} else if (args.includes('--why')) {
  const file = args.find((a) => a.endsWith('.js')) ?? ALL;
  why(new Set([file]), file, args.includes('--files'));
} else {
  check();
}
