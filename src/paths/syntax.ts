import { readBracket } from './bracket.js';
import { pathError, showChar } from './error.js';
import type { ParsedPath, PathKind, PathParseResult, PathRoot, PathSegment, PathSyntaxError } from './segment.js';

const SCAN: PathSegment = Object.freeze({ kind: 'scan' });
const WILDCARD: PathSegment = Object.freeze({ kind: 'wildcard' });
// Variable names are Unicode identifiers (letter or `_`, then letters, digits, `_`).
const VARIABLE_NAME = /[\p{ID_Start}_]\p{ID_Continue}*/uy;

/**
 * Parses an ASL JSONPath as AWS (Jayway JSONPath) reads it. `'reference'` accepts only
 * Reference Paths (names and single indexes), as ResultPath, Choice `Variable` and the
 * `*Path` fields require. Never throws.
 *
 * @example
 * parsePath('$.orders[0].id', 'reference'); // { ok: true, root: '$', segments: [name, index, name], … }
 * parsePath('$.items[*]', 'reference');     // { ok: false, message: 'Wildcards are not allowed in a reference path …' }
 */
export function parsePath(text: string, kind: PathKind): PathParseResult {
  if (text.length === 0) return pathError('Path is empty', 0);
  if (!text.startsWith('$')) return pathError("Path must start with '$'", 0);
  let root: PathRoot = '$';
  let variable: string | undefined;
  let pos = 1;
  if (text[1] === '$') {
    root = '$$';
    pos = 2;
  } else {
    VARIABLE_NAME.lastIndex = 1;
    const match = VARIABLE_NAME.exec(text);
    if (match !== null) {
      root = 'variable';
      variable = match[0];
      pos = 1 + variable.length;
    }
  }
  const segments: PathSegment[] = [];
  while (pos < text.length) {
    const c = text[pos] as string;
    let next: number | PathSyntaxError;
    if (c === '.') {
      next = readDot(text, pos, kind, segments);
    } else if (c === '[') {
      const read = readBracket(text, pos, kind);
      if (!read.ok) return read;
      segments.push(read.segment);
      next = read.end;
    } else {
      return unexpected(text, pos, c);
    }
    if (typeof next !== 'number') return next;
    pos = next;
  }
  const definite = segments.every((s) => s.kind === 'name' || s.kind === 'index');
  const parsed: ParsedPath = variable === undefined
    ? { ok: true, root, segments, definite }
    : { ok: true, root, variable, segments, definite };
  return parsed;
}

/** True for a string that starts with `$` (so it reads as a path, variable or context reference). */
export function isPathLike(s: string): boolean {
  return s.startsWith('$');
}

/** Reads `.name`, `.*`, `..` (+ what follows) at the `.` at `dot`; returns the next offset. */
function readDot(text: string, dot: number, kind: PathKind, segments: PathSegment[]): number | PathSyntaxError {
  let pos = dot + 1;
  if (text[pos] === '.') {
    if (kind === 'reference') return pathError(`Deep scan '..' is not allowed in a reference path (offset ${dot})`, dot);
    segments.push(SCAN);
    pos++;
    if (pos >= text.length) return pathError(`Path must not end with '..' (offset ${dot})`, dot);
    if (text[pos] === '.') return pathError(`Unexpected '.' at offset ${pos}`, pos);
    if (text[pos] === '[') return pos;
  } else if (pos >= text.length) {
    return pathError(`Path must not end with '.' (offset ${dot})`, dot);
  }
  if (text[pos] === '[') return pos; // Jayway accepts `$.['a']`
  if (text[pos] === '*') {
    if (kind === 'reference') return pathError(`Wildcards are not allowed in a reference path (offset ${pos})`, pos);
    segments.push(WILDCARD);
    return pos + 1;
  }
  return readDotName(text, pos, segments);
}

/** Reads a dot name: anything up to the next `.` or `[`, except whitespace. */
function readDotName(text: string, start: number, segments: PathSegment[]): number | PathSyntaxError {
  let pos = start;
  while (pos < text.length) {
    const c = text[pos] as string;
    if (c === '.' || c === '[') break;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (text.slice(pos).trim().length === 0) return pathError(`Trailing whitespace at offset ${pos}`, pos);
      return pathError(`Use bracket notation ['my name'] for a name with spaces (offset ${pos})`, pos);
    }
    pos++;
  }
  segments.push({ kind: 'name', name: text.slice(start, pos) });
  return pos;
}

function unexpected(text: string, pos: number, c: string): PathSyntaxError {
  if (c.trim().length === 0 && text.slice(pos).trim().length === 0) {
    return pathError(`Trailing whitespace at offset ${pos}`, pos);
  }
  // Right after a lone `$`, a variable name could have followed.
  const expected = pos === 1 ? "'.', '[' or a variable name" : "'.' or '['";
  return pathError(`Unexpected character ${showChar(c)} at offset ${pos}: expected ${expected}`, pos);
}
