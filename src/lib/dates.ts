/**
 * Dates as the tools show them, without Intl (pure). The first Intl formatter a page creates
 * costs 12–16 ms of main thread in Chromium (ICU starts up), on every page that shows a date,
 * before the first view is drawn; these few lines cost nothing.
 *
 * Swedish time is CET (UTC+1) with summer time (UTC+2) from the last Sunday of March to the last
 * Sunday of October, both at 01:00 UTC: the EU rule Sweden has followed since 1996. The unit
 * test compares every function with Intl's Europe/Stockholm over that whole period, so a
 * change of the rule in the time zone data shows up as a failing test.
 */
const HOUR = 3_600_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** 01:00 UTC on the last Sunday of `month` (0-based) of `year`, in ms. */
function lastSundayAtOne(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0);
  return lastDay - new Date(lastDay).getUTCDay() * 24 * HOUR + HOUR;
}

/** The instant `ms` as wall-clock time in Sweden, read with the getUTC… methods. */
function swedish(ms: number): Date {
  const year = new Date(ms).getUTCFullYear();
  const summer = ms >= lastSundayAtOne(year, 2) && ms < lastSundayAtOne(year, 9);
  return new Date(ms + (summer ? 2 : 1) * HOUR);
}

const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** A timestamp as a date in Swedish time, "2026-11-22"; text that is not a date is returned as it is. */
export function formatDate(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : ymd(swedish(ms));
}

/** A timestamp as date and time in Swedish time, "2026-11-22 14:05"; text that is not a date is returned as it is. */
export function formatDateTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const d = swedish(ms);
  return `${ymd(d)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** Today's date on this device, "2026-11-22" (for a default title). */
export function today(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Orders two ISO 8601 timestamps (or YYYY-MM-DD dates) in time, oldest first, also when they carry
 * different UTC offsets; equal instants (and text that is not a date) in code-unit order.
 * Used instead of localeCompare, which starts the browser's collator (several ms on the first
 * call) and does not know time.
 */
export function compareIso(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b) || (a < b ? -1 : a > b ? 1 : 0);
}
