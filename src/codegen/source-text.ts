/** Source code to print verbatim inside a printed value (a zod schema, a callback). */
export class Code {
  constructor(readonly text: string) {}
}

/** A value {@link printValue} can print: JSON, {@link Code}, or arrays and objects of them. */
export type Printable = Code | string | number | boolean | null | readonly Printable[] | { readonly [key: string]: Printable | undefined };

/** Objects and arrays printed on one line up to this many characters. */
const INLINE_WIDTH = 90;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A TypeScript string literal: single-quoted, or double-quoted when that needs fewer escapes. */
export function quote(text: string): string {
  if (text.includes("'") && !text.includes('"')) return JSON.stringify(text);
  const json = JSON.stringify(text).slice(1, -1);
  return `'${json.replace(/\\.|'/g, (m) => (m === '\\"' ? '"' : m === "'" ? "\\'" : m))}'`;
}

/** An object literal key: bare when it is an identifier, quoted otherwise (`__proto__` computed, so it stays a key). */
export function propertyKey(key: string): string {
  if (key === '__proto__') return `['__proto__']`;
  return IDENTIFIER.test(key) ? key : quote(key);
}

/**
 * `value` as a TypeScript expression: on one line when short, else one property or element per line,
 * indented by two spaces from `indent`. `undefined` properties are left out.
 */
export function printValue(value: Printable, indent = ''): string {
  if (value instanceof Code) return value.text;
  if (typeof value === 'string') return quote(value);
  if (Object.is(value, -0)) return '-0'; // JSON text may hold it; JSON.stringify writes 0
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return JSON.stringify(value);
  const inner = `${indent}  `;
  const items = isArray(value)
    ? value.map((item) => printValue(item, inner))
    : Object.entries(value).flatMap(([key, item]) => (item === undefined ? [] : [`${propertyKey(key)}: ${printValue(item, inner)}`]));
  const [open, close] = isArray(value) ? ['[', ']'] : ['{ ', ' }'];
  if (items.length === 0) return isArray(value) ? '[]' : '{}';
  const line = `${open}${items.join(', ')}${close}`;
  if (line.length <= INLINE_WIDTH && !line.includes('\n')) return line;
  return `${open.trim()}\n${items.map((item) => `${inner}${item},`).join('\n')}\n${indent}${close.trim()}`;
}

function isArray(value: Printable): value is readonly Printable[] {
  return Array.isArray(value);
}
