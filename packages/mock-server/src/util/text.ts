/** Search key: lower case, no accents, hyphens/apostrophes/punctuation as spaces. */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[œ]/g, 'oe')
    .replace(/[æ]/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** True when every word of `query` appears in one of `fields` (accents and case ignored). */
export function matchesQuery(query: string, fields: readonly string[]): boolean {
  const words = searchKey(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fields.map(searchKey).join(' | ');
  return words.every((w) => haystack.includes(w));
}

export const frenchCollator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** "d'Arras", "du Portel", "des Attaques", "de Lens". */
export function deCommune(name: string): string {
  if (name.startsWith('Le ')) return `du ${name.slice(3)}`;
  if (name.startsWith('Les ')) return `des ${name.slice(4)}`;
  if (/^[AEIOUYÂÉÈÊÎÔH]/i.test(name)) return `d'${name}`;
  return `de ${name}`;
}

/** "à Arras", "au Portel", "aux Attaques". */
export function aCommune(name: string): string {
  if (name.startsWith('Le ')) return `au ${name.slice(3)}`;
  if (name.startsWith('Les ')) return `aux ${name.slice(4)}`;
  return `à ${name}`;
}

const eurosFormat = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
/** `12 500 €` with the French thin spaces a reader expects. */
export function euros(cents: number): string {
  return eurosFormat.format(cents / 100);
}

export function slug(text: string): string {
  return searchKey(text).replace(/ /g, '-');
}
