import { showChar } from '../paths/error.js';
import { skipQuoted } from '../paths/filter.js';
import { parsePath } from '../paths/syntax.js';
import type { IntrinsicArg, IntrinsicCall, IntrinsicParseResult, IntrinsicSyntaxError } from './ast.js';

/** How deep AWS lets intrinsic calls nest inside one field. */
export const MAX_INTRINSIC_DEPTH = 10;

const PREFIX = 'States.';

/**
 * Parses an intrinsic function call as AWS does: `States.Name(arg, …)` where an argument is a
 * single-quoted string (escapes `\'`, `\{`, `\}`, `\\` only), a number, `true`, `false`, `null`,
 * a path (`$.x`, `$$.x`, `$var.x`) or a nested call, at most {@link MAX_INTRINSIC_DEPTH} deep.
 * Checks syntax only; `checkIntrinsic` also checks names and argument counts. Never throws.
 *
 * @example
 * parseIntrinsic("States.Format('Hello {}', $.name)"); // { ok: true, call: { kind: 'call', name: 'States.Format', args: [...] }, depth: 1, calls: 1 }
 * parseIntrinsic("States.Array('\\n')"); // { ok: false, message: 'Illegal escape sequence "\\n" at offset 14: …', offset: 14 }
 */
export function parseIntrinsic(text: string): IntrinsicParseResult {
  const parser = new Parser(text);
  const call = parser.call(1);
  if (call instanceof Failure) return call.result;
  const end = parser.skipSpace(parser.pos);
  if (end < text.length) return fail(`Unexpected text after the intrinsic call at offset ${end}`, end).result;
  return { ok: true, call, depth: parser.depth, calls: parser.calls };
}

/** An error on its way out (a class, so `instanceof` tells it from a node). */
class Failure {
  constructor(readonly result: IntrinsicSyntaxError) {}
}

function fail(message: string, offset: number): Failure {
  return new Failure({ ok: false, message, offset });
}

class Parser {
  pos = 0;
  depth = 0;
  calls = 0;

  constructor(private readonly text: string) {}

  call(depth: number): IntrinsicCall | Failure {
    const { text } = this;
    const start = this.pos;
    if (!text.startsWith(PREFIX, start)) {
      return fail(`Expected an intrinsic function call States.<Name>(…) at offset ${start}`, start);
    }
    let pos = start + PREFIX.length;
    while (pos < text.length && isNameChar(text.charCodeAt(pos))) pos++;
    const name = text.slice(start, pos);
    if (pos === start + PREFIX.length) return fail(`Expected a function name after 'States.' at offset ${pos}`, pos);
    if (depth > MAX_INTRINSIC_DEPTH) {
      return fail(`Intrinsic functions can be nested at most ${MAX_INTRINSIC_DEPTH} deep (offset ${start})`, start);
    }
    if (text[pos] !== '(') return fail(`Expected '(' after ${name} at offset ${pos}`, pos);
    const open = pos;
    this.calls++;
    if (depth > this.depth) this.depth = depth;
    const args: IntrinsicArg[] = [];
    pos = this.skipSpace(pos + 1);
    if (text[pos] === ')') {
      this.pos = pos + 1;
      return { kind: 'call', name, args, offset: start };
    }
    for (;;) {
      this.pos = pos;
      const arg = this.arg(depth);
      if (arg instanceof Failure) return arg;
      args.push(arg);
      pos = this.skipSpace(this.pos);
      const c = text[pos];
      if (c === ')') break;
      if (c !== ',') {
        if (pos >= text.length) return fail(`Unclosed '(' of ${name} at offset ${open}`, open);
        return fail(`Expected ',' or ')' at offset ${pos}`, pos);
      }
      pos = this.skipSpace(pos + 1);
    }
    this.pos = pos + 1;
    return { kind: 'call', name, args, offset: start };
  }

