import { describe, expect, it } from 'vitest';
import { groupMessageText, statusText } from '../../../../src/islands/workshop/words';
import { t } from '../../../../src/i18n/sv';

const s = t.workshop;

describe('workshop status and messages in words', () => {
  it('says what a load did, with the problems counted', () => {
    expect(statusText(null)).toBe('');
    expect(statusText({ code: 'reading' })).toBe(s.load.reading);
    expect(statusText({ code: 'added', added: 2, problems: 0 })).toBe('2 nya deltagare inlästa.');
    expect(statusText({ code: 'added', added: 1, problems: 1 })).toBe('1 ny deltagare inlästa. En fil kunde inte läsas.');
    expect(statusText({ code: 'added', added: 0, problems: 3 })).toBe('Inga nya deltagare lästes in. 3 filer kunde inte läsas.');
    expect(statusText({ code: 'removed', who: 'Deltagare 2' })).toBe('Deltagare 2 är borttagen.');
    expect(statusText({ code: 'removedAll' })).toBe(`${s.participants.removeAll} är borttagen.`);
  });
  it('words every group message', () => {
    expect(groupMessageText({ kind: 'ok', code: 'created' })).toBe(s.group.created);
    expect(groupMessageText({ kind: 'ok', code: 'saved' })).toBe(s.group.saved);
    expect(groupMessageText({ kind: 'ok', code: 'startedNew' })).toBe(s.group.startedNew);
    expect(groupMessageText({ kind: 'ok', code: 'continued', name: 'Ale (2026-05-04)' })).toBe(
      s.group.continued('Ale (2026-05-04)'),
    );
    expect(groupMessageText({ kind: 'error', code: 'needOrganisation' })).toBe(s.group.needOrganisation);
    expect(groupMessageText({ kind: 'error', code: 'saveFailed' })).toBe(s.group.saveFailed);
    expect(groupMessageText({ kind: 'error', code: 'loadFailed' })).toBe(s.group.loadFailed);
  });
});
