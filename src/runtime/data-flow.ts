import { assignPath } from '../paths/assign.js';
import { readPath, type PathScope } from '../paths/evaluate.js';
import { normalizedPath } from '../paths/normalize.js';
import { StatesResultPathMatchFailure, StatesRuntime } from './errors.js';
import { evaluateTemplate } from './template.js';
import type { ContextObject } from './context-object.js';
import type { RandomSource } from './random.js';
import type { Outcome } from './state-handler.js';

/** The JSONPath data-flow fields a state may have. */
export interface DataFlowFields {
  readonly InputPath?: string | null | undefined;
  readonly Parameters?: unknown;
  readonly ResultSelector?: unknown;
  readonly ResultPath?: string | null | undefined;
  readonly OutputPath?: string | null | undefined;
  readonly Assign?: Readonly<Record<string, unknown>> | undefined;
}

/** What paths and templates of one state read: its context object, the variables in scope and the random source. */
export interface DataScope {
  readonly context: ContextObject;
  readonly variables: Readonly<Record<string, unknown>>;
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

/**
 * The steps after a result: `ResultSelector`, then `ResultPath` into the raw input, then `OutputPath`;
 * `Assign` reads the selected result.
 */
export function applyResultFields(fields: DataFlowFields, rawInput: unknown, result: unknown, scope: DataScope): Omit<Outcome, 'next'> {
  const selected = applyResultSelector(fields, result, scope);
  const assigned = applyAssign(fields, selected, scope);
  return { output: applyOutputPath(fields, applyResultPath(fields, rawInput, selected), scope), assigned };
}

/** `Assign` of a JSONPath state or rule: the template evaluated against `value` (`$`); `undefined` without one. */
export function applyAssign(fields: DataFlowFields, value: unknown, scope: DataScope): Readonly<Record<string, unknown>> | undefined {
  if (fields.Assign === undefined) return undefined;
  return evaluateTemplate(fields.Assign, pathScope(value, scope), scope.random) as Record<string, unknown>;
}

/** The path scope for a value: `$` is the value, `$$` the context object, `$name` a variable. */
export function pathScope(value: unknown, scope: DataScope): PathScope {
  return { input: value, context: scope.context, variables: scope.variables };
}

function selectPath(path: string | null | undefined, value: unknown, scope: DataScope): unknown {
  if (path === undefined || path === '$') return value;
  if (path === null) return {};
  const read = readPath(path, pathScope(value, scope));
  if (!read.found) throw new StatesRuntime(`Invalid path '${path}' : No results for path: ${normalizedPath(path)}`);
  return read.value;
}