  private arg(depth: number): IntrinsicArg | Failure {
    const { text, pos } = this;
    const c = text[pos];
    if (c === undefined) return fail(`Expected an argument at offset ${pos}`, pos);
    if (c === "'") return this.string();
    if (c === '$') return this.path();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    if (text.startsWith(PREFIX, pos)) return this.call(depth + 1);
    let end = pos;
    while (end < text.length && isNameChar(text.charCodeAt(end))) end++;
    const word = text.slice(pos, end);
    if (word === 'true' || word === 'false') {
      this.pos = end;
      return { kind: 'boolean', value: word === 'true', offset: pos };
    }
    if (word === 'null') {
      this.pos = end;
      return { kind: 'null', offset: pos };
    }
    const shown = word.length > 0 ? `'${word}'` : showChar(c);
    return fail(
      `Unexpected ${shown} at offset ${pos}: expected a string, number, boolean, null, path or intrinsic call`,
      pos,
    );
  }

  private string(): IntrinsicArg | Failure {
    const { text } = this;
    const start = this.pos;
    let value = '';
    let pos = start + 1;
    let chunk = pos;
    while (pos < text.length) {
      const c = text[pos];
      if (c === "'") {
        value += text.slice(chunk, pos);
        this.pos = pos + 1;
        return { kind: 'string', value, raw: text.slice(start + 1, pos), offset: start };
      }
      if (c === '\\') {
        const escaped = text[pos + 1];
        if (escaped === undefined) break;
        // The only escapes AWS accepts in an intrinsic string literal.
        if (escaped !== "'" && escaped !== '{' && escaped !== '}' && escaped !== '\\') {
          const shown = showChar(`\\${escaped}`);
          return fail(
            `Illegal escape sequence ${shown} at offset ${pos} in a string literal: only \\', \\{, \\} and \\\\ are allowed`,
            pos,
          );
        }
        value += text.slice(chunk, pos) + escaped;
        pos += 2;
        chunk = pos;
        continue;
      }
      pos++;
    }
    return fail(`Unclosed string literal starting at offset ${start}`, start);
  }

  private number(): IntrinsicArg | Failure {
    const { text } = this;
    const start = this.pos;
    let pos = start;
    if (text[pos] === '-') pos++;
    const intStart = pos;
    pos = skipDigits(text, pos);
    let integer = true;
    const bad = (): Failure => fail(`Invalid number at offset ${start}`, start);
    if (pos === intStart || (text[intStart] === '0' && pos - intStart > 1)) return bad();
    if (text[pos] === '.') {
      const fraction = pos + 1;
      pos = skipDigits(text, fraction);
      if (pos === fraction) return bad();
      integer = false;
    }
    if (text[pos] === 'e' || text[pos] === 'E') {
      pos++;
      if (text[pos] === '+' || text[pos] === '-') pos++;
      const exponent = pos;
      pos = skipDigits(text, exponent);
      if (pos === exponent) return bad();
      integer = false;
    }
    if (pos < text.length && !isDelimiter(text[pos] as string)) return bad();
    this.pos = pos;
    return { kind: 'number', value: Number(text.slice(start, pos)), integer, offset: start };
  }

  private path(): IntrinsicArg | Failure {
    const { text } = this;
    const start = this.pos;
    let pos = start;
    let brackets = 0;
    // The path runs to the first `,`, `)` or whitespace outside brackets.
    while (pos < text.length) {
      const c = text[pos] as string;
      if (brackets > 0 && (c === "'" || c === '"')) {
        const end = skipQuoted(text, pos);
        if (end < 0) break;
        pos = end;
        continue;
      }
      if (c === '[') brackets++;
      else if (c === ']') brackets--;
      else if (brackets <= 0 && isDelimiter(c)) break;
      pos++;
    }
    const pathText = text.slice(start, pos);
    const parsed = parsePath(pathText, 'path');
    if (!parsed.ok) {
      return fail(`Invalid path '${pathText}' at offset ${start}: ${parsed.message}`, start + parsed.offset);
    }
    this.pos = pos;
    return { kind: 'path', text: pathText, path: parsed, offset: start };
  }

  skipSpace(from: number): number {
    let pos = from;
    while (pos < this.text.length && isSpace(this.text[pos] as string)) pos++;
    return pos;
  }
}

function skipDigits(text: string, from: number): number {
  let pos = from;
  while (pos < text.length && (text[pos] as string) >= '0' && (text[pos] as string) <= '9') pos++;
  return pos;
}

function isNameChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

function isDelimiter(c: string): boolean {
  return c === ',' || c === ')' || isSpace(c);
}
