/** The workshop session's status and messages (codes in src/lib/workshop-session.ts) in words. */
import type { GroupMessage, LoadStatus } from '../../lib/workshop-session';
import { t } from '../../i18n/sv';

const s = t.workshop;

export function statusText(st: LoadStatus | null): string {
  if (!st) return '';
  switch (st.code) {
    case 'reading':
      return s.load.reading;
    case 'added':
      return [s.load.added(st.added), st.problems ? `${s.load.problemsHeading(st.problems)}.` : ''].filter(Boolean).join(' ');
    case 'removed':
      return s.participants.removed(st.who);
    case 'removedAll':
      return s.participants.removed(s.participants.removeAll);
    case 'restored':
      return s.participants.restored(st.n);
    case 'opened':
      return [st.name ? s.saved.opened(st.name) : '', st.dropped ? s.saved.dropped(st.dropped) : ''].filter(Boolean).join(' ');
    case 'closed':
      return s.saved.closed;
    case 'refreshed':
      return s.saved.refreshed;
    case 'appended':
      return s.appended.used(st.field);
    case 'tooLong':
      return s.appended.tooLong;
  }
}

export function groupMessageText(m: GroupMessage): string {
  return m.code === 'continued' ? s.group.continued(m.name) : s.group[m.code];
}

export const loadWords = { onlyGroup: s.problem.onlyGroup, tooMany: s.problem.tooMany };

export { today } from '../../lib/dates';

/**
 * Focuses an element by id once a render has put it on the page: at the next frame, or when it
 * appears later (the factor panels are drawn one per task), within `within` ms. Never after
 * focus has moved on meanwhile (to a control the user chose): only from where it was asked, or
 * from the page itself when that element has gone.
 */
export function focusLater(id: string, within = 3000): void {
  const from = document.activeElement;
  const focused = () => {
    const el = document.getElementById(id);
    if (!el) return false;
    const now = document.activeElement;
    if (now === from || now === document.body || now === null) el.focus();
    return true;
  };
  requestAnimationFrame(() => {
    if (focused()) return;
    const observer = new MutationObserver(() => {
      if (!focused()) return;
      observer.disconnect();
      clearTimeout(timer);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), within);
  });
}

/** The projector view is `?visa=projektor` (so a reload or a second window keeps it). */
const VIEW_PARAM = 'visa';
const PROJECTOR = 'projektor';

export const projectorMode = (): boolean => new URLSearchParams(window.location.search).get(VIEW_PARAM) === PROJECTOR;

export function setProjectorMode(on: boolean): void {
  const u = new URL(window.location.href);
  if (on) u.searchParams.set(VIEW_PARAM, PROJECTOR);
  else u.searchParams.delete(VIEW_PARAM);
  history.replaceState(history.state, '', u);
}
