import jsonata from 'jsonata';
import { StatesQueryEvaluationError } from '../runtime/errors.js';
import type { RandomSource } from '../runtime/random.js';
import { isJsonataString, jsonataBody } from './expression.js';
import { awsFunctionBindings } from './functions/aws-functions.js';
import { jsonText, jsonTypeName } from './functions/function-error.js';

/** What a JSONata expression of a state can see. */
export interface JsonataScope {
  /** `$states`; only the members given are bound (`result` and `errorOutput` only where AWS has them). */
  readonly states: { input: unknown; context: unknown; result?: unknown; errorOutput?: unknown };
  /** The workflow variables in scope, each bound as `$name`. */
  readonly variables: Readonly<Record<string, unknown>>;
  /** The execution's random source, for `$random()` and `$uuid()`. */
  readonly random: RandomSource;
  /** The execution's clock reading (epoch milliseconds), for `$now()` and `$millis()`; the machine's clock when absent. */
  readonly now?: number;
  /** The field the expression is written in, as AWS names it in causes: `Output`, `Output/a/b`, `Items`. */
  readonly field: string;
  /** The state being executed. */
  readonly stateName: string;
}

type Expression = ReturnType<typeof jsonata>;

// Distinct compiled expressions kept; the oldest is dropped beyond this.
const CACHE_LIMIT = 2000;
const compiled = new Map<string, Expression>();

/**
 * Evaluates one JSONata expression (the body of `{% … %}`) the way AWS Step Functions does:
 * jsonata 2.0.6 with `$states`, the workflow variables and AWS's added functions bound, and `$eval`
 * removed. The result is plain JSON, or `undefined` when the expression yields nothing (callers that
 * need a value use {@link evaluateJsonataValue} or {@link jsonataUndefinedError}).
 *
 * @throws StatesQueryEvaluationError with AWS's cause text when the expression fails or yields a function.
 *
 * @example
 * await evaluateJsonata(' $partition($states.input, 2) ', scope); // [[1, 2], [3]] for input [1, 2, 3]
 */
export async function evaluateJsonata(body: string, scope: JsonataScope): Promise<unknown> {
  let result: unknown;
  try {
    result = await compile(body).evaluate(scope.states.input, bindings(scope));
  } catch (error) {
    throw queryError(`${expressionIn(body, scope.field)} threw an error during evaluation. ${errorText(error)}`, scope.field);
  }
  const json = toJson(result);
  if (json === UNSUPPORTED) {
    throw queryError(`${expressionIn(body, scope.field)} returned an unsupported result type.`, scope.field);
  }
  return json;
}

/**
 * Evaluates a JSONata payload template (`Arguments`, `Output`, an `Assign` value, …): every
 * `{% … %}` string in it, at any depth, is replaced by its value, and everything else is copied.
 * Expressions run in document order. A nested string's field is named from `scope.field` with
 * `/key` for each object key and `[i]` for each array index, e.g. `Output/FunctionResult`.
 *
 * @throws StatesQueryEvaluationError when an expression fails, or yields `undefined` ("returned nothing (undefined).").
 *
 * @example
 * await evaluateJsonataValue({ sum: '{% $sum($states.input) %}', kind: 'total' }, scope); // { sum: 6, kind: 'total' } for [1, 2, 3]
 */
export async function evaluateJsonataValue(value: unknown, scope: JsonataScope): Promise<unknown> {
  if (typeof value === 'string') {
    if (!isJsonataString(value)) return value;
    const body = jsonataBody(value);
    const result = await evaluateJsonata(body, scope);
    if (result === undefined) throw jsonataUndefinedError(body, scope.field);
    return result;
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const [index, item] of value.entries()) {
      out.push(await evaluateJsonataValue(item, { ...scope, field: `${scope.field}[${index}]` }));
    }
    return out;
  }
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] = await evaluateJsonataValue(item, { ...scope, field: `${scope.field}/${key}` });
    }
    return out;
  }
  return value;
}

/**
 * The error for an expression that yielded nothing where a value is required.
 *
 * @example
 * jsonataUndefinedError(' $states.input.x ', 'Output').cause;
 * // "The JSONata expression '$states.input.x' specified for the field 'Output' returned nothing (undefined)."
 */
export function jsonataUndefinedError(body: string, field: string): StatesQueryEvaluationError {
  return queryError(`${expressionIn(body, field)} returned nothing (undefined).`, field);
}

