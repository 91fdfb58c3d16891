/**
 * Compares two strings by Unicode code point (negative, zero or positive). It differs from
 * JavaScript's `<` (UTF-16 code units) only when one side has a character above U+FFFF where the
 * other has one in U+E000–U+FFFF.
 *
 * @example
 * compareCodePoints('a', 'b') < 0;           // true
 * compareCodePoints('\u{1F600}', '\uFFFD') > 0; // true ('<' says the opposite)
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x !== y) {
      // Surrogates (D800–DFFF) encode code points above FFFF: move them after E000–FFFF.
      if (x >= 0xd800 && y >= 0xd800) {
        x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
        y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
      }
      return x - y;
    }
  }
  return a.length - b.length;
}
