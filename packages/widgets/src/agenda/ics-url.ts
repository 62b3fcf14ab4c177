/**
 * Links to the API's iCalendar files. The files are made server-side (`@budget-citoyen/sdk/ics`):
 * the generator stays out of the widgets' script.
 */

/** The API's URL of one comptoir's `.ics`, next to the whole agenda's `comptoirs.ics`. */
export function comptoirIcsUrl(agendaIcsUrl: string, comptoirId: string): string {
  return agendaIcsUrl.replace(/\.ics$/, `/${encodeURIComponent(comptoirId)}.ics`);
}

/** `url` when it is http(s), else nothing: an `api-base` like `javascript:` must not become a link. */
export function httpHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
