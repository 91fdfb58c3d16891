const OPEN = '{%';
const CLOSE = '%}';

/**
 * True for an ASL JSONata expression string: it starts exactly with `{%` and ends exactly with `%}`
 * (no whitespace outside them). Any other string is a literal.
 *
 * @example
 * isJsonataString('{% $states.input.a %}'); // true
 * isJsonataString(' {% 1 %}');              // false
 */
export function isJsonataString(s: string): boolean {
  return s.length >= OPEN.length + CLOSE.length && s.startsWith(OPEN) && s.endsWith(CLOSE);
}

/**
 * The expression between `{%` and `%}`, as written, for a string {@link isJsonataString} accepts.
 * Offsets into the body are 2 less than offsets into the whole string.
 *
 * @example
 * jsonataBody('{% $states.input %}'); // ' $states.input '
 */
export function jsonataBody(s: string): string {
  return s.slice(OPEN.length, s.length - CLOSE.length);
}
