import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
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
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return failure('INVALID_JSON_DESCRIPTION', describeSyntaxError(text));
  }
}

function describeSyntaxError(text: string): string {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first === undefined) return 'Invalid JSON';
  const { line, column } = lineAndColumn(text, first.offset);
  return `Invalid JSON: ${humanize(printParseErrorCode(first.error))} at line ${line}, column ${column}`;
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

function failure(code: Diagnostic['code'], message: string): ParsedDefinition {
  return { ok: false, diagnostic: { code, severity: 'ERROR', path: '', message } };
}
