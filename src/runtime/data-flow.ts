import { assignPath } from '../paths/assign.js';
import { readPath, type PathScope } from '../paths/evaluate.js';
import { normalizedPath } from '../paths/normalize.js';
import { StatesResultPathMatchFailure, StatesRuntime } from './errors.js';
import { evaluateTemplate } from './template.js';
import type { ContextObject } from './context-object.js';
import type { RandomSource } from './random.js';

/** The JSONPath data-flow fields a state may have. */
export interface DataFlowFields {
  readonly InputPath?: string | null | undefined;
  readonly Parameters?: unknown;
  readonly ResultSelector?: unknown;
  readonly ResultPath?: string | null | undefined;
  readonly OutputPath?: string | null | undefined;
}

/** What paths and templates of one state read: its context object and the random source. */
export interface DataScope {
  readonly context: ContextObject;
  readonly random: RandomSource;
}

/** `InputPath`: the whole input by default, `{}` for `null`. */
export function applyInputPath(fields: DataFlowFields, input: unknown, scope: DataScope): unknown {
  return selectPath(fields.InputPath, input, scope);
}

/** `Parameters`: the effective input as given, or the template evaluated against it. */
export function applyParameters(fields: DataFlowFields, effective: unknown, scope: DataScope): unknown {
  return fields.Parameters === undefined ? effective : evaluateTemplate(fields.Parameters, pathScope(effective, scope), scope.random);
}

/** `ResultSelector`: the template evaluated against the result. */
export function applyResultSelector(fields: DataFlowFields, result: unknown, scope: DataScope): unknown {
  return fields.ResultSelector === undefined ? result : evaluateTemplate(fields.ResultSelector, pathScope(result, scope), scope.random);
}

/** `ResultPath`: where the result goes in the raw input (`$` replaces it, `null` discards the result). */
export function applyResultPath(fields: DataFlowFields, rawInput: unknown, result: unknown): unknown {
  const path = fields.ResultPath;
  if (path === undefined || path === '$') return result;
  if (path === null) return rawInput;
  const assigned = assignPath(rawInput, path, result);
  if (!assigned.ok) throw new StatesResultPathMatchFailure(assigned.message);
  return assigned.value;
}

/** `OutputPath`: the whole value by default, `{}` for `null`. */
export function applyOutputPath(fields: DataFlowFields, value: unknown, scope: DataScope): unknown {
  return selectPath(fields.OutputPath, value, scope);
}

/** The steps after a result: `ResultSelector`, then `ResultPath` into the raw input, then `OutputPath`. */
export function applyResultFields(fields: DataFlowFields, rawInput: unknown, result: unknown, scope: DataScope): unknown {
  return applyOutputPath(fields, applyResultPath(fields, rawInput, applyResultSelector(fields, result, scope)), scope);
}

/** The path scope for a value: `$` is the value, `$$` the context object. */
export function pathScope(value: unknown, scope: DataScope): PathScope {
  return { input: value, context: scope.context };
}

function selectPath(path: string | null | undefined, value: unknown, scope: DataScope): unknown {
  if (path === undefined || path === '$') return value;
  if (path === null) return {};
  const read = readPath(path, pathScope(value, scope));
  if (!read.found) throw new StatesRuntime(`Invalid path '${path}' : No results for path: ${normalizedPath(path)}`);
  return read.value;
}
