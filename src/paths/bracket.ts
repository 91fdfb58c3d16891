import { pathError, showChar } from './error.js';
import { checkFilterCode, findFilterClose, skipQuoted } from './filter.js';
import { checkFilterOperators } from './filter-operators.js';
import type { PathKind, PathSegment, PathSyntaxError } from './segment.js';

/** A bracket segment and the offset just past its `]`. */
export interface BracketRead {
  readonly ok: true;
  readonly segment: PathSegment;
  readonly end: number;
}

// Jayway reads indexes as Java ints.
const MAX_INDEX = 2147483647;

/** Reads the bracket segment opening at `open` (`['a']`, `[0]`, `[*]`, `[1:3]`, `[?(…)]`). */
export function readBracket(text: string, open: number, kind: PathKind): BracketRead | PathSyntaxError {
  const pos = skipSpaces(text, open + 1);
  if (pos >= text.length) return unclosed(open);
  const c = text[pos] as string;
  if (c === "'" || c === '"') return readNames(text, open, pos, kind);
  if (c === '*') {
    if (kind === 'reference') return pathError(`Wildcards are not allowed in a reference path (offset ${pos})`, pos);
    return close(text, open, pos + 1, { kind: 'wildcard' }, "'*'");
  }
  if (c === '?') return readFilter(text, open, pos, kind);
  if (c === ']') return pathError(`Empty brackets at offset ${open}`, open);
  if (c === '-' || c === ':' || isDigit(c)) return readNumbers(text, open, pos, kind);
  return pathError(
    `Unexpected character ${showChar(c)} in brackets at offset ${pos}: expected a quoted name, an index, '*' or a filter`,
    pos,
  );
}

function readNames(text: string, open: number, first: number, kind: PathKind): BracketRead | PathSyntaxError {
  const names: string[] = [];
  let pos = first;
  for (;;) {
    const c = text[pos];
    if (c !== "'" && c !== '"') {
      if (pos >= text.length) return unclosed(open);
      return pathError(`Expected a quoted name at offset ${pos}`, pos);
    }
    const end = skipQuoted(text, pos);
    if (end < 0) return pathError(`Unclosed string starting at offset ${pos}`, pos);
    // AWS keeps backslashes in bracket names as written.
    names.push(text.slice(pos + 1, end - 1));
    pos = skipSpaces(text, end);
    if (text[pos] === ']') break;
    if (text[pos] !== ',') {
      if (pos >= text.length) return unclosed(open);
      return pathError(`Expected ',' or ']' after a name at offset ${pos}`, pos);
    }
    pos = skipSpaces(text, pos + 1);
  }
  const [only] = names;
  if (names.length === 1 && only !== undefined) return { ok: true, segment: { kind: 'name', name: only }, end: pos + 1 };
  if (kind === 'reference') return pathError(`Unions of names are not allowed in a reference path (offset ${open})`, open);
  return { ok: true, segment: { kind: 'names', names }, end: pos + 1 };
}

function readFilter(text: string, open: number, question: number, kind: PathKind): BracketRead | PathSyntaxError {
  if (kind === 'reference') return pathError(`Filters are not allowed in a reference path (offset ${open})`, open);
  const paren = skipSpaces(text, question + 1);
  if (text[paren] !== '(') return pathError(`Expected '(' after '?' at offset ${paren}`, paren);
  const closeParen = findFilterClose(text, paren);
  if (typeof closeParen !== 'number') return closeParen;
  const refused = checkFilterCode(text, paren, closeParen) ?? checkFilterOperators(text, paren, closeParen);
  if (refused !== undefined) return refused;
  const expression = text.slice(paren + 1, closeParen);
  if (expression.trim().length === 0) return pathError(`Empty filter expression at offset ${open}`, open);
  return close(text, open, closeParen + 1, { kind: 'filter', expression }, 'the filter');
}

function readNumbers(text: string, open: number, start: number, kind: PathKind): BracketRead | PathSyntaxError {
  const closeAt = text.indexOf(']', start);
  if (closeAt < 0) return unclosed(open);
  const body = text.slice(start, closeAt);
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (!isDigit(c) && c !== '-' && c !== ':' && c !== ',' && c !== ' ') {
      return pathError(`Unexpected character ${showChar(c)} in index at offset ${start + i}`, start + i);
    }
  }
  if (body.includes(':')) return readSlice(body, open, start, closeAt, kind);
  const indexes: number[] = [];
  for (const part of body.split(',')) {
    const index = readInt(part.trim());
    if (index === undefined) return pathError(`Invalid index '${part.trim()}' at offset ${open}`, open);
    indexes.push(index);
  }
  const [only] = indexes;
  if (indexes.length === 1 && only !== undefined) return { ok: true, segment: { kind: 'index', index: only }, end: closeAt + 1 };
  if (kind === 'reference') return pathError(`Unions of indexes are not allowed in a reference path (offset ${open})`, open);
  return { ok: true, segment: { kind: 'indexes', indexes }, end: closeAt + 1 };
}

function readSlice(body: string, open: number, start: number, closeAt: number, kind: PathKind): BracketRead | PathSyntaxError {
  if (kind === 'reference') return pathError(`Slices are not allowed in a reference path (offset ${open})`, open);
  const parts = body.split(':');
  if (parts.length > 2) return pathError(`Slice steps are not supported (offset ${start})`, start);
  if (body.includes(',')) return pathError(`A slice cannot be part of a union (offset ${start})`, start);
  const [from = '', to = ''] = parts.map((p) => p.trim());
  const startIndex = from === '' ? undefined : readInt(from);
  const endIndex = to === '' ? undefined : readInt(to);
  if ((from !== '' && startIndex === undefined) || (to !== '' && endIndex === undefined)) {
    return pathError(`Invalid slice '${body.trim()}' at offset ${open}`, open);
  }
  const segment: PathSegment = {
    kind: 'slice',
    ...(startIndex === undefined ? {} : { start: startIndex }),
    ...(endIndex === undefined ? {} : { end: endIndex }),
  };
  return { ok: true, segment, end: closeAt + 1 };
}

/** Parses `-?digits` within Java int range, else `undefined`. */
function readInt(s: string): number | undefined {
  const digits = s.startsWith('-') ? s.slice(1) : s;
  if (digits.length === 0 || digits.length > 10) return undefined;
  for (const c of digits) if (!isDigit(c)) return undefined;
  const n = Number(s);
  if (Math.abs(n) > MAX_INDEX) return undefined;
  return n === 0 ? 0 : n; // no -0
}

function close(text: string, open: number, from: number, segment: PathSegment, what: string): BracketRead | PathSyntaxError {
  const pos = skipSpaces(text, from);
  if (text[pos] === ']') return { ok: true, segment, end: pos + 1 };
  if (pos >= text.length) return unclosed(open);
  return pathError(`Expected ']' after ${what} at offset ${pos}`, pos);
}

function unclosed(open: number): PathSyntaxError {
  return pathError(`Unclosed bracket at offset ${open}`, open);
}

function skipSpaces(text: string, pos: number): number {
  let p = pos;
  while (text[p] === ' ') p++;
  return p;
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}
