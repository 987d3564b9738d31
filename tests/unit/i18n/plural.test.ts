import { describe, expect, it } from 'vitest';
import { count, plural } from '../../../src/i18n/plural';

describe('plural', () => {
  it('picks the singular for exactly one, the plural otherwise', () => {
    expect(plural(1, 'faktor', 'faktorer')).toBe('faktor');
    for (const n of [0, 2, 10, -1]) expect(plural(n, 'faktor', 'faktorer')).toBe('faktorer');
    expect(count(1, 'självskattning', 'självskattningar')).toBe('1 självskattning');
    expect(count(0, 'självskattning', 'självskattningar')).toBe('0 självskattningar');
  });
});
