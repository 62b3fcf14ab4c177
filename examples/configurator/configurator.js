// The snippet configurator. The form is built from the widgets themselves: each registered tag's
// Lit properties (`elementProperties`) give its attributes and their types, so a new attribute
// shows up here with no change to this file; the table below only adds French labels, help and
// choices. No manifest is fetched: `npm start` (rollup only) does not write custom-elements.json.
// Everything is built with DOM APIs and textContent: no innerHTML, no inline style (tokens are
// set with style.setProperty, which a strict CSP allows).
/* global customElements, navigator */

const TAGS = {
  'bc-project-gallery': { label: 'Galerie des projets', help: 'Les projets labellisés, avec filtres, recherche et fiches détaillées.' },
  'bc-project-card': { label: 'Carte d’un projet', help: 'Un seul projet, pour le site de son porteur ou d’un partenaire.' },
  'bc-comptoir-agenda': { label: 'Agenda des comptoirs', help: 'Les comptoirs à initiatives citoyennes, avec inscription et liens d’agenda.' },
  'bc-ballot': { label: 'Bulletin de vote', help: 'Le vote en ligne : identité, choix, relecture, récépissé.' },
  'bc-live-results': { label: 'Résultats en direct', help: 'Les résultats par catégorie, mis à jour en direct, et l’explication du calcul.' },
};

const CATEGORIES = [
  ['', 'Toutes'],
  ['innovation-sociale', 'Innovation sociale'],
  ['cooperation', 'Coopération'],
  ['pratiques-ess', 'Pratiques de l’économie sociale et solidaire'],
];
const ARRONDISSEMENTS = [
  ['', 'Tous'], ['621', '621 — Arras'], ['622', '622 — Béthune'], ['623', '623 — Boulogne-sur-Mer'],
  ['624', '624 — Montreuil'], ['625', '625 — Saint-Omer'], ['626', '626 — Calais'], ['627', '627 — Lens'],
];

/** Labels, help and choices per attribute; attributes missing here get a plain text field. */
const ATTRIBUTES = {
  'project-id': { label: 'Identifiant du projet', help: 'Visible dans l’adresse de sa fiche (#projet-…).', initial: 'p-s50804q7' },
  commune: { label: 'Commune (code INSEE)', help: 'Cinq chiffres, par exemple 62193 pour Calais ; vide : toutes.', pattern: '62[0-9]{3}' },
  arrondissement: { label: 'Arrondissement', choices: ARRONDISSEMENTS },
  category: { label: 'Catégorie', choices: CATEGORIES },
  sort: { label: 'Ordre initial', choices: [['', 'Aléatoire (par défaut)'], ['title', 'Par titre'], ['amount', 'Par montant']] },
  format: { label: 'Format des comptoirs', choices: [['', 'Tous'], ['in-person', 'Sur place'], ['online', 'En ligne']] },
  'page-size': { label: 'Projets par page', help: 'De 1 à 100 (12 par défaut).', min: 1, max: 100 },
  'ballot-url': { label: 'Page du vote', help: '« Voter pour ce projet » y mène, avec ?projet=<id>.' },
  'results-url': { label: 'Page des résultats' },
  'rules-url': { label: 'Page du règlement du vote' },
  href: { label: 'Lien du titre', help: 'La page du projet sur votre site.' },
  'hide-explanation': { label: 'Masquer « Comment sont calculés les résultats ? »' },
  'heading-level': {
    label: 'Niveau des titres',
    help: 'Pour suivre la hiérarchie de votre page : sous un titre h2, mettez 3 (vide : le niveau par défaut du widget).',
    min: 1,
    max: 6,
  },
  'poll-interval': { label: 'Intervalle d’interrogation (ms)', help: 'Quand le direct n’est pas disponible (30 000 par défaut).', min: 1000 },
  campaign: { label: 'Campagne', help: 'Vide : la campagne en cours (par exemple bc-2025 pour la précédente).' },
  lang: { label: 'Langue', choices: [['', 'Celle de la page'], ['fr', 'Français'], ['en', 'English']] },
};
/** Set by the snippet's own field (api-url), never per widget. */
const MANAGED = new Set(['api-base']);

const TOKENS = [
  ['--bc-color-primary', 'Couleur principale', '#000091'],
  ['--bc-color-primary-hover', 'Principale, au survol', '#1212ff'],
  ['--bc-color-on-primary', 'Texte sur la couleur principale', '#ffffff'],
  ['--bc-color-accent-bg', 'Fond des étiquettes', '#e3e3fd'],
  ['--bc-color-accent-text', 'Texte des étiquettes', '#000091'],
  ['--bc-color-text', 'Texte', '#161616'],
  ['--bc-color-surface', 'Fond des cartes', '#ffffff'],
  ['--bc-color-focus', 'Contour de focus', '#0a76f6'],
];
const RADIUS = ['--bc-radius', 'Arrondi des angles (rem)', 0];

