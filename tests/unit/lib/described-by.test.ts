import { describe, expect, it } from 'vitest';
import { describedBy } from '../../../src/lib/described-by';

describe('describedBy', () => {
  it('names the hint and the error that are shown, in that order', () => {
    expect(describedBy('start-org', 'Till exempel …', undefined)).toBe('start-org-hint');
    expect(describedBy('start-org', 'Till exempel …', 'Skriv kommun')).toBe('start-org-hint start-org-error');
    expect(describedBy('start-org', undefined, 'Skriv kommun')).toBe('start-org-error');
  });
  it('nothing to describe: no attribute', () => {
    expect(describedBy('x', undefined, undefined)).toBeUndefined();
    expect(describedBy('x', '', null)).toBeUndefined();
  });
  it("keeps the control's own description first", () => {
    expect(describedBy('x', 'hint', undefined, 'other')).toBe('other x-hint');
  });
});
