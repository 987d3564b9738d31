import { describe, expect, it } from 'vitest';
import { decimalComma, oneDecimal } from '../../../src/lib/format';

describe('decimal comma', () => {
  it('writes numbers the Swedish way, fixed or as they are', () => {
    expect(decimalComma(2.5)).toBe('2,5');
    expect(decimalComma(3)).toBe('3');
    expect(decimalComma(5, 1)).toBe('5,0');
    expect(decimalComma(1.25, 1)).toBe('1,3');
  });
  it('oneDecimal: integers as they are, others with one decimal (levels, medians)', () => {
    expect(oneDecimal(3)).toBe('3');
    expect(oneDecimal(2.5)).toBe('2,5');
    expect(oneDecimal(2.25)).toBe('2,3');
  });
});
