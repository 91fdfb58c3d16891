import { pathError } from './error.js';
import type { PathSyntaxError } from './segment.js';

/**
 * Finds the `)` that closes the filter's `(` at `open`, skipping quoted strings
 * and nested parentheses or brackets. Returns its offset, or an error.
 */
export function findFilterClose(text: string, open: number): number | PathSyntaxError {
  // One stack of expected closers keeps `(` and `[` properly nested.
  const closers: string[] = [')'];
  let pos = open + 1;
  while (pos < text.length) {
    const c = text[pos];
    if (c === "'" || c === '"') {
      const end = skipQuoted(text, pos);
      if (end < 0) return pathError(`Unclosed string in filter at offset ${pos}`, pos);
      pos = end;
      continue;
    }
    if (c === '(') closers.push(')');
    else if (c === '[') closers.push(']');
    else if (c === ')' || c === ']') {
      if (closers.pop() !== c) return pathError(`Unbalanced '${c}' in filter at offset ${pos}`, pos);
      if (closers.length === 0) return pos;
    }
    pos++;
  }
  return pathError(`Unclosed '(' in filter at offset ${open}`, open);
}

/** Returns the offset just past the string quoted at `start`, or -1 if it never closes. */
export function skipQuoted(text: string, start: number): number {
  const quote = text[start];
  let pos = start + 1;
  while (pos < text.length) {
    const c = text[pos];
    if (c === '\\') pos += 2;
    else if (c === quote) return pos + 1;
    else pos++;
  }
  return -1;
}

/**
 * Refuses what would reach code from a filter expression (`open` is the offset of its `(`): a call
 * (`@.a.push(1)`, `@.constructor.constructor('…')()`) or an assignment (`x = 1`). Jayway's filter
 * grammar has neither, and jsonpath-plus's safe evaluator would run both against live values.
 */
export function checkFilterCode(text: string, open: number, close: number): PathSyntaxError | undefined {
  let previous = '';
  for (let pos = open + 1; pos < close; pos++) {
    const c = text[pos] as string;
    if (c === "'" || c === '"') {
      pos = skipQuoted(text, pos) - 1;
      previous = c;
      continue;
    }
    if (c === ' ') continue;
    if (c === '(' && (previous === ')' || previous === ']' || /[\w$@]/u.test(previous))) {
      return pathError(`Function calls are not allowed in a filter (offset ${pos})`, pos);
    }
    if (c === '=' && !'=!<>'.includes(previous) && text[pos + 1] !== '=' && text[pos + 1] !== '~') {
      return pathError(`Assignments are not allowed in a filter (offset ${pos})`, pos);
    }
    previous = c;
  }
  return undefined;
}
