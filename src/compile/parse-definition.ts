import { parse, printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import { pointer } from '../internal/json-pointer.js';
import type { Diagnostic } from './diagnostic.js';

/** The outcome of reading definition text: the value, or the one diagnostic that stops validation. */
export type ParsedDefinition = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly diagnostic: Diagnostic };

/** Parses definition text as strict JSON, reporting malformed text with its line and column. */
export function parseDefinitionText(text: string): ParsedDefinition {
  if (text.length === 0) {
    return failure('MISSING_DESCRIPTION', 'Definition is empty');
  }
  if (text.trim().length === 0) {
    return failure('SCHEMA_VALIDATION_FAILED', 'Definition must be a valid JSON object');
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return failure('INVALID_JSON_DESCRIPTION', describeSyntaxError(text));
  }
  const duplicate = duplicateKey(text);
  if (duplicate !== undefined) return failure('INVALID_JSON_DESCRIPTION', duplicate.message, duplicate.path);
  return { ok: true, value };
}

/**
 * Why JSON text does not parse, or holds a key twice in one object (JSON.parse would keep the last
 * silently), with the line and column; `undefined` for good JSON. Never quotes the text itself.
 */
export function jsonTextProblem(text: string): string | undefined {
  try {
    JSON.parse(text);
  } catch {
    return describeSyntaxError(text);
  }
  return duplicateKey(text)?.message;
}

function describeSyntaxError(text: string): string {
  const errors: ParseError[] = [];
  try {
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // jsonc-parser recurses: text nested too deep for it has no position to give.
    return 'Invalid JSON';
  }
  const first = errors[0];
  if (first === undefined) return 'Invalid JSON';
  const { line, column } = lineAndColumn(text, first.offset);
  return `Invalid JSON: ${humanize(printParseErrorCode(first.error))} at line ${line}, column ${column}`;
}

/** The first key an object of `text` holds twice, with its message and JSON pointer. */
function duplicateKey(text: string): { message: string; path: string } | undefined {
  const objects: Set<string>[] = [];
  let found: { message: string; path: string } | undefined;
  try {
    visit(text, {
      onObjectBegin: () => {
        objects.push(new Set());
      },
      onObjectEnd: () => {
        objects.pop();
      },
      onObjectProperty: (key, offset, _length, startLine, startCharacter, pathSupplier) => {
        const keys = objects.at(-1);
        if (found !== undefined || keys === undefined) return;
        if (!keys.has(key)) {
          keys.add(key);
          return;
        }
        const path = pointer(pathSupplier().reduce<string>((base, token) => pointer(base, token), ''), key);
        found = { message: `Duplicate key '${key}' at line ${String(startLine + 1)}, column ${String(startCharacter + 1)}`, path };
      },
    });
  } catch {
    // Too deep for jsonc-parser's recursion: the depth check of the validator reports such text.
    return undefined;
  }
  return found;
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function humanize(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function failure(code: Diagnostic['code'], message: string, path = ''): ParsedDefinition {
  return { ok: false, diagnostic: { code, severity: 'ERROR', path, message } };
}
