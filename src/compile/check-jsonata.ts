import { isJsonObject } from '../internal/json-object.js';
import { pointer } from '../internal/json-pointer.js';
import { isJsonataString, jsonataBody } from '../jsonata/expression.js';
import { jsonataAst, parseJsonata, referencedStatesFields } from '../jsonata/parse.js';
import { unsupportedReferences } from '../jsonata/unsupported.js';
import type { CheckContext } from './context.js';

/** Fields whose values are constants in a JSONata state (or are checked elsewhere). */
const NOT_EVALUATED = new Set([
  'Type', 'Comment', 'QueryLanguage', 'Next', 'End', 'Default', 'Resource', 'Retry', 'Label',
  'Branches', 'ItemProcessor', 'Iterator', 'Choices', 'Catch', 'ProcessorConfig',
]);

/** Where an expression sits decides which `$states` fields it may read. */
interface Scope {
  readonly result: boolean;
  readonly errorOutput: boolean;
}

const STATE_RESULT_KINDS = new Set(['Task', 'Parallel', 'Map']);

/** Parses every `{% … %}` expression in a JSONata state's fields, its Choice rules and its catchers. */
export function checkJsonataFields(ctx: CheckContext, state: Record<string, unknown>, path: string, type: string): void {
  for (const [field, value] of Object.entries(state)) {
    if (NOT_EVALUATED.has(field)) continue;
    const result = STATE_RESULT_KINDS.has(type) && (field === 'Output' || field === 'Assign');
    walk(ctx, value, pointer(path, field), field, { result, errorOutput: false });
  }
  forEachObject(state.Choices, pointer(path, 'Choices'), (rule, rulePath) => {
    for (const field of ['Condition', 'Output', 'Assign']) {
      walk(ctx, rule[field], pointer(rulePath, field), field, { result: false, errorOutput: false });
    }
  });
  forEachObject(state.Catch, pointer(path, 'Catch'), (catcher, catcherPath) => {
    for (const field of ['Output', 'Assign']) {
      walk(ctx, catcher[field], pointer(catcherPath, field), field, { result: false, errorOutput: true });
    }
  });
}

function forEachObject(list: unknown, path: string, visit: (item: Record<string, unknown>, itemPath: string) => void): void {
  if (!Array.isArray(list)) return;
  list.forEach((item, index) => {
    if (isJsonObject(item)) visit(item, pointer(path, index));
  });
}

function walk(ctx: CheckContext, value: unknown, path: string, field: string, scope: Scope): void {
  if (typeof value === 'string') {
    if (isJsonataString(value)) checkExpression(ctx, jsonataBody(value), path, field, scope);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      walk(ctx, item, pointer(path, index), field, scope);
    });
  } else if (isJsonObject(value)) {
    for (const [key, entry] of Object.entries(value)) walk(ctx, entry, pointer(path, key), field, scope);
  }
}

function checkExpression(ctx: CheckContext, body: string, path: string, field: string, scope: Scope): void {
  const parsed = parseJsonata(body);
  if (!parsed.ok) {
    ctx.report.error('INVALID_JSONATA_EXPRESSION', path, parsed.message);
    return;
  }
  const ast = jsonataAst(body);
  for (const message of ast === undefined ? [] : unsupportedReferences(ast)) {
    ctx.report.error('UNSUPPORTED_JSONATA_EXPRESSION', path, message);
  }
  for (const name of referencedStatesFields(body)) {
    if ((name === 'result' && !scope.result) || (name === 'errorOutput' && !scope.errorOutput)) {
      ctx.report.error('UNSUPPORTED_JSONATA_EXPRESSION', path, `Field '$states.${name}' does not exist.`);
    }
  }
}
