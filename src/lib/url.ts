/** Joins the site's base (import.meta.env.BASE_URL, e.g. "/" or "/tsi/") and a site path. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.replace(/^\/+/, '');
  return `${b}${p}`;
}

/** The route of a chapter: "" for the start page, factor chapters under framgangsfaktorer/. */
export function chapterPath(ch: { id: string; data: { kind: string; route?: string | undefined } }): string {
  if (ch.data.kind === 'start') return '';
  if (ch.data.kind === 'factor') return `framgangsfaktorer/${ch.id}/`;
  return `${ch.data.route}/`;
}
