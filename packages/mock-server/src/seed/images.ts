/**
 * Project illustrations as inline SVG data URIs: the mock never makes a request of its own,
 * in a test, a sandboxed demo or an offline laptop alike.
 */
export type ImageTheme = 'basket' | 'people' | 'house' | 'bike' | 'wrench' | 'screen' | 'fork' | 'cup' | 'leaf' | 'recycle';

const INK = '#1d3b3a';

const ICONS: Record<ImageTheme, string> = {
  basket:
    '<circle cx="270" cy="170" r="34" fill="#e4572e"/><circle cx="330" cy="160" r="30" fill="#f3a712"/><circle cx="380" cy="178" r="28" fill="#76b041"/>' +
    '<path d="M200 200h240l-28 110H228z" fill="#a0522d"/><path d="M230 200l40-70M410 200l-40-70" stroke="' +
    INK +
    '" stroke-width="10" fill="none"/>',
  people:
    '<circle cx="250" cy="150" r="32" fill="#f3a712"/><circle cx="320" cy="140" r="32" fill="#e4572e"/><circle cx="390" cy="150" r="32" fill="#2e86ab"/>' +
    '<path d="M205 270c0-50 90-50 90 0zM275 260c0-55 90-55 90 0zM345 270c0-50 90-50 90 0z" fill="' +
    INK +
    '"/><rect x="190" y="270" width="260" height="20" rx="6" fill="#a0522d"/>',
  house:
    '<path d="M220 200l100-80 100 80v100H220z" fill="#f3a712"/><path d="M200 205l120-100 120 100" stroke="' +
    INK +
    '" stroke-width="14" fill="none"/><rect x="300" y="240" width="40" height="60" fill="' +
    INK +
    '"/><circle cx="460" cy="270" r="28" fill="#76b041"/>',
  bike:
    '<circle cx="240" cy="240" r="50" stroke="' +
    INK +
    '" stroke-width="12" fill="none"/><circle cx="400" cy="240" r="50" stroke="' +
    INK +
    '" stroke-width="12" fill="none"/><path d="M240 240l50-80h70l40 80M290 160l40 80h-90M350 140h30" stroke="#e4572e" stroke-width="10" fill="none"/>',
  wrench:
    '<path d="M230 300l120-120" stroke="' +
    INK +
    '" stroke-width="26" stroke-linecap="round"/><circle cx="370" cy="160" r="44" fill="#f3a712"/><circle cx="385" cy="145" r="20" fill="#fdf6e3"/>' +
    '<circle cx="260" cy="170" r="34" fill="none" stroke="#2e86ab" stroke-width="14" stroke-dasharray="14 8"/>',
  screen:
    '<rect x="210" y="130" width="200" height="130" rx="10" fill="' +
    INK +
    '"/><rect x="222" y="142" width="176" height="106" fill="#2e86ab"/><rect x="190" y="262" width="240" height="16" rx="6" fill="' +
    INK +
    '"/><rect x="430" y="170" width="56" height="100" rx="10" fill="#e4572e"/>',
  fork:
    '<circle cx="320" cy="210" r="80" fill="#fdf6e3" stroke="' +
    INK +
    '" stroke-width="10"/><circle cx="320" cy="210" r="48" fill="#76b041"/><path d="M210 140v150M195 140v40q15 20 30 0v-40M430 140q25 40 0 80v70" stroke="' +
    INK +
    '" stroke-width="10" fill="none"/>',
  cup:
    '<path d="M240 170h140v70a60 60 0 0 1-60 60h-20a60 60 0 0 1-60-60z" fill="#a0522d"/><path d="M380 190h20a30 30 0 0 1 0 60h-25" stroke="#a0522d" stroke-width="12" fill="none"/>' +
    '<path d="M280 150q-15-25 0-45M320 150q-15-25 0-45" stroke="' +
    INK +
    '" stroke-width="8" fill="none"/><rect x="210" y="300" width="220" height="14" rx="6" fill="' +
    INK +
    '"/>',
  leaf:
    '<path d="M320 300v-110" stroke="' +
    INK +
    '" stroke-width="12"/><path d="M320 200c-80 0-100-60-100-90 60 0 100 30 100 90zM320 180c60 0 90-50 90-80-60 0-90 30-90 80z" fill="#76b041"/>' +
    '<rect x="200" y="300" width="240" height="18" rx="6" fill="#a0522d"/>',
  recycle:
    '<path d="M320 110l50 86h-100z" fill="#76b041"/><path d="M405 250l-50 86-50-86z" fill="#2e86ab" transform="rotate(0)"/><path d="M235 250l50 86-50 0-50-86z" fill="#f3a712"/>' +
    '<circle cx="320" cy="230" r="110" fill="none" stroke="' +
    INK +
    '" stroke-width="10" stroke-dasharray="60 40"/>',
};

const BACKGROUNDS = ['#fdf6e3', '#e8f1f2', '#f6eee3', '#eef5e9', '#f4e9f1'];

/** A 640×400 illustration of the theme, as a `data:` URI ready for `<img src>`. */
export function svgDataUri(theme: ImageTheme, variant: number): string {
  const background = BACKGROUNDS[Math.abs(variant) % BACKGROUNDS.length];
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 400" width="640" height="400">` +
    `<rect width="640" height="400" fill="${background}"/>${ICONS[theme]}</svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
