/**
 * Swedish plural forms for the string table: `plural(n, 'självskattning', 'självskattningar')`.
 * Strings with numbers are functions of typed arguments (no `{placeholder}` templates), and
 * every count picks its form here, so "1 självskattningar" cannot happen.
 */
export function plural(n: number, one: string, other: string): string {
  return n === 1 ? one : other;
}

/** The count and its noun: `count(3, 'faktor', 'faktorer')` → "3 faktorer". */
export function count(n: number, one: string, other: string): string {
  return `${n} ${plural(n, one, other)}`;
}