const PREVIEW_API = '/api/v1';
const $ = (id) => document.getElementById(id);
const form = $('config');
const widgetSelect = $('widget');
const preview = $('preview');
let current; // the previewed element

/** The attributes a registered widget class declares (Lit's reactive properties). */
function attributesOf(tag) {
  const Widget = customElements.get(tag);
  const list = [];
  for (const [property, options] of Widget?.elementProperties ?? []) {
    if (options.state || options.attribute === false) continue;
    const name = typeof options.attribute === 'string' ? options.attribute : String(property).toLowerCase();
    if (MANAGED.has(name)) continue;
    list.push({ name, type: options.type === Boolean ? 'boolean' : options.type === Number ? 'number' : 'string' });
  }
  // The widget's own attributes first, then those every widget shares.
  const shared = ['campaign', 'lang'];
  return [...list.filter((a) => !shared.includes(a.name)), ...list.filter((a) => shared.includes(a.name))];
}

function element(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  node.append(...children);
  return node;
}

function buildWidgetSelect() {
  for (const [tag, { label }] of Object.entries(TAGS)) {
    const defined = Boolean(customElements.get(tag));
    widgetSelect.append(element('option', { value: tag, disabled: !defined, text: defined ? `${label} <${tag}>` : `${label} <${tag}> (absent du script)` }));
  }
  const requested = new URLSearchParams(window.location.search).get('widget');
  const firstDefined = Object.keys(TAGS).find((tag) => customElements.get(tag));
  widgetSelect.value = requested && customElements.get(requested) ? requested : firstDefined ?? '';
}

function buildAttributeFields(tag) {
  const box = $('attribute-fields');
  box.replaceChildren();
  for (const { name, type } of attributesOf(tag)) {
    const info = ATTRIBUTES[name] ?? {};
    const id = `attr-${name}`;
    const helpId = info.help ? `${id}-help` : undefined;
    const labelText = `${info.label ?? name} (${name})`;
    if (type === 'boolean') {
      box.append(element('div', { class: 'field field--inline' }, [
        element('input', { id, type: 'checkbox', 'data-attribute': name, 'aria-describedby': helpId }),
        element('label', { for: id, text: labelText }),
      ]));
    } else {
      const control = info.choices
        ? element('select', { id, 'data-attribute': name, 'aria-describedby': helpId }, info.choices.map(([value, text]) => element('option', { value, text })))
        : element('input', {
            id,
            'data-attribute': name,
            type: type === 'number' ? 'number' : 'text',
            inputmode: name === 'commune' ? 'numeric' : undefined,
            pattern: info.pattern,
            min: info.min,
            max: info.max,
            value: info.initial,
            'aria-describedby': helpId,
            autocomplete: 'off',
          });
      box.append(element('div', { class: 'field' }, [element('label', { for: id, text: labelText }), control]));
    }
    if (helpId) box.lastElementChild.append(element('p', { id: helpId, class: 'help', text: info.help }));
  }
  $('widget-help').textContent = TAGS[tag]?.help ?? '';
}

function buildTokenFields() {
  const box = $('token-fields');
  for (const [token, label, initial] of TOKENS) {
    const id = `token-${token.slice(2)}`;
    box.append(element('div', { class: 'token-row' }, [
      element('input', { id, type: 'color', value: initial, 'data-token': token, 'data-default': initial }),
      element('label', { for: id }, [label, element('code', { text: token })]),
    ]));
  }
  const [token, label, initial] = RADIUS;
  box.append(element('div', { class: 'field' }, [
    element('label', { for: 'token-radius' }, [label, element('code', { text: token })]),
    element('input', { id: 'token-radius', type: 'number', min: 0, max: 2, step: 0.125, value: initial, 'data-token': token, 'data-default': String(initial), 'data-unit': 'rem' }),
  ]));
}

/** The chosen attributes, in form order, without empty ones. */
function chosenAttributes() {
  const chosen = [];
  for (const input of $('attribute-fields').querySelectorAll('[data-attribute]')) {
    const name = input.dataset.attribute;
    if (input.type === 'checkbox') {
      if (input.checked) chosen.push([name, '']);
    } else if (input.value.trim() !== '') chosen.push([name, input.value.trim()]);
  }
  return chosen;
}

/** Tokens changed from their defaults. */
function chosenTokens() {
  const chosen = [];
  for (const input of $('token-fields').querySelectorAll('[data-token]')) {
    if (input.value === '' || input.value === input.dataset.default) continue;
    chosen.push([input.dataset.token, `${input.value}${input.dataset.unit ?? ''}`]);
  }
  return chosen;
}