/**
 * The error for an expression whose value has the wrong JSON type for its field (`Items` must be an array, …).
 *
 * @example
 * jsonataResultTypeError('1', 'Items', 'array', 1).cause;
 * // "The JSONata expression '1' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'number' for value: 1"
 */
export function jsonataResultTypeError(body: string, field: string, expected: string, value: unknown): StatesQueryEvaluationError {
  return queryError(
    `${expressionIn(body, field)} returned an unexpected result type. Expected '${expected}', but was '${jsonTypeName(value)}' for value: ${jsonText(value)}`,
    field,
  );
}

const locations = new WeakMap<StatesQueryEvaluationError, string>();

/**
 * A `States.QueryEvaluationError` that remembers the field it happened in (AWS's `location` in the
 * `EvaluationFailed` event).
 */
export function queryError(cause: string, field: string): StatesQueryEvaluationError {
  const error = new StatesQueryEvaluationError(cause);
  locations.set(error, field);
  return error;
}

/** The field a query error happened in, as AWS names it (`Output/a[1]`, `Items`); `undefined` when unknown. */
export function queryErrorLocation(error: StatesQueryEvaluationError): string | undefined {
  return locations.get(error);
}

function expressionIn(body: string, field: string): string {
  return `The JSONata expression '${body.trim()}' specified for the field '${field}'`;
}

function compile(body: string): Expression {
  const cached = compiled.get(body);
  if (cached !== undefined) return cached;
  const expression = jsonata(body);
  if (compiled.size >= CACHE_LIMIT) {
    const oldest = compiled.keys().next();
    if (oldest.done !== true) compiled.delete(oldest.value);
  }
  compiled.set(body, expression);
  return expression;
}

function bindings(scope: JsonataScope): Record<string, unknown> {
  const states: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(scope.states)) if (value !== undefined) states[key] = value;
  return { ...scope.variables, ...awsFunctionBindings(scope.random, scope.now ?? Date.now()), states };
}

/** `T1006: Attempted to invoke a non-function` for a jsonata error; the message alone otherwise. */
function errorText(error: unknown): string {
  if (typeof error !== 'object' || error === null) return String(error);
  const { code, message } = error as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message : 'The expression failed';
  return typeof code === 'string' ? `${code}: ${text}` : text;
}

const UNSUPPORTED: unique symbol = Symbol('unsupported');

/**
 * The value as plain JSON: jsonata's sequence markers dropped, `undefined` object members left out
 * and `undefined` array items made `null` (as JSON.stringify does). A function anywhere is unsupported.
 * Iterative, so a result nested 10,000 levels deep (`$states.input` of a deep input) cannot overflow the stack.
 */
function toJson(value: unknown): unknown {
  const root = jsonContainer(value);
  if (root === UNSUPPORTED || root === undefined) return root ?? value;
  const pending: [source: object, target: unknown[] | Record<string, unknown>][] = [[value as object, root]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [source, target] = next;
    // Arrays by index: holes become null, and jsonata's sequence flags are not items.
    const entries = Array.isArray(source) ? Array.from(source, (item: unknown, i) => [String(i), item] as const) : Object.entries(source);
    for (const [key, item] of entries) {
      const child = jsonContainer(item);
      if (child === UNSUPPORTED) return UNSUPPORTED;
      if (child !== undefined) pending.push([item as object, child]);
      const json: unknown = child ?? item;
      if (Array.isArray(target)) target.push(json ?? null);
      else if (json === undefined) continue;
      // A `__proto__` key stays a key: assigning it would set the prototype, and its fields would be inherited.
      else if (key === '__proto__') Object.defineProperty(target, key, { value: json, enumerable: true, writable: true, configurable: true });
      else target[key] = json;
    }
  }
  return root;
}

/** An empty copy of an array or object to fill, `undefined` for a scalar, or UNSUPPORTED for a function. */
function jsonContainer(value: unknown): unknown[] | Record<string, unknown> | typeof UNSUPPORTED | undefined {
  if (typeof value === 'function') return UNSUPPORTED;
  if (Array.isArray(value)) return [];
  if (typeof value !== 'object' || value === null) return undefined;
  return isJsonataFunction(value) ? UNSUPPORTED : {};
}

function isJsonataFunction(value: object): boolean {
  return '_jsonata_lambda' in value || '_jsonata_function' in value;
}
