import { pathError } from './error.js';
import { skipQuoted } from './filter.js';
import type { PathSyntaxError } from './segment.js';

/** Jayway's lexical (word) filter operators; AWS's Paths page: "Lexical operators, which are non-symbolic, such as subsetof aren't supported". */
const LEXICAL = new Set(['in', 'nin', 'subsetof', 'anyof', 'noneof', 'size', 'empty', 'contains']);
const COMPARISONS = ['===', '!==', '==', '!=', '<=', '>=', '<', '>'];

/** One operand or operator of a filter expression, with its offset in the whole path. */
interface Token {
  readonly kind: 'path' | 'word' | 'regex-match' | 'comparison' | 'other';
  readonly text: string;
  readonly at: number;
}

/**
 * Refuses the filter operators Jayway knows but AWS Step Functions does not support (AWS's "Paths" page:
 * lexical operators such as `subsetof`, filtering by regular expression, and referencing another value in
 * the JSON structure): `=~`, `in`/`nin`/`subsetof`/`anyof`/`noneof`/`size`/`empty`/`contains`, a `$` path
 * inside the filter, and a comparison of two `@` paths. `open`/`close` are the offsets of the filter's parentheses.
 */
export function checkFilterOperators(text: string, open: number, close: number): PathSyntaxError | undefined {
  const tokens = tokenize(text, open + 1, close);
  for (const token of tokens) {
    if (token.kind === 'regex-match') {
      return pathError(`Regular expression filters ('=~') are not supported by Step Functions (offset ${token.at})`, token.at);
    }
    if (token.kind === 'word' && LEXICAL.has(token.text)) {
      return pathError(`The filter operator '${token.text}' is not supported by Step Functions (offset ${token.at})`, token.at);
    }
    if (token.kind === 'path' && token.text.startsWith('$')) {
      return pathError(`A filter cannot refer to another value of the document ('${token.text}' at offset ${token.at})`, token.at);
    }
  }
  for (const [i, token] of tokens.entries()) {
    const [left, right] = [tokens[i - 1], tokens[i + 1]];
    if (token.kind === 'comparison' && left?.kind === 'path' && right?.kind === 'path') {
      return pathError(`A filter cannot compare two values of the document ('${left.text}' ${token.text} '${right.text}' at offset ${left.at})`, left.at);
    }
  }
  return undefined;
}

function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let pos = from;
  while (pos < to) {
    const c = text[pos] as string;
    if (c === "'" || c === '"') {
      // A string the filter's own scan closed beyond this expression runs to its end.
      const end = skipQuoted(text, pos);
      const stop = end < 0 || end > to ? to : end;
      tokens.push({ kind: 'other', text: text.slice(pos, stop), at: pos });
      pos = stop;
    } else if (c === '@' || c === '$') {
      const end = pathEnd(text, pos, to);
      tokens.push({ kind: 'path', text: text.slice(pos, end), at: pos });
      pos = end;
    } else if (/[A-Za-z_]/u.test(c)) {
      let end = pos + 1;
      while (end < to && /\w/u.test(text[end] as string)) end++;
      tokens.push({ kind: 'word', text: text.slice(pos, end), at: pos });
      pos = end;
    } else if (text.startsWith('=~', pos)) {
      tokens.push({ kind: 'regex-match', text: '=~', at: pos });
      pos += 2;
    } else {
      const comparison = COMPARISONS.find((op) => text.startsWith(op, pos));
      if (comparison !== undefined) {
        tokens.push({ kind: 'comparison', text: comparison, at: pos });
        pos += comparison.length;
      } else {
        if (c !== ' ') tokens.push({ kind: 'other', text: c, at: pos });
        pos++;
      }
    }
  }
  return tokens;
}

/** The offset just past the path starting at `start` (`@` or `$`, then names, dots and `[…]` parts). */
function pathEnd(text: string, start: number, to: number): number {
  let pos = start + 1;
  if (text[pos] === '$') pos++;
  while (pos < to) {
    const c = text[pos] as string;
    if (c === '[') {
      pos = bracketEnd(text, pos, to);
    } else if (/[^\s=!<>&|()[\],~'"]/u.test(c)) {
      pos++;
    } else {
      break;
    }
  }
  return pos;
}

function bracketEnd(text: string, open: number, to: number): number {
  let pos = open + 1;
  while (pos < to && text[pos] !== ']') {
    const c = text[pos];
    pos = c === "'" || c === '"' ? skipQuoted(text, pos) : pos + 1;
    if (pos < 0) return to;
  }
  return Math.min(pos + 1, to);
}