function updatePreview() {
  const tag = widgetSelect.value;
  if (!tag) return;
  if (!current || current.localName !== tag) {
    current = document.createElement(tag);
    preview.replaceChildren(current);
  }
  const attributes = new Map(chosenAttributes());
  attributes.set('api-base', PREVIEW_API);
  // The preview sits under this page's <h2> "Aperçu": its titles one level below, as the guide
  // advises, unless a level is chosen (the snippet keeps only what is chosen).
  if (!attributes.has('heading-level') && attributesOf(tag).some(({ name }) => name === 'heading-level')) attributes.set('heading-level', '3');
  for (const name of current.getAttributeNames()) if (!attributes.has(name)) current.removeAttribute(name);
  for (const [name, value] of attributes) if (current.getAttribute(name) !== value) current.setAttribute(name, value);
  for (const [token] of [...TOKENS, RADIUS]) current.style.removeProperty(token);
  for (const [token, value] of chosenTokens()) current.style.setProperty(token, value);
}

const escapeAttribute = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

function updateSnippets() {
  const tag = widgetSelect.value;
  const attributes = [['api-base', $('api-url').value.trim()], ...chosenAttributes()];
  const rendered = attributes.map(([name, value]) => (value === '' && name !== 'api-base' ? name : `${name}="${escapeAttribute(value)}"`));
  $('snippet-html').textContent =
    `<script type="module" src="${escapeAttribute($('cdn-url').value.trim())}"></script>\n` +
    `<${tag} ${rendered.join(' ')}></${tag}>`;
  const tokens = chosenTokens();
  $('snippet-css').textContent = tokens.length
    ? `/* Couleurs du budget citoyen, pour toute la page */\n:root {\n${tokens.map(([t, v]) => `  ${t}: ${v};`).join('\n')}\n}`
    : '/* Couleurs par défaut : rien à ajouter. */';
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a, b) {
  const luminance = (hex) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function updateContrast() {
  const value = (token) => $('token-fields').querySelector(`[data-token="${token}"]`).value;
  const checks = [
    ['la couleur principale sur le fond des cartes', value('--bc-color-primary'), value('--bc-color-surface'), 4.5],
    ['le texte sur la couleur principale', value('--bc-color-on-primary'), value('--bc-color-primary'), 4.5],
    ['le texte des étiquettes sur leur fond', value('--bc-color-accent-text'), value('--bc-color-accent-bg'), 4.5],
    ['le texte sur le fond des cartes', value('--bc-color-text'), value('--bc-color-surface'), 4.5],
    ['le contour de focus sur le fond des cartes', value('--bc-color-focus'), value('--bc-color-surface'), 3],
  ];
  const failing = checks.filter(([, fg, bg, min]) => contrast(fg, bg) < min);
  const out = $('contrast');
  out.classList.toggle('warning', failing.length > 0);
  out.textContent = failing.length
    ? `Contraste insuffisant (RGAA/WCAG AA) : ${failing.map(([what, fg, bg, min]) => `${what} (${contrast(fg, bg).toFixed(1)}:1, il faut ${min}:1)`).join(' ; ')}.`
    : 'Contrastes vérifiés : niveau AA atteint pour ces couleurs.';
}

let timer;
function update({ debounce = false } = {}) {
  updateSnippets();
  updateContrast();
  clearTimeout(timer);
  // Typing in a field should not send a request per keystroke.
  if (debounce) timer = setTimeout(updatePreview, 400);
  else updatePreview();
}

async function copy(button) {
  const source = $(button.dataset.copy);
  const status = $('copy-status');
  const what = button.dataset.copy === 'snippet-css' ? 'Code CSS' : 'Code HTML';
  status.textContent = '';
  try {
    await navigator.clipboard.writeText(source.textContent);
    status.textContent = `${what} copié dans le presse-papiers.`;
  } catch {
    // No clipboard (permissions, older browser): select the code so that Ctrl+C works.
    const range = document.createRange();
    range.selectNodeContents(source);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    status.textContent = `Copie automatique impossible : le ${what.toLowerCase()} est sélectionné, copiez-le avec Ctrl+C (Cmd+C sur Mac).`;
  }
}

buildWidgetSelect();
buildAttributeFields(widgetSelect.value);
buildTokenFields();
widgetSelect.addEventListener('change', () => {
  buildAttributeFields(widgetSelect.value);
  update();
});
form.addEventListener('input', (event) => {
  if (event.target === widgetSelect) return;
  update({ debounce: event.target.matches('input[type="text"], input[type="url"], input[type="number"]') });
});
form.addEventListener('submit', (event) => event.preventDefault());
$('reset-tokens').addEventListener('click', () => {
  for (const input of $('token-fields').querySelectorAll('[data-token]')) input.value = input.dataset.default;
  update();
});
for (const button of document.querySelectorAll('button.copy')) button.addEventListener('click', () => copy(button));
update();
document.documentElement.dataset.configurator = 'ready';
