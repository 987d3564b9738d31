import { describe, expect, it } from 'vitest';
import { unreadableFileName, unreadableTime } from '../../../../src/islands/kit/StorageNoticesView';
import { UNREADABLE_PREFIX } from '../../../../src/lib/stored-format';

describe('kept-aside data: its label and file name', () => {
  const key = `${UNREADABLE_PREFIX}2026-03-01T10:15:30.123Z`;
  it('the label shows the time the data was kept aside', () => {
    expect(unreadableTime(key)).toBe('2026-03-01T10:15:30.123Z');
    expect(unreadableTime(`${key}-2`)).toBe('2026-03-01T10:15:30.123Z-2');
  });
  it('the file name is safe on every system (ASCII letters, digits and dashes around the time)', () => {
    expect(unreadableFileName(key)).toBe('oläsbara-uppgifter-2026-03-01T10-15-30-123Z.txt');
    expect(unreadableFileName(`${UNREADABLE_PREFIX}a/b\\c`)).toBe('oläsbara-uppgifter-a-b-c.txt');
  });
});
