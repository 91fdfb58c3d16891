import { isJsonObject } from '../internal/json-object.js';
import { pointer } from '../internal/json-pointer.js';
import { parseIntrinsic } from '../intrinsics/parse.js';
import type { IntrinsicArg } from '../intrinsics/ast.js';
import { looksLikeIntrinsic } from '../intrinsics/functions.js';
import { isJsonataString, jsonataBody } from '../jsonata/expression.js';
import { jsonataAst } from '../jsonata/parse.js';
import { variableReferences } from '../jsonata/variable-references.js';
import { parsePath } from '../paths/syntax.js';
import type { QueryLanguage } from './context.js';

/** One `$name` a state reads, with the pointer of the field that reads it. */
export interface VariableReference {
  readonly name: string;
  readonly path: string;
}

/** Fields that hold nested scopes (walked on their own) or constants. */
const SKIPPED = new Set(['Branches', 'ItemProcessor', 'Iterator', 'Result', 'Comment', 'Type', 'Next', 'Default', 'Resource', 'QueryLanguage']);

/** The workflow variables one state reads, in either query language (not those of its nested scopes). */
export function stateVariableReferences(state: Record<string, unknown>, path: string, language: QueryLanguage): VariableReference[] {
  const found: VariableReference[] = [];
  for (const [field, value] of Object.entries(state)) {
    if (SKIPPED.has(field)) continue;
    if (language === 'JSONata') collectJsonata(value, pointer(path, field), found);
    else collectJsonPath(field, value, pointer(path, field), found, true);
  }
  return found;
}

function collectJsonata(value: unknown, path: string, found: VariableReference[]): void {
  if (typeof value === 'string') {
    if (!isJsonataString(value)) return;
    const ast = jsonataAst(jsonataBody(value));
    if (ast !== undefined) for (const name of variableReferences(ast)) found.push({ name, path });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      collectJsonata(item, pointer(path, index), found);
    });
  } else if (isJsonObject(value)) {
    for (const [key, item] of Object.entries(value)) collectJsonata(item, pointer(path, key), found);
  }
}

/**
 * JSONPath reads variables in `key.$` template values, in path fields (`InputPath`, `…Path`,
 * a Choice rule's `Variable`) and in intrinsic arguments. `ResultPath` writes, it never reads one.
 */
function collectJsonPath(key: string, value: unknown, path: string, found: VariableReference[], pathFields: boolean): void {
  if (typeof value === 'string') {
    const reads = key.endsWith('.$') || (pathFields && key !== 'ResultPath' && (key.endsWith('Path') || key === 'Variable'));
    if (reads) for (const name of dynamicReferences(value)) found.push({ name, path });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      collectJsonPath('', item, pointer(path, index), found, pathFields);
    });
  } else if (isJsonObject(value)) {
    // Inside a payload template only `key.$` entries are read; other keys are literal data.
    const template = key === 'Parameters' || key === 'ResultSelector' || key === 'ItemSelector' || key === 'Assign' || key === 'BatchInput' || key === 'Credentials';
    for (const [name, item] of Object.entries(value)) collectJsonPath(name, item, pointer(path, name), found, pathFields && !template);
  }
}

function dynamicReferences(text: string): string[] {
  if (looksLikeIntrinsic(text)) {
    const parsed = parseIntrinsic(text);
    return parsed.ok ? intrinsicReferences(parsed.call.args) : [];
  }
  const parsed = parsePath(text, 'path');
  return parsed.ok && parsed.root === 'variable' && parsed.variable !== undefined ? [parsed.variable] : [];
}

function intrinsicReferences(args: readonly IntrinsicArg[]): string[] {
  return args.flatMap((arg) => {
    if (arg.kind === 'call') return intrinsicReferences(arg.args);
    return arg.kind === 'path' && arg.path.root === 'variable' && arg.path.variable !== undefined ? [arg.path.variable] : [];
  });
}
