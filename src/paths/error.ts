import type { PathSyntaxError } from './segment.js';

/** Builds a syntax error result. */
export function pathError(message: string, offset: number): PathSyntaxError {
  return { ok: false, message, offset };
}

/** Shows a character (or short text) in a message: quoted, or JSON-escaped if it holds control characters. */
export function showChar(c: string): string {
  for (let i = 0; i < c.length; i++) {
    const code = c.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return JSON.stringify(c);
  }
  return `'${c}'`;
}
