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
  }
}

export function groupMessageText(m: GroupMessage): string {
  return m.code === 'continued' ? s.group.continued(m.name) : s.group[m.code];
}

export const loadWords = { onlyGroup: s.problem.onlyGroup, tooMany: s.problem.tooMany };

export const today = () => new Date().toLocaleDateString('sv-SE');
