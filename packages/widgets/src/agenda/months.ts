/** Comptoirs grouped by calendar month in Paris, for the agenda's month headings. */
import { TIME_ZONE } from '../base/format.js';
import { intlLocale, type Lang } from '../base/i18n.js';

export interface MonthGroup<T> {
  /** `2026-02`: stable, for keyed rendering and ids. */
  key: string;
  /** `Février 2026` / `February 2026`. */
  label: string;
  items: T[];
}

const keyFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit' });

/** `items` (already in the order wanted) cut into runs of the same Paris month. */
export function groupByMonth<T extends { start: string }>(items: readonly T[], lang: Lang): MonthGroup<T>[] {
  const locale = intlLocale(lang);
  const labelFormat = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, month: 'long', year: 'numeric' });
  const groups = new Map<string, MonthGroup<T>>();
  for (const item of items) {
    const date = new Date(item.start);
    const key = keyFormat.format(date);
    let group = groups.get(key);
    if (!group) {
      const label = labelFormat.format(date);
      group = { key, label: label.charAt(0).toLocaleUpperCase(locale) + label.slice(1), items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  return [...groups.values()];
}
