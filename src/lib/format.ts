/** Number formatting for Swedish text (pure). */

/** A number with a decimal comma: fixed to `digits` decimals, or all it has when omitted. */
export function decimalComma(n: number, digits?: number): string {
  return (digits === undefined ? String(n) : n.toFixed(digits)).replace('.', ',');
}

/** Integers as they are, other numbers with one decimal: 3, 2,5 (levels, medians, chart values). */
export function oneDecimal(v: number): string {
  return Number.isInteger(v) ? String(v) : decimalComma(v, 1);
}
