import type { JsonataScope } from '../jsonata/evaluate.js';
import { evaluateJsonata, evaluateJsonataValue, jsonataResultTypeError } from '../jsonata/evaluate.js';
import { isJsonataString, jsonataBody } from '../jsonata/expression.js';
import type { ContextObject } from './context-object.js';
import type { Outcome, StateRun } from './state-handler.js';

/** What `$states` holds for one evaluation: `result` and `errorOutput` only where AWS binds them. */
export interface StatesBinding {
  readonly input: unknown;
  readonly context: ContextObject;
  readonly result?: unknown;
  readonly errorOutput?: unknown;
}

/** The fields that end a JSONata state: `Output` (else `fallback`) and `Assign`, both seeing the variables from before. */
export interface EndFields {
  readonly Output?: unknown;
  readonly Assign?: Readonly<Record<string, unknown>> | undefined;
}

/** The JSONata scope of a state run for one field. */
export function jsonataScope(run: StateRun<unknown>, states: StatesBinding, field: string): JsonataScope {
  return { states, variables: run.fiber.variables.visible(), random: run.ex.random, now: run.ex.scheduler.now(), field, stateName: run.name };
}

/** A JSONata payload field (`Arguments`, `Output`, `ItemSelector`, …): every `{% %}` in it evaluated. */
export function evaluateField(run: StateRun<unknown>, states: StatesBinding, field: string, value: unknown): Promise<unknown> {
  return evaluateJsonataValue(value, jsonataScope(run, states, field));
}

/** The outcome of a JSONata state: `Assign` and `Output` evaluated against the same variables, applied on exit. */
export async function endOutcome(run: StateRun<unknown>, fields: EndFields, states: StatesBinding, next: string | undefined, fallback: unknown): Promise<Outcome> {
  const assigned = fields.Assign === undefined ? undefined : ((await evaluateField(run, states, 'Assign', fields.Assign)) as Record<string, unknown>);
  const output = fields.Output === undefined ? fallback : await evaluateField(run, states, 'Output', fields.Output);
  return { next, output, assigned };
}

/**
 * A number field that may be a literal or a `{% %}` expression (`Seconds`, `TimeoutSeconds`,
 * `MaxConcurrency`, …). An expression must yield a number (an integer unless `decimal`).
 */
export async function numberField(run: StateRun<unknown>, states: StatesBinding, field: string, value: number | string | undefined, decimal = false): Promise<number | undefined> {
  if (typeof value !== 'string') return value;
  if (!isJsonataString(value)) throw jsonataResultTypeError(value, field, decimal ? 'number' : 'integer', value);
  const body = jsonataBody(value);
  const result = await evaluateJsonata(body, jsonataScope(run, states, field));
  if (typeof result !== 'number' || (!decimal && !Number.isInteger(result))) {
    throw jsonataResultTypeError(body, field, decimal ? 'number' : 'integer', result ?? null);
  }
  return result;
}
